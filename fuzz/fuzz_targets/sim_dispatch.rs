//! Sequences of arbitrary calls (endpoint chosen by a byte, body from the input), client
//! actions and simulator options on a simulator with some state: no panic, always an
//! envelope, and a failed call or action changes nothing but the rate window; the final
//! state survives snapshot → restore.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::sim::callbacks::Verdict;
use tcim::sim::{Options, Simulator, Step};
use tcim::ENDPOINTS;

/// The snapshot without the rate window (every call counts toward the rate limit).
fn world(s: &Simulator) -> String {
    let snap = s.snapshot();
    match (snap.find(",\"rate\":"), snap.find(",\"world\":")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &snap[..a], &snap[b..]),
        _ => snap,
    }
}

fuzz_target!(|data: &[u8]| {
    // Every callback on: sends ask their Before-callback; the answer (after a \x01 in the
    // body) is fuzzed too.
    let callbacks = serde_json::from_str(r#"{"url":"http://127.0.0.1:9/cb"}"#).ok();
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), callbacks, ..Options::default() });
    sim.call("im_open_login_svc/multiaccount_import", r#"{"Accounts":["a","b","c"]}"#);
    sim.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Public","GroupId":"g1","Name":"n","MemberList":[{"Member_Account":"b"}]}"#);
    sim.call("group_open_http_svc/send_group_msg", r#"{"GroupId":"g1","From_Account":"a","Random":1,"NeedReadReceipt":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    sim.call("sns/friend_add", r#"{"From_Account":"a","AddFriendItem":[{"To_Account":"b","AddSource":"AddSource_Type_Fuzz","GroupName":"g"}],"ForceAddFlags":1}"#);
    sim.call("sns/black_list_add", r#"{"From_Account":"c","To_Account":["a"]}"#);
    sim.call("openconfigsvr/setnospeaking", r#"{"Set_Account":"b","C2CmsgNospeakingTime":60}"#);
    // Push attributes and tags, so that pushes with a Condition select someone; a banned file.
    sim.call("all_member_push/im_set_attr_name", r#"{"AttrNames":{"0":"sex","1":"city"}}"#);
    sim.call("all_member_push/im_set_attr", r#"{"UserAttrs":[{"To_Account":"a","Attrs":{"sex":"f"}}]}"#);
    sim.call("all_member_push/im_add_tag", r#"{"UserTags":[{"To_Account":"b","Tags":["x","y"]}]}"#);
    // Push plugin tasks of each kind (a tag push, a batch with a message, a web push), so
    // revoke and all_member_push_trace have tasks beside the TaskIds they are fuzzed with.
    sim.call("timpush/push", r#"{"MsgRandom":1,"Condition":{"TagsOr":["x"]},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"p"}}]}"#);
    sim.call("timpush/batch", r#"{"From_Account":"a","To_Account":["b","c"],"MsgRandom":2,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"b"}}],"OfflinePushInfo":{}}"#);
    sim.advance(2);
    sim.call("timpush/webpush", r#"{"MsgRandom":3,"WebInfo":{"Title":"w"}}"#);
    sim.call("im_cos_msg/forbid_illegal_object", r#"{"RawURL":"https://cos.example/a.png"}"#);
    // A live group with a member, an attribute and a ban, and a counter: the live-group and
    // group-extras commands act on something.
    sim.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"AVChatRoom","GroupId":"live","Name":"n"}"#);
    let _ = sim.client_json(r#"{"action":"joinGroup","groupId":"live","account":"b"}"#);
    sim.call("group_open_http_svc/modify_group_attr", r#"{"GroupId":"live","GroupAttr":[{"key":"k","value":"v"}]}"#);
    sim.call("group_open_http_svc/ban_group_member", r#"{"GroupId":"live","Members_Account":["c"],"Duration":60}"#);
    // A live-group admin and member marks: get_members' Mark filter and get_admin_list list someone.
    sim.call("group_open_avchatroom_http_svc/modify_admin", r#"{"GroupId":"live","CommandType":1,"Admin_Account":["c"]}"#);
    sim.call("group_open_avchatroom_http_svc/modify_user_info", r#"{"GroupId":"live","CommandType":1,"MemberList":[{"Member_Account":"b","Marks":[1000]},{"Member_Account":"c","Marks":[500]}]}"#);
    sim.call("group_open_http_svc/update_group_counter", r#"{"GroupId":"g1","GroupCounter":[{"Key":"k","Value":1}]}"#);
    // A pinned message: unpin_message and get_pinned_messages act on something.
    sim.call("group_open_http_svc/pin_message", r#"{"GroupId":"g1","MsgSeq":1,"Pinner_Account":"b"}"#);
    // A Community whose permission groups are the basis (EnablePermission), with a topic, a
    // permission group that has a member and topic permissions, a mute in the topic and a
    // member's message: the permission-group commands, the clients' sendGroupMsg /
    // muteGroupMember / recallGroupMsg / kickGroupMember and the per-topic mutes act on
    // something, granted and refused.
    sim.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Community","GroupId":"@TGS#_c","Name":"n","SupportTopic":1,"EnablePermission":1,"DefaultPermission":64,"MemberList":[{"Member_Account":"b"},{"Member_Account":"c"}]}"#);
    sim.call("million_group_open_http_svc/create_topic", r#"{"GroupId":"@TGS#_c","TopicId":"@TGS#_c@TOPIC#_t","TopicName":"t"}"#);
    sim.call("group_open_http_svc/create_permission_group", r#"{"GroupId":"@TGS#_c","PermissionGroupId":"@PMG#_p","PermissionGroupName":"p","Permission":160}"#);
    sim.call("group_open_http_svc/add_permission_group_member", r#"{"GroupId":"@TGS#_c","PermissionGroupId":"@PMG#_p","MemberList":[{"Member_Account":"b"}]}"#);
    sim.call("group_open_http_svc/add_topic_permission_group", r#"{"GroupId":"@TGS#_c","PermissionGroupId":"@PMG#_p","TopicPermissionList":[{"TopicId":"@TGS#_c@TOPIC#_t","Permission":76}]}"#);
    sim.call("group_open_http_svc/forbid_send_msg", r#"{"GroupId":"@TGS#_c","Members_Account":["c"],"MuteTime":60,"TopicId":"@TGS#_c@TOPIC#_t"}"#);
    sim.call("group_open_http_svc/send_group_msg", r#"{"GroupId":"@TGS#_c","From_Account":"c","Random":9,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    // A Community with topics (the pages' IDs): the topic commands act on something.
    sim.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Community","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","Name":"n","SupportTopic":1}"#);
    sim.call("million_group_open_http_svc/create_topic", r#"{"GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic","TopicName":"t"}"#);
    // Messages with key-value extensions (one each way), so the openim_msg_ext commands find one.
    sim.call("group_open_http_svc/send_group_msg", r#"{"GroupId":"g1","From_Account":"a","Random":2,"SupportMessageExtension":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"poll"}}]}"#);
    sim.call("openim_msg_ext_http_svc/group_set_key_values", r#"{"GroupId":"g1","MsgSeq":2,"OperateType":1,"ExtensionList":[{"Key":"k","Value":"v"}]}"#);
    sim.call("openim/sendmsg", r#"{"From_Account":"a","To_Account":"b","MsgRandom":5,"SupportMessageExtension":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"poll"}}]}"#);
    // An official account (the pages' ID) with a subscriber and a message: the subscriber and
    // message commands act on something.
    sim.call("official_account_open_http_svc/create_official_account", r#"{"OfficialAccountUserID":"@TOA#_test_id","Owner_Account":"a","Name":"n"}"#);
    sim.call("official_account_open_http_svc/add_subscriber", r#"{"Official_Account":"@TOA#_test_id","SubscriberList":[{"Subscriber_Account":"b"}]}"#);
    sim.call("official_account_open_http_svc/send_official_account_msg", r#"{"Official_Account":"@TOA#_test_id","Random":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    for chunk in data.split(|b| *b == 0xFF).take(8) {
        let Some((&selector, body)) = chunk.split_first() else { continue };
        let Ok(body) = std::str::from_utf8(body) else { continue };
        let before = world(&sim);
        // Two more choices than endpoints: a client action, and options for a new simulator.
        match selector as usize % (ENDPOINTS.len() + 2) {
            n if n == ENDPOINTS.len() => {
                // After a \x01: in steps, with the fuzzed answer to a Before-callback.
                let failed = match body.split_once('\u{1}') {
                    None => sim.client_json(body).is_err(),
                    Some((action, reply)) => match sim.client_step(action, None) {
                        Step::Answer(text) => text != "null",
                        Step::Before(_) => {
                            assert_eq!(world(&sim), before, "asking a Before-callback changed the state");
                            let verdict = Verdict::from_json(reply).unwrap_or(Verdict::Failed("fuzz".into()));
                            match sim.client_step(action, Some(verdict)) {
                                Step::Answer(text) => text != "null",
                                Step::Before(b) => panic!("asked {} twice", b.command),
                            }
                        }
                    },
                };
                if failed {
                    assert_eq!(world(&sim), before, "a failed client action changed the state");
                }
                continue;
            }
            n if n == ENDPOINTS.len() + 1 => {
                let _ = Simulator::from_options_json(body, tcim::sim::system_now);
                continue;
            }
            _ => {}
        }
        let api = ENDPOINTS[selector as usize % ENDPOINTS.len()].api();
        let answer = match body.split_once('\u{1}') {
            None => sim.call(&api, body),
            Some((body, reply)) => match sim.call_step(&api, body, None) {
                Step::Answer(text) => serde_json::from_str(&text).expect("an answer is JSON"),
                Step::Before(asked) => {
                    assert_eq!(world(&sim), before, "asking a Before-callback changed the state");
                    assert_eq!(asked.body["CallbackCommand"], asked.command);
                    let verdict = Verdict::from_json(reply).unwrap_or(Verdict::Failed("fuzz".into()));
                    match sim.call_step(&api, body, Some(verdict)) {
                        Step::Answer(text) => serde_json::from_str(&text).expect("an answer is JSON"),
                        Step::Before(b) => panic!("asked {} twice", b.command),
                    }
                }
            },
        };
        for fired in sim.take_callbacks().0 {
            assert_eq!(fired.body["CallbackCommand"], fired.command, "a callback body starts with its command");
        }
        let code = answer["ErrorCode"].as_u64().expect("an ErrorCode");
        assert_eq!(answer["ActionStatus"], if code == 0 { "OK" } else { "FAIL" });
        if code != 0 {
            assert_eq!(world(&sim), before, "a failed {api} changed the state");
        }
        if selector & 0x80 != 0 {
            sim.advance(u64::from(selector & 0x7F));
        }
    }
    let snap = sim.snapshot();
    let restored = Simulator::restore(&snap, tcim::sim::system_now, None).expect("own snapshot restores");
    assert_eq!(restored.snapshot(), snap);
});
