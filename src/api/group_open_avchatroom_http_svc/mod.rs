//! `v4/group_open_avchatroom_http_svc/…`: one module per command.

pub mod get_members;
pub mod modify_user_info;
pub mod modify_admin;
pub mod get_admin_list;
pub mod check_members;

use crate::api::prelude::*;

/// Every live-group command serves AVChatRoom groups only (each page's "applicable group
/// types" table, Chinese; the English get_members page adds Community: see docs/decisions.md).
pub const LIVE_ONLY: &[(GroupType, Support)] = crate::api::group_open_attr_http_svc::get_group_attr::AVCHATROOM_ONLY;

/// The live-group pages' codes: 10059 without the plan that has the online member list.
pub const LIVE_ERRORS: &[u32] = &[10002, 10003, 10004, 10007, 10010, 10015, 10019, 10059];

/// Accounts one check_members call may name (the pages give no bound; modify_user_info's 500).
pub const LIVE_ACCOUNTS: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) });
