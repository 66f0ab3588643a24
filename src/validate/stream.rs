//! The text fast path: checks JSON text against a rule table in one pass over the bytes,
//! with no tree and no allocation while nothing is wrong, and with each finding's position
//! known the moment it is found (no second search for it).
//!
//! It covers what real payloads contain. Anything else — a syntax error, an escape in a key
//! or in a checked string, a fraction, an integer beyond i64/u64, a non-object body, deep
//! nesting — makes it step aside (`Bail`) and the tree validator (`Node` + `Checker`), the
//! reference, answers instead. Both produce the same diagnostics (tests/stream_vs_tree.rs
//! compares them on random payloads, and so does the `validate` fuzz target); the one
//! difference is deliberate: under a repeated key, each warning and finding points at the
//! repeat it is about, where the tree validator can only search for the first or last one.

use crate::vocab::check::{check_group_id, Checker};
use crate::vocab::group_type::{GroupType, TypeName};
use crate::vocab::rules::{Arr, Obj, StrKind, Ty};
use super::locate::utf16_len;
use super::{Anchor, Diagnostic, Node};
use std::borrow::Cow;

/// The payload needs the tree validator.
#[derive(Debug, PartialEq, Eq)]
pub struct Bail;

/// Why a pass stopped early.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    Bail,
    /// The quiet pass met its first finding: the detailed pass takes over.
    Found,
}

type Step = Result<(), Stop>;

/// Beyond this nesting the tree validator decides (serde_json stops at 128).
const MAX_DEPTH: usize = 100;

/// Validates `text` against the request table `obj`; `positions` adds line/column.
///
/// Two passes: a quiet one that keeps no path and stops at the first finding (most payloads
/// are clean, and for them this is all), then, if something was found, a detailed one.
pub fn validate(obj: &Obj, text: &str, positions: bool) -> Result<Vec<Diagnostic>, Bail> {
    match clean(obj, text) {
        Ok(()) => return Ok(Vec::new()),
        Err(Stop::Bail) => return Err(Bail),
        Err(Stop::Found) => {}
    }
    let (mut diagnostics, offsets) = detailed(obj, text).map_err(|_| Bail)?;
    if positions {
        let mut lines = Lines::new(text);
        for (d, &offset) in diagnostics.iter_mut().zip(offsets.iter()) {
            let (line, column) = lines.at(offset);
            d.line = Some(line);
            d.column = Some(column);
        }
    }
    Ok(diagnostics)
}

/// The quiet pass: whether `text` is clean under `obj`, answered without a `Checker`, a path
/// or a diagnostic. It decides each rule's "nothing to report" on the bytes as it reads them
/// (see `clean_value`) and stops at the first thing the detailed pass would report.
fn clean(obj: &Obj, text: &str) -> Step {
    Scan::new(text).body(|scan| scan.clean_object(obj))
}

/// The detailed pass: every finding, with its path and where it points.
fn detailed(obj: &Obj, text: &str) -> Result<(Vec<Diagnostic>, Vec<usize>), Stop> {
    let mut scan = Scan::new(text);
    scan.keys.reserve(16);
    scan.offsets.reserve(4);
    let mut checker = Checker::new();
    scan.body(|scan| scan.object(obj, &mut checker))?;
    Ok((checker.finish(), scan.offsets))
}

struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// Keys of the objects being read, innermost last (for repeated-key and required checks).
    keys: Vec<&'a str>,
    /// The byte offset each diagnostic points at, parallel to the checker's list.
    offsets: Vec<usize>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan { text, bytes: text.as_bytes(), pos: 0, depth: 0, keys: Vec::new(), offsets: Vec::new() }
    }

    /// A whole body: an object, read by `object` (the cursor on its `{`), and nothing after
    /// it but whitespace.
    fn body(&mut self, object: impl FnOnce(&mut Self) -> Step) -> Step {
        self.ws();
        if self.peek() != Some(b'{') {
            return Err(Stop::Bail);
        }
        object(self)?;
        self.ws();
        if self.pos != self.bytes.len() {
            return Err(Stop::Bail);
        }
        Ok(())
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline]
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    #[inline]
    fn eat(&mut self, byte: u8) -> Step {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Stop::Bail)
        }
    }

    fn enter(&mut self) -> Step {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Bail);
        }
        self.pos += 1;
        Ok(())
    }

    /// Records where the diagnostics pushed since `mark` point.
    fn place(&mut self, checker: &Checker, mark: usize, value_at: usize, key_at: usize) {
        for d in checker.since(mark) {
            self.offsets.push(if d.anchor == Anchor::Key { key_at } else { value_at });
        }
    }

    /// Reads the members or items of the container the cursor is on (`{` or `[`, ended by
    /// `close`), calling `each` at the start of each one with its index; returns the count.
    fn each_in(&mut self, close: u8, mut each: impl FnMut(&mut Self, usize) -> Step) -> Result<usize, Stop> {
        self.enter()?;
        self.ws();
        let mut count = 0;
        if self.peek() == Some(close) {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                each(self, count)?;
                count += 1;
                self.ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b) if b == close => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(Stop::Bail),
                }
            }
        }
        self.depth -= 1;
        Ok(count)
    }

    /// An object checked against `obj` (the cursor is on `{`).
    fn object(&mut self, obj: &Obj, c: &mut Checker) -> Step {
        let open = self.pos;
        let first_key = self.keys.len();
        self.each_in(b'}', |s, _| {
            let key_at = s.pos;
            let key = s.member_key()?;
            let duplicate = s.keys.get(first_key..).is_some_and(|seen| seen.contains(&key));
            s.keys.push(key);
            let len = c.enter_key(key);
            let mark = c.len();
            let rule = c.member_key(obj, key, duplicate);
            s.place(c, mark, key_at, key_at);
            match rule {
                Some(ty) => s.value(ty, c)?,
                None => s.skip()?,
            }
            c.leave(len);
            Ok(())
        })?;
        let mark = c.len();
        let keys = self.keys.get(first_key..).unwrap_or_default();
        c.missing_fields(obj, |name| keys.contains(&name));
        self.place(c, mark, open, open);
        self.keys.truncate(first_key);
        Ok(())
    }

    /// An array checked against `rule` (the cursor is on `[`).
    fn array(&mut self, rule: &Arr, c: &mut Checker) -> Step {
        let open = self.pos;
        let mark = c.len();
        let count = self.each_in(b']', |s, i| {
            let len = c.enter_index(i);
            s.value(&rule.item, c)?;
            c.leave(len);
            Ok(())
        })?;
        // The tree validator reports the length before the items.
        let split = c.len();
        c.check_array_len(count, rule);
        self.place(c, split, open, open);
        c.hoist(mark, split);
        if let Some(tail) = self.offsets.get_mut(mark..) {
            tail.rotate_left(split.saturating_sub(mark).min(tail.len()));
        }
        Ok(())
    }

    /// Any value checked against `ty` (the cursor is on its first byte).
    fn value(&mut self, ty: &Ty, c: &mut Checker) -> Step {
        let at = self.pos;
        let mark = c.len();
        match (self.peek(), ty) {
            (_, Ty::Any) => return self.skip(),
            (Some(b'{'), Ty::Object(obj)) => return self.object(obj, c),
            (Some(b'['), Ty::Array(rule)) => return self.array(rule, c),
            // A container where a scalar (or the other container) belongs: the message only
            // needs its kind.
            (Some(b'{'), _) => {
                self.skip()?;
                c.check_value(&Node::Object(Vec::new()), ty);
            }
            (Some(b'['), _) => {
                self.skip()?;
                c.check_value(&Node::Array(Vec::new()), ty);
            }
            _ => {
                let node = self.scalar()?;
                c.check_value(&node, ty);
            }
        }
        self.place(c, mark, at, at);
        Ok(())
    }

    /// An object with nothing to report under `obj`: known fields only, each once, every
    /// required one present (an accepted alias is a mistake, so a finding, anyway).
    fn clean_object(&mut self, obj: &Obj) -> Step {
        // Request tables extend nothing (responses extend the envelope): their own fields are
        // all the fields.
        if obj.extends.is_some() {
            return Err(Stop::Found);
        }
        let mut seen: u64 = 0;
        self.each_in(b'}', |s, _| {
            let key = s.member_key()?;
            let (i, field) = obj.fields.iter().enumerate().find(|(_, f)| f.name == key).ok_or(Stop::Found)?;
            let bit = field_bit(i)?;
            if seen & bit != 0 {
                return Err(Stop::Found);
            }
            seen |= bit;
            s.clean_value(&field.ty)
        })?;
        for (i, field) in obj.fields.iter().enumerate() {
            if field.required && seen & field_bit(i)? == 0 {
                return Err(Stop::Found);
            }
        }
        Ok(())
    }

    /// A value with nothing to report under `ty`: the "no diagnostic" side of each branch of
    /// `Checker::check_value`, decided on the bytes. Anything else is `Found` (the detailed
    /// pass then says what) or `Bail` (the tree validator does).
    fn clean_value(&mut self, ty: &Ty) -> Step {
        let ok = |clean: bool| if clean { Ok(()) } else { Err(Stop::Found) };
        match (self.peek(), ty) {
            (_, Ty::Any) => self.skip(),
            (Some(b'{'), Ty::Object(obj)) => self.clean_object(obj),
            (Some(b'['), Ty::Array(rule)) => {
                let count = self.each_in(b']', |s, _| s.clean_value(&rule.item))?;
                ok(count >= rule.min_items && rule.max_items.is_none_or(|max| count <= max))
            }
            (Some(b'"'), Ty::Str(rule)) => {
                let s = self.plain_string()?;
                let bytes = s.len();
                ok(bytes >= rule.min_bytes && rule.max_bytes.is_none_or(|max| bytes <= max) && (rule.kind != StrKind::GroupId || check_group_id(s, None).is_ok()))
            }
            (Some(b'"'), Ty::Enum(values)) => {
                let s = self.plain_string()?;
                ok(values.contains(&s))
            }
            (Some(b'"'), Ty::GroupType) => {
                let s = self.plain_string()?;
                ok(matches!(GroupType::parse(s), Some(TypeName::Rest(_))))
            }
            (Some(b'"'), Ty::SecondsString) => {
                let s = self.plain_string()?;
                ok(!s.is_empty() && s.len() <= crate::vocab::messages::limits::SECONDS_MAX_DIGITS && s.bytes().all(|b| b.is_ascii_digit()))
            }
            (Some(b'-' | b'0'..=b'9'), Ty::Int(rule)) => {
                let v = self.signed()?;
                ok(v >= rule.min && v <= rule.max && rule.clamp_to.is_none_or(|clamp| v <= clamp))
            }
            (Some(b'-' | b'0'..=b'9'), Ty::IntEnum(values)) => {
                let v = self.signed()?;
                ok(values.contains(&v))
            }
            // A value of the wrong type: the detailed pass reads it again and says so.
            _ => Err(Stop::Found),
        }
    }

    /// An integer that fits i64 (larger ones are out of range for every integer rule).
    #[inline]
    fn signed(&mut self) -> Result<i64, Stop> {
        match self.digits()? {
            (false, v) => i64::try_from(v).map_err(|_| Stop::Found),
            (true, magnitude) => negative(magnitude),
        }
    }

    fn scalar(&mut self) -> Result<Node<'a>, Stop> {
        match self.peek() {
            Some(b'"') => Ok(Node::Str(Cow::Borrowed(self.plain_string()?))),
            Some(b't') => self.literal(b"true", Node::Bool(true)),
            Some(b'f') => self.literal(b"false", Node::Bool(false)),
            Some(b'n') => self.literal(b"null", Node::Null),
            _ => self.integer(),
        }
    }

    fn literal(&mut self, word: &[u8], node: Node<'a>) -> Result<Node<'a>, Stop> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(node)
        } else {
            Err(Stop::Bail)
        }
    }

    /// An integer as serde_json reads it; fractions, exponents, `-0` and integers beyond
    /// i64/u64 (which serde_json turns into floats) are left to the tree validator.
    fn integer(&mut self) -> Result<Node<'a>, Stop> {
        match self.digits()? {
            (true, magnitude) => negative(magnitude).map(Node::Int),
            (false, value) => Ok(i64::try_from(value).map_or(Node::UInt(value), Node::Int)),
        }
    }

    /// An integer's sign and magnitude, where serde_json reads an integer too (no fraction,
    /// exponent, leading zero, `-0`, or magnitude beyond u64).
    #[inline]
    fn digits(&mut self) -> Result<(bool, u64), Stop> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            value = value.checked_mul(10).and_then(|v| v.checked_add(u64::from(d - b'0'))).ok_or(Stop::Bail)?;
            self.pos += 1;
        }
        let digits = self.pos - start;
        let leading_zero = digits > 1 && self.bytes.get(start) == Some(&b'0');
        if digits == 0 || leading_zero || matches!(self.peek(), Some(b'.' | b'e' | b'E')) || (negative && value == 0) {
            return Err(Stop::Bail);
        }
        Ok((negative, value))
    }

    /// A member's key and the `:` after it, leaving the cursor on the value.
    fn member_key(&mut self) -> Result<&'a str, Stop> {
        let key = self.plain_string()?;
        self.colon()?;
        Ok(key)
    }

    fn colon(&mut self) -> Step {
        self.ws();
        self.eat(b':')?;
        self.ws();
        Ok(())
    }

    /// A string without escapes or control characters, borrowed from the text.
    #[inline]
    fn plain_string(&mut self) -> Result<&'a str, Stop> {
        self.eat(b'"')?;
        let start = self.pos;
        loop {
            match self.peek() {
                Some(b'"') => break,
                Some(b'\\') | None => return Err(Stop::Bail),
                Some(b) if b < 0x20 => return Err(Stop::Bail),
                Some(_) => self.pos += 1,
            }
        }
        let s = self.text.get(start..self.pos).ok_or(Stop::Bail)?;
        self.pos += 1;
        Ok(s)
    }

    /// A string that is not checked (inside opaque content): simple escapes are fine;
    /// `\u` escapes (surrogate rules) go to the tree validator.
    fn skip_string(&mut self) -> Step {
        self.eat(b'"')?;
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => match self.bytes.get(self.pos + 1) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.pos += 2,
                    _ => return Err(Stop::Bail),
                },
                Some(b) if b < 0x20 => return Err(Stop::Bail),
                None => return Err(Stop::Bail),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// Reads past any value, checking only that it is JSON.
    fn skip(&mut self) -> Step {
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'{') => self
                .each_in(b'}', |s, _| {
                    s.skip_string()?;
                    s.colon()?;
                    s.skip()
                })
                .map(drop),
            Some(b'[') => self.each_in(b']', |s, _| s.skip()).map(drop),
            _ => self.scalar().map(drop),
        }
    }
}

