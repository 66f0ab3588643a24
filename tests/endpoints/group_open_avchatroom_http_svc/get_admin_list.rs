//! `group_open_avchatroom_http_svc/get_admin_list`: the admins modify_admin set, with their
//! nicknames and avatars.

use super::{public_group, room};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_avchatroom_http_svc/get_admin_list";

/// The documented sample on a room with no admins yet.
#[test]
fn the_sample_runs() {
    let mut s = room("g", None, &[], &[]);
    assert_eq!(ok(&mut s, API, sample(API, "g"))["Admin_List"], json!([]));
}

#[test]
fn admins_come_with_their_profiles() {
    let mut s = room("g", None, &["user1"], &["116400"]);
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "user1", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "AA" }, { "Tag": "Tag_Profile_IM_Image", "Value": "https://example.com/abc.jpg" }] }));
    ok(&mut s, "group_open_avchatroom_http_svc/modify_admin", json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["user1", "116400"] }));
    let r = ok(&mut s, API, json!({ "GroupId": "g" }));
    assert_eq!(r["Admin_List"], json!([
        { "Admin_Account": "116400", "Avatar": "", "NickName": "" },
        { "Admin_Account": "user1", "Avatar": "https://example.com/abc.jpg", "NickName": "AA" },
    ]));
}

#[test]
fn refusals() {
    let mut s = room("g", None, &[], &[]);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "p" }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope" }), 10010);
    let mut s = room("g", Some("pro"), &[], &[]);
    err(&mut s, API, json!({ "GroupId": "g" }), 10059);
}
