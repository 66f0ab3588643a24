//! The endpoint catalog: one row per covered REST endpoint. Adding an endpoint means adding
//! its module under `api/` and one line to `ENDPOINTS`.

use super::group_type::GroupType;
use crate::api;
use crate::validate::schema::Obj;
use crate::validate::{Checker, Node};
use serde::Serialize;
use std::collections::BTreeMap;

/// The service an endpoint belongs to; it decides the codes for unparsable bodies and bad
/// parameters (decisions.md 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Account,
    Group,
    OpenIm,
}

impl Service {
    pub fn name(self) -> &'static str {
        match self {
            Service::Account => "im_open_login_svc",
            Service::Group => "group_open_http_svc",
            Service::OpenIm => "openim",
        }
    }
    pub fn from_name(name: &str) -> Option<Service> {
        [Service::Account, Service::Group, Service::OpenIm].into_iter().find(|s| s.name() == name)
    }
}

/// How an endpoint treats a group type (the docs' "applicable group types" table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    Yes,
    /// Accepted, answers OK, changes nothing (set_unread_msg_num on ChatRoom/AVChatRoom).
    NoOp,
    /// Refused with 10004 and an ErrorInfo naming the type (receipts on AVChatRoom/Community).
    Refused,
}

impl Support {
    pub fn name(self) -> &'static str {
        match self {
            Support::Yes => "yes",
            Support::NoOp => "no-op",
            Support::Refused => "refused",
        }
    }
}

pub struct Endpoint {
    pub service: Service,
    pub command: &'static str,
    pub title: &'static str,
    /// Calls per second per app (every page examined says 200).
    pub rate_limit: u32,
    /// The documented group-type table, in `GroupType` order, where the page has one.
    pub group_types: Option<&'static [(GroupType, Support)]>,
    /// The receipts feature gate applies (10059 when the paid switch is off).
    pub needs_receipts_feature: bool,
    pub request: &'static Obj,
    pub response: &'static Obj,
    /// Endpoint-specific error codes from its page.
    pub errors: &'static [u32],
    /// The documented sample request body.
    pub sample: &'static str,
    /// Cross-field rules beyond the table (they need the whole tree, so such endpoints skip
    /// the streaming text validator).
    pub check: Option<fn(&Node, &mut Checker)>,
}

/// Every page examined says 200 calls per second (reference.md §1.4).
pub const DEFAULT_RATE_LIMIT: u32 = 200;

/// Endpoint rows are built with these `const` steps so each `api/` file states only what is
/// particular to its endpoint.
impl Endpoint {
    pub const fn new(service: Service, command: &'static str, title: &'static str) -> Endpoint {
        Endpoint {
            service,
            command,
            title,
            rate_limit: DEFAULT_RATE_LIMIT,
            group_types: None,
            needs_receipts_feature: false,
            request: &crate::api::ENVELOPE,
            response: &crate::api::ENVELOPE,
            errors: &[],
            sample: "{}",
            check: None,
        }
    }
    pub const fn tables(self, request: &'static Obj, response: &'static Obj) -> Endpoint {
        Endpoint { request, response, ..self }
    }
    pub const fn errors(self, errors: &'static [u32]) -> Endpoint {
        Endpoint { errors, ..self }
    }
    pub const fn group_types(self, table: &'static [(GroupType, Support)]) -> Endpoint {
        Endpoint { group_types: Some(table), ..self }
    }
    pub const fn needs_receipts_feature(self) -> Endpoint {
        Endpoint { needs_receipts_feature: true, ..self }
    }
    pub const fn check(self, check: fn(&Node, &mut Checker)) -> Endpoint {
        Endpoint { check: Some(check), ..self }
    }
    pub const fn sample(self, sample: &'static str) -> Endpoint {
        Endpoint { sample, ..self }
    }

    /// "group_open_http_svc/set_unread_msg_num"
    pub fn api(&self) -> String {
        format!("{}/{}", self.service.name(), self.command)
    }
    pub fn support(&self, ty: GroupType) -> Support {
        self.group_types.and_then(|t| t.iter().find(|(g, _)| *g == ty)).map_or(Support::Yes, |(_, s)| *s)
    }
}

