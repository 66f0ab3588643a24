//! Arbitrary snapshot text: restore refuses or yields a simulator that keeps working.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::sim::Simulator;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(mut sim) = Simulator::restore(text, tcim::sim::system_now, None) {
        let snap = sim.snapshot();
        assert!(Simulator::restore(&snap, tcim::sim::system_now, None).is_ok());
        let _ = sim.inspect();
        for g in sim.inspect()["groups"].as_array().cloned().unwrap_or_default() {
            let id = g["groupId"].as_str().unwrap_or_default().to_owned();
            let body = serde_json::json!({ "GroupId": id, "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 2 }] }).to_string();
            sim.call("group_open_http_svc/get_group_msg_receipt", &body);
            let body = serde_json::json!({ "GroupId": id, "Member_Account": "a", "UnreadMsgNum": 1 }).to_string();
            sim.call("group_open_http_svc/set_unread_msg_num", &body);
        }
    }
});
