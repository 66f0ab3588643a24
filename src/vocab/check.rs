//! Walks a parsed payload against a rule table and collects every problem: the `Checker`
//! keeps the JSON pointer and the findings, walks objects, and checks each value by its rule's
//! kind (`RuleKind::check`, vocab/kinds/).

use super::diagnostic::Diagnostic;
use super::messages::{self as m, limits, push_decimal, Piece};
use super::node::Node;
use super::rules::{Field, Obj, Ty};

/// Message text built by appending its pieces (`&str`, `String`, integers, `Name`,
/// `Describe`): findings are built on the hot path of invalid payloads, where the formatting
/// machinery cost more than the rest of the validation (and more still in wasm).
macro_rules! msg {
    ($($piece:expr),* $(,)?) => {{
        let mut out = String::with_capacity(80);
        $( Piece::push_to(&$piece, &mut out); )*
        out
    }};
}
pub(crate) use msg;

/// Collects diagnostics while tracking the JSON pointer of the value being checked.
pub struct Checker {
    path: String,
    out: Vec<Diagnostic>,
}

impl Default for Checker {
    fn default() -> Self {
        Self::new()
    }
}

impl Checker {
    pub fn new() -> Self {
        // Sized for a typical body, so the findings path does not regrow them.
        Checker { path: String::with_capacity(64), out: Vec::with_capacity(4) }
    }

    pub fn finish(self) -> Vec<Diagnostic> {
        self.out
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.out.push(d);
    }

    /// The pointer of the current value.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The pointer of the current value with `key` appended (for cross-field rules).
    pub fn path_of(&self, key: &str) -> String {
        let mut p = self.path.clone();
        push_segment(&mut p, key);
        p
    }

    pub(crate) fn error(&mut self, code: &'static str, message: String) {
        self.out.push(Diagnostic::error(self.path.clone(), code, message));
    }

    pub(crate) fn warning(&mut self, code: &'static str, message: String) {
        self.out.push(Diagnostic::warning(self.path.clone(), code, message));
    }

    /// Checks a request or response root: it must be an object.
    pub fn check_root(&mut self, node: &Node, obj: &'static Obj) {
        match node {
            Node::Object(_) => self.check_value(node, &Ty::Object(obj)),
            other => self.error(m::NOT_AN_OBJECT.code, m::NOT_AN_OBJECT.render(&[&m::json_type(other.type_name())])),
        }
    }

    /// Reports what the key of a member says by itself (repeated, a known mistake, unknown)
    /// and returns the rule its value must meet, if any. The path already names the member.
    pub(crate) fn member_key(&mut self, obj: &Obj, key: &str, duplicate: bool) -> Option<&'static Ty> {
        if duplicate {
            self.out.push(Diagnostic::warning(self.path.clone(), m::DUPLICATE_KEY.code, m::DUPLICATE_KEY.render(&[&key])).at_key());
        }
        if let Some(field) = obj.field(key) {
            return Some(&field.ty);
        }
        if let Some(mistake) = obj.mistake(key) {
            let d = Diagnostic { severity: mistake.severity, ..Diagnostic::error(self.path.clone(), mistake.code, m::MISTAKE.render(&[&key, &mistake.means, &mistake.why])) };
            self.out.push(d.at_key());
            return if mistake.accepted_as_alias { obj.field(mistake.means).map(|f| &f.ty) } else { None };
        }
        let hint = close_field(obj, key).map(|f| m::DID_YOU_MEAN.render(&[&f])).unwrap_or_default();
        self.out.push(Diagnostic::warning(self.path.clone(), m::UNKNOWN_FIELD.code, m::UNKNOWN_FIELD.render(&[&key, &obj.name, &hint])).at_key());
        None
    }

    /// Reports each required field of `obj` for which neither it nor an accepted alias is
    /// `present`.
    pub(crate) fn missing_fields(&mut self, obj: &Obj, present: impl Fn(&str) -> bool) {
        for field in obj.all_fields().filter(|f| f.required) {
            let found = present(field.name) || obj.all_mistakes().any(|m| m.accepted_as_alias && m.means == field.name && present(m.key));
            if !found {
                let path = self.path_of(field.name);
                self.out.push(Diagnostic::error(path, "missing_field", missing_message(field)));
            }
        }
    }

    /// Appends a key to the path; returns the length to `leave` back to.
    pub(crate) fn enter_key(&mut self, key: &str) -> usize {
        let len = self.path.len();
        push_segment(&mut self.path, key);
        len
    }

    pub(crate) fn enter_index(&mut self, i: usize) -> usize {
        let len = self.path.len();
        push_index(&mut self.path, i);
        len
    }

    pub(crate) fn leave(&mut self, len: usize) {
        self.path.truncate(len);
    }

    /// How many diagnostics so far.
    pub(crate) fn len(&self) -> usize {
        self.out.len()
    }

    pub(crate) fn since(&self, mark: usize) -> &[Diagnostic] {
        self.out.get(mark..).unwrap_or_default()
    }

    /// Moves the diagnostics pushed after `split` in front of those pushed from `mark`
    /// (an array's length findings come before its items' findings).
    pub(crate) fn hoist(&mut self, mark: usize, split: usize) {
        if let Some(tail) = self.out.get_mut(mark..) {
            tail.rotate_left(split.saturating_sub(mark).min(tail.len()));
        }
    }

    /// Checks a value against its rule: the tree check of the rule's kind (vocab/kinds/).
    pub fn check_value(&mut self, node: &Node, ty: &Ty) {
        ty.kind().check(self, node);
    }

    pub(crate) fn wrong_type(&mut self, expected: &m::Message, got: &Node) {
        self.error(m::WRONG_TYPE.code, m::WRONG_TYPE.render(&[&self.name(), &expected.render(&[]), &Describe(got)]));
    }

    /// The current field's name for messages: the last pointer segment, quoted.
    pub(crate) fn name(&self) -> Name<'_> {
        Name(&self.path)
    }
}

