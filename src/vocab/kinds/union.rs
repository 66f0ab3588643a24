//! An object whose table is chosen by the string value of one of its members
//! (`Ty::Union(&Union { tag, cases, fallback })`): a message element, whose `MsgContent`
//! follows its `MsgType`. The case's table checks the whole object (so the tag member's own
//! rule is the case's); an object whose tag is absent, not a string or unknown meets the
//! fallback table, which says what is wrong with the tag. A repeated tag is read as its last
//! value, as JSON.parse reads it (and warned about as any repeated key).

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::RuleKind;
use crate::vocab::node::Node;
use crate::vocab::rules::Union;
use crate::vocab::scan::{Scan, Step, Stop};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_string, schema_ref, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::rules::Obj;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Map, Value};

impl Union {
    /// The table of `node`, by its tag member's last value.
    pub(crate) fn table_of(&self, node: &Node) -> &'static crate::vocab::rules::Obj {
        match node {
            Node::Object(members) => self.case(members.iter().rev().find(|(k, _)| k == self.tag).and_then(|(_, v)| v.as_str())),
            _ => self.fallback,
        }
    }
}

impl RuleKind for Union {
    fn check(&self, c: &mut Checker, node: &Node) {
        RuleKind::check(self.table_of(node), c, node);
    }

    fn clean(&self, s: &mut Scan) -> Step {
        if s.peek() != Some(b'{') {
            return Err(Stop::Found);
        }
        let tag = s.tag_ahead(self.tag)?;
        RuleKind::clean(self.case(tag), s)
    }

    fn scan(&self, s: &mut Scan, c: &mut Checker) -> Step {
        if s.peek() != Some(b'{') {
            return s.checked(c, &|c, node| self.check(c, node));
        }
        let tag = s.tag_ahead(self.tag)?;
        RuleKind::scan(self.case(tag), s, c)
    }

    /// The first case's (a text element, for a message).
    fn placeholder(&self, depth: usize) -> Json {
        RuleKind::placeholder(self.cases.first().map_or(self.fallback, |(_, obj)| *obj), depth)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        self.cases.iter().map(|(_, obj)| obj.name).collect::<Vec<_>>().join(" | ")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, refs: &str) -> Value {
        json!({ "oneOf": self.cases.iter().map(|(_, obj)| schema_ref(refs, obj)).collect::<Vec<_>>() })
    }

    /// `{"u": [tag, {value: table}, fallback table]}`.
    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, table: &dyn Fn(&Obj) -> Option<usize>) -> Value {
        let cases: Map<String, Value> = self.cases.iter().map(|(value, obj)| ((*value).to_owned(), json!(table(obj)))).collect();
        json!({ "u": [self.tag, cases, table(self.fallback)] })
    }

    /// A function per union: the case's table function by the tag's value (diagnose.js
    /// `object` reports a value that is not an object).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        let Some(fallback) = g.table(self.fallback) else { return "ask()".to_owned() };
        let mut body = format!("    const k = isObject(v) ? v[{}] : undefined;\n    ", js_string(self.tag));
        for (value, obj) in self.cases {
            let Some(j) = g.table(obj) else { return "ask()".to_owned() };
            body.push_str(&format!("if (k === {}) object(v, o{j}, out, base, seg, t, d);\n    else ", js_string(value)));
        }
        body.push_str(&format!("object(v, o{fallback}, out, base, seg, t, d);"));
        format!("{}({v}, {path})", g.array_fn(body))
    }

    /// Over text: the tag is read ahead (the scanner's cursor is put back), then the case's
    /// table function reads the object.
    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, g: &mut dyn JsGen, base: &str, seg: &str, tail: &str) -> String {
        let Some(fallback) = g.table(self.fallback) else { return "ask()".to_owned() };
        let units: Vec<String> = self.tag.encode_utf16().map(|u| u.to_string()).collect();
        let tag = g.hoist(format!("[{}]", units.join(",")));
        let mut body = format!(
            "    if (p.b[p.i] !== 123) {{\n      const x = scalar(p, d);\n      object(x, null, out, base, seg, t, d);\n      return;\n    }}\n    const from = p.i;\n    let k;\n    if (enter(p, d)) do {{\n      key(p);\n      if (same(p, {tag})) k = p.b[p.i] === 34 ? scalar(p, d + 1) : (skip(p, d + 1), undefined);\n      else skip(p, d + 1);\n    }} while (more(p, 125));\n    p.i = from;\n    const b = t.tail === \"\" ? base : at(base, seg, \"\");\n    const s = t.tail === \"\" ? seg : t.tail;\n    "
        );
        for (value, obj) in self.cases {
            let Some(j) = g.table(obj) else { return "ask()".to_owned() };
            body.push_str(&format!("if (k === {}) s{j}(p, b, s, out, d);\n    else ", js_string(value)));
        }
        body.push_str(&format!("s{fallback}(p, b, s, out, d);"));
        let f = g.scanned_array_fn(body);
        let path = g.path(base, seg, tail);
        format!("{f}(p, {path})")
    }
}
