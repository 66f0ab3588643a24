//! `v4/profile/…`: one module per command.

pub mod portrait_get;
pub mod portrait_set;
