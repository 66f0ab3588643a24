//! The endpoints, one module each under the folder of their service
//! (`api/<service>/<command>.rs`), and their list in catalog order. Shared wire pieces are in
//! `common`, and what every endpoint file imports in `prelude`.

pub mod common;
pub mod contact_items;
pub mod items;
pub mod msg_content;
pub mod prelude;
pub mod wire;

pub use common::*;
pub use msg_content::{MSG_BODY, MSG_BODY_OUT, OFFLINE_PUSH_INFO};
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
pub mod config_svc;
pub mod all_member_push;
pub mod im_cos_msg;
pub mod openim_robot_http_svc;
pub mod follow;
pub mod million_group_open_http_svc;
pub mod group_open_avchatroom_http_svc;
pub mod openim_msg_ext_http_svc;
pub mod user_search;
pub mod group_search;
pub mod group_member_search;
pub mod im_msg_audit;
pub mod im_msg_audit_mgr;
pub mod timpush;
pub mod official_account_open_http_svc;

/// Lists the endpoints in catalog order (the order `endpoints()` lists them), each by its
/// request type, whose `ApiRequest::ENDPOINT` is the endpoint's statement. It also makes
/// `with_requests!`, which hands the same list to a macro: the simulator builds its handler
/// table with it, so an endpoint without a handler does not compile.
macro_rules! endpoints {
    ($d:tt $($service:ident::$command:ident::$request:ident),* $(,)?) => {
        /// Every covered endpoint.
        pub const ENDPOINTS: &[&Endpoint] = &[$(<$service::$command::$request as ApiRequest>::ENDPOINT),*];

        /// `$m!(request types…)`, in catalog order.
        #[allow(unused_macros)]
        macro_rules! with_requests {
            ($d m:ident) => { $d m!($($crate::api::$service::$command::$request),*) };
        }
        #[allow(unused_imports)]
        pub(crate) use with_requests;
    };
}

