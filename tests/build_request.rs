//! Request builders: exact URLs for each region, encoding, and the errors.

use tcim::protocol::region::REGIONS;
use tcim::protocol::request::{decode_component, encode_component};
use tcim::{build_request, Target};

const BODY: &str = r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}"#;

fn target(region: &str) -> Target {
    Target::from_options(&format!(r#"{{"sdkAppId":88888888,"identifier":"admin","userSig":"xxx","random":99999999,"region":{region}}}"#), 0).unwrap()
}

#[test]
fn exact_urls_for_each_region() {
    let expected = [
        ("china", "console.tim.qq.com", "adminapi.my-imcloud.com"),
        ("singapore", "adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
        ("seoul", "adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
        ("tokyo", "adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
        ("frankfurt", "adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
        ("silicon-valley", "adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),
        ("jakarta", "adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"),
    ];
    assert_eq!(REGIONS.len(), expected.len());
    for (name, primary, backup) in expected {
        let req = build_request("group_open_http_svc/set_unread_msg_num", BODY, true, &target(&format!("\"{name}\""))).unwrap();
        // The seed's sample URL, on this region's host.
        assert_eq!(req.url, format!("https://{primary}/v4/group_open_http_svc/set_unread_msg_num?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json"));
        let req = build_request("group_open_http_svc/set_unread_msg_num", BODY, true, &target(&format!(r#"{{"region":"{name}","backup":true}}"#))).unwrap();
        assert!(req.url.starts_with(&format!("https://{backup}/v4/")), "{}", req.url);
    }
}

#[test]
fn request_shape() {
    let req = build_request("v4/openim/admin_set_msg_read", r#"{"Report_Account":"dramon1","Peer_Account":"dramon2"}"#, true, &target("\"seoul\"")).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.headers.get("Content-Type").map(String::as_str), Some("application/json"));
    assert_eq!(req.body, r#"{"Report_Account":"dramon1","Peer_Account":"dramon2"}"#);
    assert!(req.diagnostics.is_empty());
}

#[test]
fn default_region_custom_host_and_http() {
    let t = Target::from_options(r#"{"sdkAppId":1400000000,"identifier":"admin","userSig":"s"}"#, 42).unwrap();
    let req = build_request("openim/sendmsg", r#"{"To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#, true, &t).unwrap();
    assert_eq!(req.url, "https://console.tim.qq.com/v4/openim/sendmsg?sdkappid=1400000000&identifier=admin&usersig=s&random=42&contenttype=json");
    let req = build_request("openim/admin_set_msg_read", r#"{"Report_Account":"a","Peer_Account":"b"}"#, true, &target(r#"{"host":"127.0.0.1:8080","scheme":"http"}"#)).unwrap();
    assert!(req.url.starts_with("http://127.0.0.1:8080/v4/openim/admin_set_msg_read?"), "{}", req.url);
}

#[test]
fn query_values_are_percent_encoded() {
    let t = Target::from_options(r#"{"sdkAppId":1,"identifier":"ad min&x=1","userSig":"eJx*a-b_c+d/e=","random":0}"#, 0).unwrap();
    let url = t.url(tcim::find_endpoint("openim/sendmsg").unwrap()).unwrap();
    assert!(url.contains("identifier=ad%20min%26x%3D1&usersig=eJx*a-b_c%2Bd%2Fe%3D&random=0"), "{url}");
    for s in ["ad min&x=1", "eJx*a-b_c+d/e=", "用户😀", "%", "100%25"] {
        assert_eq!(decode_component(&encode_component(s)), s);
    }
    assert_eq!(decode_component("a+b%2Ac"), "a b*c");
    assert_eq!(decode_component("bad%zz%"), "bad%zz%");
}

#[test]
fn integer_msg_read_time_becomes_a_string() {
    let req = build_request("openim/admin_set_msg_read", r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":1700000000}"#, true, &target("\"china\"")).unwrap();
    assert_eq!(req.body, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":"1700000000"}"#);
    assert_eq!(req.diagnostics[0].code, "type_drift");
}

#[test]
fn errors() {
    let e = build_request("nope/nope", "{}", true, &target("\"china\"")).unwrap_err();
    assert_eq!(e.code, "unknown_api");
    let e = build_request("group_open_http_svc/set_unread_msg_num", r#"{"GroupId":"g"}"#, true, &target("\"china\"")).unwrap_err();
    assert_eq!(e.code, "invalid_body");
    assert_eq!(e.diagnostics.len(), 2);
    assert!(e.message.contains("Member_Account"), "{}", e.message);
    for (opts, path) in [
        (r#"{"identifier":"admin","userSig":"s"}"#, "/sdkAppId"),
        (r#"{"sdkAppId":0,"identifier":"admin","userSig":"s"}"#, "/sdkAppId"),
        (r#"{"sdkAppId":"1400000000","identifier":"admin","userSig":"s"}"#, "/sdkAppId"),
        (r#"{"sdkAppId":1,"identifier":"","userSig":"s"}"#, "/identifier"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":""}"#, "/userSig"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","random":4294967296}"#, "/random"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","random":-1}"#, "/random"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":"mars"}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"host":"a/b"}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"host":"a","scheme":"ftp"}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","regoin":"china"}"#, "/regoin"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"region":"tokyo","backpu":true}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"region":"tokyo"}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"host":"a","backup":true}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{"host":1}}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":7}"#, "/region"),
        (r#"{"sdkAppId":1,"identifier":"admin","userSig":"s","region":{}}"#, "/region"),
    ] {
        let e = Target::from_options(opts, 0).unwrap_err();
        assert_eq!(e.code, "invalid_option", "{opts}");
        assert!(e.diagnostics.iter().any(|d| d.path == path && d.is_error()), "{opts}: {:#?}", e.diagnostics);
    }
}
