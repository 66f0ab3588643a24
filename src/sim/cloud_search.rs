//! Handlers of the Cloud Search plugin (`user_search`, `group_search`, `group_member_search`):
//! keyword matching over the profiles, groups and members the simulator holds, a cursor per
//! page, and the plugin gate (60020: "如果您没有开通该服务，调用接口会返回 60020").
//!
//! Matching, for every command (the pages: 模糊匹配 names, 精确匹配 IDs): a keyword matches a
//! name (nickname, group name, name card) that contains it, ignoring ASCII case, or an ID equal
//! to it. `KeywordMatchType` 1 needs every keyword to match, else one is enough. Results come in
//! key order (UserID; GroupID; GroupID then UserID), and a cursor is the last key of the page
//! before, hex-encoded: a page starts after it, so entries added or removed meanwhile neither
//! repeat nor skip one that stays.

use super::answer::{answer, fail, typed, Answer, Body};
use super::dispatch::serve;
use super::state::Group;
use super::{Fail, Simulator};
use crate::api::group_member_search::search::{FoundMember, GroupMemberSearch, GroupMemberSearchResponse};
use crate::api::group_search::search::{FoundGroup, GroupSearch, GroupSearchResponse};
use crate::api::user_search::search::{FoundUser, SearchProfileItem, UserSearch, UserSearchResponse, MATCH_AND, MAX_PAGE};
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::GroupType;

/// The plugin is not on for this app.
const NOT_ENABLED: u32 = 60020;
const INVALID: u32 = code::INVALID_ACCOUNT_PARAM;

/// The profile fields a found user shows: "仅包括头像、昵称、用户账号、性别、生日、个性签名"
/// (the client SDKs' searchCloudUsers); the birthday is the one integer.
const SHOWN_TAGS: &[&str] = &["Tag_Profile_IM_Nick", "Tag_Profile_IM_Gender", "Tag_Profile_IM_BirthDay", "Tag_Profile_IM_Image", "Tag_Profile_IM_SelfSignature"];
const NICK: &str = "Tag_Profile_IM_Nick";
const GENDER: &str = "Tag_Profile_IM_Gender";
const BIRTHDAY: &str = "Tag_Profile_IM_BirthDay";

/// The three searches, each with its own console switch in the plugin.
#[derive(Clone, Copy)]
enum Kind {
    Users,
    Groups,
    Members,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Users => "user search",
            Kind::Groups => "group search",
            Kind::Members => "group member search",
        }
    }
}

/// 60020 unless the plan has Cloud Search and the app's switch is on (with neither given,
/// it is on).
fn gate(sim: &Simulator, kind: Kind) -> Result<(), Fail> {
    if let Some(plan) = sim.plan().filter(|p| !p.cloud_search) {
        return fail(NOT_ENABLED, format!("{} needs the Cloud Search plugin, which the {} edition does not have (trial, ultimate and enterprise do)", kind.name(), plan.name));
    }
    if !sim.options.cloud_search {
        return fail(NOT_ENABLED, format!("{} needs the Cloud Search plugin: it is switched off for this app (option cloudSearch)", kind.name()));
    }
    Ok(())
}

/// Whether one keyword matches: a name containing it (ASCII case ignored) or an ID equal to it.
fn hit(keyword: &str, ids: &[&str], names: &[&str]) -> bool {
    let wanted = keyword.to_ascii_lowercase();
    ids.contains(&keyword) || names.iter().any(|n| n.to_ascii_lowercase().contains(&wanted))
}

fn matches(keywords: &[String], match_type: Option<u8>, ids: &[&str], names: &[&str]) -> bool {
    if match_type == Some(MATCH_AND) {
        keywords.iter().all(|k| hit(k, ids, names))
    } else {
        keywords.iter().any(|k| hit(k, ids, names))
    }
}

