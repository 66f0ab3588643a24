//! `v4/official_account_open_http_svc/get_subscriber_info`: an official account's subscribers,
//! a page at a time from a `Next` cursor (1047/60759, CN 269/102309).

use super::*;

/// The most subscribers one page holds.
pub const MAX_PAGE: i64 = 200;

wire! {
    #[derive(Eq)]
    pub struct GetSubscriberInfo as REQUEST "GetSubscriberInfoRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "需要获取的公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
        limit: Option<u32> = opt "Limit", int(1, MAX_PAGE), "subscribers per page, 200 at most (absent: 200)" / "一次最多获取多少个成员的资料，不得超过200";
        next: String = req "Next", string(), "\"\" for the first page, else the previous page's Next" / "上一次拉取到的订阅者位置，首次调用填写\"\"，续拉使用返回中的 Next 值";
    }
}

wire! {
    #[derive(Eq)]
    pub struct SubscriberInfo as SUBSCRIBER_INFO "OfficialAccountSubscriberInfo" {
        subscriber_account: String = req "Subscriber_Account", string(), "the subscriber's UserID" / "订阅者的 UserID";
        subscribe_time: u64 = req "SubscribeTime", COUNT, "subscribed, Unix seconds" / "订阅时间，Unix 秒";
        custom_string: String = req "CustomString", string(), "the subscriber's custom data" / "订阅者的自定义数据";
        msg_flag: String = req "MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard"]), "message option: AcceptAndNotify, AcceptNotNotify, Discard" / "消息选项：AcceptAndNotify、AcceptNotNotify、Discard";
        last_send_msg_time: u64 = req "LastSendMsgTime", COUNT, "the subscriber's last message to the account, Unix seconds (0: none)" / "订阅者最后一次给公众号发消息的时间，Unix 秒（0：没有）";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetSubscriberInfoResponse as RESPONSE "GetSubscriberInfoResponse" {
        next: String = out "Next", string(), "the next page's Next; empty when this page is the last" / "下一页的 Next；本页是最后一页时为空";
        subscriber_num: u64 = out "SubscriberNum", COUNT, "all subscribers of the account" / "该公众号的全部订阅者数";
        subscriber_list: Vec<SubscriberInfo> = out "SubscriberList", Ty::Array(&Arr { item: Ty::Object(&SUBSCRIBER_INFO), min_items: 0, max_items: None }), "this page, in the order they subscribed" / "本页，按订阅顺序";
    }
}

impl ApiRequest for GetSubscriberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetSubscriberInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "get_subscriber_info", "Get an official account's subscribers", "获取公众号的订阅成员资料")
    .docs(102306, 60759)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130004])
    .read_only()
    .sample(r#"{"Official_Account":"@TOA#_test_id","Limit":50,"Next":""}"#);
