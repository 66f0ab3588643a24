//! `v4/recentcontact/…`: one module per command.

pub mod get_list;
pub mod delete;
pub mod mark_contact;
pub mod create_contact_group;
pub mod update_contact_group;
pub mod del_contact_group;
pub mod search_contact_group;
pub mod get_contact_group;
