//! `v4/million_group_open_http_svc/…`: one module per command.

pub mod create_topic;
pub mod destroy_topic;
pub mod get_topic;
pub mod modify_topic;
pub mod import_topic;
pub mod get_online_member_num;
