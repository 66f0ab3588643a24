//! `v4/follow/…`: one module per command.

pub mod follow_add;
pub mod follow_delete;
pub mod follow_get;
pub mod follow_check;
pub mod follow_get_info;
