//! The JSON text reader of the streaming validator (validate/stream.rs): one pass over the
//! bytes, with no tree and no allocation while nothing is wrong. Each rule kind reads its own
//! values with it (`RuleKind::clean` and `RuleKind::scan`, vocab/kinds/); what it does not
//! cover — a syntax error, an escape in a key or in a checked string, a fraction, an integer
//! beyond i64/u64, deep nesting — stops it with `Stop::Bail`, and the tree validator answers.

use super::check::Checker;
use super::diagnostic::Anchor;
use super::node::Node;
use super::rules::Ty;
use std::borrow::Cow;

/// Why a pass stopped early.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    Bail,
    /// The quiet pass met its first finding: the detailed pass takes over.
    Found,
}

pub type Step = Result<(), Stop>;

/// Beyond this nesting the tree validator decides (serde_json stops at 128).
const MAX_DEPTH: usize = 100;

pub struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pub(crate) pos: usize,
    depth: usize,
    /// Keys of the objects being read, innermost last (for repeated-key and required checks).
    pub(crate) keys: Vec<&'a str>,
    /// The byte offset each diagnostic points at, parallel to the checker's list.
    pub(crate) offsets: Vec<usize>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Scan { text, bytes: text.as_bytes(), pos: 0, depth: 0, keys: Vec::new(), offsets: Vec::new() }
    }

    /// A whole body: an object, read by `object` (the cursor on its `{`), and nothing after
    /// it but whitespace.
    pub(crate) fn body(&mut self, object: impl FnOnce(&mut Self) -> Step) -> Step {
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
    pub(crate) fn peek(&self) -> Option<u8> {
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
    pub(crate) fn place(&mut self, checker: &Checker, mark: usize, value_at: usize, key_at: usize) {
        for d in checker.since(mark) {
            self.offsets.push(if d.anchor == Anchor::Key { key_at } else { value_at });
        }
    }

    /// Reads the members or items of the container the cursor is on (`{` or `[`, ended by
    /// `close`), calling `each` at the start of each one with its index; returns the count.
    pub(crate) fn each_in(&mut self, close: u8, mut each: impl FnMut(&mut Self, usize) -> Step) -> Result<usize, Stop> {
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

    /// Any value checked against `ty` (the cursor is on its first byte): by its kind.
    pub(crate) fn value(&mut self, ty: &Ty, c: &mut Checker) -> Step {
        ty.kind().scan(self, c)
    }

    /// A value with nothing to report under `ty`: the "no diagnostic" side of its kind's
    /// tree check, decided on the bytes. Anything else is `Found` (the detailed pass then
    /// says what) or `Bail` (the tree validator does).
    pub(crate) fn clean_value(&mut self, ty: &Ty) -> Step {
        ty.kind().clean(self)
    }

    /// A scalar read and checked by `check` (the tree check of its kind), the findings
    /// placed at its start. A container where a scalar (or the other container) belongs is
    /// read past and checked as an empty one: the message only needs its kind.
    /// (`check` is a `dyn` so the kinds share one copy of this.)
    pub(crate) fn checked(&mut self, c: &mut Checker, check: &dyn Fn(&mut Checker, &Node)) -> Step {
        let at = self.pos;
        let mark = c.len();
        match self.peek() {
            Some(b'{') => {
                self.skip()?;
                check(c, &Node::Object(Vec::new()));
            }
            Some(b'[') => {
                self.skip()?;
                check(c, &Node::Array(Vec::new()));
            }
            _ => {
                let node = self.scalar()?;
                check(c, &node);
            }
        }
        self.place(c, mark, at, at);
        Ok(())
    }

    /// The string at the cursor if there is one (else `Found`: a value of the wrong type,
    /// which the detailed pass reads again and reports).
    pub(crate) fn string_value(&mut self) -> Result<&'a str, Stop> {
        if self.peek() != Some(b'"') {
            return Err(Stop::Found);
        }
        self.plain_string()
    }

    /// The integer at the cursor if there is one that fits i64 (else `Found`, as above).
    pub(crate) fn integer_value(&mut self) -> Result<i64, Stop> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(Stop::Found);
        }
        self.signed()
    }

    /// An integer that fits i64 (larger ones are out of range for every integer rule).
    #[inline]
    pub(crate) fn signed(&mut self) -> Result<i64, Stop> {
        match self.digits()? {
            (false, v) => i64::try_from(v).map_err(|_| Stop::Found),
            (true, magnitude) => negative(magnitude),
        }
    }

    pub(crate) fn scalar(&mut self) -> Result<Node<'a>, Stop> {
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
    pub(crate) fn member_key(&mut self) -> Result<&'a str, Stop> {
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
    pub(crate) fn plain_string(&mut self) -> Result<&'a str, Stop> {
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

    /// The byte at `at`.
    pub(crate) fn byte_at(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    /// The UTF-8 length of the text from `from` to the cursor written as compact JSON: without
    /// whitespace, `\/` written `/`; a `\u` escape is the tree's to measure (`Bail`).
    pub(crate) fn compact_len(&self, from: usize) -> Result<usize, Stop> {
        let text = self.bytes.get(from..self.pos).ok_or(Stop::Bail)?;
        let mut len = 0;
        let mut in_string = false;
        let mut i = 0;
        while let Some(&b) = text.get(i) {
            i += 1;
            if in_string {
                match b {
                    b'"' => in_string = false,
                    b'\\' => {
                        let escaped = text.get(i).copied();
                        i += 1;
                        match escaped {
                            Some(b'u') => return Err(Stop::Bail),
                            Some(b'/') => len += 1,
                            _ => len += 2,
                        }
                        continue;
                    }
                    _ => {}
                }
                len += 1;
            } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                in_string = b == b'"';
                len += 1;
            }
        }
        Ok(len)
    }

    /// The string value of the member `tag` of the object at the cursor (its last one), read
    /// ahead: the cursor is put back. `None` when it is absent or not a string.
    pub(crate) fn tag_ahead(&mut self, tag: &str) -> Result<Option<&'a str>, Stop> {
        let at = self.pos;
        let mut found = None;
        self.each_in(b'}', |s, _| {
            let key = s.member_key()?;
            if key == tag {
                found = if s.peek() == Some(b'"') { Some(s.plain_string()?) } else { s.skip().map(|()| None)? };
                Ok(())
            } else {
                s.skip()
            }
        })?;
        self.pos = at;
        Ok(found)
    }

    /// Reads past any value, checking only that it is JSON.
    pub(crate) fn skip(&mut self) -> Step {
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

/// The bit of field `i` in the fields an object's quiet pass has seen (kinds/object.rs):
/// tables have fewer than 64; a larger one steps aside to the tree.
pub(crate) fn field_bit(i: usize) -> Result<u64, Stop> {
    u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i)).ok_or(Stop::Bail)
}


/// `Ok` when a value read is clean, else `Found` (the detailed pass reports it).
pub(crate) fn clean_if(clean: bool) -> Step {
    if clean {
        Ok(())
    } else {
        Err(Stop::Found)
    }
}
