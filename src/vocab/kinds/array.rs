//! An array of items of one rule, with a count range (`Ty::Array(&Arr { item, min_items,
//! max_items })`): its length findings come before its items' findings.

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{RuleKind, PLACEHOLDER_DEPTH};
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::rules::Arr;
use crate::vocab::scan::{clean_if, Scan, Step, Stop};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{js_or_null, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Map, Value};

impl RuleKind for Arr {
    fn check(&self, c: &mut Checker, node: &Node) {
        let Node::Array(items) = node else {
            return c.wrong_type(&m::AN_ARRAY, node);
        };
        self.check_len(c, items.len());
        for (i, item) in items.iter().enumerate() {
            let len = c.enter_index(i);
            c.check_value(item, &self.item);
            c.leave(len);
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        if s.peek() != Some(b'[') {
            return Err(Stop::Found);
        }
        let count = s.each_in(b']', |s, _| s.clean_value(&self.item))?;
        clean_if(count >= self.min_items && self.max_items.is_none_or(|max| count <= max))
    }

    fn scan(&self, s: &mut Scan, c: &mut Checker) -> Step {
        if s.peek() != Some(b'[') {
            return s.checked(c, &|c, node| self.check(c, node));
        }
        let open = s.pos;
        let mark = c.len();
        let count = s.each_in(b']', |s, i| {
            let len = c.enter_index(i);
            s.value(&self.item, c)?;
            c.leave(len);
            Ok(())
        })?;
        // The tree check reports the length before the items.
        let split = c.len();
        self.check_len(c, count);
        s.place(c, split, open, open);
        c.hoist(mark, split);
        if let Some(tail) = s.offsets.get_mut(mark..) {
            tail.rotate_left(split.saturating_sub(mark).min(tail.len()));
        }
        Ok(())
    }

    fn placeholder(&self, depth: usize) -> Json {
        if depth < PLACEHOLDER_DEPTH {
            Json::Array(vec![self.item.kind().placeholder(depth + 1)])
        } else {
            Json::Array(Vec::new())
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        let item = self.item.kind().ts();
        if item.contains(' ') {
            format!("({item})[]")
        } else {
            format!("{item}[]")
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, refs: &str) -> Value {
        let mut s = Map::new();
        s.insert("type".into(), json!("array"));
        s.insert("items".into(), self.item.kind().schema(refs));
        if self.min_items > 0 {
            s.insert("minItems".into(), json!(self.min_items));
        }
        if let Some(max) = self.max_items {
            s.insert("maxItems".into(), json!(max));
        }
        Value::Object(s)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, table: &dyn Fn(&crate::vocab::rules::Obj) -> Option<usize>) -> Value {
        json!({ "a": self.item.kind().js_fix_kind(table) })
    }

    /// A function per distinct array rule: its type and length, then each item's check.
    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        let item = self.item.kind().js_check(g, "y", "p", "i", "\"\"", false);
        let body = format!(
            "    if (!array(v, {}, {}, out, base, seg, t, d)) return;\n    const p = at(base, seg, t.tail);\n    for (let i = 0; i < v.length; i++) {{\n      const y = v[i];\n      {item};\n    }}",
            self.min_items,
            js_or_null(self.max_items),
        );
        format!("{}({v}, {path})", g.array_fn(body))
    }

    /// Over text: the items as the scanner reads them (the length is known at the end, and
    /// its findings go before the items').
    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, g: &mut dyn JsGen, base: &str, seg: &str, tail: &str) -> String {
        let each = self.item.kind().js_scan(g, "q", "n", "\"\"");
        let body = format!(
            "    const open = p.i;\n    const mark = out.length;\n    const q = at(base, seg, t.tail);\n    let n = 0;\n    if (enter(p, d)) do {{\n      const y = p.i;\n      {each};\n      place(p, out, y);\n      n++;\n    }} while (more(p, 93));\n    items(p, n, {}, {}, out, base, seg, t, mark, open);",
            self.min_items,
            js_or_null(self.max_items),
        );
        let f = g.scanned_array_fn(body);
        let path = g.path(base, seg, tail);
        // (`array` reports a value that is not an array, and then says so.)
        format!("if (p.b[p.i] === 91) {f}(p, {path}); else {{ const x = scalar(p, d + 1); array(x, {}, {}, {path}); }}", self.min_items, js_or_null(self.max_items))
    }
}

impl Arr {
    /// The length findings of an array of `len` items.
    fn check_len(&self, c: &mut Checker, len: usize) {
        if len < self.min_items {
            c.error(m::TOO_FEW_ITEMS.code, m::TOO_FEW_ITEMS.render(&[&c.name(), &self.min_items]));
        }
        if let Some(max) = self.max_items {
            if len > max {
                c.error(m::TOO_MANY_ITEMS.code, m::TOO_MANY_ITEMS.render(&[&c.name(), &len, &max]));
            }
        }
    }
}

/// The JS helpers (see kinds/mod.rs `JS`): `array` checks a JS value's type and length (true
/// when its items are to be checked), `arrayLength` a length, `items` an array read from text
/// (its length findings, placed at its start `open`, go in front of its items' findings,
/// pushed since `mark`, as the tree check orders them).
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function array(v, min, max, out, base, seg, t, d) {
  if (!Array.isArray(v)) {
    wrongType(M.anArray(), v, out, base, seg, t, d);
    return false;
  }
  if (typeof v.toJSON === "function") ask();
  if (d > MAX_DEPTH) ask();
  arrayLength(v.length, min, max, out, base, seg, t);
  return v.length > 0;
}
function arrayLength(n, min, max, out, base, seg, t) {
  if (n < min) error(out, base, seg, t, "too_few_items", hole(base, seg, t, MAIN, (name, got) => M.tooFewItems(name, min) + got, ""));
  if (max !== null && n > max) error(out, base, seg, t, "too_many_items", M.tooManyItems(named(base, seg, t), n, max));
}
function items(p, n, min, max, out, base, seg, t, mark, open) {
  if (n >= min && (max === null || n <= max)) return;
  const found = out.splice(mark);
  const offsets = p.offsets.splice(mark);
  arrayLength(n, min, max, out, base, seg, t);
  place(p, out, open);
  for (let i = 0; i < found.length; i++) {
    out.push(found[i]);
    p.offsets.push(offsets[i]);
  }
}
"#;
