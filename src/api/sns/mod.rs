//! `v4/sns/…`: one module per command.

pub mod friend_add;
pub mod friend_import;
pub mod friend_update;
pub mod friend_delete;
pub mod friend_delete_all;
pub mod friend_check;
pub mod friend_get;
pub mod friend_get_list;
pub mod black_list_add;
pub mod black_list_delete;
pub mod black_list_get;
pub mod black_list_check;
pub mod group_add;
pub mod group_delete;
pub mod group_get;
