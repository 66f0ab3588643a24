//! `v4/group_search/search`: the Cloud Search plugin's group search (269/114549): a group name
//! that contains a keyword, or a GroupID equal to one, of the listed types, one page at a time.
//! Live groups (AVChatRoom) are never found (the client SDKs: 不支持直播群类型的搜索).

use crate::api::prelude::*;
use crate::api::user_search::search::{KEYWORDS, MATCH_TYPE, PAGE_COUNT};

/// `GroupType`: the page's list (Private/Public/ChatRoom/Community); the console names that
/// `create_group` also accepts read as these.
pub const SEARCH_GROUP_TYPES: Ty = Ty::Array(&Arr { item: Ty::GroupType, min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub struct GroupSearch as REQUEST "GroupSearchRequest" {
        group_type: Option<Vec<String>> = opt "GroupType", SEARCH_GROUP_TYPES, "only groups of these types (Private, Public, ChatRoom, Community); absent or empty: all but AVChatRoom" / "群组类型：Private/Public/ChatRoom/Community";
        keyword_match_type: Option<u8> = opt "KeywordMatchType", MATCH_TYPE, "1: every keyword must match (and); 0: any (or, the default)" / "逻辑运算符。1：and，0：or，默认为 or";
        keywords: Vec<String> = req "Keywords", KEYWORDS, "keywords: a group name containing one, or a GroupID equal to one, matches (at most 5)" / "模糊搜索的 Keywords";
        count: u64 = req "Count", PAGE_COUNT, "groups per page, at most 100 (more counts as 100)" / "一次请求最大记录数，最大100条，超过100条按100条处理";
        cursor: Option<String> = opt "Cursor", string(), "empty for the first page, else the previous answer's Cursor" / "续拉参数，上个请求的 Response 中带回，首次请求为空";
    }
}

wire! {
    pub struct FoundGroup as FOUND_GROUP "GroupSearchItem" {
        group_type: String = req "GroupType", string(), "the group's type" / "群组类型";
        group_id: String = req "GroupID", string(), "the group" / "群组";
        group_name: String = req "GroupName", string(), "its name" / "名称";
        group_member_num: u64 = req "GroupMemberNum", COUNT, "how many members it has" / "群成员数";
        group_face_url: String = req "GroupFaceUrl", string(), "its face URL" / "群头像 URL";
        group_introduction: String = req "GroupIntroduction", string(), "its introduction" / "群简介";
        group_owner_user_id: String = req "GroupOwnerUserID", string(), "its owner's UserID; empty when it has none" / "群主的 UserID；没有群主时为空";
        group_owner_tiny_id: u64 = req "GroupOwnerTinyID", COUNT, "the owner's numeric ID inside the service (0 without an owner)" / "群主在服务内部的数字 ID（没有群主时为 0）";
        group_owner_user_name: String = req "GroupOwnerUserName", string(), "the owner's nickname" / "群主的昵称";
    }
}

wire! {
    pub response GroupSearchResponse as RESPONSE "GroupSearchResponse" {
        is_finish: bool = out "IsFinish", BOOL, "true when this page is the last (a boolean)" / "本页是最后一页时为 true（布尔值）";
        total_count: u64 = out "TotalCount", COUNT, "how many groups match in all" / "匹配的群组总数";
        groups: Vec<FoundGroup> = out "Groups", Ty::Array(&Arr { item: Ty::Object(&FOUND_GROUP), min_items: 0, max_items: None }), "this page, by GroupID" / "本页，按 GroupID 排列";
        cursor: String = out "Cursor", string(), "the next page's Cursor; empty when this page is the last" / "下一页的 Cursor；本页是最后一页时为空";
    }
}

impl GroupSearch {
    pub fn new(keywords: &[&str], count: u64) -> Self {
        GroupSearch { group_type: None, keyword_match_type: None, keywords: keywords.iter().map(|k| (*k).to_owned()).collect(), count, cursor: None }
    }
}

impl ApiRequest for GroupSearch {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupSearchResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupSearch, "search", "Search groups", "群组搜索")
    .docs(114549, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[60020, 70402])
    .rate_limit(2)
    .read_only()
    .sample(r#"{"Count":100,"GroupType":[],"KeywordMatchType":1,"Keywords":["啊"]}"#);
