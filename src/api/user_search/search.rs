//! `v4/user_search/search`: the Cloud Search plugin's user search (269/114547): a nickname
//! that contains a keyword, or a UserID equal to one, filtered by gender and birthday, one
//! page at a time. The keyword, count and cursor rules are shared with `group_search` and
//! `group_member_search`.

use crate::api::prelude::*;
use crate::vocab::Diagnostic;

/// `Keywords`: at most five (the client SDKs' 关键字列表最多支持 5 个; the REST page states no
/// limit, decisions.md "Cloud search").
pub const KEYWORDS: Ty = Ty::Array(&Arr { item: non_empty(), min_items: 1, max_items: Some(5) });
/// `KeywordMatchType`: 0 or (the default), 1 and.
pub const MATCH_TYPE: Ty = Ty::IntEnum(&[0, 1]);
pub const MATCH_AND: u8 = 1;
/// `Count`: "最大100条，超过100条按100处理".
pub const MAX_PAGE: usize = 100;
pub const PAGE_COUNT: Ty = Ty::Int(Int { min: 1, max: i64::MAX, clamp_to: Some(MAX_PAGE as i64) });
/// The genders `UserGenderType` filters on (the profile's `Tag_Profile_IM_Gender` values).
pub const GENDERS: Ty = Ty::Enum(&["Gender_Type_Female", "Gender_Type_Male"]);

wire! {
    #[derive(Eq)]
    pub struct UserSearch as REQUEST "UserSearchRequest" {
        keywords: Vec<String> = req "Keywords", KEYWORDS, "keywords: a nickname containing one, or a UserID equal to one, matches (at most 5)" / "模糊搜索的 Keywords";
        keyword_match_type: Option<u8> = opt "KeywordMatchType", MATCH_TYPE, "1: every keyword must match (and); 0: any (or, the default)" / "逻辑运算符。1：and，0：or，默认为 or";
        user_gender_type: Option<String> = opt "UserGenderType", GENDERS, "only users of this gender; absent: any" / "过滤性别，为空表示未指定。Gender_Type_Female：女，Gender_Type_Male：男";
        user_birth_start: Option<u64> = opt "UserBirthStart", U32, "only users whose Tag_Profile_IM_BirthDay is at least this" / "过滤起始出生日期，该字段意义由用户决定，我们只保证为整型";
        user_birth_end: Option<u64> = opt "UserBirthEnd", U32, "only users whose Tag_Profile_IM_BirthDay is at most this; not below UserBirthStart" / "过滤结束出生日期，该字段要比 user_birth_start 大";
        count: u64 = req "Count", PAGE_COUNT, "users per page, at most 100 (more counts as 100)" / "一次请求最大记录数，最大100条，超过100条按100处理";
        cursor: Option<String> = opt "Cursor", string(), "empty for the first page, else the previous answer's Cursor" / "续拉参数，上个请求的 Response 中带回，首次请求为空";
    }
}

wire! {
    /// One profile field of a found user: strings in `StrValue`, the birthday in `IntValue`.
    pub struct SearchProfileItem as PROFILE_ITEM "UserSearchProfileItem" {
        tag: String = req "Tag", non_empty(), "Tag_Profile_IM_Nick, _Gender, _BirthDay, _Image or _SelfSignature" / "Tag_Profile_IM_Nick、_Gender、_BirthDay、_Image 或 _SelfSignature";
        str_value: Option<String> = opt "StrValue", string(), "the value of a string field" / "字符串字段的值";
        int_value: Option<u64> = opt "IntValue", COUNT, "the value of an integer field (Tag_Profile_IM_BirthDay)" / "整数字段的值（Tag_Profile_IM_BirthDay）";
    }
}

wire! {
    pub struct FoundUser as FOUND_USER "UserSearchItem" {
        user_id: String = req "UserID", string(), "the user" / "用户";
        profile_items: Vec<SearchProfileItem> = req "ProfileItems", Ty::Array(&Arr { item: Ty::Object(&PROFILE_ITEM), min_items: 0, max_items: None }), "the fields a result list shows (nick, gender, birthday, face image, signature), those that are set" / "结果列表显示的资料字段（昵称、性别、生日、头像、签名）中已设置的";
    }
}

wire! {
    pub response UserSearchResponse as RESPONSE "UserSearchResponse" {
        is_finish: bool = out "IsFinish", BOOL, "true when this page is the last (a boolean)" / "本页是最后一页时为 true（布尔值）";
        total_count: u64 = out "TotalCount", COUNT, "how many users match in all" / "匹配的用户总数";
        users: Vec<FoundUser> = out "Users", Ty::Array(&Arr { item: Ty::Object(&FOUND_USER), min_items: 0, max_items: None }), "this page, by UserID" / "本页，按 UserID 排列";
        cursor: String = out "Cursor", string(), "the next page's Cursor; empty when this page is the last" / "下一页的 Cursor；本页是最后一页时为空";
    }
}

impl UserSearch {
    pub fn new(keywords: &[&str], count: u64) -> Self {
        UserSearch { keywords: keywords.iter().map(|k| (*k).to_owned()).collect(), keyword_match_type: None, user_gender_type: None, user_birth_start: None, user_birth_end: None, count, cursor: None }
    }
}

impl ApiRequest for UserSearch {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = UserSearchResponse;
}

/// UserBirthEnd below UserBirthStart finds nothing: the page asks for it to be larger.
fn birth_range(body: &Node, c: &mut Checker) {
    let (Some(start), Some(end)) = (body.member("UserBirthStart").and_then(Node::as_i64), body.member("UserBirthEnd").and_then(Node::as_i64)) else { return };
    if end < start {
        c.push(Diagnostic::error(c.path_of("UserBirthEnd"), "conflicting_fields", crate::vocab::messages::BIRTH_END_BEFORE_START.render(&[&end, &start])));
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::UserSearch, "search", "Search users", "用户搜索")
    .docs(114547, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[60020, 70402])
    .rate_limit(2)
    .read_only()
    .check(birth_range, &["/UserBirthEnd"], "UserBirthEnd is not below UserBirthStart")
    .sample(r#"{"Count":1,"UserGenderType":"Gender_Type_Female","KeywordMatchType":1,"UserBirthStart":0,"UserBirthEnd":1730774469,"Keywords":["abcd"],"Cursor":""}"#);
