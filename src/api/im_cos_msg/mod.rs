//! `v4/im_cos_msg/…`: one module per command.

pub mod forbid_illegal_object;
pub mod allow_banned_object;
pub mod get_cos_sig;
