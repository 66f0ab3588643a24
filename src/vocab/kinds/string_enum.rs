//! One of these strings (`Ty::Enum(&["OK", "FAIL"])`).

use crate::vocab::check::{quoted_list, Checker};
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::RuleKind;
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_string, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

impl RuleKind for &'static [&'static str] {
    fn check(&self, c: &mut Checker, node: &Node) {
        match node {
            Node::Str(s) if self.contains(&s.as_ref()) => {}
            Node::Str(s) => c.error(m::INVALID_ENUM.code, m::INVALID_ENUM.render(&[&c.name(), &quoted_list(self), &s.as_ref()])),
            other => c.wrong_type(&m::A_STRING, other),
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let v = s.string_value()?;
        clean_if(self.contains(&v))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Str(self.first().copied().unwrap_or_default().into())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        self.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | ")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "type": "string", "enum": self })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("({})", self.iter().map(|s| format!("{v} === {}", js_string(s))).collect::<Vec<_>>().join(" || ")))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("oneOf({v}, {}, {path})", g.hoist(json!(self).to_string()))
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function oneOf(v, values, out, base, seg, t, d) {
  if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
  if (!isWellFormed(v)) ask();
  if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidEnum(name, quotedList(values), got), v));
}
"#;
