//! `v4/ConfigSvc/…`: one module per command.

pub mod get_ip_list;
