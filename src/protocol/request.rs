//! Building a full request: region host, path, the query string every call carries
//! (`sdkappid`, `identifier`, `usersig`, `random`, `contenttype`) and the JSON body.

use crate::catalog;
use crate::vocab::Endpoint;
use super::region::Region;
use crate::vocab::rules::{opt, req, Obj, Ty, U32, USER_ID};
use crate::vocab::{Checker, Diagnostic, Node, Severity};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HttpRequest {
    pub method: &'static str,
    pub url: String,
    pub headers: BTreeMap<String, String>,
    pub body: String,
    /// Warnings about the body (the request is built anyway).
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a request could not be built. `code` is stable: `unknown_api`, `invalid_option`,
/// `invalid_body`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BuildError {
    pub code: &'static str,
    pub message: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// The call parameters, as the JS options object spells them.
pub const OPTIONS: Obj = Obj::new(
    "RequestOptions",
    &[
        req("sdkAppId", Ty::Int(crate::validate::schema::Int { min: 1, max: u32::MAX as i64, clamp_to: None }), "SDKAppID from the console"),
        req("identifier", USER_ID, "app admin account"),
        req("userSig", Ty::Str(crate::validate::schema::Str { min_bytes: 1, max_bytes: None, kind: crate::validate::schema::StrKind::Plain }), "UserSig of the admin account"),
        opt("random", U32, "32-bit unsigned request random"),
        opt("region", Ty::Any, "region name, { host, scheme? } or { region, backup: true }"),
    ],
);

/// Validated call parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub region: Region,
    pub sdk_app_id: u32,
    pub identifier: String,
    pub user_sig: String,
    pub random: u32,
}

impl Target {
    /// Reads the options JSON (`{sdkAppId, identifier, userSig, random?, region?}`); unknown
    /// options are errors since they are programmer mistakes. `random` defaults to `fallback_random`.
    pub fn from_options(text: &str, fallback_random: u32) -> Result<Target, BuildError> {
        let node = Node::parse(text).map_err(|e| invalid_option(vec![Diagnostic::error("", "invalid_json", crate::vocab::messages::OPTIONS_NOT_JSON.render(&[&e.to_string()]))]))?;
        let mut checker = Checker::new();
        checker.check_root(&node, &OPTIONS);
        let mut diagnostics: Vec<Diagnostic> = checker.finish().into_iter().map(|d| Diagnostic { severity: Severity::Error, ..d }).collect();
        let region = match node.get("region") {
            None | Some(Node::Null) => Some(Region::default()),
            Some(r) => match Region::from_node(r).and_then(|reg| reg.resolve().map(|_| reg.clone())) {
                Ok(reg) => Some(reg),
                Err(why) => {
                    diagnostics.push(Diagnostic::error("/region", "invalid_option", crate::vocab::messages::REGION_INVALID.render(&[&why])));
                    None
                }
            },
        };
        let (Some(region), true) = (region, diagnostics.is_empty()) else {
            return Err(invalid_option(diagnostics));
        };
        let int = |k: &str| node.get(k).and_then(Node::as_i64);
        let text = |k: &str| node.get(k).and_then(Node::as_str).unwrap_or_default().to_owned();
        Ok(Target {
            region,
            sdk_app_id: int("sdkAppId").and_then(|v| u32::try_from(v).ok()).unwrap_or_default(),
            identifier: text("identifier"),
            user_sig: text("userSig"),
            random: int("random").and_then(|v| u32::try_from(v).ok()).unwrap_or(fallback_random),
        })
    }

    /// The full URL for an endpoint.
    pub fn url(&self, endpoint: &Endpoint) -> Result<String, String> {
        let (scheme, host) = self.region.resolve()?;
        Ok(format!(
            "{scheme}://{host}/v4/{}/{}?sdkappid={}&identifier={}&usersig={}&random={}&contenttype=json",
            endpoint.service.name(),
            endpoint.command,
            self.sdk_app_id,
            encode_component(&self.identifier),
            encode_component(&self.user_sig),
            self.random
        ))
    }
}

fn invalid_option(diagnostics: Vec<Diagnostic>) -> BuildError {
    let first = diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
    BuildError { code: "invalid_option", message: crate::vocab::messages::INVALID_OPTIONS.render(&[&first]), diagnostics }
}

/// Builds the request for `api` with a JSON body. The body is validated; any error fails
/// the build. Documented-type fixes are applied (`MsgReadTime` integer → string).
/// `positions`: whether `body_text` is the caller's own text (so line/column mean something).
pub fn build_request(api: &str, body_text: &str, positions: bool, target: &Target) -> Result<HttpRequest, BuildError> {
    let Some(endpoint) = catalog::find(api) else {
        return Err(BuildError { code: "unknown_api", message: catalog::unknown_api(api).message, diagnostics: vec![catalog::unknown_api(api)] });
    };
    let validation = catalog::validate_text(api, body_text, positions);
    if !validation.ok {
        let first = validation.diagnostics.iter().find(|d| d.is_error()).map(|d| format!("{} ({})", d.message, if d.path.is_empty() { "/" } else { &d.path })).unwrap_or_default();
        return Err(BuildError { code: "invalid_body", message: crate::vocab::messages::INVALID_BODY.render(&[&endpoint.command, &first]), diagnostics: validation.diagnostics });
    }
    let mut node = Node::parse(body_text).map_err(|e| BuildError { code: "invalid_body", message: e.to_string(), diagnostics: vec![] })?;
    normalize(&mut node, endpoint.request);
    let body = serde_json::to_string(&node).map_err(|e| BuildError { code: "invalid_body", message: e.to_string(), diagnostics: vec![] })?;
    let url = target.url(endpoint).map_err(|why| invalid_option(vec![Diagnostic::error("/region", "invalid_option", why)]))?;
    let headers = BTreeMap::from([("Content-Type".to_owned(), "application/json".to_owned())]);
    Ok(HttpRequest { method: "POST", url, headers, body, diagnostics: validation.diagnostics })
}

/// Rewrites tolerated-but-undocumented forms into the documented one.
fn normalize(node: &mut Node, obj: &Obj) {
    if let Node::Object(members) = node {
        for (key, value) in members.iter_mut() {
            if let (Some(field), Node::Int(i)) = (obj.field(key), &*value) {
                if matches!(field.ty, Ty::SecondsString) {
                    *value = Node::Str(i.to_string().into());
                }
            }
        }
    }
}

/// What JS `encodeURIComponent` leaves as it is: letters, digits and `- _ . ! ~ * ' ( )`.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'!').remove(b'~').remove(b'*').remove(b'\'').remove(b'(').remove(b')');

/// Percent-encodes a query value like JS `encodeURIComponent`.
pub fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// Decodes a query value: `%XX` escapes and `+` as space (form encoding, which real clients
/// send). Invalid escapes are kept as they are; invalid UTF-8 is replaced.
pub fn decode_component(s: &str) -> String {
    percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
}
