//! `v4/im_open_login_svc/multiaccount_import`: import up to 100 accounts at once, in either of
//! the page's two request forms.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct MultiaccountImport as REQUEST "MultiaccountImportRequest"
        // The page documents two request forms, the older `Accounts` and the newer
        // `AccountList`: exactly one of them (decisions.md, "Accounts").
        between &[Between::AtLeastOne(&["Accounts", "AccountList"]), Between::OnlyOne("Accounts", "AccountList")]; {
        accounts: Option<Vec<String>> = opt "Accounts", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "older form: UserIDs to import, at most 100 (give this or AccountList)" / "老版本请求包：用户名列表，单个用户名长度不超过32字节，单次最多导入100个用户名";
        account_list: Option<Vec<AccountListItem>> = opt "AccountList", Ty::Array(&Arr { item: Ty::Object(&ACCOUNT_LIST_ITEM), min_items: 1, max_items: Some(100) }), "newer form: accounts to import with their nick and photo, at most 100 (give this or Accounts)" / "新版本请求包：待导入的用户列表，单次最多导入100个用户";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountListItem as ACCOUNT_LIST_ITEM "MultiaccountImportAccount" {
        user_id: String = req "UserID", USER_ID, "UserID to import, 1-32 bytes" / "用户的 UserID，UserID 长度不超过32字节";
        nick: Option<String> = opt "Nick", string_max(500), "nickname (Tag_Profile_IM_Nick)" / "用户昵称，对应于资料字段里的 Tag_Profile_IM_Nick";
        face_url: Option<String> = opt "FaceUrl", string_max(500), "profile photo URL (Tag_Profile_IM_Image)" / "用户头像，对应于资料字段里的 Tag_Profile_IM_Image";
    }
}

wire! {
    #[derive(Eq)]
    pub response MultiaccountImportResponse as RESPONSE "MultiaccountImportResponse" {
        /// Accounts that could not be imported.
        fail_accounts: Vec<String> = out "FailAccounts", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "accounts that failed to import" / "导入失败的帐号";
    }
}

impl ApiRequest for MultiaccountImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = MultiaccountImportResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "multiaccount_import", "Import multiple accounts", "导入多个账号")
    .docs(4919, 34954)
    .tables(&REQUEST, &RESPONSE)
    .errors(ACCOUNT_ERRORS)
    .sample(r#"{
  "AccountList": [
    {"UserID": "alice", "Nick": "Alice", "FaceUrl": "https://example.com/alice.png"},
    {"UserID": "bob", "Nick": "Bob"},
    {"UserID": "carol"}
  ]
}"#);
