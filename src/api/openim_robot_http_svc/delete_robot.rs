//! `v4/openim_robot_http_svc/delete_robot`: a robot made invalid; its UserID stays
//! (269/89992, 1047/55282).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct DeleteRobot as REQUEST "DeleteRobotRequest" {
        robot_account: String = req "Robot_Account", USER_ID, "the robot's UserID (@RBT#…)" / "机器人的 UserID，必须以@RBT#开头";
    }
}

wire! {
    #[derive(Eq)]
    pub response DeleteRobotResponse as RESPONSE "DeleteRobotResponse" {
    }
}

impl DeleteRobot {
    pub fn new(robot: &str) -> Self {
        DeleteRobot { robot_account: robot.into() }
    }
}

impl ApiRequest for DeleteRobot {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DeleteRobotResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimRobotHttpSvc, "delete_robot", "Delete a robot", "删除机器人")
    .docs(89992, 55282)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10004])
    .sample(r#"{"Robot_Account":"@RBT#001"}"#);
