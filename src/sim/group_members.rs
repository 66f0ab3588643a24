//! get_specified_group_member_info: the profiles of chosen members, as get_group_member_info
//! writes them (the same filters), in the order asked.

use super::dispatch::serve;
use super::group::{applies, group, member_info_item};
use super::{answer, typed, Answer, Body, Simulator};
use crate::api::group_open_http_svc::get_specified_group_member_info::{GetSpecifiedGroupMemberInfo, GetSpecifiedGroupMemberInfoResponse};
use crate::api::{Envelope, KeyValue};
use crate::protocol::errors::code;
use crate::vocab::Endpoint;
serve!(read GetSpecifiedGroupMemberInfo => specified(endpoint));

/// An account that is not a member, or not of a role asked for, is left out (once each).
pub fn specified(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetSpecifiedGroupMemberInfo = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let now = sim.now();
    let roles = req.member_role_filter.as_deref();
    let mut seen = std::collections::BTreeSet::new();
    let member_list = req
        .member_list_account
        .iter()
        .filter(|a| seen.insert(a.as_str()))
        .filter_map(|a| g.members.get(a).map(|m| (a, m)))
        .filter(|(_, m)| roles.is_none_or(|r| r.iter().any(|x| x == m.role.name())))
        .map(|(a, m)| {
            let mut info = member_info_item(a, m, g.muted_until(a, now), req.member_info_filter.as_deref());
            // AppDefinedDataFilter_GroupMember names the member custom fields to add.
            info.app_member_defined_data = req.app_defined_data_filter_group_member.as_ref().map(|keys| {
                let items: Vec<KeyValue> = keys.iter().filter_map(|k| m.custom.get(k).map(|v| KeyValue { key: k.clone(), value: v.clone() })).collect();
                serde_json::to_value(items).unwrap_or_default()
            });
            info
        })
        .collect();
    answer(&GetSpecifiedGroupMemberInfoResponse { envelope: Envelope::ok(), group_id: g.id.clone(), member_list })
}
