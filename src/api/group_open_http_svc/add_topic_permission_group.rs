//! `v4/group_open_http_svc/add_topic_permission_group`: give a permission group permissions in
//! topics of its Community (at most 50 topics a request), with a result per topic.

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct TopicPermission as TOPIC_PERMISSION_ITEM "TopicPermission" {
        topic_id: String = req "TopicId", string(), "topic ID" / "话题 ID";
        permission: u64 = req "Permission", PERMISSION, "topic permissions, a bitmask" / "话题权限，按位表示";
    }
}
/// Topic permissions of one request: at most 50 (the page).
pub const TOPIC_PERMISSIONS: Ty = Ty::Array(&Arr { item: Ty::Object(&TOPIC_PERMISSION_ITEM), min_items: 1, max_items: Some(50) });

wire! {
    #[derive(Eq)]
    pub struct TopicPermissionResult as RESULT_ITEM "TopicPermissionResult" {
        error_code: u32 = req "ErrorCode", U32, "0, or why this topic failed" / "该话题的处理结果";
        error_info: String = req "ErrorInfo", string(), "error message" / "错误信息";
        topic_id: String = req "TopicId", string(), "topic ID" / "话题 ID";
    }
}
/// A result per topic (add, set and delete answer the same).
pub const TOPIC_RESULTS: Ty = Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub struct AddTopicPermissionGroup as REQUEST "AddTopicPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group" / "权限组 ID";
        topic_permission_list: Vec<TopicPermission> = req "TopicPermissionList", TOPIC_PERMISSIONS, "topic permissions to add, at most 50" / "添加的话题权限，一次不超过50个";
    }
}

wire! {
    #[derive(Eq)]
    pub response TopicPermissionResponse as RESPONSE "TopicPermissionResponse" {
        topic_permission_result_list: Vec<TopicPermissionResult> = out "TopicPermissionResultList", TOPIC_RESULTS, "result per topic" / "每个话题的处理结果";
    }
}

impl ApiRequest for AddTopicPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = TopicPermissionResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "add_topic_permission_group", "Add topic permissions", "添加话题权限")
    .docs(0, 61236)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group_with_topic",
  "TopicPermissionList": [
    { "Permission": 1234, "TopicId": "@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cKXPQIIM62CD" }
  ]
}"#);
