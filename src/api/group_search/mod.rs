//! `v4/group_search/…`: one module per command.

pub mod search;
