//! `v4/group_open_http_svc/get_topic_permission_group`: a permission group's permissions in
//! topics (those named, or all it has).

use crate::api::group_open_http_svc::add_topic_permission_group::{TopicPermission, TOPIC_PERMISSION_ITEM};
use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::group_open_http_svc::delete_topic_permission_group::TOPIC_IDS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetTopicPermissionGroup as REQUEST "GetTopicPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group" / "权限组 ID";
        topic_id_list: Option<Vec<String>> = opt "TopicIdList", TOPIC_IDS, "topics to get (absent: all the group has)" / "要获取的话题 ID 列表，不填则获取全部";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetTopicPermissionGroupResponse as RESPONSE "GetTopicPermissionGroupResponse" {
        topic_permission_list: Vec<TopicPermission> = out "TopicPermissionList", Ty::Array(&Arr { item: Ty::Object(&TOPIC_PERMISSION_ITEM), min_items: 0, max_items: None }), "the topics and their permissions" / "话题权限列表";
    }
}

impl ApiRequest for GetTopicPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetTopicPermissionGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_topic_permission_group", "Get topic permissions", "获取话题权限")
    .docs(0, 61239)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group_with_topic"
}"#);
