//! `v4/im_cos_msg/allow_banned_object`: lift the ban on a chat file (269/74776).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct AllowBannedObject as REQUEST "AllowBannedObjectRequest" {
        raw_url: String = req "RawURL", non_empty(), "the file's URL, from the URL field of a rich-media message" / "文件 URL，可从 IM 富媒体消息的 URL 字段获取";
    }
}

impl AllowBannedObject {
    pub fn new(url: &str) -> Self {
        AllowBannedObject { raw_url: url.into() }
    }
}

impl ApiRequest for AllowBannedObject {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImCosMsg, "allow_banned_object", "Unban a chat file", "聊天文件解封")
    .docs(74776, 0)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001])
    .sample(r#"{
  "RawURL": "https://cos.ap-shanghai.myqcloud.com/98ec-shanghai-007-privatev2-01-1256635546/0345-1400187352/0612-yyy/9a0f4c42d208ccfb5aa47c29284aefc6.png"
}"#);
