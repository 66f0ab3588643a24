//! `v4/im_msg_audit/…`: cloud moderation on demand (the content moderation plugin).

pub mod content_moderation;
pub mod batch_content_moderation;
