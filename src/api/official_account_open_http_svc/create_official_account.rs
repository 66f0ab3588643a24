//! `v4/official_account_open_http_svc/create_official_account`: the app admin creates an
//! official account owned by an imported account (1047/60755, CN 269/102302).

use super::*;

wire! {
    #[derive(Eq, Default)]
    pub struct CreateOfficialAccount as REQUEST "CreateOfficialAccountRequest" {
        owner_account: String = req "Owner_Account", USER_ID, "owner, an imported account" / "公众号所属的账号 ID（需是已导入的账号），代表公众号的拥有者";
        official_account_user_id: Option<String> = opt "OfficialAccountUserID", OA_ID, "custom ID: `@TOA#_` and printable ASCII, 48 bytes at most, not `@TOA#_@TOA#…`; absent: one is made" / "公众号的 ID，自定义时前缀必须是 @TOA#_，最长48字节；若不填，则系统会默认生成一个公众号 ID 返回";
        name: String = req "Name", NAME, "name, 150 bytes at most" / "公众号的名称，最长150字节";
        introduction: Option<String> = opt "Introduction", INTRODUCTION, "introduction, 400 bytes at most" / "公众号简介，最长400字节";
        face_url: Option<String> = opt "FaceUrl", FACE_URL, "profile photo URL, 500 bytes at most" / "公众号头像，最长500字节";
        max_subscriber_num: Option<u32> = opt "MaxSubscriberNum", MAX_SUBSCRIBERS, "most subscribers (absent: 100,000)" / "一个公众号的最大可订阅人数，缺省时的默认值为100000";
        organization: Option<String> = opt "Organization", ORGANIZATION, "organization, 500 bytes at most" / "公众号所属的团体组织，最长500字节";
        custom_string: Option<String> = opt "CustomString", CUSTOM_STRING, "custom data, 3000 bytes at most" / "公众号的自定义字段，最长3000字节";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreateOfficialAccountResponse as RESPONSE "CreateOfficialAccountResponse" {
        official_account_user_id: String = out "OfficialAccountUserID", string(), "ID of the new official account" / "新公众号的 ID";
    }
}

impl CreateOfficialAccount {
    pub fn new(owner: &str, name: &str, id: Option<&str>) -> Self {
        CreateOfficialAccount { owner_account: owner.into(), name: name.into(), official_account_user_id: id.map(Into::into), ..Default::default() }
    }
}

impl ApiRequest for CreateOfficialAccount {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateOfficialAccountResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "create_official_account", "Create an official account", "创建公众号")
    .docs(0, 60755)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130007, 130008])
    .sample(r#"{"OfficialAccountUserID":"@TOA#_test_id","Owner_Account":"107867","CustomString":"test_custom_string","FaceUrl":"http://this.is.face.url","Introduction":"This is test Introduction","MaxSubscriberNum":1000,"Name":"test_official_account","Organization":"test_organization"}"#);