/// The key a cursor names, or why the cursor is not one this service answered.
fn after(cursor: Option<&str>) -> Result<Option<String>, Fail> {
    let Some(text) = cursor.filter(|c| !c.is_empty()) else { return Ok(None) };
    let bytes = (0..text.len())
        .step_by(2)
        .map(|i| text.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
        .collect::<Option<Vec<u8>>>();
    match bytes.and_then(|b| String::from_utf8(b).ok()) {
        Some(key) => Ok(Some(key)),
        None => fail(INVALID, format!("Cursor \"{text}\" is not a Cursor this service answered")),
    }
}

fn cursor_of(key: &str) -> String {
    key.bytes().map(|b| format!("{b:02x}")).collect()
}

/// One page of the matches (already in key order) after the cursor: the page, whether it is
/// the last, and the next cursor.
fn page<T>(matched: Vec<(String, T)>, count: u64, cursor: Option<&str>) -> Result<(Vec<T>, u64, bool, String), Fail> {
    let start = after(cursor)?;
    let total = matched.len() as u64;
    let want = usize::try_from(count).unwrap_or(MAX_PAGE).min(MAX_PAGE);
    let mut rest: Vec<(String, T)> = matched.into_iter().filter(|(key, _)| start.as_ref().is_none_or(|s| key > s)).collect();
    let finished = rest.len() <= want;
    rest.truncate(want);
    let next = if finished { String::new() } else { rest.last().map(|(key, _)| cursor_of(key)).unwrap_or_default() };
    Ok((rest.into_iter().map(|(_, item)| item).collect(), total, finished, next))
}

/// The group types a search covers: the listed ones, or every type but AVChatRoom; a listed
/// AVChatRoom is refused ("不支持直播群类型的搜索").
fn searched_types(listed: Option<&[String]>) -> Result<Vec<GroupType>, Fail> {
    let listed = listed.unwrap_or_default();
    if listed.is_empty() {
        return Ok(vec![GroupType::Private, GroupType::Public, GroupType::ChatRoom, GroupType::Community]);
    }
    let mut types = Vec::new();
    for name in listed {
        match GroupType::from_name(name) {
            Some(GroupType::AVChatRoom) => return fail(INVALID, "GroupType AVChatRoom: live groups are not searchable"),
            Some(ty) => types.push(ty),
            None => return fail(INVALID, format!("GroupType \"{name}\" is not a group type")),
        }
    }
    Ok(types)
}

fn text<'a>(profile: Option<&'a std::collections::BTreeMap<String, serde_json::Value>>, tag: &str) -> &'a str {
    profile.and_then(|p| p.get(tag)).and_then(serde_json::Value::as_str).unwrap_or("")
}

/// The service's numeric ID of an account (GroupOwnerTinyID): stable per UserID, in the range
/// the page's sample shows (2^57 and up).
fn tiny_id(user_id: &str) -> u64 {
    let fnv = user_id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    (1 << 57) + (fnv & ((1 << 40) - 1))
}

serve!(read UserSearch => user_search);
/// Users whose nickname contains a keyword or whose UserID is one, of the gender and birthday
/// range asked; each with the fields a result list shows.
pub fn user_search(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: UserSearch = typed(body, INVALID)?;
    gate(sim, Kind::Users)?;
    let (from, to) = (req.user_birth_start.unwrap_or(0), req.user_birth_end.unwrap_or(u64::MAX));
    let matched = sim
        .world
        .accounts
        .iter()
        .filter(|(id, account)| {
            let profile = Some(&account.profile);
            let birthday = account.profile.get(BIRTHDAY).and_then(serde_json::Value::as_u64).unwrap_or(0);
            req.user_gender_type.as_deref().is_none_or(|g| text(profile, GENDER) == g)
                && (from..=to).contains(&birthday)
                && matches(&req.keywords, req.keyword_match_type, &[id.as_str()], &[text(profile, NICK)])
        })
        .map(|(id, account)| {
            let profile_items = SHOWN_TAGS
                .iter()
                .filter_map(|tag| {
                    let value = account.profile.get(*tag)?;
                    let item = |str_value, int_value| SearchProfileItem { tag: (*tag).to_owned(), str_value, int_value };
                    value.as_u64().map(|n| item(None, Some(n))).or_else(|| value.as_str().map(|s| item(Some(s.to_owned()), None)))
                })
                .collect();
            (id.clone(), FoundUser { user_id: id.clone(), profile_items })
        })
        .collect();
    let (users, total_count, is_finish, cursor) = page(matched, req.count, req.cursor.as_deref())?;
    answer(&UserSearchResponse { envelope: Envelope::ok(), is_finish, total_count, users, cursor })
}