/// The integer `-magnitude`; below i64::MIN serde_json makes a float, which the tree decides.
fn negative(magnitude: u64) -> Result<i64, Stop> {
    if magnitude <= 1 << 63 {
        Ok((magnitude as i64).wrapping_neg())
    } else {
        Err(Stop::Bail)
    }
}

/// The bit of field `i` in `clean_object`'s set of seen fields (tables have fewer than 64;
/// a larger one steps aside to the tree).
fn field_bit(i: usize) -> Result<u64, Stop> {
    u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i)).ok_or(Stop::Bail)
}

/// Line and UTF-16 column of byte offsets, scanning forward from the last answer (offsets
/// mostly come in order).
struct Lines<'a> {
    text: &'a str,
    /// Offset scanned up to, its line, and where that line begins.
    at: usize,
    line: u32,
    line_start: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { text, at: 0, line: 1, line_start: 0 }
    }

    fn at(&mut self, offset: usize) -> (u32, u32) {
        if offset < self.at {
            *self = Lines::new(self.text);
        }
        let bytes = self.text.as_bytes();
        for (i, b) in bytes.iter().enumerate().take(offset).skip(self.at) {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = i + 1;
            }
        }
        self.at = offset;
        // Offsets are at token starts, so always on a character boundary.
        let column = self.text.get(self.line_start..offset).map_or(0, utf16_len);
        (self.line, u32::try_from(column + 1).unwrap_or(u32::MAX))
    }
}
