//! `v4/openim/get_c2c_unread_msg_num`: a user's one-to-one unread counts, in total or per peer.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetC2cUnreadMsgNum as REQUEST "GetC2cUnreadMsgNumRequest" {
        to_account: String = req "To_Account", USER_ID, "user whose unread counts are queried" / "待查询未读数的用户";
        peer_account: Option<Vec<String>> = opt "Peer_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: Some(10) }), "peers to query, at most 10; absent: the total" / "待查询的单聊会话对方，最多10个；不填则查询总未读数";
    }
}

wire! {
    #[derive(Eq)]
    pub struct C2cUnread as UNREAD_ITEM "C2cUnread" {
        peer_account: String = req "Peer_Account", string(), "peer" / "对端帐号";
        c2c_unread_msg_num: u64 = req "C2CUnreadMsgNum", COUNT, "unread count with this peer" / "与该对端的未读消息数";
    }
}

wire! {
    #[derive(Eq)]
    pub struct PeerError as ERROR_ITEM "PeerError" {
        peer_account: String = req "Peer_Account", string(), "peer" / "对端帐号";
        error_code: u32 = req "ErrorCode", COUNT, "70107: the peer account doesn't exist" / "70107：对端帐号不存在";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetC2cUnreadMsgNumResponse as RESPONSE "GetC2cUnreadMsgNumResponse" {
        all_c2c_unread_msg_num: Option<u64> = opt "AllC2CUnreadMsgNum", COUNT, "total unread over all one-to-one conversations" / "所有单聊会话的未读消息总数";
        c2c_unread_msg_num_list: Option<Vec<C2cUnread>> = opt "C2CUnreadMsgNumList", Ty::Array(&Arr { item: Ty::Object(&UNREAD_ITEM), min_items: 0, max_items: None }), "per-peer unread counts" / "每个对端的未读消息数";
        error_list: Option<Vec<PeerError>> = opt "ErrorList", Ty::Array(&Arr { item: Ty::Object(&ERROR_ITEM), min_items: 0, max_items: None }), "peers that failed" / "查询失败的对端";
    }
}

impl GetC2cUnreadMsgNum {
    pub fn new(to: &str) -> Self {
        GetC2cUnreadMsgNum { to_account: to.into(), peer_account: None }
    }
    pub fn peers(mut self, peers: &[&str]) -> Self {
        self.peer_account = Some(peers.iter().map(|p| (*p).into()).collect());
        self
    }
}

impl ApiRequest for GetC2cUnreadMsgNum {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetC2cUnreadMsgNumResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "get_c2c_unread_msg_num", "Query one-to-one unread message counts", "查询单聊未读消息计数")
    .docs(56043, 41046)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 70107])
    .read_only()
    .sample(r#"{
  "To_Account": "dramon1",
  "Peer_Account": ["dramon2", "teacher4"]
}"#);
