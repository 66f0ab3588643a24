//! Reads JSON text into the simulator's types: request bodies the validator has accepted, and
//! snapshots. (Simulator options and client actions, which people write, are read by serde,
//! whose refusals say more.) serde's derived `Deserialize`
//! did this at a cost the wasm could not afford: one large visitor per type (with an error
//! message for each way a field can be wrong) was ~30 % of the code, although for request
//! bodies every one of those errors had already been ruled out. This reader refuses (`None`)
//! what it cannot read, with a reason for texts a person wrote (`read_or_why`); it never
//! panics on any text. A repeated key keeps its last value, as with JSON.parse.
//!
//! A wire type's reader comes from its `wire!` statement (the same names its serde struct
//! has; tests/catalog.rs checks they read alike, `reads_like_serde`); a snapshot type lists
//! its names in `reads!`.

use serde_json::value::RawValue;
use crate::vocab::group_type::{GroupType, TypeName};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// A cursor over JSON text.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// Why reading stopped, for texts a person wrote (options, snapshots): the innermost
    /// reason is kept.
    why: Option<String>,
}

/// A type read from JSON text.
pub trait ReadJson: Sized {
    fn read(r: &mut Reader<'_>) -> Option<Self>;
    /// The value of a member that is not there: only an `Option` has one (serde's
    /// `default`); a required member the validator made sure of.
    fn absent() -> Option<Self> {
        None
    }
}

/// Reads a whole text as `T`: `None` unless it is exactly one `T`.
pub fn read_text<T: ReadJson>(text: &str) -> Option<T> {
    // Made once per type read (every request type): kept to the call and one check.
    let mut r = Reader { text, at: 0, why: None };
    let value = T::read(&mut r)?;
    r.at_end().then_some(value)
}

/// `read_text` with the reason it could not read the text.
pub fn read_or_why<T: ReadJson>(text: &str) -> Result<T, String> {
    let mut r = Reader { text, at: 0, why: None };
    match T::read(&mut r) {
        Some(value) if r.at_end() => Ok(value),
        Some(_) => Err(format!("unexpected text after the value at byte {}", r.at)),
        None => Err(r.why.take().unwrap_or_else(|| format!("not the expected JSON at byte {}", r.at))),
    }
}

impl<'a> Reader<'a> {
    /// Whether nothing but whitespace is left.
    #[inline(never)]
    fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes().get(self.at) {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    /// Moves past a string whose opening quote is at `at`; returns where its content ends.
    fn pass_string(&mut self) -> Option<usize> {
        self.at += 1;
        loop {
            match *self.bytes().get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(self.at - 1);
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
    }

    /// A string, borrowed unless it has escapes.
    pub fn string(&mut self) -> Option<Cow<'a, str>> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.at;
        let end = self.pass_string()?;
        let inner = self.text.get(start + 1..end)?;
        if !inner.contains('\\') {
            return Some(Cow::Borrowed(inner));
        }
        unescape(inner).map(Cow::Owned)
    }

    /// Passes over any one value and returns its text.
    pub fn skip(&mut self) -> Option<&'a str> {
        self.peek()?;
        let start = self.at;
        // Iterative, so no nesting depth can exhaust the stack.
        let mut depth = 0usize;
        loop {
            match *self.bytes().get(self.at)? {
                b'"' => {
                    self.pass_string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' if depth > 0 => self.at += 1,
                b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' => return None,
                _ => {
                    let rest = self.bytes().get(self.at..)?;
                    self.at += rest.iter().position(|b| matches!(b, b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r')).unwrap_or(rest.len());
                }
            }
            if depth == 0 {
                return self.text.get(start..self.at);
            }
        }
    }

    /// Calls `member` with each key of an object, the reader on its value; `member` must
    /// read or skip that value.
    pub fn object(&mut self, member: &mut dyn FnMut(&mut Self, &str) -> Option<()>) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            member(self, &key)?;
            if self.eat(b'}') {
                return Some(());
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// Calls `item` with the reader on each element of an array.
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Option<()>) -> Option<()> {
        if !self.eat(b'[') {
            return None;
        }
        if self.eat(b']') {
            return Some(());
        }
        loop {
            item(self)?;
            if self.eat(b']') {
                return Some(());
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// Stops reading with this reason (kept unless a deeper one was given).
    pub fn refuse<T>(&mut self, why: impl FnOnce() -> String) -> Option<T> {
        if self.why.is_none() {
            self.why = Some(why());
        }
        None
    }

    /// The value of member `key`, or why it could not be read.
    pub fn field<T: ReadJson>(&mut self, key: &str) -> Option<T> {
        let value = T::read(self);
        if value.is_none() {
            self.wrong(key);
        }
        value
    }

    /// The value of member `key` could not be read.
    pub fn wrong(&mut self, key: &str) -> Option<()> {
        let at = self.at;
        self.refuse(|| format!("\"{key}\" does not have the expected type (at byte {at})"))
    }

    /// A required member is not there.
    pub fn missing(&mut self, key: &str) {
        self.refuse::<()>(|| format!("missing \"{key}\""));
    }

    /// A member no field takes, where unknown members are refused.
    pub fn unknown(&mut self, key: &str, known: &[&str]) -> Option<()> {
        self.refuse(|| format!("unknown field \"{key}\" (expected one of: {})", known.join(", ")))
    }

    /// The text of a scalar that is not a string (a number, true, false, null).
    fn scalar(&mut self) -> Option<&'a str> {
        match self.peek()? {
            b'"' | b'{' | b'[' => None,
            _ => self.skip(),
        }
    }
}

/// The text of a JSON string's inside with its escapes decoded (RFC 8259 §7; a lone
/// surrogate is refused, as serde_json refuses it). Decoded here rather than by serde_json so
/// that the UserSig module, which reads tickets with this reader, carries no JSON parser.
fn unescape(inner: &str) -> Option<String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if c < ' ' {
                return None;
            }
            out.push(c);
            continue;
        }
        let decoded = match chars.next()? {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let hex = |chars: &mut std::str::Chars<'_>| -> Option<u32> {
                    let digits = chars.as_str().get(..4)?;
                    let v = u32::from_str_radix(digits, 16).ok().filter(|_| digits.bytes().all(|b| b.is_ascii_hexdigit()))?;
                    *chars = chars.as_str().get(4..)?.chars();
                    Some(v)
                };
                let first = hex(&mut chars)?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A high surrogate must be followed by `\u` and a low one.
                    let rest = chars.as_str().strip_prefix("\\u")?;
                    chars = rest.chars();
                    let second = hex(&mut chars)?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return None;
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code)?
            }
            _ => return None,
        };
        out.push(decoded);
    }
    Some(out)
}

