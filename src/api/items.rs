//! Wire pieces the account, profile and relationship-chain endpoints share, and the tables of
//! the documented profile and friend tags (269/1500, 269/1501) that their validators and the
//! simulator both read.

use crate::api::prelude::*;
use crate::vocab::messages as m;
use crate::vocab::Diagnostic;

wire! {
    /// `{ "Tag": …, "Value": … }`: one profile or friend field.
    pub struct TagValue as TAG_VALUE "TagValue" {
        tag: String = req "Tag", non_empty(), "field tag: Tag_Profile_IM_*, Tag_Profile_Custom_*, Tag_SNS_IM_* or Tag_SNS_Custom_*" / "字段的 Tag：Tag_Profile_IM_*、Tag_Profile_Custom_*、Tag_SNS_IM_* 或 Tag_SNS_Custom_*";
        value: serde_json::Value = req "Value", ANY, "field value; its type depends on the tag" / "字段的值，类型由 Tag 决定";
    }
}
pub const TAG_VALUES: Ty = Ty::Array(&Arr { item: Ty::Object(&TAG_VALUE), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    /// One account's result in a batch: `ResultCode` 0 or the item's error.
    pub struct AccountResult as ACCOUNT_RESULT "AccountResult" {
        to_account: String = req "To_Account", string(), "the account of this item" / "该项的帐号";
        result_code: u32 = req "ResultCode", COUNT, "0 on success, else this item's error code" / "0 表示成功，否则为该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item, empty on success" / "该项的错误信息，成功时为空";
    }
}
pub const ACCOUNT_RESULTS: Ty = Ty::Array(&Arr { item: Ty::Object(&ACCOUNT_RESULT), min_items: 0, max_items: None });

impl AccountResult {
    pub fn ok(to: &str) -> Self {
        AccountResult { to_account: to.into(), result_code: 0, result_info: String::new() }
    }
}

/// UserIDs of a relationship-chain batch: at most 1000.
pub const USER_IDS_1000: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(1000) });
/// UserIDs of a profile or online-status query.
pub const USER_IDS_500: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) });
/// `Fail_Account`: the accounts whose item failed, present only when one did.
pub const FAIL_ACCOUNT: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None });
/// Friend-list (group) names: non-empty, at most 30 bytes.
pub const FRIEND_GROUP_NAME: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(30), kind: StrKind::Plain });
pub const FRIEND_GROUP_NAMES: Ty = Ty::Array(&Arr { item: FRIEND_GROUP_NAME, min_items: 1, max_items: Some(32) });
/// `AddSource_Type_` and a keyword (letters only, at most 8 bytes: checked by `check_add_source`).
pub const ADD_SOURCE: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(23), kind: StrKind::Plain });

/// What the value of a documented tag must be.
pub const GENDERS: &[&str] = &["Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male"];
pub const ALLOW_TYPES: &[&str] = &["AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"];
pub const ADMIN_FORBID_TYPES: &[&str] = &["AdminForbid_Type_None", "AdminForbid_Type_SendOut"];
/// Custom and standard string values: at most 500 bytes (40601).
pub const TAG_STRING: Ty = string_max(500);

/// The standard profile tags, their value rules and what an account that never set one reads
/// (`None`: the tag is left out of the answer).
pub const PROFILE_TAGS: &[(&str, Ty, Option<&str>)] = &[
    ("Tag_Profile_IM_Nick", TAG_STRING, None),
    ("Tag_Profile_IM_Gender", Ty::Enum(GENDERS), Some("Gender_Type_Unknown")),
    ("Tag_Profile_IM_BirthDay", U32, None),
    ("Tag_Profile_IM_Location", TAG_STRING, None),
    ("Tag_Profile_IM_SelfSignature", TAG_STRING, None),
    ("Tag_Profile_IM_AllowType", Ty::Enum(ALLOW_TYPES), Some("AllowType_Type_NeedConfirm")),
    ("Tag_Profile_IM_Language", U32, None),
    ("Tag_Profile_IM_Image", TAG_STRING, None),
    ("Tag_Profile_IM_MsgSettings", U32, None),
    ("Tag_Profile_IM_AdminForbidType", Ty::Enum(ADMIN_FORBID_TYPES), Some("AdminForbid_Type_None")),
    ("Tag_Profile_IM_Level", U32, None),
    ("Tag_Profile_IM_Role", U32, None),
];
pub const PROFILE_CUSTOM_PREFIX: &str = "Tag_Profile_Custom_";

pub const FRIEND_GROUP_TAG: &str = "Tag_SNS_IM_Group";
pub const REMARK_TAG: &str = "Tag_SNS_IM_Remark";
/// The standard friend tags: which `friend_update` may write, and their value rules.
pub const FRIEND_TAGS: &[(&str, Ty, bool)] = &[
    (FRIEND_GROUP_TAG, Ty::Array(&Arr { item: FRIEND_GROUP_NAME, min_items: 0, max_items: Some(32) }), true),
    (REMARK_TAG, string_max(96), true),
    ("Tag_SNS_IM_AddSource", ADD_SOURCE, false),
    ("Tag_SNS_IM_AddWording", string_max(256), false),
    ("Tag_SNS_IM_AddTime", UNIX_SECONDS, false),
];
pub const FRIEND_CUSTOM_PREFIX: &str = "Tag_SNS_Custom_";

