//! A value no longer than a number of UTF-8 bytes written as compact JSON
//! (`Ty::Capped(&Capped { inner, max_bytes })`): a message body, which the service refuses over
//! 12 KB (decisions.md). The inner rule is checked first; the size is measured only for an
//! array, as `JSON.stringify` writes it (the streaming readers measure the text itself, which
//! is the same but for whitespace, and leave a `\u` escape or a fraction to the tree).

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::RuleKind;
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::rules::Capped;
use crate::vocab::scan::{clean_if, Scan, Step};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::JsGen;
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::rules::Obj;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

impl RuleKind for Capped {
    fn check(&self, c: &mut Checker, node: &Node) {
        c.check_value(node, &self.inner);
        if matches!(node, Node::Array(_)) {
            self.report(c, json_len(node));
        }
    }

    fn clean(&self, s: &mut Scan) -> Step {
        let at = s.pos;
        s.clean_value(&self.inner)?;
        // Compact JSON is never longer than the text it comes from: a short text needs no count.
        if s.byte_at(at) != Some(b'[') || s.pos.saturating_sub(at) <= self.max_bytes {
            return Ok(());
        }
        clean_if(s.compact_len(at)? <= self.max_bytes)
    }

    fn scan(&self, s: &mut Scan, c: &mut Checker) -> Step {
        let at = s.pos;
        s.value(&self.inner, c)?;
        if s.byte_at(at) == Some(b'[') {
            let bytes = s.compact_len(at)?;
            let mark = c.len();
            self.report(c, bytes);
            s.place(c, mark, at, at);
        }
        Ok(())
    }

    fn placeholder(&self, depth: usize) -> Json {
        self.inner.kind().placeholder(depth)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        self.inner.kind().ts()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, refs: &str) -> Value {
        let mut s = self.inner.kind().schema(refs);
        if let Some(members) = s.as_object_mut() {
            members.insert("x-tcim-maxJsonBytes".into(), json!(self.max_bytes));
        }
        s
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, table: &dyn Fn(&Obj) -> Option<usize>) -> Value {
        self.inner.kind().js_fix_kind(table)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_check(&self, g: &mut dyn JsGen, v: &str, base: &str, seg: &str, tail: &str, scanned: bool) -> String {
        let inner = self.inner.kind().js_check(g, v, base, seg, tail, scanned);
        let path = g.path(base, seg, tail);
        format!("{{ {inner}; capped({v}, {}, {path}); }}", self.max_bytes)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        format!("{{ {}; capped({v}, {}, {path}); }}", self.inner.kind().js_report(g, v, path), self.max_bytes)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, g: &mut dyn JsGen, base: &str, seg: &str, tail: &str) -> String {
        let inner = self.inner.kind().js_scan(g, base, seg, tail);
        let path = g.path(base, seg, tail);
        format!("{{ const from = p.i; {inner}; cappedText(p, from, {}, {path}); }}", self.max_bytes)
    }
}

impl Capped {
    fn report(&self, c: &mut Checker, bytes: usize) {
        if bytes > self.max_bytes {
            c.error(m::TOO_LARGE.code, m::TOO_LARGE.render(&[&c.name(), &bytes, &self.max_bytes]));
        }
    }
}

/// The UTF-8 length of `node` written as compact JSON, as `JSON.stringify` writes it (and
/// serde_json, but for the form of a number with an exponent: see `number_len`).
pub(crate) fn json_len(node: &Node) -> usize {
    match node {
        Node::Null => 4,
        Node::Bool(b) => if *b { 4 } else { 5 },
        Node::Int(i) => decimal_len(i.unsigned_abs()) + usize::from(*i < 0),
        Node::UInt(u) => decimal_len(*u),
        Node::Float(f) => number_len(*f),
        Node::Str(s) => string_len(s),
        Node::Array(items) => 2 + items.len().saturating_sub(1) + items.iter().map(json_len).sum::<usize>(),
        Node::Object(members) => 2 + members.len().saturating_sub(1) + members.iter().map(|(k, v)| string_len(k) + 1 + json_len(v)).sum::<usize>(),
    }
}

fn decimal_len(mut n: u64) -> usize {
    let mut len = 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
}

/// A string with its quotes and escapes: `"` and `\` and the short escapes take 2 bytes, the
/// other control characters 6 (`\u001f`).
fn string_len(s: &str) -> usize {
    2 + s
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' | 0x08 | 0x0c | b'\n' | b'\r' | b'\t' => 2,
            0..=0x1f => 6,
            _ => 1,
        })
        .sum::<usize>()
}

/// A number as JS's Number.prototype.toString writes it: the shortest digits that read back
/// to it (Rust's `{:e}` finds the same), in plain form from 1e-7 up to 1e21, else with an
/// exponent (`1e+21`, `1.5e-7`).
fn number_len(f: f64) -> usize {
    if f == 0.0 || !f.is_finite() {
        return 1;
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let k = mantissa.bytes().filter(u8::is_ascii_digit).count() as i64;
    let n = exp.parse::<i64>().unwrap_or(0) + 1;
    let sign = usize::from(f < 0.0);
    let len = if k <= n && n <= 21 {
        n
    } else if 0 < n && n <= 21 {
        k + 1
    } else if -6 < n && n <= 0 {
        2 - n + k
    } else {
        let e = (n - 1).unsigned_abs();
        (if k == 1 { 1 } else { k + 1 }) + 2 + decimal_len(e) as i64
    };
    sign + usize::try_from(len).unwrap_or(0)
}

/// The JS helpers (see kinds/mod.rs `JS`): `capped` measures a JS array as JSON.stringify
/// writes it; `cappedText` the array read from text since `from` (diagnose.js's scanner has
/// left a `\u` escape, a fraction and an exponent to wasm: what is left is written as
/// JSON.stringify would but for whitespace and the escape `\/`).
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function capped(v, max, out, base, seg, t, d) {
  if (!Array.isArray(v)) return;
  const text = JSON.stringify(v);
  if (text.length <= max / 3) return;
  const bytes = utf8Length(text);
  if (bytes > max) error(out, base, seg, t, "too_large", M.tooLarge(named(base, seg, t), bytes, max));
}
function cappedText(p, from, max, out, base, seg, t) {
  const b = p.b;
  if (b[from] !== 91) return;
  let bytes = 0;
  let inString = false;
  for (let i = from; i < p.i; i++) {
    const c = b[i];
    if (inString) {
      if (c === 34) inString = false;
      else if (c === 92) {
        const e = b[i + 1];
        if (e === 117) ask();
        i++;
        bytes += e === 47 ? 1 : 2;
        continue;
      }
      bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (c === 34) inString = true;
    bytes++;
  }
  if (bytes > max) error(out, base, seg, t, "too_large", M.tooLarge(named(base, seg, t), bytes, max));
}
"#;

#[cfg(test)]
mod tests {
    /// Lengths as JS's `String(n)` writes these numbers.
    #[test]
    fn numbers_are_as_long_as_js_writes_them() {
        for (f, js) in [(1.5, "1.5"), (0.1, "0.1"), (100.0, "100"), (-0.5, "-0.5"), (1e21, "1e+21"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (2.5e-6, "0.0000025"), (1.2345678901234568e20, "123456789012345680000"), (123.456, "123.456"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (-1e-10, "-1e-10"), (0.000001, "0.000001"), (1e20, "100000000000000000000")] {
            assert_eq!(super::number_len(f), js.len(), "{f}");
        }
    }
}
