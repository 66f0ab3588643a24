//! `v4/group_open_http_svc/destroy_group`: disband a group; its ID then answers 10010.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DestroyGroup as REQUEST "DestroyGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group to disband" / "要解散的群组 ID";
    }
}

impl ApiRequest for DestroyGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("DestroyGroupResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "destroy_group", "Disband a group", "解散群组")
    .docs(1624, 34896)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL"
}"#);