/// Every covered endpoint.
pub const ENDPOINTS: &[&Endpoint] = &[
    &api::account_import::ENDPOINT,
    &api::multiaccount_import::ENDPOINT,
    &api::account_check::ENDPOINT,
    &api::create_group::ENDPOINT,
    &api::destroy_group::ENDPOINT,
    &api::add_group_member::ENDPOINT,
    &api::delete_group_member::ENDPOINT,
    &api::get_group_member_info::ENDPOINT,
    &api::get_joined_group_list::ENDPOINT,
    &api::send_group_msg::ENDPOINT,
    &api::group_msg_get_simple::ENDPOINT,
    &api::group_msg_receipt::ENDPOINT,
    &api::get_group_msg_receipt::ENDPOINT,
    &api::get_group_msg_receipt_detail::ENDPOINT,
    &api::send_group_system_notification::ENDPOINT,
    &api::set_unread_msg_num::ENDPOINT,
    &api::sendmsg::ENDPOINT,
    &api::get_c2c_unread_msg_num::ENDPOINT,
    &api::admin_getroammsg::ENDPOINT,
    &api::admin_msgwithdraw::ENDPOINT,
    &api::admin_set_msg_read::ENDPOINT,
];

/// What `endpoints()` tells about one endpoint (JS names; extends the contract's
/// `{ api, rateLimit, groupTypes? }`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointInfo {
    pub api: String,
    pub service: &'static str,
    pub command: &'static str,
    pub title: &'static str,
    pub rate_limit: u32,
    /// Group type → whether the endpoint applies to it (NoOp and Refused are `false`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_types: Option<BTreeMap<&'static str, bool>>,
    /// Group type → "yes" | "no-op" | "refused": what a call on that type does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_type_behavior: Option<BTreeMap<&'static str, &'static str>>,
    pub needs_receipts_feature: bool,
    pub errors: &'static [u32],
    pub sample: &'static str,
    pub fields: Vec<FieldInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldInfo {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub ty: String,
    pub required: bool,
    pub doc: &'static str,
}

impl Endpoint {
    pub fn info(&self) -> EndpointInfo {
        EndpointInfo {
            api: self.api(),
            service: self.service.name(),
            command: self.command,
            title: self.title,
            rate_limit: self.rate_limit,
            group_types: self.group_types.map(|t| t.iter().map(|(g, s)| (g.rest_name(), *s == Support::Yes)).collect()),
            group_type_behavior: self.group_types.map(|t| t.iter().map(|(g, s)| (g.rest_name(), s.name())).collect()),
            needs_receipts_feature: self.needs_receipts_feature,
            errors: self.errors,
            sample: self.sample,
            fields: self.request.all_fields().map(|f| FieldInfo { name: f.name, ty: crate::codegen::ts_type(&f.ty), required: f.required, doc: f.doc }).collect(),
        }
    }
}

/// Splits "v4/service/command" (leading "/" and "v4/" optional) into its two parts.
pub fn split_api(api: &str) -> Option<(&str, &str)> {
    let s = api.trim_start_matches('/');
    let s = s.strip_prefix("v4/").unwrap_or(s);
    let (service, command) = s.split_once('/')?;
    if service.is_empty() || command.is_empty() || command.contains('/') {
        return None;
    }
    Some((service, command))
}

/// The endpoint named by `api`, in any of the accepted spellings.
pub fn find(api: &str) -> Option<&'static Endpoint> {
    find_index(api).and_then(|i| ENDPOINTS.get(i).copied())
}

/// The position of the endpoint named by `api` in `ENDPOINTS`.
pub fn find_index(api: &str) -> Option<usize> {
    let (service, command) = split_api(api)?;
    ENDPOINTS.iter().position(|e| e.service.name() == service && e.command == command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        for s in [
            "group_open_http_svc/set_unread_msg_num",
            "v4/group_open_http_svc/set_unread_msg_num",
            "/v4/group_open_http_svc/set_unread_msg_num",
            "/group_open_http_svc/set_unread_msg_num",
        ] {
            assert_eq!(find(s).map(|e| e.command), Some("set_unread_msg_num"), "{s}");
        }
        assert!(find("group_open_http_svc/nope").is_none());
        assert!(find("v4/openim").is_none());
        assert!(find("").is_none());
        assert!(find("a/b/c").is_none());
    }

    #[test]
    fn catalog_is_complete_and_unique() {
        assert_eq!(ENDPOINTS.len(), 21);
        let mut names: Vec<String> = ENDPOINTS.iter().map(|e| e.api()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 21);
        assert!(ENDPOINTS.iter().all(|e| e.rate_limit == 200));
    }

    #[test]
    fn group_type_tables_follow_the_docs() {
        use GroupType::*;
        use Support::*;
        let unread = find("group_open_http_svc/set_unread_msg_num").unwrap();
        // decisions.md 1: 2025 EN + ZH pages
        assert_eq!([Private, Public, ChatRoom, AVChatRoom, Community].map(|t| unread.support(t)), [Yes, Yes, NoOp, NoOp, Yes]);
        let receipt = find("group_open_http_svc/get_group_msg_receipt").unwrap();
        assert_eq!([Private, Public, ChatRoom, AVChatRoom, Community].map(|t| receipt.support(t)), [Yes, Yes, Yes, Refused, Refused]);
    }
}
