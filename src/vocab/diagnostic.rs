//! What validation reports: diagnostics with a severity, a JSON pointer, a stable code and a
//! message (positions for JSON text), and the result of validating one payload.

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
    /// How an editor can mend it (vocab/fix.rs), where it can.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<super::fix::Fix>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, path: path.into(), code, message: message.into(), line: None, column: None, anchor: Anchor::Value, fix: None }
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
