//! Quick fixes: for the findings an editor can mend by itself, a JSON Patch (RFC 6902) that
//! mends it. A known misspelling or legacy name is renamed to the documented field, an unknown
//! field is renamed to the field it nearly spells or removed, `"2"` becomes `2` where an
//! integer is expected (and `2` becomes `"2"` where a string is), and a missing required field
//! is added with a placeholder of its type. Derived from the diagnostic, the request's rule
//! table and the payload, the same way in lib/diagnose.js (`withFixes`), which the Node tests
//! compare with this on random bodies.

use super::check::{close_field, push_decimal};
use super::diagnostic::Diagnostic;
use super::messages as m;
use super::node::Node;
use super::rules::{Obj, Ty};
use serde::{Serialize, Serializer};

/// A mend for one diagnostic: what an editor shows, and the patch that does it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub title: String,
    pub patch: Vec<PatchOp>,
}

/// One JSON Patch operation (paths are JSON pointers into the payload), written as RFC 6902
/// writes it: `{ "op": "move", "from", "path" }` and so on.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchOp {
    Move { from: String, path: String },
    Remove { path: String },
    Replace { path: String, value: Json },
    Add { path: String, value: Json },
}

/// A value a patch writes. (Not a `serde_json::Value`, whose serializer and float formatting
/// would come into the core module for a few integers and strings.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Str(String),
    Int(i64),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

// (By hand: the derive of an internally tagged enum writes several times the code.)
impl Serialize for PatchOp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (op, from, path, value) = match self {
            PatchOp::Move { from, path } => ("move", Some(from), path, None),
            PatchOp::Remove { path } => ("remove", None, path, None),
            PatchOp::Replace { path, value } => ("replace", None, path, Some(value)),
            PatchOp::Add { path, value } => ("add", None, path, Some(value)),
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("op", op)?;
        if let Some(from) = from {
            map.serialize_entry("from", from)?;
        }
        map.serialize_entry("path", path)?;
        if let Some(value) = value {
            map.serialize_entry("value", value)?;
        }
        map.end()
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Str(s) => serializer.serialize_str(s),
            Json::Int(i) => serializer.serialize_i64(*i),
            Json::Array(items) => serializer.collect_seq(items),
            Json::Object(members) => serializer.collect_map(members.iter().map(|(k, v)| (*k, v))),
        }
    }
}

/// Whether a diagnostic with this code may get a fix (the others are left alone cheaply).
pub fn may_fix(code: &str) -> bool {
    matches!(code, "unknown_field" | "legacy_field" | "missing_field" | "wrong_type" | "type_drift")
}

/// Whether finding a fix for this code reads the payload's value.
fn reads_value(code: &str) -> bool {
    matches!(code, "wrong_type" | "type_drift")
}

/// Gives each diagnostic of a request body its fix, where it has one. The body is parsed
/// only when a fix needs a value from it.
pub fn attach(request: &'static Obj, text: &str, diagnostics: &mut [Diagnostic]) {
    if !diagnostics.iter().any(|d| may_fix(d.code)) {
        return;
    }
    let parsed = if diagnostics.iter().any(|d| reads_value(d.code)) { Node::parse(text).ok() } else { None };
    for d in diagnostics.iter_mut() {
        if may_fix(d.code) {
            d.fix = fix_for(request, d, parsed.as_ref());
        }
    }
}

