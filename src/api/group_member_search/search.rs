//! `v4/group_member_search/search`: the Cloud Search plugin's member search (269/114548): a
//! member whose nickname or name card contains a keyword, or whose UserID equals one, in the
//! listed groups or types, one page at a time. Live groups (AVChatRoom) are never searched.
//! The page's field tables are not in the stored copies: the names follow its siblings
//! `user_search` and `group_search` and the client SDKs' parameters (decisions.md "Cloud search").

use crate::api::prelude::*;
use crate::api::group_search::search::SEARCH_GROUP_TYPES;
use crate::api::user_search::search::{KEYWORDS, MATCH_TYPE, PAGE_COUNT};

wire! {
    #[derive(Eq)]
    pub struct GroupMemberSearch as REQUEST "GroupMemberSearchRequest" {
        group_id_list: Option<Vec<String>> = opt "GroupIDList", Ty::Array(&Arr { item: GROUP_ID, min_items: 0, max_items: None }), "only members of these groups; absent or empty: every group" / "搜索指定群 ID 列表，不填时搜索所有群组";
        group_type: Option<Vec<String>> = opt "GroupType", SEARCH_GROUP_TYPES, "only groups of these types (Private, Public, ChatRoom, Community); absent or empty: all but AVChatRoom" / "群组类型：Private/Public/ChatRoom/Community";
        keyword_match_type: Option<u8> = opt "KeywordMatchType", MATCH_TYPE, "1: every keyword must match (and); 0: any (or, the default)" / "逻辑运算符。1：and，0：or，默认为 or";
        keywords: Vec<String> = req "Keywords", KEYWORDS, "keywords: a nickname or name card containing one, or a UserID equal to one, matches (at most 5)" / "模糊搜索的 Keywords，匹配群成员 ID、昵称、群名片";
        count: u64 = req "Count", PAGE_COUNT, "members per page, at most 100 (more counts as 100)" / "一次请求最大记录数，最大100条，超过100条按100条处理";
        cursor: Option<String> = opt "Cursor", string(), "empty for the first page, else the previous answer's Cursor" / "续拉参数，上个请求的 Response 中带回，首次请求为空";
    }
}

wire! {
    pub struct FoundMember as FOUND_MEMBER "GroupMemberSearchItem" {
        group_id: String = req "GroupID", string(), "the member's group" / "成员所在的群组";
        group_type: String = req "GroupType", string(), "the group's type" / "群组类型";
        group_name: String = req "GroupName", string(), "the group's name" / "群名称";
        group_face_url: String = req "GroupFaceUrl", string(), "the group's face URL" / "群头像 URL";
        user_id: String = req "UserID", string(), "the member" / "成员";
        nick: String = req "Nick", string(), "the member's nickname (Tag_Profile_IM_Nick)" / "成员的昵称（Tag_Profile_IM_Nick）";
        name_card: String = req "NameCard", string(), "the member's name card in the group" / "成员在群中的群名片";
    }
}

wire! {
    pub response GroupMemberSearchResponse as RESPONSE "GroupMemberSearchResponse" {
        is_finish: bool = out "IsFinish", BOOL, "true when this page is the last (a boolean)" / "本页是最后一页时为 true（布尔值）";
        total_count: u64 = out "TotalCount", COUNT, "how many members match in all" / "匹配的成员总数";
        members: Vec<FoundMember> = out "Members", Ty::Array(&Arr { item: Ty::Object(&FOUND_MEMBER), min_items: 0, max_items: None }), "this page, by GroupID then UserID" / "本页，按 GroupID 再按 UserID 排列";
        cursor: String = out "Cursor", string(), "the next page's Cursor; empty when this page is the last" / "下一页的 Cursor；本页是最后一页时为空";
    }
}

impl GroupMemberSearch {
    pub fn new(keywords: &[&str], count: u64) -> Self {
        GroupMemberSearch { group_id_list: None, group_type: None, keyword_match_type: None, keywords: keywords.iter().map(|k| (*k).to_owned()).collect(), count, cursor: None }
    }
}

impl ApiRequest for GroupMemberSearch {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupMemberSearchResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupMemberSearch, "search", "Search group members", "群成员搜索")
    .docs(114548, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10010, 60020, 70402])
    .rate_limit(2)
    .read_only()
    .sample(r#"{"Count":20,"GroupType":["Public"],"KeywordMatchType":0,"Keywords":["abcd"],"Cursor":""}"#);
