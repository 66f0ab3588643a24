//! `v4/official_account_open_http_svc/…`: official accounts (公众号), their subscribers and
//! their message stream (1047/60755 ff., CN 269/102302 ff.). One module per command; the
//! pieces two or more of them share are here.

pub mod create_official_account;
pub mod destroy_official_account;
pub mod modify_official_account_base_info;
pub mod get_official_account_info;
pub mod send_official_account_msg;
pub mod official_account_msg_recall;
pub mod official_account_msg_get_simple;
pub mod add_subscriber;
pub mod delete_subscriber;
pub mod modify_subscriber_info;
pub mod get_subscriber_info;
pub mod get_subscribed_official_account_list;

use crate::api::prelude::*;

/// An official account's ID: `@TOA#_` and up to 48 printable ASCII bytes in all (the data
/// structure page); the handlers check the shape (130007).
pub const OA_ID: Ty = string_max(48);
/// The profile fields a `OfficialAccountBaseInfoFilter` may name.
pub const BASE_FIELDS: &[&str] = &["CreateTime", "Name", "Owner_Account", "LastMsgTime", "SubscriberNum", "Introduction", "FaceUrl", "Organization", "CustomString"];
/// The profile limits (bytes, UTF-8; "不可调整").
pub const NAME: Ty = string_max(150);
pub const INTRODUCTION: Ty = string_max(400);
pub const FACE_URL: Ty = string_max(500);
pub const ORGANIZATION: Ty = string_max(500);
pub const CUSTOM_STRING: Ty = string_max(3000);
/// Subscribers an account may have; 100,000 unless the app says otherwise.
pub const MAX_SUBSCRIBERS: Ty = int(1, 100_000_000);
pub const DEFAULT_MAX_SUBSCRIBERS: u32 = 100_000;

wire! {
    #[derive(Eq)]
    pub struct OfficialAccountItem as OA_ITEM "OfficialAccountItem" {
        official_account: String = req "Official_Account", OA_ID, "ID of the official account" / "公众号 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct BaseInfoFilter as BASE_FILTER "OfficialAccountResponseFilter" {
        base_info_filter: Option<Vec<String>> = opt "OfficialAccountBaseInfoFilter", Ty::Array(&Arr { item: Ty::Enum(BASE_FIELDS), min_items: 0, max_items: None }), "profile fields to return (absent: all)" / "需要拉取的公众号资料字段，不填时返回全部";
        self_info_filter: Option<Vec<String>> = opt "SelfInfoFilter", Ty::Array(&Arr { item: Ty::Enum(&["SubscribeTime", "CustomString"]), min_items: 0, max_items: None }), "the subscriber's own fields to return (absent: all)" / "订阅者信息过滤字段，不填时返回全部";
    }
}

wire! {
    /// One account's profile, as much of it as the filter names.
    #[derive(Eq, Default)]
    pub struct BaseInfo as BASE_INFO "OfficialAccountBaseInfo" {
        official_account: String = req "Official_Account", string(), "ID of the official account" / "公众号 ID";
        create_time: Option<u64> = opt "CreateTime", COUNT, "created, Unix seconds" / "创建时间，Unix 秒";
        name: Option<String> = opt "Name", string(), "name" / "名称";
        owner_account: Option<String> = opt "Owner_Account", string(), "the owner's UserID" / "所有者的 UserID";
        last_msg_time: Option<u64> = opt "LastMsgTime", COUNT, "last message, Unix seconds (0: none)" / "最后一条消息的时间，Unix 秒（0：没有消息）";
        subscriber_num: Option<u64> = opt "SubscriberNum", COUNT, "subscribers now" / "当前订阅者人数";
        introduction: Option<String> = opt "Introduction", string(), "introduction" / "简介";
        face_url: Option<String> = opt "FaceUrl", string(), "profile photo URL" / "头像 URL";
        organization: Option<String> = opt "Organization", string(), "organization" / "所属组织";
        custom_string: Option<String> = opt "CustomString", string(), "custom data" / "自定义数据";
        self_info: Option<SelfInfo> = opt "SelfInfo", Ty::Object(&SELF_INFO), "the user's subscription (get_subscribed_official_account_list only)" / "该用户的订阅信息（仅 get_subscribed_official_account_list）";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct SelfInfo as SELF_INFO "OfficialAccountSelfInfo" {
        subscribe_time: Option<u64> = opt "SubscribeTime", COUNT, "subscribed, Unix seconds" / "订阅时间，Unix 秒";
        custom_string: Option<String> = opt "CustomString", string(), "the subscriber's custom data" / "订阅者的自定义数据";
    }
}

/// A list of profiles.
pub const BASE_INFOS: Ty = Ty::Array(&Arr { item: Ty::Object(&BASE_INFO), min_items: 0, max_items: None });

wire! {
    /// One subscriber's outcome: 1 done, 2 nothing to do (already subscribed / not a
    /// subscriber), 0 failed.
    #[derive(Eq)]
    pub struct SubscribeResult as SUBSCRIBE_RESULT "OfficialAccountSubscribeResult" {
        subscriber_account: String = req "Subscriber_Account", string(), "the subscriber's UserID" / "订阅者的 UserID";
        result: u8 = req "Result", Ty::IntEnum(&[0, 1, 2]), "0 failed, 1 done, 2 already so" / "0 失败，1 成功，2 已是如此";
    }
}

pub const SUBSCRIBE_RESULTS: Ty = Ty::Array(&Arr { item: Ty::Object(&SUBSCRIBE_RESULT), min_items: 0, max_items: None });