endpoints! { $
    im_open_login_svc::account_import::AccountImport,
    im_open_login_svc::multiaccount_import::MultiaccountImport,
    im_open_login_svc::account_check::AccountCheck,
    group_open_http_svc::create_group::CreateGroup,
    group_open_http_svc::destroy_group::DestroyGroup,
    group_open_http_svc::add_group_member::AddGroupMember,
    group_open_http_svc::delete_group_member::DeleteGroupMember,
    group_open_http_svc::get_group_member_info::GetGroupMemberInfo,
    group_open_http_svc::get_joined_group_list::GetJoinedGroupList,
    group_open_http_svc::send_group_msg::SendGroupMsg,
    group_open_http_svc::group_msg_get_simple::GroupMsgGetSimple,
    group_open_http_svc::group_msg_receipt::GroupMsgReceiptRequest,
    group_open_http_svc::get_group_msg_receipt::GetGroupMsgReceipt,
    group_open_http_svc::get_group_msg_receipt_detail::GetGroupMsgReceiptDetail,
    group_open_http_svc::send_group_system_notification::SendGroupSystemNotification,
    group_open_http_svc::set_unread_msg_num::SetUnreadMsgNum,
    openim::sendmsg::SendMsg,
    openim::get_c2c_unread_msg_num::GetC2cUnreadMsgNum,
    openim::admin_getroammsg::AdminGetRoamMsg,
    openim::admin_msgwithdraw::AdminMsgWithdraw,
    openim::admin_set_msg_read::AdminSetMsgRead,
    im_open_login_svc::account_delete::AccountDelete,
    im_open_login_svc::kick::Kick,
    openim::query_online_status::QueryOnlineStatus,
    openim::querystate::QueryState,
    profile::portrait_get::PortraitGet,
    profile::portrait_set::PortraitSet,
    sns::friend_add::FriendAdd,
    sns::friend_import::FriendImport,
    sns::friend_update::FriendUpdate,
    sns::friend_delete::FriendDelete,
    sns::friend_delete_all::FriendDeleteAll,
    sns::friend_check::FriendCheck,
    sns::friend_get::FriendGet,
    sns::friend_get_list::FriendGetList,
    sns::black_list_add::BlackListAdd,
    sns::black_list_delete::BlackListDelete,
    sns::black_list_get::BlackListGet,
    sns::black_list_check::BlackListCheck,
    sns::group_add::FriendGroupAdd,
    sns::group_delete::FriendGroupDelete,
    sns::group_get::FriendGroupGet,
    openconfigsvr::setnospeaking::SetNoSpeaking,
    openconfigsvr::getnospeaking::GetNoSpeaking,
    openconfigsvr::getappinfo::GetAppInfo,
    open_msg_svc::get_history::GetHistory,
    group_open_http_svc::get_appid_group_list::GetAppidGroupList,
    group_open_http_svc::get_group_info::GetGroupInfo,
    group_open_http_svc::modify_group_base_info::ModifyGroupBaseInfo,
    group_open_http_svc::modify_group_member_info::ModifyGroupMemberInfo,
    group_open_http_svc::change_group_owner::ChangeGroupOwner,
    group_open_http_svc::get_role_in_group::GetRoleInGroup,
    group_open_http_svc::forbid_send_msg::ForbidSendMsg,
    group_open_http_svc::get_group_muted_account::GetGroupMutedAccount,
    group_open_http_svc::get_group_shutted_uin::GetGroupShuttedUin,
    group_open_http_svc::get_online_member_num::GetOnlineMemberNum,
    group_open_http_svc::group_msg_recall::GroupMsgRecall,
    group_open_http_svc::delete_group_msg_by_sender::DeleteGroupMsgBySender,
    group_open_attr_http_svc::get_group_attr::GetGroupAttr,
    group_open_http_svc::modify_group_attr::ModifyGroupAttr,
    group_open_http_svc::set_group_attr::SetGroupAttr,
    group_open_http_svc::clear_group_attr::ClearGroupAttr,
    group_open_http_svc::import_group::ImportGroup,
    group_open_http_svc::import_group_member::ImportGroupMember,
    group_open_http_svc::import_group_msg::ImportGroupMsg,
    openim::batchsendmsg::BatchSendMsg,
    openim::importmsg::ImportMsg,
    openim::modify_c2c_msg::ModifyC2cMsg,
    openim::c2c_msg_read_receipt::C2cMsgReadReceipt,
    group_open_http_svc::send_broadcast_msg::SendBroadcastMsg,
    recentcontact::get_list::GetContactList,
    recentcontact::delete::DeleteContact,
    recentcontact::mark_contact::MarkContact,
    recentcontact::create_contact_group::CreateContactGroup,
    recentcontact::update_contact_group::UpdateContactGroup,
    recentcontact::del_contact_group::DelContactGroup,
    recentcontact::search_contact_group::SearchContactGroup,
    recentcontact::get_contact_group::GetContactGroup,
    config_svc::get_ip_list::GetIpList,
    all_member_push::im_push::ImPush,
    all_member_push::im_set_attr_name::ImSetAttrName,
    all_member_push::im_get_attr_name::ImGetAttrName,
    all_member_push::im_get_attr::ImGetAttr,
    all_member_push::im_set_attr::ImSetAttr,
    all_member_push::im_remove_attr::ImRemoveAttr,
    all_member_push::im_get_tag::ImGetTag,
    all_member_push::im_add_tag::ImAddTag,
    all_member_push::im_remove_tag::ImRemoveTag,
    all_member_push::im_remove_all_tags::ImRemoveAllTags,
    im_cos_msg::forbid_illegal_object::ForbidIllegalObject,
    im_cos_msg::allow_banned_object::AllowBannedObject,
    im_cos_msg::get_cos_sig::GetCosSig,
    openim::modify_group_msg::ModifyGroupMsg,
    group_open_http_svc::clear_group_msg::ClearGroupMsg,
    group_open_http_svc::delete_group_attr::DeleteGroupAttr,
    group_open_http_svc::get_specified_group_member_info::GetSpecifiedGroupMemberInfo,
    openim::delete_c2c_msg_ramble::DeleteC2cMsgRamble,
    group_open_http_svc::ban_group_member::BanGroupMember,
    group_open_http_svc::unban_group_member::UnbanGroupMember,
    group_open_http_svc::get_group_ban_member::GetGroupBanMember,
    group_open_http_svc::get_group_counter::GetGroupCounter,
    group_open_http_svc::update_group_counter::UpdateGroupCounter,
    group_open_http_svc::delete_group_counter::DeleteGroupCounter,
    openim_robot_http_svc::create_robot::CreateRobot,
    openim_robot_http_svc::delete_robot::DeleteRobot,
    openim_robot_http_svc::get_all_robots::GetAllRobots,
    openim_robot_http_svc::send_stream_msg::SendStreamMsg,
    follow::follow_add::FollowAdd,
    follow::follow_delete::FollowDelete,
    follow::follow_get::FollowGet,
    follow::follow_check::FollowCheck,
    follow::follow_get_info::FollowGetInfo,
    group_open_http_svc::create_permission_group::CreatePermissionGroup,
    group_open_http_svc::destroy_permission_group::DestroyPermissionGroup,
    group_open_http_svc::modify_permission_group::ModifyPermissionGroup,
    group_open_http_svc::get_permission_group::GetPermissionGroup,
    group_open_http_svc::add_permission_group_member::AddPermissionGroupMember,
    group_open_http_svc::delete_permission_group_member::DeletePermissionGroupMember,
    group_open_http_svc::get_permission_group_member_list::GetPermissionGroupMemberList,
    group_open_http_svc::add_topic_permission_group::AddTopicPermissionGroup,
    group_open_http_svc::set_topic_permission_group::SetTopicPermissionGroup,
    group_open_http_svc::delete_topic_permission_group::DeleteTopicPermissionGroup,
    group_open_http_svc::get_topic_permission_group::GetTopicPermissionGroup,
    group_open_avchatroom_http_svc::get_members::GetMembers,
    group_open_avchatroom_http_svc::modify_user_info::ModifyUserInfo,
    group_open_avchatroom_http_svc::modify_admin::ModifyAdmin,
    group_open_avchatroom_http_svc::get_admin_list::GetAdminList,
    group_open_avchatroom_http_svc::check_members::CheckMembers,
    openim_msg_ext_http_svc::get_key_values::GetKeyValues,
    openim_msg_ext_http_svc::set_key_values::SetKeyValues,
    openim_msg_ext_http_svc::group_get_key_values::GroupGetKeyValues,
    openim_msg_ext_http_svc::group_set_key_values::GroupSetKeyValues,
    million_group_open_http_svc::create_topic::CreateTopic,
    million_group_open_http_svc::destroy_topic::DestroyTopic,
    million_group_open_http_svc::get_topic::GetTopic,
    million_group_open_http_svc::modify_topic::ModifyTopic,
    million_group_open_http_svc::import_topic::ImportTopic,
    million_group_open_http_svc::get_online_member_num::GetCommunityOnlineMemberNum,
    group_open_http_svc::pin_message::PinMessage,
    group_open_http_svc::unpin_message::UnpinMessage,
    group_open_http_svc::get_pinned_messages::GetPinnedMessages,
    user_search::search::UserSearch,
    group_search::search::GroupSearch,
    group_member_search::search::GroupMemberSearch,
    im_msg_audit::content_moderation::ContentModeration,
    im_msg_audit::batch_content_moderation::BatchContentModeration,
    im_msg_audit_mgr::get_local_audit_keywords::GetLocalAuditKeywords,
    im_msg_audit_mgr::add_local_audit_keywords::AddLocalAuditKeywords,
    im_msg_audit_mgr::delete_local_audit_keywords::DeleteLocalAuditKeywords,
    im_msg_audit_mgr::get_cloud_audit_keywords_ids::GetCloudAuditKeywordsIds,
    im_msg_audit_mgr::get_cloud_audit_keywords::GetCloudAuditKeywords,
    im_msg_audit_mgr::add_cloud_audit_keywords::AddCloudAuditKeywords,
    im_msg_audit_mgr::delete_cloud_audit_keywords::DeleteCloudAuditKeywords,
    timpush::push::Push,
    timpush::batch::Batch,
    timpush::webpush::Webpush,
    timpush::revoke::Revoke,
    timpush::all_member_push_trace::AllMemberPushTrace,
    timpush::set_attr_name::SetAttrName,
    timpush::get_attr_name::GetAttrName,
    timpush::set_attr::SetAttr,
    timpush::get_attr::GetAttr,
    timpush::remove_attr::RemoveAttr,
    timpush::add_tag::AddTag,
    timpush::get_tag::GetTag,
    timpush::remove_tag::RemoveTag,
    timpush::clear_all_tags::ClearAllTags,
    official_account_open_http_svc::create_official_account::CreateOfficialAccount,
    official_account_open_http_svc::destroy_official_account::DestroyOfficialAccount,
    official_account_open_http_svc::modify_official_account_base_info::ModifyOfficialAccountBaseInfo,
    official_account_open_http_svc::get_official_account_info::GetOfficialAccountInfo,
    official_account_open_http_svc::send_official_account_msg::SendOfficialAccountMsg,
    official_account_open_http_svc::official_account_msg_recall::OfficialAccountMsgRecall,
    official_account_open_http_svc::official_account_msg_get_simple::OfficialAccountMsgGetSimple,
    official_account_open_http_svc::add_subscriber::AddSubscriber,
    official_account_open_http_svc::delete_subscriber::DeleteSubscriber,
    official_account_open_http_svc::modify_subscriber_info::ModifySubscriberInfo,
    official_account_open_http_svc::get_subscriber_info::GetSubscriberInfo,
    official_account_open_http_svc::get_subscribed_official_account_list::GetSubscribedOfficialAccountList,
}
