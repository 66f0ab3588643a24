//! Writes answers and snapshots as JSON text, byte for byte as serde_json writes the same
//! values (compact, members in declaration order, the same string escapes). serde's derived
//! `Serialize` did this through its generic serializer, one large body per type; this is a
//! loop over a field list (`writes!`) with a handful of shared writers. The derives stay for
//! Rust users, and in debug builds (every test) each answer and snapshot is also serialized
//! by serde and compared (`sim::answer`, `Simulator::snapshot`).

use crate::validate::push_decimal;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet};

/// A value written as JSON.
pub trait WriteJson {
    fn write_json(&self, out: &mut String);
    /// Whether a member marked `#[skip_empty]` leaves this value out (serde's
    /// `skip_serializing_if = "Option::is_none"` / `"Vec::is_empty"`).
    fn is_empty_json(&self) -> bool {
        false
    }
}

/// The value as JSON text.
pub fn to_json<T: WriteJson + ?Sized>(value: &T) -> String {
    let mut out = String::with_capacity(128);
    value.write_json(&mut out);
    out
}

/// A JSON string, escaped as serde_json escapes it: `"`, `\`, and control characters (the
/// short forms where JSON has them); everything else as is, UTF-8 included.
pub fn write_str(s: &str, out: &mut String) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if short.is_empty() {
            // A control character: 0x00-0x1f, so "\u00" and two hex digits.
            out.push_str(if b < 0x10 { "\\u000" } else { "\\u001" });
            out.push(char::from_digit(u32::from(b & 0xf), 16).unwrap_or('0'));
        } else {
            out.push_str(short);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// Writes `{"a":…,"b":…}` one member at a time.
pub struct ObjectWriter<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> ObjectWriter<'o> {
    pub fn new(out: &'o mut String) -> Self {
        out.push('{');
        ObjectWriter { out, first: true }
    }

    /// A member with a key that needs no escaping (a field name).
    pub fn member(&mut self, key: &str, value: &dyn WriteJson) {
        if !std::mem::take(&mut self.first) {
            self.out.push(',');
        }
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
        value.write_json(self.out);
    }

    /// A member with any key.
    pub fn entry(&mut self, key: &str, value: &dyn WriteJson) {
        if !std::mem::take(&mut self.first) {
            self.out.push(',');
        }
        write_str(key, self.out);
        self.out.push(':');
        value.write_json(self.out);
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl WriteJson for &str {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(self, out);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! write_unsigned {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                push_decimal(out, u64::from(*self));
            }
        }
    )*};
}
write_unsigned!(u8, u32, u64);

impl WriteJson for usize {
    fn write_json(&self, out: &mut String) {
        push_decimal(out, *self as u64);
    }
}

impl WriteJson for i64 {
    fn write_json(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        push_decimal(out, self.unsigned_abs());
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
    fn is_empty_json(&self) -> bool {
        self.is_none()
    }
}

/// `[a,b,…]`.
fn write_array<'v, T: WriteJson + 'v>(items: impl Iterator<Item = &'v T>, out: &mut String) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        item.write_json(out);
    }
    out.push(']');
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut String) {
        write_array(self.iter(), out);
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
    fn is_empty_json(&self) -> bool {
        self.is_empty()
    }
}

impl<T: WriteJson> WriteJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut String) {
        let mut w = ObjectWriter::new(out);
        for (k, v) in self {
            w.entry(k, v);
        }
        w.end();
    }
}

impl WriteJson for BTreeSet<String> {
    fn write_json(&self, out: &mut String) {
        write_array(self.iter(), out);
    }
}

/// A unit enum as its variant's name.
impl<T: crate::api::read::Named> WriteJson for T {
    fn write_json(&self, out: &mut String) {
        write_str(self.json_name(), out);
    }
}

/// Stored JSON, written as stored.
impl WriteJson for Box<RawValue> {
    fn write_json(&self, out: &mut String) {
        out.push_str(self.get());
    }
}

/// Free-form content: serde_json writes its own tree.
impl WriteJson for serde_json::Value {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

/// `impl WriteJson` for a struct from its fields' JSON names, in declaration order:
/// `field: "Name"`, `#[skip_empty] field: "Name"` (left out when `None` / empty). The
/// `response` form writes the flattened `envelope` first, as every answer starts.
macro_rules! writes {
    ($(@$response:ident)? $ty:ident { $($(#[$skip:ident])? $field:ident: $name:literal),* $(,)? }) => {
        impl $crate::api::write::WriteJson for $ty {
            fn write_json(&self, out: &mut String) {
                let mut w = $crate::api::write::ObjectWriter::new(out);
                $($crate::api::write::writes!(@$response w, self.envelope);)?
                $($crate::api::write::writes!(@member w, self.$field, $name $(, $skip)?);)*
                w.end();
            }
        }
    };
    (@response $w:ident, $envelope:expr) => {
        $envelope.write_members(&mut $w);
    };
    (@member $w:ident, $value:expr, $name:literal) => {
        $w.member($name, &$value);
    };
    (@member $w:ident, $value:expr, $name:literal, skip_empty) => {
        if !$crate::api::write::WriteJson::is_empty_json(&$value) {
            $w.member($name, &$value);
        }
    };
}
pub(crate) use writes;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_serde_json_does() {
        let all: String = (0u8..0x80).map(char::from).chain("é—😀\u{2028}".chars()).collect();
        for s in [all.as_str(), "", "plain", "a\"b\\c", "\u{7f}"] {
            assert_eq!(to_json(s), serde_json::to_string(s).unwrap());
        }
        assert_eq!(to_json(&-42i64), "-42");
        assert_eq!(to_json(&i64::MIN), i64::MIN.to_string());
        assert_eq!(to_json(&vec![Some(1u64), None]), "[1,null]");
    }
}
