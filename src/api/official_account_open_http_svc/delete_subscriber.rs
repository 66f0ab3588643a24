//! `v4/official_account_open_http_svc/delete_subscriber`: the app admin unsubscribes accounts
//! from an official account (1047/60761, CN 269/102311).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct DeleteSubscriber as REQUEST "DeleteSubscriberRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
        subscriber_to_del_account: Vec<String> = req "SubscriberToDel_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) }), "accounts to unsubscribe, 500 at most" / "待删除的订阅者，单次最多500个";
    }
}

wire! {
    #[derive(Eq)]
    pub response DeleteSubscriberResponse as RESPONSE "DeleteSubscriberResponse" {
        subscriber_list: Vec<SubscribeResult> = out "SubscriberList", SUBSCRIBE_RESULTS, "one result per account, in request order: 1 removed, 2 not a subscriber" / "每个帐号一个结果，顺序同请求：1 已移除，2 不是订阅者";
    }
}

impl ApiRequest for DeleteSubscriber {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DeleteSubscriberResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "delete_subscriber", "Remove subscribers", "删除订阅者")
    .docs(0, 60761)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130004])
    .sample(r#"{"Official_Account":"@TOA#_test_id","SubscriberToDel_Account":["107867"]}"#);
