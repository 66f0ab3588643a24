//! `v4/openim_msg_ext_http_svc/…`: one module per command.

pub mod get_key_values;
pub mod set_key_values;
pub mod group_get_key_values;
pub mod group_set_key_values;
