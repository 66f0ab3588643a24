//! `handle`: every query-string rule and UserSig outcome of decisions.md 8–11.

use serde_json::Value;
use tcim::sim::{Options, Simulator};
use tcim::usersig::gen_user_sig;

const T0: u64 = 1_700_000_000;
const APP: u32 = 1_400_000_000;
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn sim(key: Option<&str>) -> Simulator {
    Simulator::new(Options { now: Some(T0), secret_key: key.map(str::to_owned), ..Options::default() })
}

fn sig(identifier: &str, expire: u64) -> String {
    gen_user_sig(u64::from(APP), KEY, identifier, expire, T0, None)
}

fn url(query: &str) -> String {
    format!("https://console.tim.qq.com/v4/im_open_login_svc/account_check?{query}")
}

fn code(s: &mut Simulator, method: &str, url: &str) -> u64 {
    let a = s.handle(method, url, r#"{"CheckItem":[{"UserID":"x"}]}"#);
    assert_eq!(a.status, 200);
    a.json()["ErrorCode"].as_u64().unwrap()
}

#[test]
fn query_string_rules() {
    let mut s = sim(None);
    let good = "sdkappid=1400000000&identifier=administrator&usersig=abc&random=99999999&contenttype=json";
    assert_eq!(code(&mut s, "POST", &url(good)), 0);
    assert_eq!(code(&mut s, "GET", &url(good)), 0, "GET is answered the same");
    assert_eq!(code(&mut s, "post", &url(good)), 0);
    assert_eq!(code(&mut s, "PUT", &url(good)), 60002);
    assert_eq!(code(&mut s, "DELETE", &url(good)), 60002);
    assert_eq!(code(&mut s, "POST", &url("identifier=administrator&usersig=abc&random=1&contenttype=json")), 60012);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=&identifier=administrator&usersig=abc&random=1")), 60012);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=14x&identifier=administrator&usersig=abc&random=1")), 60006);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000001&identifier=administrator&usersig=abc&random=1")), 70020);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&usersig=abc&random=1")), 60004);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&random=1")), 60004);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=bob&usersig=abc&random=1")), 60010);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc")), 60002);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc&random=4294967296")), 60002);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc&random=-1")), 60002);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc&random=4294967295&contenttype=xml")), 60002);
    // contenttype may be left out (older pages do not list it); the same random every time is fine
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc&random=7")), 0);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=administrator&usersig=abc&random=7")), 0);
}

#[test]
fn paths_and_hosts() {
    let mut s = sim(None);
    let q = "?sdkappid=1400000000&identifier=administrator&usersig=abc&random=1&contenttype=json";
    for base in ["https://adminapisgp.im.qcloud.com", "http://127.0.0.1:5000", "http://localhost", ""] {
        assert_eq!(code(&mut s, "POST", &format!("{base}/v4/im_open_login_svc/account_check{q}")), 0, "{base}");
    }
    assert_eq!(code(&mut s, "POST", &format!("/v4/group_open_http_svc/no_such_command{q}")), 10003);
    assert_eq!(code(&mut s, "POST", &format!("/v4/no_such_svc/account_check{q}")), 60009);
    assert_eq!(code(&mut s, "POST", &format!("/v3/im_open_login_svc/account_check{q}")), 60009);
    assert_eq!(code(&mut s, "POST", &format!("/v4/{q}")), 60009);
    assert_eq!(code(&mut s, "POST", &format!("/v4/im_open_login_svc/account_check{q}#frag")), 0);
    // body errors keep HTTP 200
    let a = s.handle("POST", &format!("/v4/openim/admin_set_msg_read{q}"), "not json");
    assert_eq!((a.status, a.json()["ErrorCode"].as_u64()), (200, Some(90001)));
}

#[test]
fn identifier_and_usersig_decoding() {
    let mut s = Simulator::new(Options { now: Some(T0), admin: "ad min+1".into(), ..Options::default() });
    // percent-encoded and form-encoded spaces both decode
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=ad%20min%2B1&usersig=a&random=1")), 0);
    assert_eq!(code(&mut s, "POST", &url("sdkappid=1400000000&identifier=ad+min%2B1&usersig=a&random=1")), 0);
}

