//! `v4/official_account_open_http_svc/modify_subscriber_info`: the app admin sets a
//! subscriber's custom data (1047/60762, CN 269/102312).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct ModifySubscriberInfo as REQUEST "ModifySubscriberInfoRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "需要修改的公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
        subscriber_account: String = req "Subscriber_Account", USER_ID, "the subscriber" / "需要修改信息的订阅者用户 ID";
        custom_string: String = req "CustomString", CUSTOM_STRING, "the subscriber's custom data, 3000 bytes at most" / "订阅者的自定义字段，应用层可以使用此字段实现一些特殊的功能需求";
    }
}

wire! {
    #[derive(Eq)]
    pub response ModifySubscriberInfoResponse as RESPONSE "ModifySubscriberInfoResponse" {}
}

impl ApiRequest for ModifySubscriberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ModifySubscriberInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "modify_subscriber_info", "Modify a subscriber's data", "修改订阅者资料")
    .docs(102310, 60762)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130004])
    .sample(r#"{"Official_Account":"@TOA#_test_id","Subscriber_Account":"107867","CustomString":"test_modify_subscriber_custom_string"}"#);
