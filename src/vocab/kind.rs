//! What a rule kind is: the one trait each of `Ty`'s variants implements in its own file under
//! vocab/kinds/ (Ajv keeps a keyword in one file the same way). A kind states its tree check,
//! its two streaming passes, its quick fix and placeholder, its TypeScript type, its JSON
//! Schema, and the JS its generated diagnosers are made of; the checker (check.rs), the
//! streaming reader (scan.rs), the fixes (fix.rs) and the generators (codegen.rs, schema.rs)
//! only call `ty.kind()` (vocab/kinds/mod.rs), so adding a kind touches no `match` of theirs.
//!
//! The generators' methods are native only: the wasm carries the checks and fixes alone.

use super::check::Checker;
use super::diagnostic::Json;
use super::messages::{self as m, push_decimal};
use super::node::Node;
use super::scan::{Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use super::rules::Obj;

/// How deep a placeholder nests (the tables are not recursive, but a bound costs nothing).
pub(crate) const PLACEHOLDER_DEPTH: usize = 8;

pub trait RuleKind {
    /// The tree check: reports what is wrong with `node`, the value at the checker's path.
    fn check(&self, c: &mut Checker, node: &Node);

    /// The streaming validator's quiet pass: reads the value at the cursor and answers `Ok`
    /// exactly when `check` would report nothing (`Found` when it would, `Bail` when the tree
    /// validator must decide).
    fn clean(&self, s: &mut Scan) -> Step;

    /// The streaming validator's detailed pass: reads the value at the cursor and reports
    /// what `check` does, each finding placed where it points. Scalars are read and given to
    /// `check`; containers read their own members.
    fn scan(&self, s: &mut Scan, c: &mut Checker) -> Step {
        s.checked(c, &|c, node| self.check(c, node))
    }

    /// A value of the kind's shape to start from: what a quick fix adds for a missing field
    /// (also in the catalog, for editors that complete a member). `depth` bounds nesting.
    fn placeholder(&self, depth: usize) -> Json;

    /// The quick fix of a `wrong_type` or `type_drift` finding on `value`: the fix's title and
    /// the value to write instead, when writing it in this kind's type changes nothing else.
    fn retype(&self, _value: &Node) -> Option<(String, Json)> {
        None
    }

    /// The TypeScript type of a value.
    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String;

    /// The JSON Schema of a value; nested object tables are `$ref`s to `{refs}{name}`.
    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, refs: &str) -> serde_json::Value;

    /// What the JS quick fixes (js/lib/fixes.js) know of the kind: "i" an integer, "s" a
    /// string, "t" Unix seconds as a string, "x" anything else, `{"o": table}` an object,
    /// `{"a": kind}` an array (`table` gives an object table's index in `RULES_JSON`).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, _table: &dyn Fn(&Obj) -> Option<usize>) -> serde_json::Value {
        serde_json::Value::from("x")
    }

    /// A JS expression over a scalar `v` that is true exactly when `check` reports nothing
    /// for it (and the kind's JS helper would neither report nor defer to wasm), for the
    /// generated diagnosers to skip their helper call; None for containers and opaque
    /// values. Uses lib/json-text.js. `scanned` says `v` was just read by the text scanner,
    /// so its largest code unit is `p.max` (diagnose.js `plainString`).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_clean(&self, _v: &str, _scanned: bool) -> Option<String> {
        None
    }

    /// The JS call of the kind's helper (its `JS` source) that checks `v` and reports what
    /// is wrong with it; `path` names the value (`JsGen::path`).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String;

    /// A JS statement checking the value `v`, its path given as `base`, `seg` and the key
    /// segment `tail` (a JS string literal, `""` for array items), at depth `d + 1`: the clean
    /// test inline, the helper only for a value with findings (so V8 keeps loops tight).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_check(&self, g: &mut dyn JsGen, v: &str, base: &str, seg: &str, tail: &str, scanned: bool) -> String {
        let path = g.path(base, seg, tail);
        match self.js_clean(v, scanned) {
            Some(clean) => format!("if (!({clean})) {}", self.js_report(g, v, &path)),
            None => self.js_report(g, v, &path),
        }
    }

    /// A JS statement that reads the value at the cursor of the text scanner `p` and checks
    /// it as `js_check` does a JS value (a container where a scalar belongs is read as an
    /// empty one: only its kind shows in a message, as in `scan`).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, g: &mut dyn JsGen, base: &str, seg: &str, tail: &str) -> String {
        format!("{{ const x = scalar(p, d + 1); {}; }}", self.js_check(g, "x", base, seg, tail, true))
    }
}

