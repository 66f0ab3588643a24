//! The endpoint vocabulary: what an endpoint is (service, command, rule tables, group-type
//! table, errors, sample, whether it only reads). Every `api/` module states its
//! endpoint in these terms; the catalog lists them.

use super::check::Checker;
use super::group_type::GroupType;
use super::node::Node;
use super::rules::{Obj, ENVELOPE};

/// Declares the services, each once: its variant and its wire name (the path's first
/// segment). The scaffold adds a row for a new service.
macro_rules! services {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The service an endpoint belongs to; it decides the codes for unparsable bodies and
        /// bad parameters (decisions.md 7).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Service {
            $($(#[$doc])* $variant,)*
        }

        impl Service {
            pub const ALL: &'static [Service] = &[$(Service::$variant),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Service::$variant => $name,)*
                }
            }
        }
    };
}

services! {
    Account = "im_open_login_svc",
    Group = "group_open_http_svc",
    OpenIm = "openim",
    Profile = "profile",
    /// The relationship chain: friends, blocklists, friend lists.
    Sns = "sns",
    /// Global mute and operations data.
    OpenConfig = "openconfigsvr",
    /// Chat-log archives.
    OpenMsg = "open_msg_svc",
    /// Group custom attributes (reading them; writes are under the group service).
    GroupAttr = "group_open_attr_http_svc",
    /// Conversation lists.
    RecentContact = "recentcontact",
    /// The service's server addresses.
    ConfigSvc = "ConfigSvc",
    /// All-member push: the app's attribute names, accounts' attributes and tags, pushes.
    AllMemberPush = "all_member_push",
    /// Chat files (rich-media objects): bans and signed URLs.
    ImCosMsg = "im_cos_msg",
    /// Robot accounts and their streaming messages.
    OpenimRobotHttpSvc = "openim_robot_http_svc",
    /// Follows and fans.
    Follow = "follow",
    /// Live groups (AVChatRoom): online members, marks and admins.
    GroupOpenAvchatroomHttpSvc = "group_open_avchatroom_http_svc",
    /// Message extensions: key–value pairs on messages sent with SupportMessageExtension.
    OpenimMsgExtHttpSvc = "openim_msg_ext_http_svc",
    /// Community (million-member) groups: topics.
    MillionGroupOpenHttpSvc = "million_group_open_http_svc",
    /// The Cloud Search plugin: users, groups and group members.
    UserSearch = "user_search",
    GroupSearch = "group_search",
    GroupMemberSearch = "group_member_search",
    /// Cloud moderation on demand.
    ImMsgAudit = "im_msg_audit",
    /// The word lists of local and cloud moderation.
    ImMsgAuditMgr = "im_msg_audit_mgr",
    Timpush = "timpush",
    /// Official accounts: their profiles, subscribers and messages.
    OfficialAccountOpenHttpSvc = "official_account_open_http_svc",
}

impl Service {
    pub fn from_name(name: &str) -> Option<Service> {
        Service::ALL.iter().copied().find(|s| s.name() == name)
    }
    /// Profile, relationship-chain and conversation answers carry `"ErrorDisplay": ""` after
    /// the envelope.
    pub fn has_error_display(self) -> bool {
        matches!(self, Service::Profile | Service::Sns | Service::RecentContact)
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
    /// Refused with 10007, "no permission" (the pages of group administration say the type
    /// does not support the API with that code: change_group_owner on AVChatRoom, ...).
    Forbidden,
}

impl Support {
    pub fn name(self) -> &'static str {
        match self {
            Support::Yes => "yes",
            Support::NoOp => "no-op",
            Support::Refused => "refused",
            Support::Forbidden => "forbidden",
        }
    }
}

pub struct Endpoint {
    pub service: Service,
    pub command: &'static str,
    pub title: &'static str,
    /// The title as the official Chinese page names it (native only, like `title`).
    pub title_zh: &'static str,
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
    /// Rules between fields that no JSON Schema keyword can state (the stated ones are the
    /// tables' `between` rows): they need the whole tree, so such endpoints skip the
    /// streaming text validator.
    pub check: Option<Unstated>,
    /// Its handler only reads: answering changes nothing, so `tcim serve --state` does not
    /// journal it. The simulator's `serve!` row holds the handler to it at compile time.
    pub read_only: bool,
    /// Its official pages: the Chinese `cloud.tencent.com/document/product/269/N` and the
    /// English `www.tencentcloud.com/document/product/1047/N` (0 where none is known: the
    /// catalog then links the REST API lists, which name every command). Native only.
    pub docs: (u32, u32),
}

