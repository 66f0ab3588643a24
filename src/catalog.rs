//! The endpoint catalog: every covered endpoint (the list is `api::ENDPOINTS`, one row per
//! endpoint module), looked up by name, and described for JS (`endpoints()`).

pub use crate::api::ENDPOINTS;
pub mod not_simulated;
use crate::validate::{self, Diagnostic, Validation};
use crate::vocab::messages::UNKNOWN_API;
use crate::vocab::{split_api, Endpoint};
// What `endpoints()` tells is generated at build time (lib/generated.js), so the wasm carries
// none of it, nor the TS types it names (the rule kinds' `ts`).
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::{Field, Obj, Support, Ty};
#[cfg(not(target_arch = "wasm32"))]
use serde::Serialize;
#[cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeMap;

#[cfg(not(target_arch = "wasm32"))]
/// What `endpoints()` tells about one endpoint (JS names; extends the contract's
/// `{ api, rateLimit, groupTypes? }`).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EndpointInfo {
    /// Canonical name, e.g. "group_open_http_svc/set_unread_msg_num".
    pub api: String,
    pub service: &'static str,
    pub command: &'static str,
    pub title: &'static str,
    /// Calls per second per app.
    pub rate_limit: u32,
    /// Group type → whether the endpoint applies to it (NoOp and Refused are `false`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, as = "Option<BTreeMap<String, bool>>")]
    pub group_types: Option<BTreeMap<&'static str, bool>>,
    /// Group type → "yes" | "no-op" | "refused" (10004) | "forbidden" (10007): what a call on that type does.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "Record<string, \"yes\" | \"no-op\" | \"refused\" | \"forbidden\">")]
    pub group_type_behavior: Option<BTreeMap<&'static str, &'static str>>,
    /// The paid group read receipts feature gates it (10059 when off).
    pub needs_receipts_feature: bool,
    /// Endpoint-specific error codes from its page.
    #[ts(as = "Vec<u32>")]
    pub errors: &'static [u32],
    /// The documented sample request body (JSON text).
    pub sample: &'static str,
    pub fields: Vec<FieldInfo>,
    /// The fields of its answer (the envelope's `ActionStatus`, `ErrorCode`, `ErrorInfo`
    /// included), from its response table.
    pub response_fields: Vec<FieldInfo>,
    /// Its official pages, Chinese and English.
    pub docs: Docs,
}

#[cfg(not(target_arch = "wasm32"))]
/// The official documentation of an endpoint, in each language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Docs {
    pub zh: DocLink,
    pub en: DocLink,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DocLink {
    pub url: String,
    /// True for the endpoint's own page; false for the REST API list that names the command
    /// (where no page id is known).
    pub page: bool,
}