/// The name of the field at a JSON pointer, as messages say it: `"UnreadMsgNum"`,
/// `item /MsgSeqList/0`, `the body`.
pub(crate) struct Name<'a>(&'a str);

impl Piece for Name<'_> {
    fn push_to(&self, out: &mut String) {
        let path = self.0;
        match path.rsplit_once('/') {
            Some((_, last)) if !last.is_empty() && !last.bytes().all(|b| b.is_ascii_digit()) => {
                // Most names have no `~` escapes: skip the substring searches then.
                if last.contains('~') {
                    m::QUOTED.render_to(out, &[&last.replace("~1", "/").replace("~0", "~")]);
                } else {
                    m::QUOTED.render_to(out, &[&last]);
                }
            }
            Some(_) => m::ITEM.render_to(out, &[&path]),
            None => m::THE_BODY.render_to(out, &[]),
        }
    }
}

/// A value as messages describe it: `the string "7"`, `integer 7`, `true`, `array`.
struct Describe<'a, 'b>(&'a Node<'b>);

impl Piece for Describe<'_, '_> {
    fn push_to(&self, out: &mut String) {
        let node = self.0;
        match node {
            Node::Str(s) if s.chars().count() <= limits::DESCRIBED_STRING_MAX_CHARS => m::QUOTED_STRING.render_to(out, &[&s.as_ref()]),
            Node::Int(_) | Node::UInt(_) | Node::Float(_) => m::NUMBER.render_to(out, &[&m::json_type(node.type_name()), &node_text(node)]),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            other => out.push_str(m::json_type(other.type_name())),
        }
    }
}

/// The group-ID rules of decisions.md 13 for any ID (a custom ID's prefix by group type is a
/// rule between fields of create_group and import_group, `CUSTOM_ID_COMMUNITY`).
pub fn check_group_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err(m::GROUP_ID_EMPTY.render(&[]));
    }
    if id.len() > limits::GROUP_ID_MAX_BYTES {
        return Err(m::GROUP_ID_TOO_LONG.render(&[&id.len(), &limits::GROUP_ID_MAX_BYTES]));
    }
    // Bytes first (the common, printable case decodes no characters); a byte outside
    // printable ASCII belongs to a character outside it, which the message names.
    if !id.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        if let Some(c) = id.chars().find(|c| !(' '..='~').contains(c)) {
            return Err(m::GROUP_ID_CHARACTER.render(&[&format!("{c:?}")]));
        }
    }
    Ok(())
}

/// The message of a `missing_field` finding (also written into the generated JS diagnosers).
pub(crate) fn missing_message(field: &Field) -> String {
    m::MISSING_FIELD.render(&[&field.name, &field.doc])
}

pub(crate) fn node_text(node: &Node) -> String {
    match node {
        Node::Int(i) => msg![*i],
        Node::UInt(u) => msg![*u],
        Node::Float(f) => f.to_string(),
        _ => node.type_name().to_owned(),
    }
}

pub(crate) fn quoted_list(values: &[&str]) -> String {
    values.iter().map(|v| m::QUOTED.render(&[v])).collect::<Vec<_>>().join(", ")
}

/// A documented field that differs from `key` only by case or by `_`.
/// Field names are ASCII, so only a key whose every character lowercases to ASCII can match
/// one: ASCII letters, and the one other character whose lowercase is ASCII, the Kelvin
/// sign (U+212A, "k"). Folding just those keeps the Unicode case tables out of the wasm.
pub(crate) fn close_field(obj: &Obj, key: &str) -> Option<&'static str> {
    let norm = |s: &str| -> Option<String> {
        s.chars()
            .filter(|c| *c != '_')
            .map(|c| match c {
                '\u{212A}' => Some('k'),
                c if c.is_ascii() => Some(c.to_ascii_lowercase()),
                _ => None,
            })
            .collect()
    };
    let k = norm(key)?;
    let found = obj.all_fields().find(|f| norm(f.name).as_deref() == Some(k.as_str())).map(|f| f.name);
    found
}

/// Appends an array index segment (a hot path).
fn push_index(path: &mut String, i: usize) {
    path.push('/');
    push_decimal(path, i as u64);
}

/// Appends one RFC 6901 segment.
pub(crate) fn push_segment(path: &mut String, key: &str) {
    path.push('/');
    if !key.bytes().any(|b| b == b'~' || b == b'/') {
        path.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::rules::{req, COUNT};

    /// `close_field` folds only what can match an ASCII name; full Unicode folding (what it
    /// did before) finds the same field for every key.
    #[test]
    fn close_field_matches_unicode_folding() {
        static OBJ: Obj = Obj::new("T", &[req("MsgKey", COUNT, ""), req("Member_Account", COUNT, ""), req("Id", COUNT, "")]);
        let unicode = |key: &str| {
            let norm = |s: &str| s.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect::<String>();
            OBJ.all_fields().find(|f| norm(f.name) == norm(key)).map(|f| f.name)
        };
        for key in ["msgkey", "MSG_KEY", "Msg\u{212A}ey", "MsgKéy", "memberaccount", "MEMBER__ACCOUNT", "İd", "id", "i\u{307}d", "ıd", "", "_", "Mſgkey", "MSGKEY\u{0}"] {
            assert_eq!(close_field(&OBJ, key), unicode(key), "{key:?}");
        }
    }
}
