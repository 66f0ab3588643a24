//! `v4/official_account_open_http_svc/get_subscribed_official_account_list`: the official
//! accounts a user subscribes to, a page at a time from an offset (1047/60763, CN 269/102313).

use super::*;

/// The most accounts one page holds (and the page when `Limit` is absent).
pub const MAX_PAGE: i64 = 200;

wire! {
    #[derive(Eq)]
    pub struct GetSubscribedOfficialAccountList as REQUEST "GetSubscribedOfficialAccountListRequest" {
        subscriber_account: String = req "Subscriber_Account", USER_ID, "the subscriber" / "订阅者用户 ID";
        limit: Option<u32> = opt "Limit", int(1, MAX_PAGE), "accounts per page, 200 at most (absent: 200)" / "单次拉取的公众号数目，目前支持最大值为200，不填则默认是200";
        offset: Option<u32> = opt "Offset", U32, "the first account of the page, from 0" / "从第多少个公众号开始拉取";
        response_filter: Option<BaseInfoFilter> = opt "ResponseFilter", Ty::Object(&BASE_FILTER), "which profile and subscription fields to return (absent: all)" / "分别包含 OfficialAccountBaseInfoFilter 和 SelfInfoFilter 两个过滤器";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetSubscribedOfficialAccountListResponse as RESPONSE "GetSubscribedOfficialAccountListResponse" {
        official_account_info_list: Vec<BaseInfo> = out "OfficialAccountInfoList", BASE_INFOS, "this page, in the order subscribed; each with the user's SelfInfo" / "本页，按订阅顺序；每项含该用户的 SelfInfo";
        total_count: u64 = out "TotalCount", COUNT, "all the user's subscriptions" / "该用户的全部订阅数";
        complete_flag: u8 = out "CompleteFlag", FLAG, "1: this page is the last" / "1：本页是最后一页";
        next: u64 = out "Next", COUNT, "the next page's Offset" / "下一页的 Offset";
    }
}

impl ApiRequest for GetSubscribedOfficialAccountList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetSubscribedOfficialAccountListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "get_subscribed_official_account_list", "Get the official accounts a user subscribes to", "获取订阅的公众号列表")
    .docs(102311, 60763)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001])
    .read_only()
    .sample(r#"{"Subscriber_Account":"107867","Limit":200,"Offset":0,"ResponseFilter":{"OfficialAccountBaseInfoFilter":["CreateTime","Name","Owner_Account","LastMsgTime","SubscriberNum","Introduction","FaceUrl","Organization","CustomString"],"SelfInfoFilter":["SubscribeTime","CustomString"]}}"#);
