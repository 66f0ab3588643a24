//! `v4/open_msg_svc/get_history`: download links of an hour's chat-log archive. tcim keeps no
//! archives, so the list of files is always empty (decisions.md).

use crate::api::prelude::*;
use crate::vocab::messages as m;
use crate::vocab::{Diagnostic, Service};

wire! {
    #[derive(Eq)]
    pub struct GetHistory as REQUEST "GetHistoryRequest" {
        chat_type: String = req "ChatType", Ty::Enum(&["C2C", "Group"]), "C2C or Group" / "C2C 或 Group";
        msg_time: String = req "MsgTime", non_empty(), "the hour, YYYYMMDDHH in Beijing time" / "查询的小时，格式 YYYYMMDDHH（北京时间）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ArchiveFile as FILE_ITEM "HistoryFile" {
        url: String = req "URL", string(), "download URL" / "下载 URL";
        expire_time: String = req "ExpireTime", string(), "when the URL expires, YYYY-MM-DD HH:MM:SS" / "URL 过期时间，YYYY-MM-DD HH:MM:SS";
        file_size: u64 = req "FileSize", COUNT, "bytes before gzip" / "gzip 压缩前的字节数";
        file_md5: String = req "FileMD5", string(), "MD5 before gzip" / "gzip 压缩前的 MD5";
        gzip_size: u64 = req "GzipSize", COUNT, "bytes of the gzip file" / "gzip 文件的字节数";
        gzip_md5: String = req "GzipMD5", string(), "MD5 of the gzip file" / "gzip 文件的 MD5";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetHistoryResponse as RESPONSE "GetHistoryResponse" {
        file: Vec<ArchiveFile> = out "File", Ty::Array(&Arr { item: Ty::Object(&FILE_ITEM), min_items: 0, max_items: None }), "the archive's files (none in tcim)" / "归档的文件（tcim 中没有）";
    }
}

impl GetHistory {
    pub fn new(chat_type: &str, msg_time: &str) -> Self {
        GetHistory { chat_type: chat_type.into(), msg_time: msg_time.into() }
    }
}

impl ApiRequest for GetHistory {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetHistoryResponse;
}

/// `YYYYMMDDHH`: (year, month, day, hour) when the text is a real hour.
pub fn parse_hour(text: &str) -> Option<(u32, u32, u32, u32)> {
    if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let (y, mo, d, h) = (num(0..4)?, num(4..6)?, num(6..8)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let month_days = days.get(usize::try_from(mo).ok()?.checked_sub(1)?)?;
    (y >= 1970 && (1..=*month_days).contains(&d) && h < 24).then_some((y, mo, d, h))
}

fn check(body: &Node, c: &mut Checker) {
    if let Some(t) = body.member("MsgTime").and_then(Node::as_str) {
        // (An empty one is the rule's `empty_string`; anything else not an hour is said here.)
        if !t.is_empty() && parse_hour(t).is_none() {
            c.push(Diagnostic::error(c.path_of("MsgTime"), m::NOT_AN_HOUR.code, m::NOT_AN_HOUR.render(&[&t])));
        }
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenMsg, "get_history", "Download chat-log archives", "下载最近消息记录")
    .docs(1650, 34885)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 91000])
    .rate_limit(10)
    .check(check, &["/MsgTime"], "MsgTime written YYYYMMDDHH is an hour that exists (Beijing time)")
    .read_only()
    .sample(r#"{
  "ChatType": "C2C",
  "MsgTime": "2015120121"
}"#);