impl ReadJson for String {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.string().map(Cow::into_owned)
    }
}

impl ReadJson for bool {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        match r.scalar()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
}

/// Integers as JSON writes them: no fraction or exponent (the validator refused those for
/// integer fields), no `+`, no leading zero.
macro_rules! read_integers {
    ($($t:ty),*) => {$(
        impl ReadJson for $t {
            fn read(r: &mut Reader<'_>) -> Option<Self> {
                let token = r.scalar()?;
                let digits = token.strip_prefix('-').unwrap_or(token);
                let json = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
                if json { token.parse().ok() } else { None }
            }
        }
    )*};
}
read_integers!(u8, u32, u64, i64);

impl<T: ReadJson> ReadJson for Option<T> {
    /// `null` is absent, as for serde.
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        if r.peek()? == b'n' {
            return (r.scalar()? == "null").then_some(None);
        }
        T::read(r).map(Some)
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let mut items = Vec::new();
        r.array(&mut |r| {
            items.push(T::read(r)?);
            Some(())
        })?;
        Some(items)
    }
}

/// A map as a JSON object (a repeated key keeps its last value).
impl<T: ReadJson> ReadJson for BTreeMap<String, T> {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let mut map = BTreeMap::new();
        r.object(&mut |r, key| {
            map.insert(key.to_owned(), r.field(key)?);
            Some(())
        })?;
        Some(map)
    }
    /// A map added to the state after its snapshot format was fixed reads as empty.
    fn absent() -> Option<Self> {
        Some(BTreeMap::new())
    }
}

/// A set as a JSON array.
impl ReadJson for BTreeSet<String> {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        // Inserted one by one: `from_iter` would sort first, with a stable sort of its own.
        let mut set = BTreeSet::new();
        set.extend(Vec::<String>::read(r)?);
        Some(set)
    }
    /// A set added to the state after its snapshot format was fixed reads as empty.
    fn absent() -> Option<Self> {
        Some(BTreeSet::new())
    }
}

/// JSON kept as text (a stored message body).
impl ReadJson for Box<RawValue> {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        RawValue::from_string(r.skip()?.to_owned()).ok()
    }
}

/// A unit enum written as its variant's name (as serde writes it), through the names the
/// type already has.
pub trait Named: Sized + Copy {
    fn json_name(self) -> &'static str;
    fn from_json_name(name: &str) -> Option<Self>;
}

/// Snapshots write a type by its REST name (the variant's name, as serde writes it) and read
/// back only that name.
impl Named for GroupType {
    fn json_name(self) -> &'static str {
        self.rest_name()
    }
    fn from_json_name(name: &str) -> Option<GroupType> {
        match GroupType::parse(name)? {
            TypeName::Rest(t) => Some(t),
            TypeName::NewName(_) => None,
        }
    }
}

impl<T: Named> ReadJson for T {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        T::from_json_name(&r.string()?)
    }
}

/// Free-form content (`MsgContent`, ...): serde_json's own tree.
impl ReadJson for serde_json::Value {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        serde_json::from_str(r.skip()?).ok()
    }
}

