//! `v4/openconfigsvr/…`: one module per command.

pub mod setnospeaking;
pub mod getnospeaking;
pub mod getappinfo;
