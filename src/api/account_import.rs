//! `v4/im_open_login_svc/account_import`: import one account (idempotent).

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountImport {
    /// `Identifier` is the legacy name some clients still send (decisions.md 16).
    #[serde(rename = "UserID", alias = "Identifier")]
    pub user_id: String,
    #[serde(rename = "Nick", skip_serializing_if = "Option::is_none", default)]
    pub nick: Option<String>,
    #[serde(rename = "FaceUrl", skip_serializing_if = "Option::is_none", default)]
    pub face_url: Option<String>,
}
reads!(AccountImport { user_id: "UserID" | "Identifier", nick: "Nick", face_url: "FaceUrl" });

impl AccountImport {
    pub fn new(user_id: &str) -> Self {
        AccountImport { user_id: user_id.into(), nick: None, face_url: None }
    }
}

impl ApiRequest for AccountImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const REQUEST: Obj = Obj {
    name: "AccountImportRequest",
    fields: &[
        req("UserID", USER_ID, "UserID to import, 1-32 bytes"),
        opt("Nick", string_max(500), "nickname"),
        opt("FaceUrl", string_max(500), "profile photo URL"),
    ],
    mistakes: &[Mistake {
        key: "Identifier",
        means: "UserID",
        severity: Severity::Warning,
        code: "legacy_field",
        accepted_as_alias: true,
        why: "The service still accepts this legacy name, but new code should send UserID.",
    }],
    extends: None,
};
pub const RESPONSE: Obj = response("AccountImportResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "account_import", "Import an account")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70169, 70398, 70402, 70403, 70500])
    .sample(r#"{
  "UserID": "bob",
  "Nick": "Bob",
  "FaceUrl": "https://example.com/bob.png"
}"#);
