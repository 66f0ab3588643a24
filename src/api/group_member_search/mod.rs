//! `v4/group_member_search/…`: one module per command.

pub mod search;
