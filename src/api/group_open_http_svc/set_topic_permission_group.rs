//! `v4/group_open_http_svc/set_topic_permission_group`: change a permission group's
//! permissions in topics it already has, with a result per topic.

use crate::api::group_open_http_svc::add_topic_permission_group::{TopicPermission, TopicPermissionResponse, RESPONSE, TOPIC_PERMISSIONS};
use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct SetTopicPermissionGroup as REQUEST "SetTopicPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group" / "权限组 ID";
        topic_permission_list: Vec<TopicPermission> = req "TopicPermissionList", TOPIC_PERMISSIONS, "new topic permissions, at most 50" / "修改的话题权限，一次不超过50个";
    }
}

impl ApiRequest for SetTopicPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = TopicPermissionResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "set_topic_permission_group", "Change topic permissions", "修改话题权限")
    .docs(0, 61237)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group_with_topic",
  "TopicPermissionList": [
    { "Permission": 123456, "TopicId": "@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cTEJHIIM62CJ" }
  ]
}"#);
