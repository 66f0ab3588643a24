//! Any JSON number, integer or not (`NUMBER`, `Ty::Number`): a latitude, a longitude. A
//! fraction is left to the tree validator by the streaming readers (vocab/scan.rs), which read
//! integers only, so the check itself is the tree's.

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::RuleKind;
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::scan::{Scan, Step, Stop};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::JsGen;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

/// The kind of `Ty::Number`.
pub struct AnyNumber;

impl RuleKind for AnyNumber {
    fn check(&self, c: &mut Checker, node: &Node) {
        if !matches!(node, Node::Int(_) | Node::UInt(_) | Node::Float(_)) {
            c.wrong_type(&m::A_NUMBER, node);
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        if !matches!(s.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(Stop::Found);
        }
        s.scalar().map(drop)
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Int(0)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "number".into()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "type": "number" })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("typeof {v} === \"number\" && Number.isFinite({v})"))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("number({v}, {path})")
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value (a number JSON
/// cannot write, NaN or an infinity, is wasm's to describe).
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function number(v, out, base, seg, t, d) {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) ask();
    return;
  }
  wrongType(M.aNumber(), v, out, base, seg, t, d);
}
"#;
