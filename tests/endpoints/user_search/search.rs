//! `user_search/search`.

use super::{ids, nick, sim};
use crate::common::{err, ok, sim_with};
use serde_json::json;
use tcim::sim::Options;

/// The documented sample: "abcd" as a female user born before the end finds her, with the
/// fields a result list shows.
#[test]
fn the_sample_finds_a_female_user() {
    let mut s = sim(&["abcd", "abcdx", "other"]);
    nick(&mut s, "abcd", " abcddhdj");
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "abcd", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Gender", "Value": "Gender_Type_Female" }, { "Tag": "Tag_Profile_IM_BirthDay", "Value": 19900101 }, { "Tag": "Tag_Profile_IM_Level", "Value": 3 }] }));
    let endpoint = tcim::find_endpoint("user_search/search").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "IsFinish": true, "TotalCount": 1, "Users": [{ "UserID": "abcd", "ProfileItems": [
            { "Tag": "Tag_Profile_IM_Nick", "StrValue": " abcddhdj" },
            { "Tag": "Tag_Profile_IM_Gender", "StrValue": "Gender_Type_Female" },
            { "Tag": "Tag_Profile_IM_BirthDay", "IntValue": 19900101 }
        ] }], "Cursor": "" })
    );
}

/// A nickname matches when it contains the keyword (ASCII case ignored); a UserID only when
/// it is the keyword: "abc" finds neither "abcd" nor "xabc" by their IDs.
#[test]
fn nicknames_match_in_part_user_ids_exactly() {
    let mut s = sim(&["abc", "abcd", "xabc", "carol"]);
    nick(&mut s, "carol", "Big ABCs");
    let r = ok(&mut s, "user_search/search", json!({ "Keywords": ["abc"], "Count": 10 }));
    assert_eq!(ids(&r, "Users", "UserID"), ["abc", "carol"]);
    assert_eq!(r["TotalCount"], 2);
}

/// KeywordMatchType 0 (the default) needs one keyword to match, 1 needs them all.
#[test]
fn or_and_and() {
    let mut s = sim(&["u1", "u2", "u3"]);
    nick(&mut s, "u1", "red fox");
    nick(&mut s, "u2", "red cat");
    nick(&mut s, "u3", "blue fox");
    let or = ok(&mut s, "user_search/search", json!({ "Keywords": ["red", "fox"], "Count": 10 }));
    assert_eq!(ids(&or, "Users", "UserID"), ["u1", "u2", "u3"]);
    let and = ok(&mut s, "user_search/search", json!({ "Keywords": ["red", "fox"], "KeywordMatchType": 1, "Count": 10 }));
    assert_eq!(ids(&and, "Users", "UserID"), ["u1"]);
}

/// Gender and birthday filters: an unset gender never equals the asked one; an unset
/// birthday counts as 0.
#[test]
fn gender_and_birthday_filter() {
    let mut s = sim(&["a1", "a2", "a3"]);
    for (who, gender, born) in [("a1", "Gender_Type_Male", 19800101), ("a2", "Gender_Type_Female", 20000101)] {
        ok(&mut s, "profile/portrait_set", json!({ "From_Account": who, "ProfileItem": [{ "Tag": "Tag_Profile_IM_Gender", "Value": gender }, { "Tag": "Tag_Profile_IM_BirthDay", "Value": born }] }));
    }
    let male = ok(&mut s, "user_search/search", json!({ "Keywords": ["a1", "a2", "a3"], "UserGenderType": "Gender_Type_Male", "Count": 10 }));
    assert_eq!(ids(&male, "Users", "UserID"), ["a1"]);
    let nineties = ok(&mut s, "user_search/search", json!({ "Keywords": ["a1", "a2", "a3"], "UserBirthStart": 19900101, "UserBirthEnd": 20101231, "Count": 10 }));
    assert_eq!(ids(&nineties, "Users", "UserID"), ["a2"]);
    let up_to = ok(&mut s, "user_search/search", json!({ "Keywords": ["a1", "a2", "a3"], "UserBirthEnd": 19900101, "Count": 10 }));
    assert_eq!(ids(&up_to, "Users", "UserID"), ["a1", "a3"]);
}

