//! One test module per endpoint (the scaffold writes them): what the simulator answers to it.

#[path = "../common/mod.rs"]
mod common;

mod openim_robot_http_svc;
mod follow;
