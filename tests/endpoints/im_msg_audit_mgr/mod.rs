//! The moderation word lists: local words and the cloud keyword library.

mod cloud_keywords;
mod local_keywords;
