//! `v4/official_account_open_http_svc/modify_official_account_base_info`: the app admin
//! changes an official account's profile (1047/60757, CN 269/102304).

use super::*;

wire! {
    #[derive(Eq, Default)]
    pub struct ModifyOfficialAccountBaseInfo as REQUEST "ModifyOfficialAccountBaseInfoRequest" mistakes &[Mistake {
        key: "OfficialAccount",
        means: "Official_Account",
        severity: Severity::Warning,
        code: "legacy_field",
        accepted_as_alias: true,
        why: "The pages name this field Official_Account; a server SDK (doocs) sends OfficialAccount, read as the same (decisions.md, \"Official accounts\").",
    }]; {
        official_account: String = req "Official_Account", OA_ID, "ID of the account to change" / "需要修改的公众号 ID，使用创建时接口返回的 OfficialAccountUserID 字段";
        name: Option<String> = opt "Name", NAME, "name, 150 bytes at most" / "公众号的名称，最长150字节";
        introduction: Option<String> = opt "Introduction", INTRODUCTION, "introduction, 400 bytes at most" / "公众号简介，最长400字节";
        face_url: Option<String> = opt "FaceUrl", FACE_URL, "profile photo URL, 500 bytes at most" / "公众号头像，最长500字节";
        organization: Option<String> = opt "Organization", ORGANIZATION, "organization, 500 bytes at most" / "公众号所属的团体组织，最长500字节";
        custom_string: Option<String> = opt "CustomString", CUSTOM_STRING, "custom data, 3000 bytes at most" / "公众号的自定义字段，最长3000字节";
        max_subscriber_num: Option<u32> = opt "MaxSubscriberNum", MAX_SUBSCRIBERS, "most subscribers; not below the subscribers it has" / "公众号的最大可订阅人数，不得小于当前订阅人数";
    }
}

wire! {
    #[derive(Eq)]
    pub response ModifyOfficialAccountBaseInfoResponse as RESPONSE "ModifyOfficialAccountBaseInfoResponse" {}
}

impl ApiRequest for ModifyOfficialAccountBaseInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ModifyOfficialAccountBaseInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "modify_official_account_base_info", "Modify an official account's profile", "修改公众号资料")
    .docs(102304, 60757)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 20001, 130002, 130004])
    .sample(r#"{"Official_Account":"@TOA#_test_id","CustomString":"modify_custom_string","FaceUrl":"http://this.is.face.url","Introduction":"This is modify test Introduction","Name":"test_modify_official_account","Organization":"modify_organization","MaxSubscriberNum":1000}"#);
