//! `v4/group_open_http_svc/get_appid_group_list`: the app's group IDs, page by page.

use crate::api::prelude::*;
use crate::vocab::Service;

/// Group types a list can be limited to (`""`, which the tencentcloud client sends, is all).
pub const LIST_GROUP_TYPES: Ty = Ty::Enum(&["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community", ""]);

wire! {
    #[derive(Eq, Default)]
    pub struct GetAppidGroupList as REQUEST "GetAppidGroupListRequest" {
        limit: Option<u32> = opt "Limit", int(0, 10_000), "groups per page, at most 10000 (0 or absent: 10000)" / "每页群组数，最多10000（0 或不填为10000）";
        /// Exceeds 2^32: clients must keep it as a 64-bit integer.
        next: Option<u64> = opt "Next", COUNT, "the previous page's Next; 0 for the first page" / "上一页返回的 Next；第一页填0";
        group_type: Option<String> = opt "GroupType", LIST_GROUP_TYPES, "only groups of this type; absent or \"\": all" / "只拉取该类型的群组；不填或填 \"\" 表示全部";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GroupIdItem as GROUP_ID_ITEM "GroupIdItem" {
        group_id: String = req "GroupId", string(), "group ID" / "群组 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetAppidGroupListResponse as RESPONSE "GetAppidGroupListResponse" {
        total_count: u64 = out "TotalCount", COUNT, "groups of the type asked for, whatever the page" / "所请求类型的群组数，与分页无关";
        group_id_list: Vec<GroupIdItem> = out "GroupIdList", Ty::Array(&Arr { item: Ty::Object(&GROUP_ID_ITEM), min_items: 0, max_items: None }), "this page's groups, in the order created" / "本页的群组，按创建顺序";
        next: u64 = out "Next", COUNT, "cursor of the next page (a 64-bit integer); 0 when there are no more" / "下一页的游标（64 位整数）；没有更多时为 0";
    }
}

impl GetAppidGroupList {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn page(mut self, limit: u32, next: u64) -> Self {
        self.limit = Some(limit);
        self.next = Some(next);
        self
    }
}

impl ApiRequest for GetAppidGroupList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAppidGroupListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_appid_group_list", "List the app's groups", "获取 App 中的所有群组")
    .docs(1614, 34960)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10004, 10007, 10018])
    .rate_limit(1)
    .read_only()
    .sample(r#"{
  "Limit": 1000,
  "Next": 0,
  "GroupType": "Public"
}"#);
