//! `group_member_search/search`.

use crate::common::{err, ok};
use crate::user_search::{ids, nick, sim};
use serde_json::json;

fn setup() -> tcim::sim::Simulator {
    let mut s = sim(&["abcd", "bob", "carol", "dave"]);
    nick(&mut s, "bob", "Bobby ABCD");
    for (id, ty) in [("g1", "Public"), ("g2", "Private"), ("live", "AVChatRoom")] {
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": ty, "GroupId": id, "Name": format!("group {id}"), "Owner_Account": "dave" }));
    }
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g1", "MemberList": [{ "Member_Account": "abcd" }, { "Member_Account": "bob" }, { "Member_Account": "carol" }] }));
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g2", "MemberList": [{ "Member_Account": "carol" }] }));
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g2", "Member_Account": "carol", "NameCard": "abcd fan" }));
    s
}

/// The documented sample: in Public groups, "abcd" finds the member with that UserID and the
/// one whose nickname contains it, not carol's name card in the Private group.
#[test]
fn the_sample_finds_members() {
    let mut s = setup();
    let endpoint = tcim::find_endpoint("group_member_search/search").unwrap();
    let r = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(r["ErrorCode"], 0, "{r}");
    assert_eq!(ids(&r, "Members", "UserID"), ["abcd", "bob"]);
    assert_eq!(r["Members"][1], json!({ "GroupID": "g1", "GroupType": "Public", "GroupName": "group g1", "GroupFaceUrl": "", "UserID": "bob", "Nick": "Bobby ABCD", "NameCard": "" }));
}

/// Name cards match; GroupIDList narrows to its groups; a group that does not exist is 10010.
#[test]
fn name_cards_and_listed_groups() {
    let mut s = setup();
    let all = ok(&mut s, "group_member_search/search", json!({ "Keywords": ["abcd"], "Count": 10 }));
    assert_eq!(ids(&all, "Members", "GroupID"), ["g1", "g1", "g2"]);
    assert_eq!(all["TotalCount"], 3);
    let g2 = ok(&mut s, "group_member_search/search", json!({ "Keywords": ["ABCD"], "GroupIDList": ["g2"], "Count": 10 }));
    assert_eq!(ids(&g2, "Members", "UserID"), ["carol"]);
    err(&mut s, "group_member_search/search", json!({ "Keywords": ["abcd"], "GroupIDList": ["nope"], "Count": 10 }), 10010);
}

/// Members of live groups are never searched, even when the group is listed by ID.
#[test]
fn live_groups_are_not_searched() {
    let mut s = setup();
    let r = ok(&mut s, "group_member_search/search", json!({ "Keywords": ["dave"], "Count": 10 }));
    assert_eq!(ids(&r, "Members", "GroupID"), ["g1", "g2"]);
    let listed = ok(&mut s, "group_member_search/search", json!({ "Keywords": ["dave"], "GroupIDList": ["live"], "Count": 10 }));
    assert_eq!(listed["TotalCount"], 0);
}

/// Pages of one across groups, in GroupID then UserID order.
#[test]
fn pages_across_groups() {
    let mut s = setup();
    let mut walked = Vec::new();
    let mut cursor = String::new();
    loop {
        let r = ok(&mut s, "group_member_search/search", json!({ "Keywords": ["carol", "dave"], "Count": 1, "Cursor": cursor }));
        for m in r["Members"].as_array().unwrap() {
            walked.push(format!("{}/{}", m["GroupID"].as_str().unwrap(), m["UserID"].as_str().unwrap()));
        }
        cursor = r["Cursor"].as_str().unwrap().to_owned();
        if cursor.is_empty() {
            break;
        }
    }
    assert_eq!(walked, ["g1/carol", "g1/dave", "g2/carol", "g2/dave"]);
}
