//! The catalog as a whole: every documented sample is valid, typed wire structs agree with the
//! rule tables (and `read` reads them as serde does), seed responses parse, and the
//! generated TypeScript covers every endpoint. (Native only: the generators are not in the wasm.)
#![cfg(not(target_arch = "wasm32"))]

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::fmt::Debug;
use tcim::read::{read_text, ReadJson};
use tcim::validate::schema::{Obj, Ty};
use tcim::api::{self, ApiRequest};
use tcim::{validate_text, ENDPOINTS};

#[test]
fn every_sample_request_is_valid() {
    for e in ENDPOINTS {
        let v = validate_text(&e.api(), e.sample, true);
        assert!(v.ok && v.diagnostics.is_empty(), "{}: {:#?}", e.api(), v.diagnostics);
    }
}

/// A value that meets `ty` (the smallest one the rule allows), nested members all present.
fn filled(ty: &Ty) -> Value {
    match ty {
        Ty::Str(s) => Value::from("abcdefgh".get(..s.min_bytes.clamp(1, 8)).unwrap_or("a")),
        Ty::Int(i) => Value::from(i.min.max(0).min(i.max)),
        Ty::Enum(names) => Value::from(names[0]),
        Ty::IntEnum(values) => Value::from(values[0]),
        Ty::Array(arr) => Value::Array(vec![filled(&arr.item); arr.min_items.max(2).min(arr.max_items.unwrap_or(2))]),
        Ty::Object(obj) => full(obj),
        Ty::GroupType => Value::from("Public"),
        Ty::SecondsString => Value::from("1700000000"),
        Ty::Number => Value::from(29.5),
        Ty::Bool => Value::from(true),
        Ty::Union(u) => full(u.cases[0].1),
        Ty::Capped(c) => filled(&c.inner),
        Ty::Any => json!({ "Text": "hi", "Nested": [1, { "a": null }] }),
    }
}

fn full(obj: &Obj) -> Value {
    Value::Object(obj.all_fields().map(|f| (f.name.to_owned(), filled(&f.ty))).collect::<Map<_, _>>())
}

/// The simulator reads bodies with `read` (a field list per wire type), not serde: both
/// must read alike the sample, a body with every field of the rule table filled in, and that
/// body without each field in turn.
fn reads_like_serde<T: ApiRequest + DeserializeOwned + ReadJson + PartialEq + Debug>() {
    let e = T::ENDPOINT;
    let sample: T = serde_json::from_str(e.sample).unwrap();
    assert_eq!(read_text::<T>(e.sample).as_ref(), Some(&sample), "{} sample", e.api());
    let body = full(e.request);
    let reference: T = serde_json::from_value(body.clone()).unwrap_or_else(|err| panic!("{}: {err}", e.api()));
    // Compact and pretty-printed text, and the builder's own serialization.
    for text in [body.to_string(), serde_json::to_string_pretty(&body).unwrap(), serde_json::to_string(&reference).unwrap()] {
        assert_eq!(read_text::<T>(&text).as_ref(), Some(&reference), "{}: {text}", e.api());
    }
    let Value::Object(members) = &body else { unreachable!() };
    for name in members.keys() {
        let mut less = members.clone();
        less.remove(name);
        let text = Value::Object(less).to_string();
        assert_eq!(read_text::<T>(&text), serde_json::from_str::<T>(&text).ok(), "{} without {name}", e.api());
    }
}

/// The sample deserializes into the typed struct, and the struct serializes back into a body
/// the validator accepts without a single diagnostic; `read` reads like serde.
fn round_trip<T: ApiRequest + DeserializeOwned + ReadJson + PartialEq + Debug>() {
    reads_like_serde::<T>();
    let e = T::ENDPOINT;
    let typed: T = serde_json::from_str(e.sample).unwrap_or_else(|err| panic!("{}: {err}", e.api()));
    let text = serde_json::to_string(&typed).unwrap();
    let v = validate_text(&e.api(), &text, true);
    assert!(v.diagnostics.is_empty(), "{} re-serialized: {text}\n{:#?}", e.api(), v.diagnostics);
}

