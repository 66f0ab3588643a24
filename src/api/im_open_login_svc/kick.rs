//! `v4/im_open_login_svc/kick`: invalidate an account's login state and its UserSigs.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct Kick as REQUEST "KickRequest" mistakes &[Mistake {
        key: "Identifier",
        means: "UserID",
        severity: Severity::Warning,
        code: "legacy_field",
        accepted_as_alias: true,
        why: "The service still accepts this legacy name (timsdk sends it), but new code should send UserID.",
    }]; {
        user_id: String = req "UserID", USER_ID, "account to log out" / "需要失效登录态的账号";
    }
}

impl Kick {
    pub fn new(user_id: &str) -> Self {
        Kick { user_id: user_id.into() }
    }
}

impl ApiRequest for Kick {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "kick", "Invalidate an account's login state", "失效账号登录状态")
    .docs(3853, 34957)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[70107, 70169, 70402, 70403, 70500])
    .sample(r#"{ "UserID": "test" }"#);