#[cfg(not(target_arch = "wasm32"))]
impl Docs {
    /// The Chinese "REST API 接口列表" (269/1520) and the English "RESTful API List"
    /// (1047/34621) stand in for pages whose ids are unknown.
    fn of((zh, en): (u32, u32)) -> Docs {
        let link = |base: &str, id: u32, list: u32| DocLink { url: format!("{base}{}", if id == 0 { list } else { id }), page: id != 0 };
        Docs { zh: link("https://cloud.tencent.com/document/product/269/", zh, 1520), en: link("https://www.tencentcloud.com/document/product/1047/", en, 34621) }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FieldInfo {
    pub name: &'static str,
    /// Its TypeScript type.
    #[serde(rename = "type")]
    pub ty: String,
    pub required: bool,
    pub doc: &'static str,
    /// A value of its shape to start from (what a quick fix adds when it is missing).
    #[ts(type = "unknown")]
    pub placeholder: crate::vocab::fix::Json,
    /// The members of an object, or of each item of an array of objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fields: Option<Vec<FieldInfo>>,
    /// For an object (or array items) whose table is chosen by one member's value (a message
    /// element by its `MsgType`): that member's name. `fields` are then the members of an
    /// object whose tag is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub tag: Option<&'static str>,
    /// With `tag`: the members of the object for each value of the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub cases: Option<std::collections::BTreeMap<&'static str, Vec<FieldInfo>>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl FieldInfo {
    fn of(field: &'static Field, depth: usize, zh: bool) -> FieldInfo {
        // (The tables are not recursive, but a bound costs nothing.)
        let list = |obj: &'static Obj| obj.all_fields().map(|f| FieldInfo::of(f, depth + 1, zh)).collect::<Vec<_>>();
        let members = match members_of(&field.ty) {
            Some(obj) if depth < 8 => Some(list(obj)),
            _ => None,
        };
        let union = union_of(&field.ty).filter(|_| depth < 8);
        FieldInfo {
            name: field.name,
            ty: crate::vocab::rules::ts_type(&field.ty),
            required: field.required,
            doc: field.doc_in(zh),
            placeholder: crate::vocab::fix::placeholder(&field.ty),
            fields: members.or_else(|| union.map(|u| list(u.fallback))),
            tag: union.map(|u| u.tag),
            // (The tag itself offers every value, as the fallback's rule states it.)
            cases: union.map(|u| {
                let tag = u.fallback.field(u.tag).map(|f| FieldInfo::of(f, depth + 1, zh));
                u.cases.iter().map(|(value, obj)| (*value, list(obj).into_iter().map(|f| if f.name == u.tag { tag.clone().unwrap_or(f) } else { f }).collect())).collect()
            }),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// The object table of a value, or of an array's items (through nested arrays).
fn members_of(ty: &Ty) -> Option<&'static Obj> {
    match ty {
        Ty::Object(obj) => Some(obj),
        Ty::Array(arr) => members_of(&arr.item),
        Ty::Capped(capped) => members_of(&capped.inner),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// The union of a value, or of an array's items.
fn union_of(ty: &Ty) -> Option<&'static crate::vocab::rules::Union> {
    match ty {
        Ty::Union(union) => Some(union),
        Ty::Array(arr) => union_of(&arr.item),
        Ty::Capped(capped) => union_of(&capped.inner),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
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
            fields: self.request.all_fields().map(|f| FieldInfo::of(f, 0, false)).collect(),
            response_fields: self.response.all_fields().map(|f| FieldInfo::of(f, 0, false)).collect(),
            docs: Docs::of(self.docs),
        }
    }
}

/// The catalog entry in Chinese: the title and field meanings the endpoint's statement gives
/// in Chinese (the English where it has none, which a test rules out for requests).
#[cfg(not(target_arch = "wasm32"))]
pub fn in_chinese(endpoint: &Endpoint) -> EndpointInfo {
    EndpointInfo {
        title: endpoint.title_zh,
        fields: endpoint.request.all_fields().map(|f| FieldInfo::of(f, 0, true)).collect(),
        response_fields: endpoint.response.all_fields().map(|f| FieldInfo::of(f, 0, true)).collect(),
        ..endpoint.info()
    }
}

/// Validates JSON text for `api`. Diagnostics carry line/column when `positions` is true
/// (false when the text was produced from a JS object, where text positions mean nothing).
pub fn validate_text(api: &str, text: &str, positions: bool) -> Validation {
    match find(api) {
        Some(endpoint) => Validation::new(validate::validate_endpoint_text(endpoint, text, positions)),
        None => Validation::new(vec![unknown_api(api)]),
    }
}

/// `validate_text`, each finding an editor can mend with its fix (docs/diagnostics.md).
pub fn validate_text_with_fixes(api: &str, text: &str, positions: bool) -> Validation {
    match find(api) {
        Some(endpoint) => Validation::new(validate::validate_endpoint_text_with_fixes(endpoint, text, positions)),
        None => Validation::new(vec![unknown_api(api)]),
    }
}

/// `validate_text` (with quick fixes if `fixes`) with messages in `lang`.
pub fn validate_text_in(api: &str, text: &str, positions: bool, fixes: bool, lang: crate::vocab::messages::Lang) -> Validation {
    crate::vocab::messages::in_lang(lang, || if fixes { validate_text_with_fixes(api, text, positions) } else { validate_text(api, text, positions) })
}

/// Validates a response body for `api` against its response table.
pub fn validate_response_text(api: &str, text: &str) -> Validation {
    match find(api) {
        Some(endpoint) => validate::validate_response(endpoint, text),
        None => Validation::new(vec![unknown_api(api)]),
    }
}

pub fn unknown_api(api: &str) -> Diagnostic {
    Diagnostic::error("", UNKNOWN_API.code, UNKNOWN_API.render(&[&api]))
}

/// The endpoint named by `api`, in any of the accepted spellings.
pub fn find(api: &str) -> Option<&'static Endpoint> {
    find_index(api).and_then(|i| ENDPOINTS.get(i).copied())
}

/// The position of the endpoint named by `api` in `ENDPOINTS`.
pub fn find_index(api: &str) -> Option<usize> {
    let (service, command) = split_api(api)?;
    let (service, command) = ALSO_AT.iter().find(|(at, _)| *at == (service, command)).map_or((service, command), |(_, to)| *to);
    ENDPOINTS.iter().position(|e| e.service.name() == service && e.command == command)
}

/// A path as (service, command).
pub type Api = (&'static str, &'static str);

/// Endpoints the pages state under a second path: (that path, the catalog's path). import_topic
/// is `group_open_http_svc` on the English page and doocs, `million_group_open_http_svc` on the
/// Chinese page (decisions.md, topics); both answer, with one statement and one handler.
pub const ALSO_AT: &[(Api, Api)] = &[(("group_open_http_svc", "import_topic"), ("million_group_open_http_svc", "import_topic"))];

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
        let mut names: Vec<String> = ENDPOINTS.iter().map(|e| e.api()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ENDPOINTS.len(), "an endpoint is listed twice");
        // Every page says 200 calls per second but these (accounts-profile-sns.md §5.1; the
        // push attribute and tag pages, 269/45935–45943; the cloud search pages, 269/114547–114549).
        let other: Vec<(&str, u32)> = ENDPOINTS.iter().filter(|e| e.rate_limit != 200).map(|e| (e.command, e.rate_limit)).collect();
        let push = ["im_set_attr_name", "im_get_attr_name", "im_get_attr", "im_set_attr", "im_remove_attr", "im_get_tag", "im_add_tag", "im_remove_tag", "im_remove_all_tags"].map(|c| (c, 100));
        let search = [("search", 2); 3];
        // The Push plugin's (trtc.io/document/67553, 71893; its attribute and tag pages as above).
        let plugin = [("batch", 30), ("all_member_push_trace", 1)];
        let plugin_attrs = ["set_attr_name", "get_attr_name", "set_attr", "get_attr", "remove_attr", "add_tag", "get_tag", "remove_tag", "clear_all_tags"].map(|c| (c, 100));
        assert_eq!(other, [[("account_delete", 100), ("get_history", 10), ("get_appid_group_list", 1)].as_slice(), &push, &search, &plugin, &plugin_attrs].concat());
    }

    // (The catalog's info is built natively only: codegen writes it out for JS.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn each_endpoint_links_its_official_pages_and_lists_its_answers_fields() {
        let unread = find("group_open_http_svc/set_unread_msg_num").unwrap().info();
        assert_eq!((unread.docs.zh.url.as_str(), unread.docs.zh.page), ("https://cloud.tencent.com/document/product/269/1637", true));
        assert_eq!((unread.docs.en.url.as_str(), unread.docs.en.page), ("https://www.tencentcloud.com/document/product/1047/34909", true));
        // Where no page id is known, the REST API lists (which name every command).
        let read = find("im_msg_audit_mgr/get_local_audit_keywords").unwrap().info();
        assert_eq!((read.docs.zh.url.as_str(), read.docs.zh.page), ("https://cloud.tencent.com/document/product/269/1520", false));
        assert_eq!((read.docs.en.url.as_str(), read.docs.en.page), ("https://www.tencentcloud.com/document/product/1047/34621", false));
        // Most have both (the ids of the two REST API lists, and those the endpoint files cite).
        assert!(ENDPOINTS.iter().filter(|e| e.docs.0 != 0 && e.docs.1 != 0).count() > 70);
        for e in ENDPOINTS.iter() {
            let info = e.info();
            assert!(info.response_fields.iter().any(|f| f.name == "ErrorCode"), "{}", info.api);
        }
        // Nested answer fields, with their meaning in Chinese too.
        let check = find("im_open_login_svc/account_check").unwrap();
        let items = check.info().response_fields.into_iter().find(|f| f.name == "ResultItem").expect("ResultItem");
        assert!(items.fields.unwrap_or_default().iter().any(|f| f.name == "ResultCode"));
        let names = |fields: Vec<FieldInfo>| fields.into_iter().map(|f| f.name).collect::<Vec<_>>();
        assert_eq!(names(in_chinese(check).response_fields), names(check.info().response_fields));
    }

    #[test]
    fn group_type_tables_follow_the_docs() {
        use crate::vocab::GroupType::*;
        use crate::vocab::Support::*;
        let unread = find("group_open_http_svc/set_unread_msg_num").unwrap();
        // decisions.md 1: 2025 EN + ZH pages
        assert_eq!([Private, Public, ChatRoom, AVChatRoom, Community].map(|t| unread.support(t)), [Yes, Yes, NoOp, NoOp, Yes]);
        let receipt = find("group_open_http_svc/get_group_msg_receipt").unwrap();
        assert_eq!([Private, Public, ChatRoom, AVChatRoom, Community].map(|t| receipt.support(t)), [Yes, Yes, Yes, Refused, Refused]);
    }
}