/// The generator of the JS diagnosers (codegen.rs), as the kinds' JS emitters use it.
#[cfg(not(target_arch = "wasm32"))]
pub trait JsGen {
    /// The arguments naming a checked value's path for a helper: `out, base, seg, site, d + 1`,
    /// with a new site for the key segment `tail`, or `ITEM` for array items.
    fn path(&mut self, base: &str, seg: &str, tail: &str) -> String;
    /// The name of a constant (an enum's values) hoisted out of the functions.
    fn hoist(&mut self, value: String) -> String;
    /// The index `j` of an object table's generated functions (`o{j}` for objects, `s{j}`
    /// for text).
    fn table(&self, obj: &Obj) -> Option<usize>;
    /// The name of a function `(v, out, base, seg, t, d)` with this body (an array's checks),
    /// shared by identical rules.
    fn array_fn(&mut self, body: String) -> String;
    /// Likewise over the text scanner: `(p, out, base, seg, t, d)`.
    fn scanned_array_fn(&mut self, body: String) -> String;
}

/// The fix that writes a string of digits as the number it is (integer kinds), where JS
/// reads it back unchanged.
pub(crate) fn digits_to_number(value: &Node) -> Option<(String, Json)> {
    let Node::Str(s) = value else { return None };
    let n = js_safe_integer(s)?;
    Some((m::FIX_TO_NUMBER.render(&[&s.as_ref()]), Json::Int(n)))
}

/// The fix that writes an integer as a string of its digits (string kinds).
pub(crate) fn number_to_digits(value: &Node) -> Option<(String, Json)> {
    let mut digits = String::new();
    match value {
        Node::Int(i) if *i < 0 => {
            digits.push('-');
            push_decimal(&mut digits, i.unsigned_abs());
        }
        Node::Int(i) => push_decimal(&mut digits, i.unsigned_abs()),
        Node::UInt(u) => push_decimal(&mut digits, *u),
        _ => return None,
    }
    Some((m::FIX_TO_STRING.render(&[&digits.as_str()]), Json::Str(digits)))
}

/// A string that is an integer written the way JS writes it back (`-?(0|[1-9][0-9]*)`, no
/// `-0`) and within JS's safe integers: converting it changes nothing but its type.
fn js_safe_integer(s: &str) -> Option<i64> {
    const SAFE: i64 = (1 << 53) - 1;
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !is_index(digits) || s == "-0" || digits.len() > 16 {
        return None;
    }
    s.parse::<i64>().ok().filter(|n| (-SAFE..=SAFE).contains(n))
}

/// An array index as a pointer writes it: digits, no leading zero.
pub(crate) fn is_index(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
}

/// A JS string literal.
#[cfg(not(target_arch = "wasm32"))]
pub fn js_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// A JS number bound; beyond 2^53 the check needs a safe integer anyway.
#[cfg(not(target_arch = "wasm32"))]
pub fn js_bound(v: i64) -> String {
    const SAFE: i64 = (1 << 53) - 1;
    match v {
        v if v >= SAFE => "Number.MAX_SAFE_INTEGER".into(),
        v if v <= -SAFE => "-Number.MAX_SAFE_INTEGER".into(),
        v => v.to_string(),
    }
}

/// A JS number, or `null` for none.
#[cfg(not(target_arch = "wasm32"))]
pub fn js_or_null(n: Option<impl ToString>) -> String {
    n.map_or_else(|| "null".to_owned(), |n| n.to_string())
}

/// `{"$ref": "{refs}{name}"}`: a nested object table in a JSON Schema.
#[cfg(not(target_arch = "wasm32"))]
pub fn schema_ref(refs: &str, obj: &Obj) -> serde_json::Value {
    serde_json::json!({ "$ref": format!("{refs}{}", obj.name) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_that_convert_unchanged() {
        for (s, n) in [("2", Some(2)), ("0", Some(0)), ("-7", Some(-7)), ("9007199254740991", Some(9_007_199_254_740_991))] {
            assert_eq!(js_safe_integer(s), n, "{s}");
        }
        for s in ["", "-", "-0", "02", "+2", "2.0", "1e3", " 2", "9007199254740992", "99999999999999999999"] {
            assert_eq!(js_safe_integer(s), None, "{s}");
        }
    }
}
