//! A JSON tree that keeps what validation needs and `serde_json::Value` drops: member order,
//! duplicate keys, and borrowed strings (no copy when a string has no escapes). serde_json
//! still does the parsing (and its depth limit of 128 keeps deep nesting from blowing the stack).

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    /// Integers that fit i64 (all the service's integer fields do).
    Int(i64),
    /// Integers above i64::MAX (still u64).
    UInt(u64),
    Float(f64),
    Str(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// Members in document order; a repeated key appears twice.
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

impl<'a> Node<'a> {
    /// Parses JSON text. The error keeps serde_json's line/column.
    pub fn parse(text: &'a str) -> Result<Node<'a>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        let node = Node::deserialize(&mut de)?;
        de.end()?;
        Ok(node)
    }

    /// The JSON type name used in messages ("string", "integer", ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Node::Null => "null",
            Node::Bool(_) => "boolean",
            Node::Int(_) | Node::UInt(_) => "integer",
            Node::Float(_) => "number",
            Node::Str(_) => "string",
            Node::Array(_) => "array",
            Node::Object(_) => "object",
        }
    }

    /// First member with this key (objects only).
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        match self {
            Node::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A member as the service reads it: `null` is the member absent (docs/decisions.md).
    pub fn member(&self, key: &str) -> Option<&Node<'a>> {
        self.get(key).filter(|v| !matches!(v, Node::Null))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Node::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// Converts into a serde_json value (for typed deserialization after validation), copying
    /// strings once without cloning the tree first. A repeated key keeps its last value, as
    /// JSON.parse does.
    pub fn to_value(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Int(i) => Value::from(*i),
            Node::UInt(u) => Value::from(*u),
            Node::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Node::Str(s) => Value::String(s.as_ref().to_owned()),
            Node::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Node::Object(members) => Value::Object(members.iter().map(|(k, v)| (k.as_ref().to_owned(), v.to_value())).collect()),
        }
    }
}

impl serde::Serialize for Node<'_> {
    /// Writes the tree back in document order (keys included as written).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Node::Null => s.serialize_unit(),
            Node::Bool(b) => s.serialize_bool(*b),
            Node::Int(i) => s.serialize_i64(*i),
            Node::UInt(u) => s.serialize_u64(*u),
            Node::Float(f) => s.serialize_f64(*f),
            Node::Str(v) => s.serialize_str(v),
            Node::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Node::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k.as_ref(), v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(i64::try_from(v).map_or(Node::UInt(v), Node::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Float(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<KeyStr<'de>>()? {
            let value = map.next_value()?;
            members.push((key.0, value));
        }
        Ok(Node::Object(members))
    }
}

/// An object key, borrowed when it has no escapes.
struct KeyStr<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for KeyStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = KeyStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_duplicates() {
        let n = Node::parse(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        let Node::Object(m) = n else { panic!() };
        let keys: Vec<&str> = m.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
    }

    #[test]
    fn numbers_keep_their_kind() {
        assert_eq!(Node::parse("5").unwrap(), Node::Int(5));
        assert_eq!(Node::parse("-1").unwrap(), Node::Int(-1));
        assert_eq!(Node::parse("5.5").unwrap(), Node::Float(5.5));
        assert_eq!(Node::parse("18446744073709551615").unwrap(), Node::UInt(u64::MAX));
        assert!(matches!(Node::parse("18446744073709551616").unwrap(), Node::Float(_)));
    }

    #[test]
    fn borrows_plain_strings_and_decodes_escapes() {
        let n = Node::parse(r#"["plain","a\u00e9"]"#).unwrap();
        let Node::Array(items) = n else { panic!() };
        assert!(matches!(&items[0], Node::Str(Cow::Borrowed("plain"))));
        assert_eq!(items[1].as_str(), Some("aé"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(Node::parse(&deep).is_err());
    }

    #[test]
    fn lone_surrogate_is_an_error() {
        assert!(Node::parse(r#""\ud800""#).is_err());
    }
}
