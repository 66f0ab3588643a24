//! `v4/openim_robot_http_svc/create_robot`: a robot account, `@RBT#…` (269/89991, 1047/55281).

use crate::api::prelude::*;

/// What every robot UserID starts with.
pub const ROBOT_PREFIX: &str = "@RBT#";
/// Robots an app may have at once ("每个 IM 账号只能创建最多20个机器人账号").
pub const MAX_ROBOTS: usize = 20;

wire! {
    #[derive(Eq)]
    pub struct CreateRobot as REQUEST "CreateRobotRequest" {
        user_id: String = req "UserID", USER_ID, "the robot's UserID: at most 32 bytes, starting with @RBT#" / "机器人用户名，长度不超过32字节，必须以@RBT#开头";
        nick: Option<String> = opt "Nick", string_max(500), "the robot's nickname" / "机器人昵称";
        face_url: Option<String> = opt "FaceUrl", string_max(500), "the robot's avatar URL" / "机器人头像 URL";
        self_signature: Option<String> = opt "SelfSignature", string_max(500), "the robot's signature, at most 500 bytes" / "机器人签名，不超过500字节";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreateRobotResponse as RESPONSE "CreateRobotResponse" {
    }
}

impl CreateRobot {
    pub fn new(user_id: &str) -> Self {
        CreateRobot { user_id: user_id.into(), nick: None, face_url: None, self_signature: None }
    }
}

impl ApiRequest for CreateRobot {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateRobotResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimRobotHttpSvc, "create_robot", "Create a robot", "创建机器人")
    .docs(89991, 55281)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10004])
    .sample(r#"{"UserID":"@RBT#001","Nick":"Jarvis","FaceUrl":"www.example.com/head.jpg","SelfSignature":"hello, world"}"#);
