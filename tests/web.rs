//! The bindings in a real browser (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use tcim::wasm;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn validate_fast_path_and_diagnostics() {
    let api = "group_open_http_svc/set_unread_msg_num";
    assert_eq!(wasm::validate_text(api, r#"{"GroupId":"g1","Member_Account":"bob","UnreadMsgNum":5}"#, true, false, false), "");
    let out: serde_json::Value = serde_json::from_str(&wasm::validate_text(api, "{\n\"GroupId\":\"g1\",\"Member_Account\":\"bob\",\"UnreadMsgNum\":-1}", true, false, false)).unwrap();
    assert_eq!(out["ok"], false);
    assert_eq!(out["diagnostics"][0]["code"], "out_of_range");
    assert_eq!(out["diagnostics"][0]["line"], 2);
}

#[wasm_bindgen_test]
fn build_request_in_the_browser() {
    let out: serde_json::Value = serde_json::from_str(&wasm::build_request_json(
        "openim/admin_set_msg_read",
        r#"{"Report_Account":"dramon1","Peer_Account":"dramon2"}"#,
        true,
        r#"{"sdkAppId":88888888,"identifier":"admin","userSig":"xxx","region":"tokyo"}"#,
        7,
        false,
    ))
    .unwrap();
    assert_eq!(out["request"]["url"], "https://adminapijpn.im.qcloud.com/v4/openim/admin_set_msg_read?sdkappid=88888888&identifier=admin&usersig=xxx&random=7&contenttype=json");
    let err: serde_json::Value = serde_json::from_str(&wasm::build_request_json("openim/admin_set_msg_read", "{}", true, "{}", 7, false)).unwrap();
    assert_eq!(err["error"]["code"], "invalid_option");
    // In Chinese when asked, in the browser too.
    let zh: serde_json::Value = serde_json::from_str(&wasm::build_request_json("openim/admin_set_msg_read", "{}", true, r#"{"sdkAppId":1,"identifier":"a","userSig":"x"}"#, 7, true)).unwrap();
    assert!(zh["error"]["message"].as_str().unwrap().contains("缺少必填字段"), "{zh}");
}

#[wasm_bindgen_test]
fn catalog_and_errors() {
    assert!(tcim::ENDPOINTS.iter().all(|e| wasm::endpoint_index(&e.api()) >= 0));
    assert_eq!(wasm::endpoint_index("sns/nope"), -1);
    // (errorInfo reads a table generated into the JS; the Node tests check it.)
    assert!(tcim::protocol::errors::error_info(30539).is_some());
}

#[wasm_bindgen_test]
fn hostile_input_does_not_trap() {
    let deep = "[".repeat(100_000);
    let out = wasm::validate_text("group_open_http_svc/set_unread_msg_num", &deep, true, true, false);
    assert!(out.contains("invalid_json"));
    // the module still works afterwards
    assert_eq!(wasm::validate_text("openim/admin_set_msg_read", r#"{"Report_Account":"a","Peer_Account":"b"}"#, true, true, false), "");
    // Quick fixes when asked, in the browser too.
    let out: serde_json::Value = serde_json::from_str(&wasm::validate_text("openim/admin_set_msg_read", r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1"}"#, true, true, false)).unwrap();
    assert_eq!(out["diagnostics"][0]["fix"]["patch"][0]["path"], "/MsgReadTime");
}

#[wasm_bindgen_test]
fn simulator_in_the_browser() {
    let mut sim = wasm::WasmSimulator::new(r#"{"now":1700000000}"#).unwrap();
    let r: serde_json::Value = serde_json::from_str(&sim.call("im_open_login_svc/multiaccount_import", r#"{"Accounts":["a","b"]}"#)).unwrap();
    assert_eq!(r["ErrorCode"], 0);
    let r: serde_json::Value = serde_json::from_str(&sim.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Public","Name":"n","MemberList":[{"Member_Account":"b"}]}"#)).unwrap();
    let gid = r["GroupId"].as_str().unwrap().to_owned();
    sim.call("group_open_http_svc/send_group_msg", &format!(r#"{{"GroupId":"{gid}","From_Account":"a","Random":1,"NeedReadReceipt":1,"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"x"}}}}]}}"#));
    // (A client action that cannot run throws `client_action_failed`: src/wasm/error.rs.)
    assert!(sim.client(&format!(r#"{{"action":"readGroup","groupId":"{gid}","account":"b","seq":1}}"#)).is_ok());
    let r: serde_json::Value = serde_json::from_str(&sim.call("group_open_http_svc/get_group_msg_receipt", &format!(r#"{{"GroupId":"{gid}","MsgSeqList":[{{"MsgSeq":1}}]}}"#))).unwrap();
    assert_eq!(r["GroupMsgReceiptList"][0]["ReadNum"], 1);
    sim.advance(5.0);
    assert_eq!(sim.now(), 1_700_000_005.0);
    let restored = wasm::WasmSimulator::restore(&sim.snapshot(), None).unwrap();
    assert_eq!(restored.snapshot(), sim.snapshot());
    let bogus = wasm::WasmSimulator::new(r#"{"bogus":1}"#).err().map(|e| e.kind);
    assert_eq!(bogus, Some(wasm::error::ErrorKind::InvalidOption));
    // real time comes from Date.now in the browser
    let real = wasm::WasmSimulator::new("{}").unwrap();
    assert!(real.now() > 1.7e9);
}

#[wasm_bindgen_test]
fn usersig_and_handle_in_the_browser() {
    let sig = wasm::gen_user_sig(1_400_000_000.0, "key", "administrator", 3600.0, 1_700_000_000.0, None);
    let v: serde_json::Value = serde_json::from_str(&wasm::verify_user_sig(1_400_000_000.0, "key", "administrator", &sig, 1_700_000_000.0)).unwrap();
    assert_eq!(v["ok"], true);
    let v: serde_json::Value = serde_json::from_str(&wasm::verify_user_sig(1_400_000_000.0, "key", "administrator", &sig, 1_700_003_601.0)).unwrap();
    assert_eq!(v["code"], 70001);
    let mut sim = wasm::WasmSimulator::new(r#"{"now":1700000000,"secretKey":"key"}"#).unwrap();
    let url = format!("https://console.tim.qq.com/v4/im_open_login_svc/account_import?sdkappid=1400000000&identifier=administrator&usersig={sig}&random=1&contenttype=json");
    let r: serde_json::Value = serde_json::from_str(&sim.handle("POST", &url, r#"{"UserID":"bob"}"#)).unwrap();
    assert_eq!(r["ErrorCode"], 0);
    let r: serde_json::Value = serde_json::from_str(&sim.handle("POST", &url.replace("usersig=", "usersig=x"), "{}")).unwrap();
    assert_eq!(r["ErrorCode"], 70003);
}

/// Writes `text` into the input buffer the way the JS glue does.
fn write_input(text: &str) -> usize {
    let ptr = wasm::input_buffer(text.len());
    assert!(!ptr.is_null());
    // SAFETY: input_buffer made room for text.len() bytes at ptr.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), ptr, text.len()) };
    text.len()
}

#[wasm_bindgen_test]
fn input_buffer_validation_path() {
    let i = wasm::endpoint_index("v4/group_open_http_svc/set_unread_msg_num");
    assert!(i >= 0);
    let i = i as u32;
    assert_eq!(wasm::endpoint_index("nope/nope"), -1);
    let len = write_input(r#"{"GroupId":"g1","Member_Account":"bob","UnreadMsgNum":5}"#);
    assert_eq!(wasm::validate_input(i, len, true, false, false), 0);
    assert_eq!(wasm::take_output(), "", "a clean payload leaves nothing to take");
    let len = write_input("{\"GroupId\":\"g1\",\n\"Member_Account\":7,\"UnreadMsgNum\":-5}");
    assert_eq!(wasm::validate_input(i, len, true, false, false), 2);
    // Delimited: fields by U+0001, diagnostics by U+0002.
    let out = wasm::take_output();
    let records: Vec<Vec<&str>> = out.split('\u{2}').map(|r| r.split('\u{1}').collect()).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0][..3], ["e", "/Member_Account", "wrong_type"]);
    assert_eq!(records[0][4..], ["2", "18", ""], "line 2, the value 7, no fix (not asked for)");
    assert_eq!(records[1][2], "out_of_range");
    assert_eq!(wasm::take_output(), "", "taken once");
    // Asked for, the fix's JSON is the last field.
    assert_eq!(wasm::validate_input(i, len, true, true, false), 2);
    let out = wasm::take_output();
    let fix: serde_json::Value = serde_json::from_str(out.split('\u{2}').next().and_then(|r| r.split('\u{1}').nth(6)).unwrap_or_default()).unwrap();
    assert_eq!(fix["patch"][0], serde_json::json!({ "op": "replace", "path": "/Member_Account", "value": "7" }));
    // A separator inside a string: the JSON form instead.
    let len = write_input(r#"{"GroupId":"g1","Member_Account":"bob","UnreadMsgNum":5,"\u0001":1}"#);
    assert_eq!(wasm::validate_input(i, len, false, false, false), 1);
    let out: serde_json::Value = serde_json::from_str(&wasm::take_output()).unwrap();
    assert_eq!(out["diagnostics"][0]["path"], "/\u{1}");
    assert_eq!(out["diagnostics"][0]["code"], "unknown_field");
    let len = write_input(r#"{"GroupId":"g1","Member_Account":"bob","UnreadMsgNum":5,"X":1}"#);
    assert_eq!(wasm::validate_input(i, len, true, false, false), 1, "warnings are reported");
    let _ = wasm::take_output();
    let len = write_input("{");
    assert_eq!(wasm::validate_input(i, len, true, false, false), 1);
    let _ = wasm::take_output();
    assert_eq!(wasm::validate_input(9999, len, true, false, false), u32::MAX, "bad index");
    assert_eq!(wasm::validate_input(i, 1 << 30, true, false, false), u32::MAX, "length beyond the buffer");
    // Bytes that are not UTF-8 are refused, not read.
    let ptr = wasm::input_buffer(2);
    unsafe { std::ptr::copy_nonoverlapping([0xffu8, 0xfe].as_ptr(), ptr, 2) };
    assert_eq!(wasm::validate_input(i, 2, true, false, false), u32::MAX);
}

#[wasm_bindgen_test]
fn handle_input_answers_the_error_code_beside_the_text() {
    let mut sim = wasm::WasmSimulator::new(r#"{"now":1700000000}"#).unwrap();
    let url = "/v4/im_open_login_svc/account_import?sdkappid=1400000000&identifier=administrator&usersig=x&random=1";
    let body = r#"{"UserID":"bob"}"#;
    let len = write_input(&format!("{url}{body}"));
    // The plain OK answer: nothing waits in the output.
    assert_eq!(sim.handle_input("POST", url.len(), len - url.len(), None, None).unwrap(), -1.0);
    assert_eq!(wasm::take_output(), "");
    let body = r#"{"UserID":7}"#;
    let len = write_input(&format!("{url}{body}"));
    let code = sim.handle_input("POST", url.len(), len - url.len(), None, None).unwrap();
    let answer: serde_json::Value = serde_json::from_str(&wasm::take_output()).unwrap();
    assert_eq!(answer["ErrorCode"].as_f64(), Some(code));
    assert!(code > 0.0);
}
