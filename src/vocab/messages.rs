//! Every kind of finding, stated once: its stable code (docs/diagnostics.md) and its message
//! template. The Rust checker renders them (`Message::render`); `tcim-codegen checks` writes
//! each as a JS function for lib/diagnose.js, and the limits below as JS constants, so the
//! JS validators hold no message text or limit of their own.
//!
//! A template's `{placeholders}` take the arguments in the order each name first appears
//! (a name used twice, as in `CLAMPED`, takes one argument), in Rust and in JS alike.

use super::check::Piece;

pub struct Message {
    /// The diagnostic's code; "" for a piece of another message.
    pub code: &'static str,
    pub template: &'static str,
}

/// The limits the rules share, by name (also written into the generated JS as `LIMITS`).
pub mod limits {
    /// A group ID: at most 48 bytes (decisions.md 13).
    pub const GROUP_ID_MAX_BYTES: usize = 48;
    /// Strings up to this many characters are quoted in "got …" (longer ones are "string").
    pub const DESCRIBED_STRING_MAX_CHARS: usize = 40;
    /// Unix seconds as a String: up to 10 digits, up to u32::MAX.
    pub const SECONDS_MAX_DIGITS: usize = 10;
    pub const SECONDS_MAX: i64 = u32::MAX as i64;
    /// Deeper values are left to wasm by the JS validators.
    pub const JS_MAX_DEPTH: usize = 64;
}