/// A rule between fields that validate checks and no JSON Schema keyword states (a value's
/// rule chosen by another member's, an order between two values): see `Endpoint::check`.
#[derive(Clone, Copy)]
pub struct Unstated {
    pub run: fn(&Node, &mut Checker),
    /// Where its findings point: JSON pointers, `*` for any index; a finding may also be
    /// under one (the value of a tag whose rule the tag chooses). Native only.
    pub at: &'static [&'static str],
    /// What it checks, in English. Native only.
    pub rule: &'static str,
}

/// Every page examined says 200 calls per second (reference.md §1.4).
pub const DEFAULT_RATE_LIMIT: u32 = 200;

/// What only native code reads (the generators: catalog JSON, TypeScript, JSON Schemas; and
/// response validation) is left out of the wasm, as `opt` fields' docs are: the JS glue has
/// the generated catalog, and no wasm export reads titles, samples or response tables.
const IN_WASM: bool = cfg!(target_arch = "wasm32");

/// Endpoint rows are built with these `const` steps so each `api/` file states only what is
/// particular to its endpoint.
impl Endpoint {
    pub const fn new(service: Service, command: &'static str, title: &'static str, title_zh: &'static str) -> Endpoint {
        Endpoint {
            service,
            command,
            title: if IN_WASM { "" } else { title },
            title_zh: if IN_WASM { "" } else { title_zh },
            rate_limit: DEFAULT_RATE_LIMIT,
            group_types: None,
            needs_receipts_feature: false,
            request: &ENVELOPE,
            response: &ENVELOPE,
            errors: &[],
            sample: "{}",
            check: None,
            read_only: false,
            docs: (0, 0),
        }
    }
    pub const fn tables(self, request: &'static Obj, response: &'static Obj) -> Endpoint {
        Endpoint { request, response: if IN_WASM { &ENVELOPE } else { response }, ..self }
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
    /// A rule between fields no schema can state: the function, the places its findings
    /// point at or under (JSON pointers, `*` for any index), and what it checks. The request
    /// schema lists both under `x-tcim-crossFieldRules`.
    pub const fn check(self, run: fn(&Node, &mut Checker), at: &'static [&'static str], rule: &'static str) -> Endpoint {
        let (at, rule): (&'static [&'static str], &'static str) = if IN_WASM { (&[], "") } else { (at, rule) };
        Endpoint { check: Some(Unstated { run, at, rule }), ..self }
    }
    pub const fn sample(self, sample: &'static str) -> Endpoint {
        Endpoint { sample: if IN_WASM { "{}" } else { sample }, ..self }
    }
    pub const fn rate_limit(self, rate_limit: u32) -> Endpoint {
        Endpoint { rate_limit, ..self }
    }
    pub const fn read_only(self) -> Endpoint {
        Endpoint { read_only: true, ..self }
    }
    /// Its official pages' ids: Chinese (product 269) and English (product 1047), 0 for none.
    pub const fn docs(self, zh: u32, en: u32) -> Endpoint {
        Endpoint { docs: if IN_WASM { (0, 0) } else { (zh, en) }, ..self }
    }

    /// "group_open_http_svc/set_unread_msg_num"
    pub fn api(&self) -> String {
        format!("{}/{}", self.service.name(), self.command)
    }
    /// Whether validate checks rules between fields of this request, stated in its tables or
    /// not: the generated JS diagnosers leave such bodies to wasm.
    pub fn between_fields(&self) -> bool {
        let mut tables = Vec::new();
        super::rules::collect(self.request, &mut tables);
        self.check.is_some() || tables.iter().any(|t| !t.between.is_empty())
    }
    pub fn support(&self, ty: GroupType) -> Support {
        self.group_types.and_then(|t| t.iter().find(|(g, _)| *g == ty)).map_or(Support::Yes, |(_, s)| *s)
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