/// `impl ReadJson` for a struct from its fields' JSON names (`field: "Name" | "Alias"`).
/// Unknown members are passed over (`strict`: refused); a missing one takes
/// `ReadJson::absent`; fields after `;` are not in the JSON and take their `Default`.
/// (`@impl` is also how `wire!` writes its readers: `[name]` is the expression whose value is
/// matched against the names, the key itself or the field a legacy key stands for.)
macro_rules! reads {
    ($ty:ident { $($field:ident: $($name:literal)|+),* $(,)? } $(; $($skipped:ident),*)?) => {
        $crate::read::reads!(@impl $ty, [key], |r, key| { r.skip()?; }, { $($field: $($name)|+),* } $(; $($skipped),*)?);
    };
    (strict $ty:ident { $($field:ident: $($name:literal)|+),* $(,)? }) => {
        $crate::read::reads!(@impl $ty, [key], |r, key| { return r.unknown(key, &[$($($name),+),*]); }, { $($field: $($name)|+),* });
    };
    (@impl $ty:ident, [$matched:expr], |$r:ident, $key:ident| $other:block, { $($field:ident: $($name:literal)|+),* } $(; $($skipped:ident),*)?) => {
        impl $crate::read::ReadJson for $ty {
            fn read($r: &mut $crate::read::Reader<'_>) -> Option<Self> {
                $(let mut $field = None;)*
                $r.object(&mut |$r, $key| {
                    match $matched {
                        $($($name)|+ => $field = Some($r.field($key)?),)*
                        _ => $other
                    }
                    Some(())
                })?;
                Some($ty {
                    $($field: match $field.or_else($crate::read::ReadJson::absent) {
                        Some(v) => v,
                        None => {
                            $r.missing([$($name),+][0]);
                            return None;
                        }
                    },)*
                    $($($skipped: Default::default(),)*)?
                })
            }
        }
    };
}
pub(crate) use reads;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Item {
        seq: u64,
        name: Option<String>,
    }
    reads!(Item { seq: "MsgSeq", name: "Name" | "Alias" });

    /// Escapes decode as serde_json decodes them, and what it refuses is refused.
    #[test]
    fn strings_unescape_as_serde_json_does() {
        for text in [r#""a\"b\\c\/d""#, r#""\b\f\n\r\t""#, r#""\u00e9\u4e2d\ud83d\ude00x""#, r#""\u0041\u00""#, r#""\ud83d""#, r#""\ud83dx""#, r#""\udc00""#, r#""\ud83d\u0041""#, r#""\x""#, r#""\u12g4""#, r#""tab\u0009""#] {
            let ours = read_text::<String>(text);
            let serde = serde_json::from_str::<String>(text).ok();
            assert_eq!(ours, serde, "{text}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any string, as serde_json writes it and with every character as `\uXXXX` escapes
        /// (surrogate pairs beyond the BMP), reads back as itself.
        #[test]
        fn any_string_reads_back(s in ".*") {
            proptest::prop_assert_eq!(read_text::<String>(&serde_json::to_string(&s).unwrap()), Some(s.clone()));
            let escaped: String = s.encode_utf16().map(|u| format!("\\u{u:04x}")).collect();
            proptest::prop_assert_eq!(read_text::<String>(&format!("\"{escaped}\"")), Some(s));
        }
    }

    #[test]
    fn reads_fields_escapes_aliases_and_last_repeated_key() {
        let item: Item = read_text(r#" { "Other": {"a":[1,{"b":"}"}]}, "MsgSeq": 1, "Alias": "a\"b\u00e9", "MsgSeq" : 7 } "#).unwrap();
        assert_eq!(item, Item { seq: 7, name: Some("a\"bé".into()) });
        let items: Vec<Item> = read_text(r#"[{"MsgSeq":1},{"MsgSeq":2,"Name":null}]"#).unwrap();
        assert_eq!(items, vec![Item { seq: 1, name: None }, Item { seq: 2, name: None }]);
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        for text in ["", "{", r#"{"MsgSeq":-1}"#, r#"{"MsgSeq":+1}"#, r#"{"MsgSeq":01}"#, r#"{"MsgSeq":-}"#, r#"{"MsgSeq":1.5}"#, r#"{"Name":"x"}"#, r#"{"MsgSeq":1} x"#, r#"{"MsgSeq":"1"}"#, r#"{"MsgSeq":1,}"#, "[", r#"{"MsgSeq":1"#, "\"\\"] {
            assert_eq!(read_text::<Item>(text), None, "{text}");
        }
        assert_eq!(read_text::<Vec<u64>>("[1, 2 ,3]"), Some(vec![1, 2, 3]));
        assert_eq!(read_text::<bool>("true"), Some(true));
        assert_eq!(read_text::<serde_json::Value>(r#"{"a":[1]}"#), Some(serde_json::json!({"a":[1]})));
    }
}
