//! `v4/official_account_open_http_svc/destroy_official_account`: the app admin destroys an
//! official account, its subscriptions and its messages (1047/60756, CN 269/102303).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct DestroyOfficialAccount as REQUEST "DestroyOfficialAccountRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account to destroy" / "需要销毁的公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
    }
}

wire! {
    #[derive(Eq)]
    pub response DestroyOfficialAccountResponse as RESPONSE "DestroyOfficialAccountResponse" {}
}

impl ApiRequest for DestroyOfficialAccount {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DestroyOfficialAccountResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "destroy_official_account", "Destroy an official account", "销毁公众号")
    .docs(102303, 60756)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130004])
    .sample(r#"{"Official_Account":"@TOA#_test_id"}"#);
