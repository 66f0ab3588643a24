//! Diagnostics and the validator: every rule of an endpoint's table checked in one pass,
//! all problems reported at once, positions computed only when there is something to report.

mod engine;
mod locate;
pub mod node;
pub mod schema;
pub mod stream;

pub(crate) use engine::push_decimal;
pub(crate) use engine::push_segment;
pub(crate) use engine::missing_message;
pub use engine::{check_group_id, Checker};
pub use node::Node;

use crate::protocol::catalog::{self, Endpoint};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Where in the text a diagnostic points when its path names a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Anchor {
    /// The value at the path.
    #[default]
    Value,
    /// The key of the member at the path (unknown or misspelled fields).
    Key,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// JSON pointer (RFC 6901) into the payload; "" is the whole payload.
    pub path: String,
    /// Stable snake_case code (see docs/diagnostics.md).
    pub code: &'static str,
    pub message: String,
    /// 1-based line, when the payload was JSON text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column in UTF-16 code units, when the payload was JSON text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip)]
    pub anchor: Anchor,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, path: path.into(), code, message: message.into(), line: None, column: None, anchor: Anchor::Value }
    }
    pub fn warning(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, code, message) }
    }
    pub fn at_key(mut self) -> Self {
        self.anchor = Anchor::Key;
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The result of validating one payload.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    pub ok: bool,
    pub diagnostics: Vec<Diagnostic>,
}

impl Validation {
    pub fn new(diagnostics: Vec<Diagnostic>) -> Self {
        Validation { ok: !diagnostics.iter().any(Diagnostic::is_error), diagnostics }
    }
}

/// Validates JSON text for `api`. Diagnostics carry line/column when `positions` is true
/// (false when the text was produced from a JS object, where text positions mean nothing).
pub fn validate_text(api: &str, text: &str, positions: bool) -> Validation {
    let Some(endpoint) = catalog::find(api) else {
        return Validation::new(vec![unknown_api(api)]);
    };
    Validation::new(validate_endpoint_text(endpoint, text, positions))
}

/// The diagnostics of JSON text for `endpoint`: the streaming validator when it covers the
/// payload (no tree, positions found on the way), else the tree validator.
pub fn validate_endpoint_text(endpoint: &Endpoint, text: &str, positions: bool) -> Vec<Diagnostic> {
    if endpoint.check.is_none() {
        if let Ok(diagnostics) = stream::validate(endpoint.request, text, positions) {
            return diagnostics;
        }
    }
    validate_with_tree(endpoint, text, positions)
}

/// The reference validator: parse into a `Node` tree, check it, then find positions.
pub fn validate_with_tree(endpoint: &Endpoint, text: &str, positions: bool) -> Vec<Diagnostic> {
    let mut diagnostics = match Node::parse(text) {
        Ok(node) => validate_node(endpoint, &node),
        Err(e) => vec![json_error(&e, positions)],
    };
    if positions && !diagnostics.is_empty() {
        locate::fill_positions(text, &mut diagnostics);
    }
    diagnostics
}

/// Validates an already-parsed payload against the endpoint's request table and its
/// cross-field rules.
pub fn validate_node(endpoint: &Endpoint, node: &Node) -> Vec<Diagnostic> {
    let mut checker = Checker::new();
    checker.check_root(node, endpoint.request);
    if let Some(check) = endpoint.check {
        check(node, &mut checker);
    }
    checker.finish()
}

/// Validates a response body against the endpoint's response table (flags e.g. the
/// `Action1Status` typo of one seed, decisions.md 19).
pub fn validate_response_text(api: &str, text: &str) -> Validation {
    let Some(endpoint) = catalog::find(api) else {
        return Validation::new(vec![unknown_api(api)]);
    };
    let mut diagnostics = match Node::parse(text) {
        Ok(node) => {
            let mut checker = Checker::new();
            checker.check_root(&node, endpoint.response);
            checker.finish()
        }
        Err(e) => vec![json_error(&e, true)],
    };
    if !diagnostics.is_empty() {
        locate::fill_positions(text, &mut diagnostics);
    }
    Validation::new(diagnostics)
}

pub fn unknown_api(api: &str) -> Diagnostic {
    Diagnostic::error("", "unknown_api", format!("unknown endpoint \"{api}\": expected one of the covered APIs, e.g. \"group_open_http_svc/set_unread_msg_num\" (see endpoints())"))
}

/// Whether a parse error is a number beyond what a JSON parser can hold (`1e400`): the text
/// is JSON, so this is a bad value rather than a bad body.
pub fn is_number_out_of_range(e: &serde_json::Error) -> bool {
    e.to_string().starts_with("number out of range")
}

fn json_error(e: &serde_json::Error, positions: bool) -> Diagnostic {
    // serde_json appends " at line L column C" to its message; we carry those as fields.
    let full = e.to_string();
    let message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m);
    let mut d = if is_number_out_of_range(e) {
        Diagnostic::error("", "out_of_range", "a number in the body is too large for any integer field (e.g. 1e400)")
    } else {
        Diagnostic::error("", "invalid_json", format!("body is not valid JSON: {message}"))
    };
    if positions && e.line() > 0 {
        d.line = u32::try_from(e.line()).ok();
        // serde_json counts bytes in the line; locate converts to UTF-16 later if needed.
        d.column = u32::try_from(e.column()).ok();
    }
    d
}
