//! `v4/im_msg_audit_mgr/…`: the word lists of local moderation and of cloud moderation.

pub mod get_local_audit_keywords;
pub mod add_local_audit_keywords;
pub mod delete_local_audit_keywords;
pub mod get_cloud_audit_keywords_ids;
pub mod get_cloud_audit_keywords;
pub mod add_cloud_audit_keywords;
pub mod delete_cloud_audit_keywords;