/// `(JS name, value)` of each limit, for the generated JS.
pub const LIMITS: &[(&str, i64)] = &[
    ("groupIdMaxBytes", limits::GROUP_ID_MAX_BYTES as i64),
    ("describedStringMaxChars", limits::DESCRIBED_STRING_MAX_CHARS as i64),
    ("secondsMaxDigits", limits::SECONDS_MAX_DIGITS as i64),
    ("secondsMax", limits::SECONDS_MAX),
    ("maxDepth", limits::JS_MAX_DEPTH as i64),
];

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $template:literal;)*) => {
        $($(#[$doc])* pub const $name: Message = Message { code: $code, template: $template };)*
        /// Every message, by its Rust name (codegen derives the JS name from it).
        pub const ALL: &[(&str, &Message)] = &[$((stringify!($name), &$name)),*];
    };
}

messages! {
    NOT_AN_OBJECT = "not_an_object", "the body must be a JSON object, got {got}";
    NOT_AN_OBJECT_FIELD = "wrong_type", "{name} must be an object, got {got}";
    WRONG_TYPE = "wrong_type", "{name} must be {expected}, got {got}";
    /// What `WRONG_TYPE` says a value must be.
    A_STRING = "", "a string";
    AN_INTEGER = "", "an integer";
    AN_ARRAY = "", "an array";
    A_SECONDS_STRING = "", "a string of Unix seconds";
    DUPLICATE_KEY = "duplicate_key", "\"{key}\" appears more than once; the service may read either value";
    /// A known mistake: its code and severity are the mistake's own.
    MISTAKE = "", "\"{key}\" is not a documented field: did you mean \"{means}\"? {why}";
    UNKNOWN_FIELD = "unknown_field", "\"{key}\" is not a field of {table}{hint}; the service ignores it";
    DID_YOU_MEAN = "", " (did you mean \"{field}\"?)";
    /// The titles of quick fixes (vocab/fix.rs).
    FIX_RENAME = "", "Rename \"{key}\" to \"{to}\"";
    FIX_REMOVE = "", "Remove \"{key}\"";
    FIX_ADD = "", "Add \"{key}\"";
    FIX_TO_NUMBER = "", "Write \"{digits}\" as the number {digits}";
    FIX_TO_STRING = "", "Write {digits} as the string \"{digits}\"";
    MISSING_FIELD = "missing_field", "\"{field}\" is required ({doc})";
    INVALID_ENUM = "invalid_enum", "{name} must be one of {values}, got \"{got}\"";
    INVALID_INT_ENUM = "invalid_enum", "{name} must be one of {values}, got {got}";
    EMPTY_STRING = "empty_string", "{name} must not be empty";
    TOO_LONG = "too_long", "{name} is {bytes} bytes in UTF-8; the limit is {max} bytes";
    INVALID_GROUP_ID = "invalid_group_id", "{name} is not a valid group ID: {why}";
    GROUP_ID_EMPTY = "", "it is empty";
    GROUP_ID_TOO_LONG = "", "it is {bytes} bytes; the limit is {max}";
    GROUP_ID_CHARACTER = "", "it contains {character}; group IDs are printable ASCII";
    COMMUNITY_ID_PREFIX = "", "a custom Community group ID must start with \"@TGS#_\"";
    RESERVED_ID_PREFIX = "", "a custom group ID must not start with \"@TGS#\" (reserved for IDs the service assigns)";
    FRACTION = "wrong_type", "{name} must be an integer without a fraction, got {got}";
    DIGIT_STRING = "wrong_type", "{name} must be a JSON integer, not the string \"{got}\"";
    OUT_OF_RANGE = "out_of_range", "{name} must be an integer {range}, got {got}";
    AT_LEAST = "", "≥ {min}";
    BETWEEN = "", "from {min} to {max}";
    CLAMPED = "clamped", "{name} is {got}; the service treats values above {clamp} as {clamp}";
    TOO_FEW_ITEMS = "too_few_items", "{name} must have at least {min} item(s)";
    TOO_MANY_ITEMS = "too_many_items", "{name} has {count} items; at most {max} are allowed per call";
    GROUP_TYPE_ALIAS = "group_type_alias", "\"{got}\" is the console name; the REST API documents \"{rest}\" (accepted)";
    NOT_DIGITS = "not_digits", "{name} must be a string of Unix seconds such as \"1700000000\", got \"{got}\"";
    TYPE_DRIFT = "type_drift", "{name} is documented as a String of Unix seconds; send \"{got}\" (some SDKs send an integer, which the service tolerates)";
    SECONDS_OUT_OF_RANGE = "out_of_range", "{name} must be Unix seconds from 0 to {max}";
    /// How "got …" describes a value.
    QUOTED_STRING = "", "the string \"{value}\"";
    NUMBER = "", "{kind} {value}";
    /// How messages name a value: its key, quoted; an array item by its path; the root.
    QUOTED = "", "\"{text}\"";
    ITEM = "", "item {path}";
    THE_BODY = "", "the body";
    NOT_JSON = "invalid_json", "body is not valid JSON: {why}";
    NUMBER_TOO_LARGE = "out_of_range", "a number in the body is too large for any integer field (e.g. 1e400)";
    UNKNOWN_TAG = "unknown_tag", "\"{tag}\" is not a {kind} tag this request can carry";
    ADD_SOURCE = "invalid_add_source", "AddSource must be \"AddSource_Type_\" and a keyword of 1-8 letters, got \"{got}\"";
    AT_LEAST_ONE = "missing_field", "at least one of {fields} is required";
    NEEDED_FOR = "missing_field", "{field} is required with {when}";
    NOT_AN_HOUR = "invalid_hour", "MsgTime must be an hour written YYYYMMDDHH (Beijing time), got \"{got}\"";
    UNKNOWN_API = "unknown_api", "unknown endpoint \"{api}\": expected one of the covered APIs, e.g. \"group_open_http_svc/set_unread_msg_num\" (see endpoints())";
}

impl Message {
    /// Appends the template with `args` in its placeholders (see the module doc).
    pub fn render_to(&self, out: &mut String, args: &[&dyn Piece]) {
        let mut names: [&str; 8] = [""; 8];
        let mut seen = 0;
        let mut rest = self.template;
        while let Some(open) = rest.find('{') {
            out.push_str(rest.get(..open).unwrap_or_default());
            let after = rest.get(open + 1..).unwrap_or_default();
            let Some(close) = after.find('}') else { break };
            let name = after.get(..close).unwrap_or_default();
            let index = match names.get(..seen).and_then(|n| n.iter().position(|x| *x == name)) {
                Some(i) => i,
                None => {
                    if let Some(slot) = names.get_mut(seen) {
                        *slot = name;
                    }
                    seen += 1;
                    seen - 1
                }
            };
            if let Some(arg) = args.get(index) {
                arg.push_to(out);
            }
            rest = after.get(close + 1..).unwrap_or_default();
        }
        out.push_str(rest);
    }

    /// The template with `args` in its placeholders.
    pub fn render(&self, args: &[&dyn Piece]) -> String {
        let mut out = String::with_capacity(self.template.len() + 32);
        self.render_to(&mut out, args);
        out
    }

    /// Its placeholders, each once, in the order they take arguments.
    pub fn placeholders(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        let mut rest = self.template;
        while let Some(open) = rest.find('{') {
            let after = rest.get(open + 1..).unwrap_or_default();
            let Some(close) = after.find('}') else { break };
            let name = after.get(..close).unwrap_or_default();
            if !names.contains(&name) {
                names.push(name);
            }
            rest = after.get(close + 1..).unwrap_or_default();
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_by_first_appearance() {
        assert_eq!(CLAMPED.render(&[&"\"Limit\"", &7u64, &5u64]), "\"Limit\" is 7; the service treats values above 5 as 5");
        assert_eq!(CLAMPED.placeholders(), ["name", "got", "clamp"]);
        assert_eq!(THE_BODY.render(&[]), "the body");
        assert!(ALL.iter().all(|(_, m)| m.placeholders().len() <= 8));
    }
}
