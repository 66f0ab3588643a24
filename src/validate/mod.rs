//! Diagnostics and the validator: every rule of an endpoint's table checked in one pass,
//! all problems reported at once, positions computed only when there is something to report.

mod locate;
pub mod stream;

pub use crate::vocab::check::{check_group_id, Checker};
pub use crate::vocab::diagnostic::{Anchor, Diagnostic, Severity, Validation};
pub use crate::vocab::fix::{Fix, Json, PatchOp};
pub use crate::vocab::node::{self, Node};
/// The rule types (kept under this name for Rust users).
pub use crate::vocab::rules as schema;
use crate::vocab::messages as m;
use crate::vocab::Endpoint;

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

/// The same, each finding an editor can mend with its fix (vocab/fix.rs). (Asked for: finding
/// fixes costs more than the rest of validating an invalid body.)
pub fn validate_endpoint_text_with_fixes(endpoint: &Endpoint, text: &str, positions: bool) -> Vec<Diagnostic> {
    let mut diagnostics = validate_endpoint_text(endpoint, text, positions);
    crate::vocab::fix::attach(endpoint.request, text, &mut diagnostics);
    diagnostics
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
    if let Some(unstated) = endpoint.check {
        (unstated.run)(node, &mut checker);
    }
    checker.finish()
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
        Diagnostic::error("", m::NUMBER_TOO_LARGE.code, m::NUMBER_TOO_LARGE.render(&[]))
    } else {
        Diagnostic::error("", m::NOT_JSON.code, m::NOT_JSON.render(&[&message]))
    };
    if positions && e.line() > 0 {
        d.line = u32::try_from(e.line()).ok();
        // serde_json counts bytes in the line; locate converts to UTF-16 later if needed.
        d.column = u32::try_from(e.column()).ok();
    }
    d
}

/// Validates a response body against the endpoint's response table (flags e.g. the
/// `Action1Status` typo of one seed, decisions.md 19).
pub fn validate_response(endpoint: &Endpoint, text: &str) -> Validation {
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