fn found_group(sim: &Simulator, g: &Group) -> FoundGroup {
    let owner = g.owner.clone().unwrap_or_default();
    let owner_profile = sim.person(&owner).map(|a| &a.profile);
    FoundGroup {
        group_type: g.ty.rest_name().to_owned(),
        group_id: g.id.clone(),
        group_name: g.name.clone(),
        group_member_num: g.members.len() as u64,
        group_face_url: g.face_url.clone(),
        group_introduction: g.introduction.clone(),
        group_owner_tiny_id: if owner.is_empty() { 0 } else { tiny_id(&owner) },
        group_owner_user_name: text(owner_profile, NICK).to_owned(),
        group_owner_user_id: owner,
    }
}

serve!(read GroupSearch => group_search);
/// Groups of the asked types whose name contains a keyword or whose GroupID is one.
pub fn group_search(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GroupSearch = typed(body, INVALID)?;
    gate(sim, Kind::Groups)?;
    let types = searched_types(req.group_type.as_deref())?;
    let matched = sim
        .world
        .groups
        .values()
        .filter(|g| types.contains(&g.ty) && matches(&req.keywords, req.keyword_match_type, &[g.id.as_str()], &[g.name.as_str()]))
        .map(|g| (g.id.clone(), found_group(sim, g)))
        .collect();
    let (groups, total_count, is_finish, cursor) = page(matched, req.count, req.cursor.as_deref())?;
    answer(&GroupSearchResponse { envelope: Envelope::ok(), is_finish, total_count, groups, cursor })
}

serve!(read GroupMemberSearch => group_member_search);
/// Members, of the listed groups (else of every group of the asked types), whose nickname or
/// name card contains a keyword or whose UserID is one. A listed group that does not exist is
/// refused (10010), as the group commands refuse it.
pub fn group_member_search(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GroupMemberSearch = typed(body, INVALID)?;
    gate(sim, Kind::Members)?;
    let types = searched_types(req.group_type.as_deref())?;
    let listed = req.group_id_list.unwrap_or_default();
    if let Some(missing) = listed.iter().find(|id| !sim.world.groups.contains_key(*id)) {
        return fail(code::GROUP_NOT_FOUND, format!("group \"{missing}\" does not exist"));
    }
    let mut matched = Vec::new();
    for g in sim.world.groups.values().filter(|g| types.contains(&g.ty) && (listed.is_empty() || listed.contains(&g.id))) {
        for (user, member) in &g.members {
            let profile = sim.person(user).map(|a| &a.profile);
            let nick = text(profile, NICK);
            if !matches(&req.keywords, req.keyword_match_type, &[user.as_str()], &[nick, member.name_card.as_str()]) {
                continue;
            }
            let found = FoundMember { group_id: g.id.clone(), group_type: g.ty.rest_name().to_owned(), group_name: g.name.clone(), group_face_url: g.face_url.clone(), user_id: user.clone(), nick: nick.to_owned(), name_card: member.name_card.clone() };
            // GroupID then UserID: a NUL cannot occur in either, so the pair sorts as the two.
            matched.push((format!("{}\u{0}{user}", g.id), found));
        }
    }
    let (members, total_count, is_finish, cursor) = page(matched, req.count, req.cursor.as_deref())?;
    answer(&GroupMemberSearchResponse { envelope: Envelope::ok(), is_finish, total_count, members, cursor })
}
