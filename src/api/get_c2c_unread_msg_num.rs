//! `v4/openim/get_c2c_unread_msg_num`: a user's one-to-one unread counts, in total or per peer.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetC2cUnreadMsgNum {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "Peer_Account", skip_serializing_if = "Option::is_none", default)]
    pub peer_account: Option<Vec<String>>,
}
reads!(GetC2cUnreadMsgNum { to_account: "To_Account", peer_account: "Peer_Account" });

impl GetC2cUnreadMsgNum {
    pub fn new(to: &str) -> Self {
        GetC2cUnreadMsgNum { to_account: to.into(), peer_account: None }
    }
    pub fn peers(mut self, peers: &[&str]) -> Self {
        self.peer_account = Some(peers.iter().map(|p| (*p).into()).collect());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct C2cUnread {
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    #[serde(rename = "C2CUnreadMsgNum")]
    pub c2c_unread_msg_num: u64,
}
writes!(C2cUnread { peer_account: "Peer_Account", c2c_unread_msg_num: "C2CUnreadMsgNum" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerError {
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    #[serde(rename = "ErrorCode")]
    pub error_code: u32,
}
writes!(PeerError { peer_account: "Peer_Account", error_code: "ErrorCode" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetC2cUnreadMsgNumResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "AllC2CUnreadMsgNum", skip_serializing_if = "Option::is_none", default)]
    pub all_c2c_unread_msg_num: Option<u64>,
    #[serde(rename = "C2CUnreadMsgNumList", skip_serializing_if = "Option::is_none", default)]
    pub c2c_unread_msg_num_list: Option<Vec<C2cUnread>>,
    #[serde(rename = "ErrorList", skip_serializing_if = "Option::is_none", default)]
    pub error_list: Option<Vec<PeerError>>,
}
writes!(@response GetC2cUnreadMsgNumResponse { #[skip_empty] all_c2c_unread_msg_num: "AllC2CUnreadMsgNum", #[skip_empty] c2c_unread_msg_num_list: "C2CUnreadMsgNumList", #[skip_empty] error_list: "ErrorList" });

impl ApiRequest for GetC2cUnreadMsgNum {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetC2cUnreadMsgNumResponse;
}

pub const REQUEST: Obj = Obj::new(
    "GetC2cUnreadMsgNumRequest",
    &[
        req("To_Account", USER_ID, "user whose unread counts are queried"),
        opt("Peer_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: Some(10) }), "peers to query, at most 10; absent: the total"),
    ],
);
const UNREAD_ITEM: Obj = Obj::new("C2cUnread", &[req("Peer_Account", string(), "peer"), req("C2CUnreadMsgNum", COUNT, "unread count with this peer")]);
const ERROR_ITEM: Obj = Obj::new("PeerError", &[req("Peer_Account", string(), "peer"), req("ErrorCode", COUNT, "70107: the peer account doesn't exist")]);
pub const RESPONSE: Obj = response(
    "GetC2cUnreadMsgNumResponse",
    &[
        opt("AllC2CUnreadMsgNum", COUNT, "total unread over all one-to-one conversations"),
        opt("C2CUnreadMsgNumList", Ty::Array(&Arr { item: Ty::Object(&UNREAD_ITEM), min_items: 0, max_items: None }), "per-peer unread counts"),
        opt("ErrorList", Ty::Array(&Arr { item: Ty::Object(&ERROR_ITEM), min_items: 0, max_items: None }), "peers that failed"),
    ],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "get_c2c_unread_msg_num", "Query one-to-one unread message counts")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 70107])
    .sample(r#"{
  "To_Account": "dramon1",
  "Peer_Account": ["dramon2", "teacher4"]
}"#);
