//! Handlers of `profile`: reading and setting profile fields.

use super::callbacks::profile::ProfilePortraitSet;
use super::dispatch::serve;
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::items::{TagValue, PROFILE_CUSTOM_PREFIX, PROFILE_TAGS};
use crate::api::profile::portrait_get::{PortraitGet, PortraitGetResponse, UserProfile};
use crate::api::profile::portrait_set::PortraitSet;
use crate::api::Envelope;

/// Codes of the profile service (269/1671).
const INVALID: u32 = 40001;
const NOT_IMPORTED: u32 = 40003;
const NO_SUCH_TAG: u32 = 40009;

pub fn is_custom(tag: &str) -> bool {
    tag.starts_with(PROFILE_CUSTOM_PREFIX)
}

impl Simulator {
    /// Custom profile tags must be declared for the app (40009, nothing changes).
    pub(crate) fn declared_profile_tags<'a>(&self, tags: impl IntoIterator<Item = &'a str>) -> Result<(), Fail> {
        for tag in tags {
            if is_custom(tag) && !self.options.profile_custom_tags.iter().any(|t| t == tag) {
                return fail(NO_SUCH_TAG, format!("{tag} is not a custom profile field of this app (declare it with the profileCustomTags option or --profile-tag)"));
            }
        }
        Ok(())
    }
}

/// The profile fields among `tags` that `account` has, in the order asked: a standard enum
/// tag never set reads as its default, any other unset tag is left out.
pub fn profile_fields(sim: &Simulator, account: &str, tags: &[String]) -> Vec<TagValue> {
    let profile = sim.person(account).map(|a| &a.profile);
    tags.iter()
        .filter_map(|tag| {
            let set = profile.and_then(|p| p.get(tag)).cloned();
            let default = || PROFILE_TAGS.iter().find(|(t, _, _)| t == tag).and_then(|(_, _, d)| *d).map(serde_json::Value::from);
            set.or_else(default).map(|value| TagValue { tag: tag.clone(), value })
        })
        .collect()
}
serve!(read PortraitGet => get);

pub fn get(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: PortraitGet = typed(body, INVALID)?;
    sim.declared_profile_tags(req.tag_list.iter().map(String::as_str))?;
    let mut fails = Vec::new();
    let user_profile_item = req
        .to_account
        .into_iter()
        .map(|to| {
            if !sim.account_exists(&to) {
                fails.push(to.clone());
                return UserProfile { to_account: to, profile_item: None, result_code: NOT_IMPORTED, result_info: "Err_Profile_PortraitGet_Account_Not_Exist".into() };
            }
            let profile_item = Some(profile_fields(sim, &to, &req.tag_list));
            UserProfile { to_account: to, profile_item, result_code: 0, result_info: String::new() }
        })
        .collect();
    answer(&PortraitGetResponse { envelope: Envelope::ok(), user_profile_item, fail_account: (!fails.is_empty()).then_some(fails) })
}
serve!(PortraitSet => set);

pub fn set(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: PortraitSet = typed(body, INVALID)?;
    if !sim.account_exists(&req.from_account) {
        return fail(NOT_IMPORTED, format!("From_Account \"{}\" is not imported", req.from_account));
    }
    sim.declared_profile_tags(req.profile_item.iter().map(|t| t.tag.as_str()))?;
    let callback = sim.wants::<ProfilePortraitSet>().then(|| ProfilePortraitSet {
        operator_account: sim.options.admin.clone(),
        from_account: req.from_account.clone(),
        event_time: sim.event_time(),
        profile_item: req.profile_item.clone(),
    });
    if let Some(a) = sim.account_mut(&req.from_account) {
        for TagValue { tag, value } in req.profile_item {
            a.profile.insert(tag, value);
        }
    }
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}
