//! `v4/open_msg_svc/…`: one module per command.

pub mod get_history;
