//! A group `Type` (`Ty::GroupType`): the legacy REST names, or the console's new names
//! (accepted with a warning); vocab/group_type.rs is the table of both.

use crate::vocab::check::{quoted_list, Checker};
use crate::vocab::diagnostic::Json;
use crate::vocab::group_type::{GroupType, TypeName};
use crate::vocab::kind::RuleKind;
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::group_type::GROUP_TYPES;
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_string, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

/// The kind of `Ty::GroupType`.
pub struct GroupTypeName;

impl RuleKind for GroupTypeName {
    fn check(&self, c: &mut Checker, node: &Node) {
        let Node::Str(s) = node else {
            return c.wrong_type(&m::A_STRING, node);
        };
        match GroupType::parse(s) {
            Some(TypeName::Rest(_)) => {}
            Some(TypeName::NewName(t)) => c.warning(m::GROUP_TYPE_ALIAS.code, m::GROUP_TYPE_ALIAS.render(&[&s.as_ref(), &t.rest_name()])),
            None => c.error(m::INVALID_ENUM.code, m::INVALID_ENUM.render(&[&c.name(), &quoted_list(&GroupType::REST_NAMES), &s.as_ref()])),
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let v = s.string_value()?;
        clean_if(matches!(GroupType::parse(v), Some(TypeName::Rest(_))))
    }

    fn placeholder(&self, _depth: usize) -> Json {
        Json::Str("Public".into())
    }

    /// (`GroupTypeName` is declared once in the generated TypeScript, codegen.rs.)
    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        "GroupTypeName".into()
    }

    /// The REST names, and the console's names (accepted with a warning).
    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, _refs: &str) -> Value {
        json!({ "type": "string", "enum": GROUP_TYPES.iter().flat_map(|g| [g.rest_name, g.new_name]).collect::<std::collections::BTreeSet<_>>() })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, v: &str, _scanned: bool) -> Option<String> {
        Some(format!("({})", GROUP_TYPES.iter().map(|t| format!("{v} === {}", js_string(t.rest_name))).collect::<Vec<_>>().join(" || ")))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, _g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("groupType({v}, {path})")
    }
}

/// The JS helper (see kinds/mod.rs `JS`): the tree check above, on a JS value, with the
/// `[REST name, console name]` pairs of `RULES_JSON`.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function groupType(v, out, base, seg, t, d) {
  if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
  if (!isWellFormed(v)) ask();
  if (rules().groupTypes.some((g) => g[0] === v)) return;
  const alias = rules().groupTypes.find((g) => g[1] === v);
  if (alias) warning(out, base, seg, t, "group_type_alias", M.groupTypeAlias(v, alias[0]));
  else error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidEnum(name, quotedList(rules().groupTypes.map((g) => g[0])), got), v));
}
"#;
