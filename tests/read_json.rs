//! The simulator reads request bodies with `api::read` (a field list per wire type), not
//! serde: both must read every body alike. Each request type is read from its sample, from a
//! body with every field of its rule table filled in, and from that body without each field
//! in turn; serde's answer is the reference.

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use std::fmt::Debug;
use tcim::api::read::{read_text, ReadJson};
use tcim::api::{self, ApiRequest};
use tcim::validate::schema::{Obj, Ty};

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
        Ty::Any => json!({ "Text": "hi", "Nested": [1, { "a": null }] }),
    }
}

fn full(obj: &Obj) -> Value {
    Value::Object(obj.all_fields().map(|f| (f.name.to_owned(), filled(&f.ty))).collect::<Map<_, _>>())
}

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

#[test]
fn every_request_type_reads_like_serde() {
    use api::*;
    reads_like_serde::<account_import::AccountImport>();
    reads_like_serde::<multiaccount_import::MultiaccountImport>();
    reads_like_serde::<account_check::AccountCheck>();
    reads_like_serde::<create_group::CreateGroup>();
    reads_like_serde::<destroy_group::DestroyGroup>();
    reads_like_serde::<add_group_member::AddGroupMember>();
    reads_like_serde::<delete_group_member::DeleteGroupMember>();
    reads_like_serde::<get_group_member_info::GetGroupMemberInfo>();
    reads_like_serde::<get_joined_group_list::GetJoinedGroupList>();
    reads_like_serde::<send_group_msg::SendGroupMsg>();
    reads_like_serde::<group_msg_get_simple::GroupMsgGetSimple>();
    reads_like_serde::<group_msg_receipt::GroupMsgReceiptRequest>();
    reads_like_serde::<get_group_msg_receipt::GetGroupMsgReceipt>();
    reads_like_serde::<get_group_msg_receipt_detail::GetGroupMsgReceiptDetail>();
    reads_like_serde::<send_group_system_notification::SendGroupSystemNotification>();
    reads_like_serde::<set_unread_msg_num::SetUnreadMsgNum>();
    reads_like_serde::<sendmsg::SendMsg>();
    reads_like_serde::<get_c2c_unread_msg_num::GetC2cUnreadMsgNum>();
    reads_like_serde::<admin_getroammsg::AdminGetRoamMsg>();
    reads_like_serde::<admin_msgwithdraw::AdminMsgWithdraw>();
    reads_like_serde::<admin_set_msg_read::AdminSetMsgRead>();
}

#[test]
fn an_alias_and_a_repeated_key_read_as_json_parse_does() {
    use api::account_import::AccountImport;
    let a: AccountImport = read_text(r#"{"Identifier":"old","Nick":"n"}"#).unwrap();
    assert_eq!(a.user_id, "old");
    let b: AccountImport = read_text(r#"{"UserID":"first","UserID":"last"}"#).unwrap();
    assert_eq!(b.user_id, "last");
}
