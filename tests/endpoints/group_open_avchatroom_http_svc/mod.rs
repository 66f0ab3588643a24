//! One test module per `group_open_avchatroom_http_svc` command.

mod get_members;
mod modify_user_info;
mod modify_admin;
mod get_admin_list;
mod check_members;
mod member_state_callback;

use crate::common::*;
use crate::support::client;
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// A live group `id` owned by "owner" whose `members` entered it (client `joinGroup`) in order,
/// one second apart; every account in `others` exists but stays out.
pub fn room(id: &str, edition: Option<&str>, members: &[&str], others: &[&str]) -> Simulator {
    let mut s = sim_with(Options { edition: edition.map(str::to_owned), rate_limit: false, ..Options::default() });
    for ids in [&["owner"][..], members, others] {
        for chunk in ids.chunks(100) {
            import(&mut s, chunk);
        }
    }
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "AVChatRoom", "GroupId": id, "Name": "L" }));
    for a in members {
        s.advance(1);
        client(&mut s, json!({ "action": "joinGroup", "groupId": id, "account": a })).unwrap();
    }
    s
}

/// A Public group `id`: none of the live-group commands serve it.
pub fn public_group(s: &mut Simulator, id: &str) {
    ok(s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "GroupId": id, "Name": "P" }));
}
mod admin_powers;
