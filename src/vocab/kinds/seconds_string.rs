//! Unix seconds documented as a String (`Ty::SecondsString`, "1700000000"): an integer is
//! accepted with a `type_drift` warning, because several SDKs send one (decisions.md 6).

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{number_to_digits, RuleKind};
use crate::vocab::messages::{self as m, limits};
use crate::vocab::node::Node;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::JsGen;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

/// The kind of `Ty::SecondsString`.
pub struct SecondsString;

/// Up to 10 digits (values above u32::MAX included, as the service reads them).
fn is_seconds(s: &str) -> bool {
    !s.is_empty() && s.len() <= limits::SECONDS_MAX_DIGITS && s.bytes().all(|b| b.is_ascii_digit())
}

impl RuleKind for SecondsString {
    fn check(&self, c: &mut Checker, node: &Node) {
        match node {
            Node::Str(s) if is_seconds(s) => {}
            Node::Str(s) => c.error(m::NOT_DIGITS.code, m::NOT_DIGITS.render(&[&c.name(), &s.as_ref()])),
            Node::Int(i) if *i >= 0 && *i <= limits::SECONDS_MAX => c.warning(m::TYPE_DRIFT.code, m::TYPE_DRIFT.render(&[&c.name(), i])),
            Node::Int(_) | Node::UInt(_) => c.error(m::SECONDS_OUT_OF_RANGE.code, m::SECONDS_OUT_OF_RANGE.render(&[&c.name(), &limits::SECONDS_MAX])),
            other => c.wrong_type(&m::A_SECONDS_STRING, other),
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let v = s.string_value()?;
        clean_if(is_seconds(v))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Str("0".into())
    }

    fn retype(&self, value: &Node) -> Option<(String, Json)> {
        number_to_digits(value)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "string".into()
    }

    /// At most 10 digits, as the validator takes them; the tolerated integer, deprecated.
    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "anyOf": [{ "type": "string", "pattern": format!("^[0-9]{{1,{}}}$", limits::SECONDS_MAX_DIGITS) }, { "type": "integer", "minimum": 0, "maximum": limits::SECONDS_MAX, "deprecated": true }] })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, _table: &dyn Fn(&crate::vocab::rules::Obj) -> Option<usize>) -> Value {
        json!("t")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("typeof {v} === \"string\" && {v}.length <= {} && isDigits({v})", limits::SECONDS_MAX_DIGITS))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("seconds({v}, {path})")
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function seconds(v, out, base, seg, t, d) {
  if (typeof v === "string") {
    if (!isWellFormed(v)) ask();
    if (v.length > 0 && v.length <= LIMITS.secondsMaxDigits && isDigits(v)) return;
    return error(out, base, seg, t, "not_digits", hole(base, seg, t, MAIN, M.notDigits, v));
  }
  if (Number.isSafeInteger(v)) {
    if (v >= 0 && v <= LIMITS.secondsMax) return warning(out, base, seg, t, "type_drift", M.typeDrift(named(base, seg, t), v));
    return error(out, base, seg, t, "out_of_range", M.secondsOutOfRange(named(base, seg, t), LIMITS.secondsMax));
  }
  wrongType(M.aSecondsString(), v, out, base, seg, t, d);
}
"#;
