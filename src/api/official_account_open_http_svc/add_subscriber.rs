//! `v4/official_account_open_http_svc/add_subscriber`: the app admin subscribes accounts to an
//! official account (1047/60760, CN 269/102310).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct Subscriber as SUBSCRIBER "OfficialAccountSubscriber" {
        subscriber_account: String = req "Subscriber_Account", USER_ID, "UserID to subscribe" / "订阅者的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AddSubscriber as REQUEST "AddSubscriberRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
        subscriber_list: Vec<Subscriber> = req "SubscriberList", Ty::Array(&Arr { item: Ty::Object(&SUBSCRIBER), min_items: 1, max_items: Some(500) }), "accounts to subscribe, 500 at most" / "待添加的订阅者数组，单次最多500个";
    }
}

wire! {
    #[derive(Eq)]
    pub response AddSubscriberResponse as RESPONSE "AddSubscriberResponse" {
        subscriber_list: Vec<SubscribeResult> = out "SubscriberList", SUBSCRIBE_RESULTS, "one result per account, in request order: 1 subscribed, 2 already, 0 failed (not imported, or the account is full)" / "每个帐号一个结果，顺序同请求：1 订阅成功，2 已订阅，0 失败（未导入，或公众号已满）";
    }
}

impl AddSubscriber {
    pub fn new(account: &str, subscribers: &[&str]) -> Self {
        AddSubscriber { official_account: account.into(), subscriber_list: subscribers.iter().map(|s| Subscriber { subscriber_account: (*s).into() }).collect() }
    }
}

impl ApiRequest for AddSubscriber {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddSubscriberResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "add_subscriber", "Add subscribers", "添加订阅者")
    .docs(0, 60760)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130004])
    .sample(r#"{"Official_Account":"@TOA#_test_id","SubscriberList":[{"Subscriber_Account":"107867"},{"Subscriber_Account":"107868"}]}"#);
