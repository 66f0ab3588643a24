//! `v4/openim_robot_http_svc/get_all_robots`: the app's valid robots (1047/55280).

use crate::api::prelude::*;

wire! {
    #[derive(Eq, Default)]
    pub struct GetAllRobots as REQUEST "GetAllRobotsRequest" {
    }
}

wire! {
    #[derive(Eq)]
    pub response GetAllRobotsResponse as RESPONSE "GetAllRobotsResponse" {
        robot_account: Vec<String> = out "Robot_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "the valid robots' UserIDs, in the order created" / "有效机器人的 UserID，按创建顺序";
    }
}

impl ApiRequest for GetAllRobots {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAllRobotsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimRobotHttpSvc, "get_all_robots", "Get all robots", "拉取所有机器人")
    .docs(0, 55280)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10004])
    .read_only()
    .sample(r#"{}"#);
