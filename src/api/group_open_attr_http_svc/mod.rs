//! `v4/group_open_attr_http_svc/…`: one module per command.

pub mod get_group_attr;
