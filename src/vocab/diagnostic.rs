//! What validation reports: diagnostics with a severity, a JSON pointer, a stable code and a
//! message (positions for JSON text), and the result of validating one payload.

use serde::{Serialize, Serializer};

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
    pub fix: Option<Fix>,
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
    /// Whether the service reads the body as if this finding were not there: an unknown
    /// field is ignored by the service, even the known mistakes validate calls errors on
    /// purpose (`MsgReadedTime`: docs/decisions.md, "Unknown fields"). The simulator answers
    /// past these, as the service does.
    pub fn service_ignores(&self) -> bool {
        self.code == "unknown_field"
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

/// A mend for one diagnostic: what an editor shows, and the patch that does it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub title: String,
    pub patch: Vec<PatchOp>,
}

/// One JSON Patch operation (paths are JSON pointers into the payload), written as RFC 6902
/// writes it: `{ "op": "move", "from", "path" }` and so on.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchOp {
    Move { from: String, path: String },
    Remove { path: String },
    Replace { path: String, value: Json },
    Add { path: String, value: Json },
}

/// A value a patch writes. (Not a `serde_json::Value`, whose serializer and float formatting
/// would come into the core module for a few integers and strings.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Str(String),
    Int(i64),
    Bool(bool),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

// (By hand: the derive of an internally tagged enum writes several times the code.)
impl Serialize for PatchOp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (op, from, path, value) = match self {
            PatchOp::Move { from, path } => ("move", Some(from), path, None),
            PatchOp::Remove { path } => ("remove", None, path, None),
            PatchOp::Replace { path, value } => ("replace", None, path, Some(value)),
            PatchOp::Add { path, value } => ("add", None, path, Some(value)),
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("op", op)?;
        if let Some(from) = from {
            map.serialize_entry("from", from)?;
        }
        map.serialize_entry("path", path)?;
        if let Some(value) = value {
            map.serialize_entry("value", value)?;
        }
        map.end()
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Str(s) => serializer.serialize_str(s),
            Json::Int(i) => serializer.serialize_i64(*i),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Array(items) => serializer.collect_seq(items),
            Json::Object(members) => serializer.collect_map(members.iter().map(|(k, v)| (*k, v))),
        }
    }
}
