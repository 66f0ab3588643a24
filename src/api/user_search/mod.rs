//! `v4/user_search/…`: one module per command.

pub mod search;
