//! Any JSON value (`ANY`, `Ty::Any`): opaque payloads such as `MsgContent` and
//! `OfflinePushInfo`, read past unchecked. (Its JS is diagnose.js `any`, which also checks
//! that JSON.stringify writes a value as it is, for every kind.)

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::RuleKind;
use crate::vocab::node::Node;
use crate::vocab::scan::{Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::JsGen;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

/// The kind of `Ty::Any`.
pub struct Opaque;

impl RuleKind for Opaque {
    fn check(&self, _c: &mut Checker, _node: &Node) {}

    fn clean(&self, s: &mut Scan) -> Step {
        s.skip()
    }

    fn scan(&self, s: &mut Scan, _c: &mut Checker) -> Step {
        s.skip()
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Object(Vec::new())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "unknown".into()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({})
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, _path: &str) -> String {
        format!("any({v}, d + 1)")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_check(&self, g: &mut dyn JsGen, v: &str, _base: &str, _seg: &str, _tail: &str, _scanned: bool) -> String {
        self.js_report(g, v, "")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, _g: &mut dyn JsGen, _base: &str, _seg: &str, _tail: &str) -> String {
        "skip(p, d + 1)".to_owned()
    }
}
