//! `group_search/search`.

use crate::common::{err, ok};
use crate::user_search::{ids, nick, sim};
use serde_json::json;

fn group(s: &mut tcim::sim::Simulator, ty: &str, id: &str, name: &str, owner: &str) {
    ok(s, "group_open_http_svc/create_group", json!({ "Type": ty, "GroupId": id, "Name": name, "Owner_Account": owner }));
}

/// The documented sample finds the Public group named with "啊", with its owner.
#[test]
fn the_sample_finds_a_group_by_name() {
    let mut s = sim(&["wangkun"]);
    nick(&mut s, "wangkun", "咯好无辜啊");
    // (The sample's ID is one the service assigns: this group gets its own.)
    let made = ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "咯好无辜啊、IM助手", "Owner_Account": "wangkun" }));
    group(&mut s, "Public", "other", "nothing here", "wangkun");
    let endpoint = tcim::find_endpoint("group_search/search").unwrap();
    let r = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(r["ErrorCode"], 0, "{r}");
    assert_eq!(r["TotalCount"], 1);
    assert_eq!(r["IsFinish"], true);
    assert_eq!(r["Cursor"], "");
    let found = &r["Groups"][0];
    assert_eq!(found["GroupID"], made["GroupId"]);
    assert_eq!(found["GroupType"], "Public");
    assert_eq!(found["GroupName"], "咯好无辜啊、IM助手");
    assert_eq!(found["GroupMemberNum"], 1);
    assert_eq!(found["GroupOwnerUserID"], "wangkun");
    assert_eq!(found["GroupOwnerUserName"], "咯好无辜啊");
    assert!(found["GroupOwnerTinyID"].as_u64().unwrap() >= 1 << 57);
}

/// Names match in part, GroupIDs exactly; the type filter narrows; live groups are never
/// found and cannot be asked for.
#[test]
fn names_ids_and_types() {
    let mut s = sim(&["o"]);
    group(&mut s, "Public", "chess1", "Chess club", "o");
    group(&mut s, "Private", "work", "chess at work", "o");
    group(&mut s, "AVChatRoom", "live", "chess live", "o");
    group(&mut s, "Public", "xchess1", "other", "o");
    let all = ok(&mut s, "group_search/search", json!({ "Keywords": ["CHESS"], "Count": 10 }));
    assert_eq!(ids(&all, "Groups", "GroupID"), ["chess1", "work"]);
    let by_id = ok(&mut s, "group_search/search", json!({ "Keywords": ["chess1"], "Count": 10 }));
    assert_eq!(ids(&by_id, "Groups", "GroupID"), ["chess1"]);
    let work = ok(&mut s, "group_search/search", json!({ "Keywords": ["chess"], "GroupType": ["Work"], "Count": 10 }));
    assert_eq!(ids(&work, "Groups", "GroupID"), ["work"]);
    err(&mut s, "group_search/search", json!({ "Keywords": ["chess"], "GroupType": ["AVChatRoom"], "Count": 10 }), 70402);
    err(&mut s, "group_search/search", json!({ "Keywords": ["chess"], "GroupType": ["Club"], "Count": 10 }), 70402);
}

/// Pages of one: every match once, then IsFinish; a disbanded group leaves the results.
#[test]
fn pages_and_disbanded_groups() {
    let mut s = sim(&["o"]);
    for id in ["g1", "g2", "g3"] {
        group(&mut s, "Public", id, "team", "o");
    }
    let first = ok(&mut s, "group_search/search", json!({ "Keywords": ["team"], "Count": 1 }));
    assert_eq!(ids(&first, "Groups", "GroupID"), ["g1"]);
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "g2" }));
    let second = ok(&mut s, "group_search/search", json!({ "Keywords": ["team"], "Count": 1, "Cursor": first["Cursor"] }));
    assert_eq!(ids(&second, "Groups", "GroupID"), ["g3"]);
    assert_eq!(second["IsFinish"], true);
    assert_eq!(second["TotalCount"], 2);
}
