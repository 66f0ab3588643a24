//! `v4/openim_robot_http_svc/…`: one module per command.

pub mod create_robot;
pub mod delete_robot;
pub mod get_all_robots;
pub mod send_stream_msg;