fn response_shape<T: ApiRequest>(json: &str) {
    let parsed: T::Response = serde_json::from_str(json).unwrap_or_else(|err| panic!("{}: {err}", T::ENDPOINT.api()));
    let text = serde_json::to_string(&parsed).unwrap();
    let v = tcim::validate_response_text(&T::ENDPOINT.api(), &text);
    assert!(v.diagnostics.is_empty(), "{}: {text}\n{:#?}", T::ENDPOINT.api(), v.diagnostics);
}

fn is_serialize<T: Serialize>() {}

#[test]
fn typed_requests_match_the_tables() {
    use api::{group_open_http_svc::*, im_open_login_svc::*, openim::*};
    round_trip::<account_import::AccountImport>();
    round_trip::<multiaccount_import::MultiaccountImport>();
    round_trip::<account_check::AccountCheck>();
    round_trip::<create_group::CreateGroup>();
    round_trip::<destroy_group::DestroyGroup>();
    round_trip::<add_group_member::AddGroupMember>();
    round_trip::<delete_group_member::DeleteGroupMember>();
    round_trip::<get_group_member_info::GetGroupMemberInfo>();
    round_trip::<get_joined_group_list::GetJoinedGroupList>();
    round_trip::<send_group_msg::SendGroupMsg>();
    round_trip::<group_msg_get_simple::GroupMsgGetSimple>();
    round_trip::<group_msg_receipt::GroupMsgReceiptRequest>();
    round_trip::<get_group_msg_receipt::GetGroupMsgReceipt>();
    round_trip::<get_group_msg_receipt_detail::GetGroupMsgReceiptDetail>();
    round_trip::<send_group_system_notification::SendGroupSystemNotification>();
    round_trip::<set_unread_msg_num::SetUnreadMsgNum>();
    round_trip::<sendmsg::SendMsg>();
    round_trip::<get_c2c_unread_msg_num::GetC2cUnreadMsgNum>();
    round_trip::<admin_getroammsg::AdminGetRoamMsg>();
    round_trip::<admin_msgwithdraw::AdminMsgWithdraw>();
    round_trip::<admin_set_msg_read::AdminSetMsgRead>();
    {
        use api::timpush::*;
        round_trip::<push::Push>();
        round_trip::<batch::Batch>();
        round_trip::<webpush::Webpush>();
        round_trip::<revoke::Revoke>();
        round_trip::<all_member_push_trace::AllMemberPushTrace>();
        response_shape::<all_member_push_trace::AllMemberPushTrace>(
            r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"InstanceTrace":[{"InstanceId":"u","PushTime":"2025-03-13 16:16:27","System":"IM","IMCommitStat":{"IMStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"success","EventTime":"2025-03-13 16:16:27"}}}]}"#,
        );
    }
    is_serialize::<api::Envelope>();
}

#[test]
fn seed_responses_parse() {
    use api::{group_open_http_svc::*, openim::*};
    let ok = r#"{"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}"#;
    response_shape::<set_unread_msg_num::SetUnreadMsgNum>(ok);
    response_shape::<admin_set_msg_read::AdminSetMsgRead>(ok);
    response_shape::<get_group_msg_receipt::GetGroupMsgReceipt>(
        r#"{"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupMsgReceiptList": [
            {"Code": 0, "MsgSeq": 1, "ReadNum": 1, "UnreadNum": 6},
            {"Code": 0, "MsgSeq": 2, "ReadNum": 1, "UnreadNum": 6}]}"#,
    );
    response_shape::<sendmsg::SendMsg>(r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgTime":1584669680,"MsgKey":"549396494_2578554_1584669680"}"#);
    response_shape::<get_c2c_unread_msg_num::GetC2cUnreadMsgNum>(
        r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"C2CUnreadMsgNumList":[{"Peer_Account":"dramon2","C2CUnreadMsgNum":12}],"ErrorList":[{"Peer_Account":"teacher4","ErrorCode":70107}]}"#,
    );
    let typed: get_group_msg_receipt::GetGroupMsgReceiptResponse =
        serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupMsgReceiptList":[{"Code":0,"MsgSeq":1,"ReadNum":1,"UnreadNum":6}]}"#).unwrap();
    assert_eq!((typed.group_msg_receipt_list[0].read_num, typed.group_msg_receipt_list[0].unread_num), (1, 6));
}

#[test]
fn typed_builders_produce_valid_bodies() {
    use api::{group_open_http_svc::*, im_open_login_svc::*, openim::*};
    use tcim::vocab::GroupType;
    let bodies: Vec<(String, String)> = vec![
        (set_unread_msg_num::ENDPOINT.api(), serde_json::to_string(&set_unread_msg_num::SetUnreadMsgNum::new("@TGS#2CLUZEAEJ", "bob", 5)).unwrap()),
        (admin_set_msg_read::ENDPOINT.api(), serde_json::to_string(&admin_set_msg_read::AdminSetMsgRead::new("a", "b").read_time(1_700_000_000)).unwrap()),
        (get_group_msg_receipt::ENDPOINT.api(), serde_json::to_string(&get_group_msg_receipt::GetGroupMsgReceipt::new("g1", &[1, 2])).unwrap()),
        (create_group::ENDPOINT.api(), serde_json::to_string(&create_group::CreateGroup::new(GroupType::Private, "team").owner("alice").members(&["bob"])).unwrap()),
        (send_group_msg::ENDPOINT.api(), serde_json::to_string(&send_group_msg::SendGroupMsg::text("g1", 7, "hi").from("alice").with_receipt()).unwrap()),
        (sendmsg::ENDPOINT.api(), serde_json::to_string(&sendmsg::SendMsg::text("a", "b", 9, "hi")).unwrap()),
        (get_c2c_unread_msg_num::ENDPOINT.api(), serde_json::to_string(&get_c2c_unread_msg_num::GetC2cUnreadMsgNum::new("a").peers(&["b"])).unwrap()),
        (group_msg_receipt::ENDPOINT.api(), serde_json::to_string(&group_msg_receipt::GroupMsgReceiptRequest::new("g1", "bob", &[3])).unwrap()),
        (account_check::ENDPOINT.api(), serde_json::to_string(&account_check::AccountCheck::new(&["a", "b"])).unwrap()),
    ];
    for (api, body) in bodies {
        let v = validate_text(&api, &body, true);
        assert!(v.diagnostics.is_empty(), "{api} {body}: {:#?}", v.diagnostics);
    }
    let read = serde_json::to_string(&admin_set_msg_read::AdminSetMsgRead::new("a", "b").read_time(5)).unwrap();
    assert!(read.contains(r#""MsgReadTime":"5""#), "the builder emits a string: {read}");
}

#[test]
fn generated_typescript_covers_every_endpoint() {
    let ts = tcim::codegen::typescript();
    for e in ENDPOINTS {
        assert!(ts.contains(&format!("export interface {} {{", e.request.name)), "{}", e.request.name);
        // An answer that is only the envelope is typed `Envelope`.
        let response = if e.response.name == "Envelope" { "export interface Envelope {".to_owned() } else { format!("export interface {} extends Envelope {{", e.response.name) };
        assert!(ts.contains(&response), "{}", e.response.name);
        assert!(ts.contains(&format!("  \"{}\": {};", e.api(), e.request.name)));
    }
    assert!(ts.contains("  UnreadMsgNum: number;"));
    assert!(ts.contains("  MsgReadTime?: string;"));
    assert!(ts.contains("  Filter: 0 | 1;"));
    assert!(ts.contains("GroupMsgReceiptList?: GroupMsgReceipt[];"));
}

#[test]
fn json_schemas_cover_every_endpoint() {
    let schemas = tcim::schema::json_schemas();
    for e in ENDPOINTS {
        assert_eq!(schemas[e.api()]["request"]["type"], "object");
        assert_eq!(schemas[e.api()]["response"]["required"], serde_json::json!(["ActionStatus", "ErrorInfo", "ErrorCode"]));
    }
    assert_eq!(schemas["group_open_http_svc/set_unread_msg_num"]["request"]["required"], serde_json::json!(["GroupId", "Member_Account", "UnreadMsgNum"]));
}

#[test]
fn endpoint_info_for_js() {
    let info = tcim::find_endpoint("v4/group_open_http_svc/set_unread_msg_num").unwrap().info();
    let json = serde_json::to_value(&info).unwrap();
    assert_eq!(json["api"], "group_open_http_svc/set_unread_msg_num");
    assert_eq!(json["rateLimit"], 200);
    assert_eq!(json["groupTypes"]["ChatRoom"], false);
    assert_eq!(json["groupTypes"]["Community"], true);
    assert_eq!(json["groupTypeBehavior"]["AVChatRoom"], "no-op");
    assert_eq!(json["fields"][2]["name"], "UnreadMsgNum");
    assert!(tcim::find_endpoint("openim/sendmsg").unwrap().info().group_types.is_none());
}

#[test]
fn every_code_in_the_source_is_documented() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diagnostics.md")).unwrap();
    fn read_all(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_all(&path, out);
            } else {
                *out += &std::fs::read_to_string(path).unwrap();
            }
        }
    }
    let mut sources = String::new();
    read_all(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
    for code in [
        "invalid_json", "not_an_object", "unknown_api", "missing_field", "wrong_type", "out_of_range", "empty_string", "too_long", "invalid_enum", "too_many_items",
        "too_few_items", "invalid_group_id", "not_digits", "not_supported", "conflicting_fields", "unknown_field", "legacy_field", "type_drift", "duplicate_key", "clamped",
        "group_type_alias", "invalid_option",
    ]
    .into_iter()
    .chain(tcim::vocab::messages::ALL.iter().map(|(_, m)| m.code).filter(|c| !c.is_empty()))
    {
        assert!(docs.contains(&format!("`{code}`")), "{code} is not in docs/diagnostics.md");
        assert!(sources.contains(&format!("\"{code}\"")), "{code} is documented but never produced");
    }
}

#[test]
fn an_alias_and_a_repeated_key_read_as_json_parse_does() {
    use api::im_open_login_svc::account_import::AccountImport;
    let a: AccountImport = read_text(r#"{"Identifier":"old","Nick":"n"}"#).unwrap();
    assert_eq!(a.user_id, "old");
    let b: AccountImport = read_text(r#"{"UserID":"first","UserID":"last"}"#).unwrap();
    assert_eq!(b.user_id, "last");
}

/// The one statement of each endpoint reaches every generated output, in catalog order: the
/// JS diagnosers (one root per endpoint, `null` exactly where a cross-field rule sends the
/// body to wasm), the JSON catalog that `endpoints()` returns, the TypeScript `Requests` map.
/// (That each endpoint's handler exists is `sim::tests`.)
#[test]
fn generated_outputs_follow_the_catalog() {
    let js = tcim::codegen::js_object_checks() + &tcim::codegen::js_text_checks();
    let roots: Vec<Vec<String>> = js
        .lines()
        .filter_map(|l| l.trim().strip_prefix("return [").and_then(|r| r.strip_suffix("];")))
        .map(|r| r.split(", ").map(str::to_owned).collect())
        .collect();
    assert_eq!(roots.len(), 2, "one root array for objects, one for text");
    for list in &roots {
        assert_eq!(list.len(), ENDPOINTS.len());
        for (root, e) in list.iter().zip(ENDPOINTS) {
            assert_eq!(root == "null", e.between_fields(), "{}: {root}", e.api());
        }
    }
    let catalog: Vec<serde_json::Value> = serde_json::from_str(&tcim::codegen::endpoints_json()).unwrap();
    let names: Vec<&str> = catalog.iter().map(|e| e["api"].as_str().unwrap()).collect();
    assert_eq!(names, ENDPOINTS.iter().map(|e| e.api()).collect::<Vec<_>>());
    let ts = tcim::codegen::typescript();
    let requests = ts.split("export interface Requests {").nth(1).unwrap().split('}').next().unwrap();
    assert_eq!(requests.lines().filter(|l| l.contains(": ")).count(), ENDPOINTS.len());
}

/// Field names are ASCII (what `close_field` relies on for its "did you mean" hint).
#[test]
fn field_names_are_ascii() {
    fn walk(obj: &tcim::vocab::Obj) {
        for f in obj.all_fields() {
            assert!(f.name.is_ascii(), "{}.{}", obj.name, f.name);
            match f.ty {
                tcim::vocab::Ty::Object(o) => walk(o),
                tcim::vocab::Ty::Array(a) => {
                    if let tcim::vocab::Ty::Object(o) = a.item {
                        walk(o)
                    }
                }
                _ => {}
            }
        }
    }
    for e in ENDPOINTS {
        walk(e.request);
        walk(e.response);
    }
}

/// Each rule between fields names fields of its own table, compares them with values of their
/// type, and is stated in the table's JSON Schema (one `allOf` entry per rule, with the
/// validator's message as its `$comment`); an endpoint with a rule no keyword states says
/// where it points.
#[test]
fn rules_between_fields_name_their_tables_fields_and_reach_the_schemas() {
    use tcim::vocab::rules::{collect, Between, Cond, Val};
    let mut tables = Vec::new();
    for e in ENDPOINTS {
        collect(e.request, &mut tables);
        collect(e.response, &mut tables);
    }
    let mut rules = 0;
    let doc = tcim::schema::openapi("0.0.0", false);
    for t in &tables {
        let schema = &doc["components"]["schemas"][t.name];
        let comments: Vec<&str> = schema["allOf"].as_array().into_iter().flatten().filter_map(|s| s["$comment"].as_str()).collect();
        assert_eq!(comments.len(), t.between.len(), "{}: {schema}", t.name);
        for rule in t.between {
            rules += 1;
            for f in rule.fields() {
                assert!(t.field(f).is_some(), "{}: a rule names {f}, not a field of the table", t.name);
            }
            let conds: Vec<&Cond> = match rule {
                Between::NeededWhen(_, when) => vec![when],
                Between::RefusedWhen { what, when, .. } => vec![what, when],
                _ => vec![],
            };
            for c in conds {
                let ty = t.field(c.field()).map(|f| f.ty);
                let fits = match (c, ty) {
                    (Cond::Is(_, values), Some(Ty::IntEnum(allowed))) => values.iter().all(|v| matches!(v, Val::Int(i) if allowed.contains(i))),
                    (Cond::Is(_, values), Some(Ty::Enum(allowed))) => values.iter().all(|v| matches!(v, Val::Str(s) if allowed.contains(s))),
                    (Cond::GroupTypeIs(..), Some(Ty::GroupType | Ty::Enum(_))) => true,
                    (Cond::NonEmpty(_), Some(Ty::Array(_))) => true,
                    (Cond::StartsWith(..) | Cond::LacksPrefix(..), Some(Ty::Str(_))) => true,
                    _ => false,
                };
                assert!(fits, "{}: {c:?} does not fit the field's rule {ty:?}", t.name);
            }
        }
    }
    assert!(rules >= 18, "{rules} rules");
    for e in ENDPOINTS.iter().filter(|e| e.check.is_some()) {
        let schema = tcim::schema::endpoint_schemas(e);
        let listed = &schema["request"]["x-tcim-crossFieldRules"]["rules"][0];
        assert!(listed["at"].as_array().is_some_and(|at| !at.is_empty()) && listed["rule"].as_str().is_some_and(|r| !r.is_empty()), "{}: {listed}", e.api());
    }
}

#[test]
fn openapi_document_is_the_value_in_reading_order_and_names_each_table_once() {
    let doc = tcim::schema::openapi("0.0.0", false);
    let text = tcim::schema::openapi_text("0.0.0", false);
    assert!(text.starts_with("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {"));
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), doc);
    // A component name stands for one table: two tables sharing a name would overwrite each other.
    let mut seen = std::collections::BTreeMap::new();
    for e in ENDPOINTS {
        for obj in [e.request, e.response] {
            if let Some(other) = seen.insert(obj.name, obj as *const _) {
                assert_eq!(other, obj as *const _, "two tables named {}", obj.name);
            }
        }
        let path = &doc["paths"][format!("/v4/{}", e.api())]["post"];
        assert_eq!(path["requestBody"]["content"]["application/json"]["schema"]["$ref"], format!("#/components/schemas/{}", e.request.name));
    }
}

/// Every error code has its meaning in both languages (issue 20), stated in one row.
#[test]
fn every_error_code_has_english_and_chinese() {
    use tcim::protocol::errors::ERROR_CODES;
    for e in ERROR_CODES {
        assert!(!e.message.is_empty(), "{}", e.code);
        assert!(e.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: {} is not Chinese", e.code, e.zh);
    }
}

/// Every endpoint's title and every field's meaning, the request's and the answer's (nested
/// ones too, and each message element's), has its Chinese beside the English in the
/// endpoint's statement or the shared table it uses (issue 20; issue 33 for answers).
#[test]
fn every_title_and_field_meaning_has_english_and_chinese() {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    fn walk(fields: &[tcim::catalog::FieldInfo], zh: &[tcim::catalog::FieldInfo], api: &str, han: &dyn Fn(&str) -> bool, missing: &mut Vec<String>) {
        assert_eq!(fields.len(), zh.len());
        for (en, zh) in fields.iter().zip(zh) {
            if en.doc.is_empty() || !han(zh.doc) || en.doc == zh.doc {
                missing.push(format!("{api} {}: {:?}", en.name, en.doc));
            }
            walk(en.fields.as_deref().unwrap_or_default(), zh.fields.as_deref().unwrap_or_default(), api, han, missing);
            let (cases, zh_cases) = (en.cases.clone().unwrap_or_default(), zh.cases.clone().unwrap_or_default());
            for (tag, members) in &cases {
                walk(members, zh_cases.get(tag).map(Vec::as_slice).unwrap_or_default(), api, han, missing);
            }
        }
    }
    let mut missing = Vec::new();
    for e in ENDPOINTS {
        let (info, zh) = (e.info(), tcim::catalog::in_chinese(e));
        assert!(han(zh.title) && !info.title.is_empty(), "{} has no Chinese title", info.api);
        walk(&info.fields, &zh.fields, &info.api, &han, &mut missing);
        walk(&info.response_fields, &zh.response_fields, &format!("{} (answer)", info.api), &han, &mut missing);
    }
    assert!(missing.is_empty(), "{} meanings without Chinese:\n{}", missing.len(), missing.join("\n"));
    // The Chinese catalog is the English one with those texts swapped.
    let zh = tcim::catalog::in_chinese(ENDPOINTS[0]);
    assert_eq!((zh.api.as_str(), zh.title), ("im_open_login_svc/account_import", "导入单个账号"));
}

/// The README blocks that count and list the endpoints are what the catalog says
/// (`cargo run --bin tcim-codegen -- readme` rewrites them).
#[test]
fn readme_lists_are_generated_and_current() {
    let stale = tcim::readme::stale(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(stale.is_empty(), "stale README blocks in {stale:?}: run cargo run --bin tcim-codegen -- readme");
}

/// A table's name is its identity in the generated JS, TypeScript and JSON Schemas: two
/// different tables of one name would make one of them validate as the other.
#[test]
fn table_names_are_unique() {
    fn walk(obj: &'static Obj, seen: &mut std::collections::BTreeMap<&'static str, *const Obj>, clashes: &mut Vec<&'static str>) {
        match seen.get(obj.name) {
            Some(p) if std::ptr::eq(*p, obj) => return,
            Some(_) => {
                clashes.push(obj.name);
                return;
            }
            None => {
                seen.insert(obj.name, obj);
            }
        }
        let fields = obj.fields.iter().chain(obj.extends.into_iter().flat_map(|e| e.fields.iter()));
        for f in fields {
            let mut ty = &f.ty;
            while let Ty::Array(a) = ty {
                ty = &a.item;
            }
            if let Ty::Object(o) = ty {
                walk(o, seen, clashes);
            }
        }
    }
    let (mut seen, mut clashes) = (Default::default(), Vec::new());
    for e in ENDPOINTS {
        walk(e.request, &mut seen, &mut clashes);
        walk(e.response, &mut seen, &mut clashes);
    }
    assert!(clashes.is_empty(), "tables named alike: {clashes:?}");
}