/// The fix of one diagnostic of a body checked against `request`, if it has one.
pub fn fix_for(request: &'static Obj, d: &Diagnostic, body: Option<&Node>) -> Option<Fix> {
    let segments = segments(&d.path)?;
    let (key, parents) = segments.split_last()?;
    match d.code {
        "unknown_field" | "legacy_field" => {
            let obj = obj_at(request, parents)?;
            let to = match obj.mistake(key) {
                Some(mistake) => Some(mistake.means),
                None if d.code == "unknown_field" => close_field(obj, key),
                None => None,
            };
            match to.filter(|to| obj.field(to).is_some()) {
                Some(to) => Some(Fix { title: m::FIX_RENAME.render(&[&key.as_str(), &to]), patch: vec![PatchOp::Move { from: d.path.clone(), path: sibling(&d.path, to) }] }),
                None if d.code == "unknown_field" => Some(Fix { title: m::FIX_REMOVE.render(&[&key.as_str()]), patch: vec![PatchOp::Remove { path: d.path.clone() }] }),
                None => None,
            }
        }
        "missing_field" => {
            let field = obj_at(request, parents)?.field(key)?;
            Some(Fix { title: m::FIX_ADD.render(&[&key.as_str()]), patch: vec![PatchOp::Add { path: d.path.clone(), value: placeholder(&field.ty) }] })
        }
        "wrong_type" | "type_drift" => {
            let ty = member_ty(request, key, parents)?;
            let value = value_at(body?, &segments)?;
            let replace = |title: String, value: Json| Some(Fix { title, patch: vec![PatchOp::Replace { path: d.path.clone(), value }] });
            match (ty, value) {
                (Ty::Int(_) | Ty::IntEnum(_), Node::Str(s)) => {
                    let n = js_safe_integer(s)?;
                    replace(m::FIX_TO_NUMBER.render(&[&s.as_ref()]), Json::Int(n))
                }
                (Ty::Str(_) | Ty::SecondsString, Node::Int(_) | Node::UInt(_)) => {
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
                    replace(m::FIX_TO_STRING.render(&[&digits.as_str()]), Json::Str(digits))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A value of the type's shape to start from: what the fix adds for a missing field (also in
/// the catalog, for editors that complete a member).
pub fn placeholder(ty: &Ty) -> Json {
    placeholder_at(ty, 0)
}

fn placeholder_at(ty: &Ty, depth: usize) -> Json {
    // (The tables are not recursive, but a bound costs nothing.)
    const MAX_DEPTH: usize = 8;
    match ty {
        Ty::Str(_) => Json::Str(String::new()),
        Ty::SecondsString => Json::Str("0".into()),
        Ty::Int(rule) => Json::Int(if rule.min <= 0 && rule.max >= 0 { 0 } else { rule.min }),
        Ty::IntEnum(values) => Json::Int(values.first().copied().unwrap_or_default()),
        Ty::Enum(values) => Json::Str(values.first().copied().unwrap_or_default().into()),
        Ty::GroupType => Json::Str("Public".into()),
        Ty::Array(arr) if depth < MAX_DEPTH => Json::Array(vec![placeholder_at(&arr.item, depth + 1)]),
        Ty::Object(obj) if depth < MAX_DEPTH => Json::Object(obj.all_fields().filter(|f| f.required).map(|f| (f.name, placeholder_at(&f.ty, depth + 1))).collect()),
        Ty::Array(_) => Json::Array(Vec::new()),
        Ty::Object(_) | Ty::Any => Json::Object(Vec::new()),
    }
}

/// The pointer's segments, unescaped (`~1` is `/`, `~0` is `~`); None for "" (the body).
fn segments(pointer: &str) -> Option<Vec<String>> {
    let rest = pointer.strip_prefix('/')?;
    Some(rest.split('/').map(unescape).collect())
}

/// A pointer segment's text: `~1` is `/`, `~0` is `~`.
fn unescape(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    let mut chars = segment.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('~', Some('1')) => {
                out.push('/');
                chars.next();
            }
            ('~', Some('0')) => {
                out.push('~');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// The pointer of the member `key` beside the one at `pointer`.
fn sibling(pointer: &str, key: &str) -> String {
    let parent = pointer.rfind('/').and_then(|cut| pointer.get(..cut)).unwrap_or_default();
    let mut out = String::with_capacity(parent.len() + key.len() + 1);
    out.push_str(parent);
    out.push('/');
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// The rule of a member, through a legacy name the service accepts in its place.
fn field_ty(obj: &'static Obj, key: &str) -> Option<&'static Ty> {
    obj.field(key).or_else(|| obj.alias_of(key).and_then(|means| obj.field(means))).map(|f| &f.ty)
}

/// The rule of the value one segment below a value of rule `ty`.
fn below(ty: &'static Ty, segment: &str) -> Option<&'static Ty> {
    match ty {
        Ty::Object(obj) => field_ty(obj, segment),
        Ty::Array(arr) if is_index(segment) => Some(&arr.item),
        _ => None,
    }
}

/// The object table of the value at `segments` below the request's root.
fn obj_at(request: &'static Obj, segments: &[String]) -> Option<&'static Obj> {
    let Some((first, rest)) = segments.split_first() else { return Some(request) };
    match rest.iter().try_fold(field_ty(request, first)?, |ty, s| below(ty, s))? {
        Ty::Object(obj) => Some(obj),
        _ => None,
    }
}

/// The rule of the member `key` of the object at `parents`, or of the item `key` of the
/// array there.
fn member_ty(request: &'static Obj, key: &str, parents: &[String]) -> Option<&'static Ty> {
    match parents.split_first() {
        None => field_ty(request, key),
        Some((first, rest)) => below(rest.iter().try_fold(field_ty(request, first)?, |ty, s| below(ty, s))?, key),
    }
}

/// The value at `segments`; a repeated key reads its last value, as JSON.parse does.
fn value_at<'n, 'a>(body: &'n Node<'a>, segments: &[String]) -> Option<&'n Node<'a>> {
    segments.iter().try_fold(body, |node, s| match node {
        Node::Object(members) => members.iter().rev().find(|(k, _)| k == s).map(|(_, v)| v),
        Node::Array(items) if is_index(s) => s.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// An array index as a pointer writes it: digits, no leading zero.
fn is_index(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
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

    #[test]
    fn pointers() {
        assert_eq!(segments(""), None);
        assert_eq!(segments("/a~1b/0/c~0"), Some(vec!["a/b".to_owned(), "0".to_owned(), "c~".to_owned()]));
        assert_eq!(sibling("/List/3/Oops", "a/b"), "/List/3/a~1b");
        assert_eq!(sibling("/Oops", "Tag"), "/Tag");
    }
}
