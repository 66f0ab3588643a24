//! Quick fixes: for the findings an editor can mend by itself, a JSON Patch (RFC 6902) that
//! mends it. A known misspelling or legacy name is renamed to the documented field, an unknown
//! field is renamed to the field it nearly spells or removed, `"2"` becomes `2` where an
//! integer is expected (and `2` becomes `"2"` where a string is), and a missing required field
//! is added with a placeholder of its type, and a `null` member (the field absent) is removed. Derived from the diagnostic, the request's rule
//! table and the payload, the same way in js/lib/fixes.js (`withFixes`), which the Node tests
//! compare with this on random bodies.

use super::check::close_field;
use super::kind::is_index;
pub use super::diagnostic::{Fix, Json, PatchOp};
use super::diagnostic::Diagnostic;
use super::messages as m;
use super::node::Node;
use super::rules::{Obj, Ty};

/// Whether a diagnostic with this code may get a fix (the others are left alone cheaply).
pub fn may_fix(code: &str) -> bool {
    matches!(code, "unknown_field" | "legacy_field" | "missing_field" | "wrong_type" | "type_drift" | "null_member")
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
    // (A member below a union's value has the rule of the table its tag chooses.)
    let parsed = if diagnostics.iter().any(|d| reads_value(d.code) || (may_fix(d.code) && through_union(request, &d.path))) { Node::parse(text).ok() } else { None };
    for d in diagnostics.iter_mut() {
        if may_fix(d.code) {
            d.fix = fix_for(request, d, parsed.as_ref());
        }
    }
    one_fix_per_mistake(diagnostics);
}

/// A misspelt required member is one mistake with two findings (the unknown name, the missing
/// one): only the rename mends it, so the missing member's "add" goes (applying it would leave
/// the misspelling to be removed by hand, or renamed onto the new member). An unknown member
/// that is the only one of its object, beside the only missing member, and nearly spells it
/// (`Txt` for `Text`: `near`) is renamed onto it rather than removed while the other is added.
fn one_fix_per_mistake(diagnostics: &mut [Diagnostic]) {
    pair_near_misses(diagnostics);
    let renamed: Vec<String> = diagnostics
        .iter()
        .filter_map(|d| match d.fix.as_ref()?.patch.first()? {
            PatchOp::Move { path, .. } => Some(path.clone()),
            _ => None,
        })
        .collect();
    if renamed.is_empty() {
        return;
    }
    for d in diagnostics.iter_mut() {
        if d.code == "missing_field" && renamed.contains(&d.path) {
            d.fix = None;
        }
    }
}

