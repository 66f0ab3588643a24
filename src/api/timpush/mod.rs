//! `v4/timpush/…`: one module per command.

pub mod push;
pub mod batch;
pub mod webpush;
pub mod revoke;
pub mod all_member_push_trace;
pub mod set_attr_name;
pub mod get_attr_name;
pub mod set_attr;
pub mod get_attr;
pub mod remove_attr;
pub mod add_tag;
pub mod get_tag;
pub mod remove_tag;
pub mod clear_all_tags;
