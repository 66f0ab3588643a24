//! `v4/im_open_login_svc/account_import`: import one account (idempotent).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct AccountImport as REQUEST "AccountImportRequest" mistakes &[Mistake {
        key: "Identifier",
        means: "UserID",
        severity: Severity::Warning,
        code: "legacy_field",
        accepted_as_alias: true,
        why: "The service still accepts this legacy name, but new code should send UserID.",
    }]; {
        /// `Identifier` is the legacy name some clients still send (decisions.md 16).
        user_id: String = req "UserID", USER_ID, "UserID to import, 1-32 bytes" / "导入的 UserID，长度为1 - 32字节";
        nick: Option<String> = opt "Nick", string_max(500), "nickname" / "用户昵称";
        face_url: Option<String> = opt "FaceUrl", string_max(500), "profile photo URL" / "用户头像 URL";
    }
}

impl AccountImport {
    pub fn new(user_id: &str) -> Self {
        AccountImport { user_id: user_id.into(), nick: None, face_url: None }
    }
}

impl ApiRequest for AccountImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("AccountImportResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "account_import", "Import an account", "导入单个账号")
    .docs(1608, 34953)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70169, 70398, 70402, 70403, 70500])
    .sample(r#"{
  "UserID": "bob",
  "Nick": "Bob",
  "FaceUrl": "https://example.com/bob.png"
}"#);
