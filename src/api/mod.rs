//! The endpoints, one module each under the folder of their service
//! (`api/<service>/<command>.rs`), and their list in catalog order. Shared wire pieces are in
//! `common`, and what every endpoint file imports in `prelude`.

pub mod common;
pub mod contact_items;
pub mod items;
pub mod prelude;
pub mod wire;

pub use common::*;
pub use crate::vocab::rules::{response, ENVELOPE, ENVELOPE_FIELDS, ENVELOPE_MISTAKES};
use crate::vocab::Endpoint;

pub mod im_open_login_svc;
pub mod group_open_http_svc;
pub mod openim;
pub mod profile;
pub mod sns;
pub mod openconfigsvr;
pub mod open_msg_svc;
pub mod group_open_attr_http_svc;
pub mod recentcontact;

/// Lists the endpoints in catalog order (the order `endpoints()` lists them).
macro_rules! endpoints {
    ($($service:ident::$command:ident),* $(,)?) => {
        /// Every covered endpoint.
        pub const ENDPOINTS: &[&Endpoint] = &[$(&$service::$command::ENDPOINT),*];
    };
}

endpoints! {
    im_open_login_svc::account_import,
    im_open_login_svc::multiaccount_import,
    im_open_login_svc::account_check,
    group_open_http_svc::create_group,
    group_open_http_svc::destroy_group,
    group_open_http_svc::add_group_member,
    group_open_http_svc::delete_group_member,
    group_open_http_svc::get_group_member_info,
    group_open_http_svc::get_joined_group_list,
    group_open_http_svc::send_group_msg,
    group_open_http_svc::group_msg_get_simple,
    group_open_http_svc::group_msg_receipt,
    group_open_http_svc::get_group_msg_receipt,
    group_open_http_svc::get_group_msg_receipt_detail,
    group_open_http_svc::send_group_system_notification,
    group_open_http_svc::set_unread_msg_num,
    openim::sendmsg,
    openim::get_c2c_unread_msg_num,
    openim::admin_getroammsg,
    openim::admin_msgwithdraw,
    openim::admin_set_msg_read,
    im_open_login_svc::account_delete,
    im_open_login_svc::kick,
    openim::query_online_status,
    openim::querystate,
    profile::portrait_get,
    profile::portrait_set,
    sns::friend_add,
    sns::friend_import,
    sns::friend_update,
    sns::friend_delete,
    sns::friend_delete_all,
    sns::friend_check,
    sns::friend_get,
    sns::friend_get_list,
    sns::black_list_add,
    sns::black_list_delete,
    sns::black_list_get,
    sns::black_list_check,
    sns::group_add,
    sns::group_delete,
    sns::group_get,
    openconfigsvr::setnospeaking,
    openconfigsvr::getnospeaking,
    openconfigsvr::getappinfo,
    open_msg_svc::get_history,
    group_open_http_svc::get_appid_group_list,
    group_open_http_svc::get_group_info,
    group_open_http_svc::modify_group_base_info,
    group_open_http_svc::modify_group_member_info,
    group_open_http_svc::change_group_owner,
    group_open_http_svc::get_role_in_group,
    group_open_http_svc::forbid_send_msg,
    group_open_http_svc::get_group_muted_account,
    group_open_http_svc::get_group_shutted_uin,
    group_open_http_svc::get_online_member_num,
    group_open_http_svc::group_msg_recall,
    group_open_http_svc::delete_group_msg_by_sender,
    group_open_attr_http_svc::get_group_attr,
    group_open_http_svc::modify_group_attr,
    group_open_http_svc::set_group_attr,
    group_open_http_svc::clear_group_attr,
    group_open_http_svc::import_group,
    group_open_http_svc::import_group_member,
    group_open_http_svc::import_group_msg,
    openim::batchsendmsg,
    openim::importmsg,
    openim::modify_c2c_msg,
    openim::c2c_msg_read_receipt,
    group_open_http_svc::send_broadcast_msg,
    recentcontact::get_list,
    recentcontact::delete,
    recentcontact::mark_contact,
    recentcontact::create_contact_group,
    recentcontact::update_contact_group,
    recentcontact::del_contact_group,
    recentcontact::search_contact_group,
    recentcontact::get_contact_group
}
