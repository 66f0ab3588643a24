//! `v4/im_cos_msg/get_cos_sig`: FULL_CONTROL signed URLs of chat files (valid 15 minutes;
//! they download banned files too) and each file's status (269/74777).

use crate::api::prelude::*;

/// How long a signed URL is valid.
pub const SIGNATURE_SECONDS: u64 = 15 * 60;

wire! {
    #[derive(Eq)]
    pub struct RawUrlItem as RAW_URL_ITEM "RawURLItem" {
        resource_id: u64 = req "ResourceID", U32, "an ID for this file within the call" / "同批次查询的资源 ID";
        raw_url: String = req "RawURL", non_empty(), "the file's URL" / "同批次查询的文件 URL";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GetCosSig as REQUEST "GetCosSigRequest" {
        raw_urls: Vec<RawUrlItem> = req "RawURLs", Ty::Array(&Arr { item: Ty::Object(&RAW_URL_ITEM), min_items: 1, max_items: None }), "the files, each with an ID" / "批量查询的文件 URL，可从 IM 富媒体消息的 URL 字段获取";
    }
}

wire! {
    #[derive(Eq)]
    pub struct PreSigUrl as PRE_SIG_URL "PreSigURLItem" {
        code: u32 = out "Code", U32, "result for this file: 0 done" / "指定资源 ID 对应的查询结果";
        desc: String = out "Desc", string(), "what the result means (empty when 0)" / "指定资源 ID 对应的查询结果的描述";
        resource_id: u64 = out "ResourceID", U32, "the file's ID from the request" / "同批查询的资源 ID";
        pre_sig_url: String = out "PreSigURL", string(), "the FULL_CONTROL signed URL, valid 15 minutes (it downloads a banned file too)" / "指定资源 ID 对应的最高权限的签名 URL，可以下载封禁的文件，有效期15分钟";
        status: u8 = out "Status", Ty::IntEnum(&[0, 1, 2]), "0: normal, 1: banned (only the signed URL reaches it), 2: no such file" / "文件状态：0-文件正常，SDK 可访问；1-文件被封禁，SDK 访问无权限，可使用 PreSigURL 访问；2-文件不存在，可能过期被删除";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetCosSigResponse as RESPONSE "GetCosSigResponse" {
        pre_sig_urls: Vec<PreSigUrl> = out "PreSigURLs", Ty::Array(&Arr { item: Ty::Object(&PRE_SIG_URL), min_items: 0, max_items: None }), "one result per requested file, in request order" / "每个请求的文件一个结果，顺序同请求";
    }
}

impl GetCosSig {
    pub fn new(urls: &[(u64, &str)]) -> Self {
        GetCosSig { raw_urls: urls.iter().map(|(id, url)| RawUrlItem { resource_id: *id, raw_url: (*url).into() }).collect() }
    }
}

impl ApiRequest for GetCosSig {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetCosSigResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImCosMsg, "get_cos_sig", "Sign chat-file URLs", "聊天文件签名")
    .docs(74777, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001])
    .read_only()
    .sample(r#"{
  "RawURLs": [
    { "ResourceID": 1, "RawURL": "https://cos.ap-shanghai.myqcloud.com/98ec-shanghai-007-privatev2-01-1256635546/0345-1400187352/0612-yyy/9a0f4c42d208ccfb5aa47c29284aefc6.png" },
    { "ResourceID": 2, "RawURL": "https://cos.ap-shanghai.myqcloud.com/98ec-shanghai-007-privatev2-01-1256635546/0345-1400187352/0612-yyy/9a0f4c42d208ccfb5aa47c29284aefc7.png" }
  ]
}"#);
