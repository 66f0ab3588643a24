//! `v4/group_open_http_svc/delete_topic_permission_group`: take topics out of a permission
//! group, with a result per topic.

use crate::api::group_open_http_svc::add_topic_permission_group::{TopicPermissionResponse, RESPONSE};
use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

/// Topic IDs of one request: at most 50, like the add and set lists.
pub const TOPIC_IDS: Ty = Ty::Array(&Arr { item: string(), min_items: 1, max_items: Some(50) });

wire! {
    #[derive(Eq)]
    pub struct DeleteTopicPermissionGroup as REQUEST "DeleteTopicPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group" / "权限组 ID";
        topic_id_list: Vec<String> = req "TopicIdList", TOPIC_IDS, "topics to take out, at most 50" / "要删除权限的话题 ID 列表";
    }
}

impl ApiRequest for DeleteTopicPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = TopicPermissionResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_topic_permission_group", "Delete topic permissions", "删除话题权限")
    .docs(0, 61238)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group_with_topic",
  "TopicIdList": ["@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cKXPQIIM62CD"]
}"#);
