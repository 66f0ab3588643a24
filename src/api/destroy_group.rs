//! `v4/group_open_http_svc/destroy_group`: disband a group; its ID then answers 10010.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DestroyGroup {
    #[serde(rename = "GroupId")]
    pub group_id: String,
}
reads!(DestroyGroup { group_id: "GroupId" });

impl ApiRequest for DestroyGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const REQUEST: Obj = Obj::new("DestroyGroupRequest", &[req("GroupId", GROUP_ID, "ID of the group to disband")]);
pub const RESPONSE: Obj = response("DestroyGroupResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "destroy_group", "Disband a group")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL"
}"#);
