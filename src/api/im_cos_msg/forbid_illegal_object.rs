//! `v4/im_cos_msg/forbid_illegal_object`: ban a chat file (a rich-media object uploaded by an
//! SDK) by its URL (269/74775).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ForbidIllegalObject as REQUEST "ForbidIllegalObjectRequest" {
        raw_url: String = req "RawURL", non_empty(), "the file's URL, from the URL field of a rich-media message" / "文件 URL，可从 IM 富媒体消息的 URL 字段获取";
    }
}

impl ForbidIllegalObject {
    pub fn new(url: &str) -> Self {
        ForbidIllegalObject { raw_url: url.into() }
    }
}

impl ApiRequest for ForbidIllegalObject {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImCosMsg, "forbid_illegal_object", "Ban a chat file", "聊天文件封禁")
    .docs(74775, 0)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001])
    .sample(r#"{
  "RawURL": "https://cos.ap-shanghai.myqcloud.com/005f-shanghai-360-shared-01-1256635546/76aa-1400152839/2f3b-2273451635034382/699eb4ee5ffa9aeb70627958766f2927-142072.jpg"
}"#);