#[test]
fn usersig_outcomes() {
    let mut s = sim(Some(KEY));
    let good = sig("administrator", 86_400);
    let q = |sig: &str| url(&format!("sdkappid=1400000000&identifier=administrator&usersig={sig}&random=1&contenttype=json"));
    assert_eq!(code(&mut s, "POST", &q(&good)), 0, "raw usersig");
    assert_eq!(code(&mut s, "POST", &q(&good.replace('*', "%2A"))), 0, "%2A-encoded usersig");
    let all_encoded: String = good.bytes().map(|b| format!("%{b:02X}")).collect();
    assert_eq!(code(&mut s, "POST", &q(&all_encoded)), 0, "fully percent-encoded");
    assert_eq!(code(&mut s, "POST", &q("garbage")), 70003);
    assert_eq!(code(&mut s, "POST", &q(&gen_user_sig(u64::from(APP), "wrong-key", "administrator", 86_400, T0, None))), 70009);
    assert_eq!(code(&mut s, "POST", &q(&sig("bob", 86_400))), 70013);
    assert_eq!(code(&mut s, "POST", &q(&gen_user_sig(1_400_000_001, KEY, "administrator", 86_400, T0, None))), 70014);
    let short = sig("administrator", 10);
    assert_eq!(code(&mut s, "POST", &q(&short)), 0);
    s.advance(11);
    let a = s.handle("POST", &q(&short), "{}");
    assert_eq!(a.json()["ErrorCode"], 70001);
    assert!(a.json()["ErrorInfo"].as_str().unwrap().contains("expired"));
    // without a secret key, signatures are not checked
    let mut open = sim(None);
    assert_eq!(code(&mut open, "POST", &q("anything")), 0);
}

#[test]
fn a_rejected_request_changes_nothing() {
    let mut s = sim(Some(KEY));
    let before: Value = serde_json::from_str(&s.snapshot()).unwrap();
    let a = s.handle("POST", &url("sdkappid=1400000000&identifier=administrator&usersig=bad&random=1"), r#"{"UserID":"x"}"#);
    assert_eq!(a.json()["ErrorCode"], 70003);
    let after: Value = serde_json::from_str(&s.snapshot()).unwrap();
    assert_eq!(before, after);
}

#[test]
fn answers_are_written_envelope_first() {
    let mut s = sim(None);
    let ok = s.handle("POST", &url("sdkappid=1400000000&identifier=administrator&usersig=x&random=1"), r#"{"CheckItem":[{"UserID":"x"}]}"#);
    assert!(ok.body.starts_with(r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"#), "{}", ok.body);
    let refused = s.handle("POST", &url("identifier=administrator&usersig=x&random=1"), "{}");
    assert!(refused.body.starts_with(r#"{"ActionStatus":"FAIL","ErrorInfo":""#), "{}", refused.body);
    assert_ne!(refused.json()["ErrorCode"], 0);
}

#[test]
fn error_code_reads_the_envelope_of_every_recorded_answer() {
    use tcim::sim::http::error_code;
    let mut checked = 0;
    for line in std::fs::read_to_string("tests/data/transcript.jsonl").unwrap().lines() {
            let record: Value = serde_json::from_str(line).unwrap();
            // (Client actions answer an error sentence, not JSON.)
            let Some(answer) = record.get("answer").and_then(Value::as_str) else { continue };
            let Ok(parsed) = serde_json::from_str::<Value>(answer) else { continue };
            assert_eq!(error_code(answer).map(u64::from), parsed["ErrorCode"].as_u64(), "{answer}");
            checked += 1;
    }
    assert!(checked > 1000, "only {checked} answers checked");
    // ErrorInfo with escaped quotes and backslashes; texts that do not open with an envelope.
    assert_eq!(error_code(r#"{"ActionStatus":"FAIL","ErrorInfo":"a \"quoted\\\" word","ErrorCode":70107,"x":1}"#), Some(70107));
    assert_eq!(error_code(r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#), Some(0));
    for text in ["", "{}", r#"{"ErrorCode":0}"#, r#"{"ActionStatus":"OK","ErrorInfo":"unterminated"#, r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":}"#] {
        assert_eq!(error_code(text), None, "{text}");
    }
}