/// A custom tag's key: letters, digits and `_`, 1–16 characters (the console's rule; older
/// pages say letters only, at most 8 bytes — decisions.md).
pub fn is_custom_key(key: &str) -> bool {
    (1..=16).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The value rule of a profile tag: a standard one's own, a custom one's string rule.
pub fn profile_tag_rule(tag: &str) -> Option<&'static Ty> {
    PROFILE_TAGS.iter().find(|(t, _, _)| *t == tag).map(|(_, ty, _)| ty).or_else(|| tag.strip_prefix(PROFILE_CUSTOM_PREFIX).filter(|k| is_custom_key(k)).map(|_| &TAG_STRING))
}

/// The value rule of a friend tag (standard or custom), and whether `friend_update` may write
/// it. A custom value may also be an integer: the docs' own friend_import sample sends one.
pub fn friend_tag_rule(tag: &str, value: &Node) -> Option<(&'static Ty, bool)> {
    if let Some((_, ty, writable)) = FRIEND_TAGS.iter().find(|(t, _, _)| *t == tag) {
        return Some((ty, *writable));
    }
    let custom = tag.strip_prefix(FRIEND_CUSTOM_PREFIX).is_some_and(is_custom_key);
    custom.then_some(if matches!(value, Node::Int(_)) { (&U32, true) } else { (&TAG_STRING, true) })
}

/// Whether a tag names a friend field (standard or custom).
pub fn is_friend_tag(tag: &str) -> bool {
    friend_tag_rule(tag, &Node::Null).is_some()
}

/// Checks each `{Tag, Value}` of the array at `key` with the rule its tag names; a tag with no
/// rule (or one that may not be written) is reported as `unknown_tag`.
pub fn check_tag_values(items: Option<&Node>, c: &mut Checker, key: &str, rule: impl Fn(&str, &Node) -> Option<&'static Ty>, kind: &str) {
    let Some(Node::Array(items)) = items else { return };
    let outer = c.enter_key(key);
    for (i, item) in items.iter().enumerate() {
        let (Some(tag), Some(value)) = (item.member("Tag").and_then(Node::as_str), item.member("Value")) else { continue };
        let at = c.enter_index(i);
        match rule(tag, value) {
            Some(ty) => {
                let v = c.enter_key("Value");
                c.check_value(value, ty);
                c.leave(v);
            }
            None => {
                let t = c.enter_key("Tag");
                c.push(Diagnostic::error(c.path().to_owned(), m::UNKNOWN_TAG.code, m::UNKNOWN_TAG.render(&[&tag, &kind])));
                c.leave(t);
            }
        }
        c.leave(at);
    }
    c.leave(outer);
}

/// `AddSource_Type_` and a keyword of letters, at most 8 bytes.
pub fn is_add_source(s: &str) -> bool {
    s.strip_prefix("AddSource_Type_").is_some_and(|k| (1..=8).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Reports an `AddSource` that is not `AddSource_Type_` + letters (≤ 8 bytes).
pub fn check_add_source(item: &Node, c: &mut Checker) {
    if let Some(s) = item.member("AddSource").and_then(Node::as_str) {
        if !is_add_source(s) {
            c.push(Diagnostic::error(c.path_of("AddSource"), m::ADD_SOURCE.code, m::ADD_SOURCE.render(&[&s])));
        }
    }
}

/// Runs `each` on every object of the array at `key`, with the path at that object.
pub fn each_item(body: &Node, c: &mut Checker, key: &str, mut each: impl FnMut(&Node, &mut Checker)) {
    let Some(Node::Array(items)) = body.member(key) else { return };
    let outer = c.enter_key(key);
    for (i, item) in items.iter().enumerate() {
        let at = c.enter_index(i);
        each(item, c);
        c.leave(at);
    }
    c.leave(outer);
}

/// Reports each tag of the string array at `key` that `known` does not accept.
pub fn check_tag_list(body: &Node, c: &mut Checker, key: &str, known: impl Fn(&str) -> bool, kind: &str) {
    let Some(Node::Array(tags)) = body.member(key) else { return };
    let outer = c.enter_key(key);
    for (i, tag) in tags.iter().enumerate() {
        if let Some(tag) = tag.as_str().filter(|t| !known(t)) {
            let at = c.enter_index(i);
            c.push(Diagnostic::error(c.path().to_owned(), m::UNKNOWN_TAG.code, m::UNKNOWN_TAG.render(&[&tag, &kind])));
            c.leave(at);
        }
    }
    c.leave(outer);
}

wire! {
    #[derive(Eq)]
    /// `From_Account` and the accounts it acts on (blocklist changes).
    pub struct BlockListChange as BLOCK_LIST_CHANGE "BlockListChangeRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose blocklist changes" / "黑名单发生变化的账号";
        to_account: Vec<String> = req "To_Account", USER_IDS_1000, "accounts to block or unblock, at most 1000" / "待加入或移出黑名单的账号，单次最多1000个";
    }
}

impl BlockListChange {
    pub fn new(from: &str, to: &[&str]) -> Self {
        BlockListChange { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect() }
    }
}

wire! {
    #[derive(Eq)]
    /// Per-account results of a batch (`Fail_Account` only when one failed).
    pub response AccountResults as ACCOUNT_RESULTS_RESPONSE "AccountResultsResponse" {
        result_item: Vec<AccountResult> = out "ResultItem", ACCOUNT_RESULTS, "one result per account, in request order" / "每个帐号一个结果，顺序同请求";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
    }
}