/// A cursor walks every match once, in order; Count above 100 is 100; an account imported
/// mid-walk before the cursor does not shift the pages after it.
#[test]
fn cursors_walk_every_match_once() {
    let names: Vec<String> = (0..250).map(|i| format!("p{i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = sim(&["someone"]);
    for chunk in refs.chunks(100) {
        crate::common::import(&mut s, chunk);
    }
    for who in &refs {
        nick(&mut s, who, "player");
    }
    let first = ok(&mut s, "user_search/search", json!({ "Keywords": ["player"], "Count": 500 }));
    assert_eq!(first["Users"].as_array().unwrap().len(), 100);
    assert_eq!(first["TotalCount"], 250);
    assert_eq!(first["IsFinish"], false);
    crate::common::import(&mut s, &["p000a"]);
    nick(&mut s, "p000a", "player");
    let mut walked = ids(&first, "Users", "UserID");
    let mut cursor = first["Cursor"].as_str().unwrap().to_owned();
    while !cursor.is_empty() {
        let r = ok(&mut s, "user_search/search", json!({ "Keywords": ["player"], "Count": 100, "Cursor": cursor }));
        walked.extend(ids(&r, "Users", "UserID"));
        assert_eq!(r["IsFinish"], r["Cursor"] == "");
        cursor = r["Cursor"].as_str().unwrap().to_owned();
    }
    assert_eq!(walked, names);
}

/// Bad input: no keyword, six keywords, Count 0, an inverted birthday range, a cursor this
/// service never answered: 70402, nothing changes.
#[test]
fn bad_input_is_refused() {
    let mut s = sim(&["a"]);
    for body in [
        json!({ "Keywords": [], "Count": 1 }),
        json!({ "Keywords": ["1", "2", "3", "4", "5", "6"], "Count": 1 }),
        json!({ "Keywords": ["a"], "Count": 0 }),
        json!({ "Keywords": ["a"], "Count": 1, "UserBirthStart": 20000101, "UserBirthEnd": 19900101 }),
        json!({ "Keywords": ["a"], "Count": 1, "UserGenderType": "Gender_Type_Unknown" }),
        json!({ "Keywords": ["a"], "Count": 1, "Cursor": "not-a-cursor" }),
    ] {
        err(&mut s, "user_search/search", body, 70402);
    }
}

/// The plugin gate: the cloudSearch switch off, or the pro edition, answers 60020; trial,
/// ultimate and enterprise have it, and so does an app with no edition.
#[test]
fn the_plugin_gate() {
    let body = json!({ "Keywords": ["a"], "Count": 1 });
    for api in ["user_search/search", "group_search/search", "group_member_search/search"] {
        let mut off = sim_with(Options { cloud_search: false, ..Options::default() });
        err(&mut off, api, body.clone(), 60020);
        let mut pro = sim_with(Options { edition: Some("pro".into()), ..Options::default() });
        err(&mut pro, api, body.clone(), 60020);
        for edition in ["trial", "ultimate", "enterprise"] {
            let mut on = sim_with(Options { edition: Some(edition.into()), ..Options::default() });
            ok(&mut on, api, body.clone());
        }
    }
}

/// 2 calls a second, as the page says: the third in one second answers the rate code.
#[test]
fn two_calls_a_second() {
    let mut s = sim_with(Options::default());
    let body = json!({ "Keywords": ["a"], "Count": 1 });
    ok(&mut s, "user_search/search", body.clone());
    ok(&mut s, "user_search/search", body.clone());
    let r = crate::common::call(&mut s, "user_search/search", body.clone());
    assert_eq!(r["ErrorCode"], tcim::protocol::errors::code::RATE_LIMIT, "{r}");
    s.advance(1);
    ok(&mut s, "user_search/search", body);
}
