//! `v4/openim/admin_msgwithdraw`: recall a one-to-one message by its `MsgKey`.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminMsgWithdraw {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
}
reads!(AdminMsgWithdraw { from_account: "From_Account", to_account: "To_Account", msg_key: "MsgKey" });

impl ApiRequest for AdminMsgWithdraw {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const REQUEST: Obj = Obj::new(
    "AdminMsgWithdrawRequest",
    &[
        req("From_Account", USER_ID, "sender of the message"),
        req("To_Account", USER_ID, "receiver of the message"),
        req("MsgKey", non_empty(), "MsgKey returned by sendmsg"),
    ],
);
pub const RESPONSE: Obj = response("AdminMsgWithdrawResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "admin_msgwithdraw", "Recall a one-to-one message")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 90008, 90054])
    .sample(r#"{
  "From_Account": "vinson",
  "To_Account": "dramon",
  "MsgKey": "31906_833502_1572869830"
}"#);
