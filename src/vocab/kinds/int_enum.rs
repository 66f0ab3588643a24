//! One of these integers (`FLAG`, `Ty::IntEnum(&[1, 2, 3])`).

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{digits_to_number, RuleKind};
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::JsGen;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

impl RuleKind for &'static [i64] {
    fn check(&self, c: &mut Checker, node: &Node) {
        match node.as_i64() {
            Some(v) if self.contains(&v) => {}
            Some(v) => c.error(m::INVALID_INT_ENUM.code, m::INVALID_INT_ENUM.render(&[&c.name(), &self.iter().map(i64::to_string).collect::<Vec<_>>().join(", "), &v])),
            None => c.wrong_type(&m::AN_INTEGER, node),
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let v = s.integer_value()?;
        clean_if(self.contains(&v))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Int(self.first().copied().unwrap_or_default())
    }

    fn retype(&self, value: &Node) -> Option<(String, Json)> {
        digits_to_number(value)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        self.iter().map(i64::to_string).collect::<Vec<_>>().join(" | ")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "type": "integer", "enum": self })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, _table: &dyn Fn(&crate::vocab::rules::Obj) -> Option<usize>) -> Value {
        json!("i")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("({})", self.iter().map(|n| format!("{v} === {n}")).collect::<Vec<_>>().join(" || ")))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("oneOfInts({v}, {}, {path})", g.hoist(json!(self).to_string()))
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function oneOfInts(v, values, out, base, seg, t, d) {
  if (!Number.isSafeInteger(v)) return wrongType(M.anInteger(), v, out, base, seg, t, d);
  if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidIntEnum(name, values.join(", "), got), v));
}
"#;
