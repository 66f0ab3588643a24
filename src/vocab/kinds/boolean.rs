//! `true` or `false` (`BOOL`, `Ty::Bool`): the flags a few answers write as JSON booleans
//! (`IsFinish` of the cloud-search answers, `Deleted` of delete_cloud_audit_keywords) where
//! most of the service writes 0 or 1.

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

/// The kind of `Ty::Bool`.
pub struct Boolean;

impl RuleKind for Boolean {
    fn check(&self, c: &mut Checker, node: &Node) {
        if !matches!(node, Node::Bool(_)) {
            c.wrong_type(&m::A_BOOLEAN, node);
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        if !matches!(s.peek(), Some(b't' | b'f')) {
            return Err(Stop::Found);
        }
        s.scalar().map(drop)
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Bool(false)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "boolean".into()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "type": "boolean" })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("typeof {v} === \"boolean\""))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("boolean({v}, {path})")
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function boolean(v, out, base, seg, t, d) {
  if (typeof v !== "boolean") wrongType(M.aBoolean(), v, out, base, seg, t, d);
}
"#;
