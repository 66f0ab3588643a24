//! An integer in a range (`int(min, max)`, `COUNT`, `U32`, `UNIX_SECONDS`, `Ty::Int`), and
//! for some a bound above which the service reads the value as the bound (`clamp_to`, with a
//! `clamped` warning).

use crate::vocab::check::{msg, node_text, Checker};
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{digits_to_number, RuleKind};
use crate::vocab::messages::{self as m, Piece};
use crate::vocab::node::Node;
use crate::vocab::rules::Int;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_bound, js_or_null, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

impl RuleKind for Int {
    fn check(&self, c: &mut Checker, node: &Node) {
        let v = match node {
            Node::Int(i) => *i,
            Node::UInt(_) => return self.out_of_range(c, &node_text(node)),
            Node::Float(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.0e15 => {
                // 5.0 is an integer to most JSON parsers but not to a strict one.
                return c.error(m::FRACTION.code, m::FRACTION.render(&[&c.name(), &f.to_string()]));
            }
            Node::Float(f) if f.is_finite() && f.fract() == 0.0 => return self.out_of_range(c, &f.to_string()),
            Node::Str(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
                return c.error(m::DIGIT_STRING.code, m::DIGIT_STRING.render(&[&c.name(), &s.as_ref()]));
            }
            other => return c.wrong_type(&m::AN_INTEGER, other),
        };
        if v < self.min || v > self.max {
            return self.out_of_range(c, &msg![v]);
        }
        if let Some(clamp) = self.clamp_to {
            if v > clamp {
                c.warning(m::CLAMPED.code, m::CLAMPED.render(&[&c.name(), &v, &clamp]));
            }
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let v = s.integer_value()?;
        clean_if(v >= self.min && v <= self.max && self.clamp_to.is_none_or(|clamp| v <= clamp))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Int(if self.min <= 0 && self.max >= 0 { 0 } else { self.min })
    }

    fn retype(&self, value: &Node) -> Option<(String, Json)> {
        digits_to_number(value)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "number".into()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        let mut s = json!({ "type": "integer", "minimum": self.min, "maximum": self.max });
        if let (Some(clamp), Some(members)) = (self.clamp_to, s.as_object_mut()) {
            members.insert("x-tcim-clampTo".into(), json!(clamp));
        }
        s
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, _table: &dyn Fn(&crate::vocab::rules::Obj) -> Option<usize>) -> Value {
        json!("i")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        let max = self.clamp_to.map_or(self.max, |c| c.min(self.max));
        Some(format!("Number.isSafeInteger({v}) && {v} >= {} && {v} <= {}", js_bound(self.min), js_bound(max)))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("int({v}, {}, {}, {}, {path})", self.min, js_or_null((self.max != i64::MAX).then_some(self.max)), js_or_null(self.clamp_to))
    }
}

impl Int {
    fn out_of_range(&self, c: &mut Checker, got: &str) {
        let range = if self.max == i64::MAX { m::AT_LEAST.render(&[&self.min]) } else { m::BETWEEN.render(&[&self.min, &self.max]) };
        c.error(m::OUT_OF_RANGE.code, m::OUT_OF_RANGE.render(&[&c.name(), &range, &got]));
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function int(v, min, max, clamp, out, base, seg, t, d) {
  if (Number.isSafeInteger(v)) {
    if (v < min || (max !== null && v > max)) return error(out, base, seg, t, "out_of_range", hole(base, seg, t, MAIN, (name, got) => M.outOfRange(name, max === null ? M.atLeast(min) : M.between(min, max), got), v));
    if (clamp !== null && v > clamp) warning(out, base, seg, t, "clamped", M.clamped(named(base, seg, t), v, clamp));
    return;
  }
  if (typeof v === "string" && isWellFormed(v) && isDigits(v)) return error(out, base, seg, t, "wrong_type", hole(base, seg, t, OTHER, M.digitString, v));
  wrongType(M.anInteger(), v, out, base, seg, t, d);
}
"#;