/// The fix of one diagnostic of a body checked against `request`, if it has one.
pub fn fix_for(request: &'static Obj, d: &Diagnostic, body: Option<&Node>) -> Option<Fix> {
    let segments = segments(&d.path)?;
    let (key, parents) = segments.split_last()?;
    match d.code {
        "unknown_field" | "legacy_field" => {
            let obj = obj_at(request, parents, body)?;
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
        // (A null member is the field absent: writing it so changes nothing the service reads.)
        "null_member" => Some(Fix { title: m::FIX_REMOVE.render(&[&key.as_str()]), patch: vec![PatchOp::Remove { path: d.path.clone() }] }),
        "missing_field" => {
            let field = obj_at(request, parents, body)?.field(key)?;
            Some(Fix { title: m::FIX_ADD.render(&[&key.as_str()]), patch: vec![PatchOp::Add { path: d.path.clone(), value: placeholder(&field.ty) }] })
        }
        "wrong_type" | "type_drift" => {
            let ty = ty_at(request, &segments, body)?;
            let (title, value) = ty.kind().retype(value_at(body?, &segments)?)?;
            Some(Fix { title, patch: vec![PatchOp::Replace { path: d.path.clone(), value }] })
        }
        _ => None,
    }
}

/// The parent pointer of a member's pointer.
fn parent_of(pointer: &str) -> &str {
    pointer.rfind('/').and_then(|cut| pointer.get(..cut)).unwrap_or_default()
}

/// See `one_fix_per_mistake`: the unknown member's removal becomes the rename onto the
/// missing member, whose "add" goes.
fn pair_near_misses(diagnostics: &mut [Diagnostic]) {
    let removal = |d: &Diagnostic| d.code == "unknown_field" && matches!(d.fix.as_ref().and_then(|f| f.patch.first()), Some(PatchOp::Remove { .. }));
    let addition = |d: &Diagnostic| d.code == "missing_field" && d.fix.is_some();
    if !diagnostics.iter().any(addition) || !diagnostics.iter().any(removal) {
        return;
    }
    // By parent object: how many removals and additions, and the last of each.
    let mut by_parent: std::collections::BTreeMap<&str, [(usize, usize); 2]> = std::collections::BTreeMap::new();
    for (i, d) in diagnostics.iter().enumerate() {
        let side = if removal(d) { 0 } else if addition(d) { 1 } else { continue };
        let entry = by_parent.entry(parent_of(&d.path)).or_insert([(0, 0); 2]);
        if let Some(slot) = entry.get_mut(side) {
            *slot = (slot.0 + 1, i);
        }
    }
    let key = |d: &Diagnostic| segments(&d.path).and_then(|s| s.last().cloned());
    let pairs: Vec<(usize, usize, String, String)> = by_parent
        .values()
        .filter_map(|[(nu, u), (na, a)]| {
            if (*nu, *na) != (1, 1) {
                return None;
            }
            let (from, to) = (key(diagnostics.get(*u)?)?, key(diagnostics.get(*a)?)?);
            near(&from, &to).then_some((*u, *a, from, to))
        })
        .collect();
    for (u, gone, from, to) in pairs {
        let path = diagnostics.get(gone).map(|d| d.path.clone()).unwrap_or_default();
        if let Some(d) = diagnostics.get_mut(u) {
            d.fix = Some(Fix { title: m::FIX_RENAME.render(&[&from.as_str(), &to.as_str()]), patch: vec![PatchOp::Move { from: d.path.clone(), path }] });
        }
        if let Some(d) = diagnostics.get_mut(gone) {
            d.fix = None;
        }
    }
}

/// Whether `a` nearly spells `b`: ASCII names, case and `_` aside, one edit apart (an insert,
/// a deletion, a substitution or two neighbours swapped), two when the longer has over 6
/// letters. (js/lib/fixes.js `near` is the same.)
fn near(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> Option<Vec<u8>> { s.bytes().filter(|c| *c != b'_').map(|c| c.is_ascii().then(|| c.to_ascii_lowercase())).collect() };
    let (Some(a), Some(b)) = (norm(a), norm(b)) else { return false };
    let limit = if a.len().max(b.len()) > 6 { 2 } else { 1 };
    !a.is_empty() && !b.is_empty() && within(&a, &b, limit)
}

/// Whether `a` becomes `b` in at most `k` edits (insert, delete, substitute, swap two
/// neighbours); equal first letters are always matched (never worse).
fn within(a: &[u8], b: &[u8], k: usize) -> bool {
    match (a.split_first(), b.split_first()) {
        (None, _) => b.len() <= k,
        (_, None) => a.len() <= k,
        (Some((x, ra)), Some((y, rb))) if x == y => within(ra, rb, k),
        (Some((x, ra)), Some((y, rb))) => {
            if k == 0 {
                return false;
            }
            let swapped = matches!((ra.split_first(), rb.split_first()), (Some((x2, ra2)), Some((y2, rb2))) if x2 == y && y2 == x && within(ra2, rb2, k - 1));
            swapped || within(ra, rb, k - 1) || within(ra, b, k - 1) || within(a, rb, k - 1)
        }
    }
}

/// A value of the type's shape to start from: what the fix adds for a missing field (also in
/// the catalog, for editors that complete a member).
pub fn placeholder(ty: &Ty) -> Json {
    ty.kind().placeholder(0)
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

/// The rule of the value one segment below a value of rule `ty` that is `value` (when known:
/// a union's members are those of the table its tag chooses, its fallback's when unknown).
fn below(ty: &'static Ty, segment: &str, value: Option<&Node>) -> Option<&'static Ty> {
    match ty {
        Ty::Object(obj) => obj.member_ty(segment),
        Ty::Union(union) => value.map_or(union.fallback, |v| union.table_of(v)).member_ty(segment),
        Ty::Capped(capped) => below(&capped.inner, segment, value),
        Ty::Array(arr) if is_index(segment) => Some(&arr.item),
        _ => None,
    }
}

/// The rule of the value at `segments` (not empty) below the request's root, and that value
/// when the body is given.
fn ty_at(request: &'static Obj, segments: &[String], body: Option<&Node>) -> Option<&'static Ty> {
    let (first, rest) = segments.split_first()?;
    let mut ty = request.member_ty(first)?;
    let mut node = body.and_then(|b| value_at(b, std::slice::from_ref(first)));
    for s in rest {
        ty = below(ty, s, node)?;
        node = node.and_then(|n| value_at(n, std::slice::from_ref(s)));
    }
    Some(ty)
}

/// The object table of the value at `segments` below the request's root.
fn obj_at(request: &'static Obj, segments: &[String], body: Option<&Node>) -> Option<&'static Obj> {
    if segments.is_empty() {
        return Some(request);
    }
    match ty_at(request, segments, body)? {
        Ty::Object(obj) => Some(obj),
        Ty::Union(union) => Some(body.and_then(|b| value_at(b, segments)).map_or(union.fallback, |v| union.table_of(v))),
        _ => None,
    }
}

/// Whether the value at `path` is below a union's value (its rule depends on the body).
fn through_union(request: &'static Obj, path: &str) -> bool {
    let Some(segments) = segments(path) else { return false };
    let Some((first, rest)) = segments.split_first() else { return false };
    let Some(mut ty) = request.member_ty(first) else { return false };
    for s in rest {
        if matches!(ty, Ty::Union(_)) {
            return true;
        }
        match below(ty, s, None) {
            Some(next) => ty = next,
            None => return false,
        }
    }
    false
}

/// The value at `segments`; a repeated key reads its last value, as JSON.parse does.
fn value_at<'n, 'a>(body: &'n Node<'a>, segments: &[String]) -> Option<&'n Node<'a>> {
    segments.iter().try_fold(body, |node, s| match node {
        Node::Object(members) => members.iter().rev().find(|(k, _)| k == s).map(|(_, v)| v),
        Node::Array(items) if is_index(s) => s.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers() {
        assert_eq!(segments(""), None);
        assert_eq!(segments("/a~1b/0/c~0"), Some(vec!["a/b".to_owned(), "0".to_owned(), "c~".to_owned()]));
        assert_eq!(sibling("/List/3/Oops", "a/b"), "/List/3/a~1b");
        assert_eq!(sibling("/Oops", "Tag"), "/Tag");
    }
}
