//! A string (`string()`, `non_empty()`, `string_max(n)`, `USER_ID`, `GROUP_ID`, `Ty::Str`):
//! its length in UTF-8 bytes, as the service counts (a CJK character is 3 bytes), and for a
//! group ID the rules of decisions.md 13.

use crate::vocab::check::{check_group_id, Checker};
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{number_to_digits, RuleKind};
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::rules::{Str, StrKind};
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_or_null, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::messages::limits;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Map, Value};

impl RuleKind for Str {
    fn check(&self, c: &mut Checker, node: &Node) {
        let Node::Str(s) = node else {
            return c.wrong_type(&m::A_STRING, node);
        };
        let bytes = s.len();
        if bytes < self.min_bytes {
            return c.error(m::EMPTY_STRING.code, m::EMPTY_STRING.render(&[&c.name()]));
        }
        if let Some(max) = self.max_bytes {
            if bytes > max {
                return c.error(m::TOO_LONG.code, m::TOO_LONG.render(&[&c.name(), &bytes, &max]));
            }
        }
        if self.kind == StrKind::GroupId {
            if let Err(why) = check_group_id(s) {
                c.error(m::INVALID_GROUP_ID.code, m::INVALID_GROUP_ID.render(&[&c.name(), &why]));
            }
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        // Any string meets a rule with no limit: one with escapes (a custom element's JSON
        // `Data`) need not be decoded to say so.
        if self.min_bytes == 0 && self.max_bytes.is_none() && self.kind == StrKind::Plain && s.peek() == Some(b'"') {
            return s.skip();
        }
        let v = s.string_value()?;
        let bytes = v.len();
        clean_if(bytes >= self.min_bytes && self.max_bytes.is_none_or(|max| bytes <= max) && (self.kind != StrKind::GroupId || check_group_id(v).is_ok()))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Str(String::new())
    }

    fn retype(&self, value: &Node) -> Option<(String, Json)> {
        number_to_digits(value)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "string".into()
    }

    /// Lengths in characters where they are exact, UTF-8 bytes in `x-tcim-maxBytes` (the
    /// service counts bytes; a character is 1 to 4 of them, so the byte limit is also a
    /// character limit, which `maxLength` states).
    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        let mut s = Map::new();
        s.insert("type".into(), json!("string"));
        if self.kind == StrKind::GroupId {
            // Printable ASCII (one byte a character), so the byte limit is exact here.
            s.insert("pattern".into(), json!(format!("^[ -~]{{{},{}}}$", self.min_bytes.max(1), self.max_bytes.unwrap_or(limits::GROUP_ID_MAX_BYTES))));
            return Value::Object(s);
        }
        if self.min_bytes > 0 {
            // (Every non-empty string is at least one byte: `minLength` is exact for 1.)
            s.insert("minLength".into(), json!(1));
            if self.min_bytes > 1 {
                s.insert("x-tcim-minBytes".into(), json!(self.min_bytes));
            }
        }
        if let Some(max) = self.max_bytes {
            s.insert("maxLength".into(), json!(max));
            s.insert("x-tcim-maxBytes".into(), json!(max));
        }
        Value::Object(s)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, _table: &dyn Fn(&crate::vocab::rules::Obj) -> Option<usize>) -> Value {
        json!("s")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, scanned: bool) -> Option<String> {
        use std::fmt::Write;
        if self.kind == StrKind::GroupId {
            // check_group_id: 1–48 printable ASCII characters (so bytes = characters).
            let limit = limits::GROUP_ID_MAX_BYTES;
            let max = self.max_bytes.unwrap_or(limit).min(limit);
            let printable = if scanned { "p.max <= 126".to_owned() } else { format!("isPrintableAscii({v})") };
            return Some(format!("typeof {v} === \"string\" && {v}.length >= {} && {v}.length <= {max} && {printable}", self.min_bytes.max(1)));
        }
        // UTF-16 units ≤ UTF-8 bytes ≤ 3 × units: the bytes are counted only when the
        // length alone cannot decide (no string is 0 units but 1 byte, so ≥ 1 needs no count).
        let mut test = format!("typeof {v} === \"string\"");
        match self.min_bytes {
            0 => {}
            1 => {
                let _ = write!(test, " && {v}.length >= 1");
            }
            min => {
                let _ = write!(test, " && ({v}.length >= {min} || utf8Length({v}) >= {min})");
            }
        }
        if let Some(max) = self.max_bytes {
            let _ = write!(test, " && ({v}.length * 3 <= {max} || utf8Length({v}) <= {max})");
        }
        let well_formed = if scanned { format!("(p.max < 0xd800 || isWellFormed({v}))") } else { format!("isWellFormed({v})") };
        let _ = write!(test, " && {well_formed}");
        Some(test)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("str({v}, {}, {}, {}, {path})", self.min_bytes, js_or_null(self.max_bytes), self.kind == StrKind::GroupId)
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function str(v, min, max, groupId, out, base, seg, t, d) {
  if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
  if (!isWellFormed(v)) ask();
  // UTF-8 is 1 to 3 bytes per UTF-16 unit: count only when a limit may be crossed.
  if (v.length < min || (max !== null && v.length * 3 > max)) {
    const bytes = utf8Length(v);
    if (bytes < min) return error(out, base, seg, t, "empty_string", hole(base, seg, t, MAIN, (name, got) => M.emptyString(name) + got, ""));
    if (max !== null && bytes > max) return error(out, base, seg, t, "too_long", M.tooLong(named(base, seg, t), bytes, max));
  }
  if (groupId) {
    // `check_group_id` (an ID naming an existing group); a character outside printable
    // ASCII is shown in Rust's escaped form: wasm says it.
    const limit = LIMITS.groupIdMaxBytes;
    let why = null;
    if (v === "") why = M.groupIdEmpty();
    else if (isPrintableAscii(v)) why = v.length > limit ? M.groupIdTooLong(v.length, limit) : null;
    else if (utf8Length(v) > limit) why = M.groupIdTooLong(utf8Length(v), limit);
    else ask();
    if (why !== null) error(out, base, seg, t, "invalid_group_id", M.invalidGroupId(named(base, seg, t), why));
  }
}
"#;
