mod create_topic;
mod destroy_topic;
mod get_topic;
mod modify_topic;
mod import_topic;
mod get_online_member_num;
mod topic_messages;
mod topic_mutes;
