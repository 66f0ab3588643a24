//! `v4/group_open_attr_http_svc/get_group_attr`: a live group's custom attributes.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

/// `{ "key": …, "value": … }` (lower case, as the pages write it).
pub const ATTR_KEY: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(32), kind: StrKind::Plain });

wire! {
    #[derive(Eq)]
    pub struct GroupAttr as GROUP_ATTR "GroupAttr" {
        key: String = req "key", ATTR_KEY, "attribute key, at most 32 bytes (10045)" / "群属性的 key，最长32字节（10045）";
        value: String = req "value", string_max(4000), "attribute value, at most 4000 bytes (10046)" / "群属性的 value，最长4000字节（10046）";
    }
}
/// At most 16 attributes (10047).
pub const GROUP_ATTRS: Ty = Ty::Array(&Arr { item: Ty::Object(&GROUP_ATTR), min_items: 1, max_items: Some(16) });

wire! {
    #[derive(Eq)]
    pub struct GetGroupAttr as REQUEST "GetGroupAttrRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "直播群的 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupAttrResponse as RESPONSE "GetGroupAttrResponse" {
        group_attr_ary: Vec<GroupAttr> = out "GroupAttrAry", Ty::Array(&Arr { item: Ty::Object(&GROUP_ATTR), min_items: 0, max_items: None }), "every attribute, by key" / "所有群属性，按键排列";
    }
}

impl GetGroupAttr {
    pub fn new(group_id: &str) -> Self {
        GetGroupAttr { group_id: group_id.into() }
    }
}

impl ApiRequest for GetGroupAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupAttrResponse;
}

/// Attributes are an AVChatRoom feature; the other types answer 10007.
pub const AVCHATROOM_ONLY: &[(GroupType, Support)] = &[(GroupType::Private, Support::Forbidden), (GroupType::Public, Support::Forbidden), (GroupType::ChatRoom, Support::Forbidden), (GroupType::AVChatRoom, Support::Yes), (GroupType::Community, Support::Forbidden)];

/// The errors of the attribute pages.
pub const ATTR_ERRORS: &[u32] = &[10002, 10004, 10007, 10010, 10015, 10045, 10046, 10047, 10048, 10049];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupAttr, "get_group_attr", "Get a live group's attributes", "获取群自定义属性")
    .docs(0, 44187)
    .tables(&REQUEST, &RESPONSE)
    .errors(ATTR_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#aC5SZEAEF" }"#);
