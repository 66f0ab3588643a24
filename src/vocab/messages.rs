//! Every kind of finding, stated once: its stable code (docs/diagnostics.md) and its message
//! template. The Rust checker renders them (`Message::render`); `tcim-codegen checks` writes
//! each as a JS function for lib/diagnose.js, and the limits below as JS constants, so the
//! JS validators hold no message text or limit of their own.
//!
//! A template's `{placeholders}` take the arguments in the order each name first appears
//! (a name used twice, as in `CLAMPED`, takes one argument), in Rust and in JS alike.

#[derive(Debug)]
pub struct Message {
    /// The diagnostic's code; "" for a piece of another message.
    pub code: &'static str,
    /// English.
    pub template: &'static str,
    /// Chinese (zh-CN), with the same placeholders (in any order; some may be left out).
    pub zh: &'static str,
}

/// The languages messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

thread_local! {
    /// The language messages are rendered in now: English unless `in_lang` says otherwise
    /// (what the simulator answers on the wire is always English, as the service's is).
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Runs `f` with messages rendered in `lang`.
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            LANG.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(LANG.with(|l| l.replace(lang)));
    f()
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

/// The Chinese of a template: none in the simulator's wasm, which answers as the service does,
/// in English (only the core module's `validate` and `buildRequest` speak Chinese).
const fn zh(text: &'static str) -> &'static str {
    if cfg!(all(target_arch = "wasm32", not(feature = "core"))) {
        ""
    } else {
        text
    }
}

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $template:literal, $zh:literal;)*) => {
        $($(#[$doc])* pub const $name: Message = Message { code: $code, template: $template, zh: zh($zh) };)*
        /// Every message, by its Rust name (codegen derives the JS name from it).
        pub const ALL: &[(&str, &Message)] = &[$((stringify!($name), &$name)),*];
    };
}

messages! {
    NOT_AN_OBJECT = "not_an_object", "the body must be a JSON object, got {got}", "请求包体必须是 JSON 对象，实际为 {got}";
    NOT_AN_OBJECT_FIELD = "wrong_type", "{name} must be an object, got {got}", "{name} 必须是对象，实际为 {got}";
    WRONG_TYPE = "wrong_type", "{name} must be {expected}, got {got}", "{name} 必须是{expected}，实际为 {got}";
    /// What `WRONG_TYPE` says a value must be.
    A_STRING = "", "a string", "字符串";
    AN_INTEGER = "", "an integer", "整数";
    AN_ARRAY = "", "an array", "数组";
    A_NUMBER = "", "a number", "数字";
    A_BOOLEAN = "", "a boolean (true or false)", "布尔值（true 或 false）";
    A_SECONDS_STRING = "", "a string of Unix seconds", "表示 Unix 秒的字符串";
    DUPLICATE_KEY = "duplicate_key", "\"{key}\" appears more than once; the service may read either value", "\"{key}\" 出现了不止一次；服务端可能读取其中任意一个值";
    /// A known mistake: its code and severity are the mistake's own.
    MISTAKE = "", "\"{key}\" is not a documented field: did you mean \"{means}\"? {why}", "\"{key}\" 不是文档中的字段：您是否想写 \"{means}\"？";
    UNKNOWN_FIELD = "unknown_field", "\"{key}\" is not a field of {table}{hint}; the service ignores it", "\"{key}\" 不是 {table} 的字段{hint}；服务端会忽略它";
    NULL_MEMBER = "null_member", "\"{key}\" is null, which the service reads as absent; leave it out", "\"{key}\" 为 null，服务端按未填写处理；请省略该字段";
    DID_YOU_MEAN = "", " (did you mean \"{field}\"?)", "（您是否想写 \"{field}\"？）";
    /// The titles of quick fixes (vocab/fix.rs).
    FIX_RENAME = "", "Rename \"{key}\" to \"{to}\"", "将 \"{key}\" 改名为 \"{to}\"";
    FIX_REMOVE = "", "Remove \"{key}\"", "删除 \"{key}\"";
    FIX_ADD = "", "Add \"{key}\"", "添加 \"{key}\"";
    FIX_TO_NUMBER = "", "Write \"{digits}\" as the number {digits}", "将 \"{digits}\" 写成数字 {digits}";
    FIX_TO_STRING = "", "Write {digits} as the string \"{digits}\"", "将 {digits} 写成字符串 \"{digits}\"";
    MISSING_FIELD = "missing_field", "\"{field}\" is required ({doc})", "缺少必填字段 \"{field}\"";
    INVALID_ENUM = "invalid_enum", "{name} must be one of {values}, got \"{got}\"", "{name} 必须是 {values} 之一，实际为 \"{got}\"";
    INVALID_INT_ENUM = "invalid_enum", "{name} must be one of {values}, got {got}", "{name} 必须是 {values} 之一，实际为 {got}";
    EMPTY_STRING = "empty_string", "{name} must not be empty", "{name} 不能为空";
    TOO_LONG = "too_long", "{name} is {bytes} bytes in UTF-8; the limit is {max} bytes", "{name} 的 UTF-8 编码长度为 {bytes} 字节，超过了 {max} 字节的上限";
    INVALID_GROUP_ID = "invalid_group_id", "{name} is not a valid group ID: {why}", "{name} 不是合法的群组 ID：{why}";
    GROUP_ID_EMPTY = "", "it is empty", "群组 ID 为空";
    GROUP_ID_TOO_LONG = "", "it is {bytes} bytes; the limit is {max}", "长度为 {bytes} 字节，上限为 {max} 字节";
    GROUP_ID_CHARACTER = "", "it contains {character}; group IDs are printable ASCII", "包含 {character}；群组 ID 只能由可打印 ASCII 字符组成";
    FRACTION = "wrong_type", "{name} must be an integer without a fraction, got {got}", "{name} 必须是不带小数部分的整数，实际为 {got}";
    DIGIT_STRING = "wrong_type", "{name} must be a JSON integer, not the string \"{got}\"", "{name} 必须是 JSON 整数，而不是字符串 \"{got}\"";
    OUT_OF_RANGE = "out_of_range", "{name} must be an integer {range}, got {got}", "{name} 必须是{range}的整数，实际为 {got}";
    AT_LEAST = "", "≥ {min}", "不小于 {min} ";
    BETWEEN = "", "from {min} to {max}", " {min} 到 {max} 之间";
    CLAMPED = "clamped", "{name} is {got}; the service treats values above {clamp} as {clamp}", "{name} 为 {got}；服务端会将超过 {clamp} 的值按 {clamp} 处理";
    TOO_LARGE = "too_large", "{name} is {bytes} bytes written as JSON; a message may be at most {max} bytes", "{name} 写成 JSON 为 {bytes} 字节，超过了单条消息 {max} 字节的上限";
    TOO_FEW_ITEMS = "too_few_items", "{name} must have at least {min} item(s)", "{name} 至少需要 {min} 个元素";
    TOO_MANY_ITEMS = "too_many_items", "{name} has {count} items; at most {max} are allowed per call", "{name} 有 {count} 个元素；单次请求最多 {max} 个";
    GROUP_TYPE_ALIAS = "group_type_alias", "\"{got}\" is the console name; the REST API documents \"{rest}\" (accepted)", "\"{got}\" 是控制台中的名称；REST API 文档写作 \"{rest}\"（可以使用）";
    NOT_DIGITS = "not_digits", "{name} must be a string of Unix seconds such as \"1700000000\", got \"{got}\"", "{name} 必须是表示 Unix 秒的字符串，例如 \"1700000000\"，实际为 \"{got}\"";
    TYPE_DRIFT = "type_drift", "{name} is documented as a String of Unix seconds; send \"{got}\" (some SDKs send an integer, which the service tolerates)", "{name} 在文档中是表示 Unix 秒的 String；请发送 \"{got}\"（有些 SDK 发送整数，服务端可以接受）";
    SECONDS_OUT_OF_RANGE = "out_of_range", "{name} must be Unix seconds from 0 to {max}", "{name} 必须是 0 到 {max} 之间的 Unix 秒";
    /// How "got …" describes a value.
    QUOTED_STRING = "", "the string \"{value}\"", "字符串 \"{value}\"";
    NUMBER = "", "{kind} {value}", "{kind} {value}";
    /// How messages name a value: its key, quoted; an array item by its path; the root.
    QUOTED = "", "\"{text}\"", "\"{text}\"";
    ITEM = "", "item {path}", "元素 {path}";
    THE_BODY = "", "the body", "请求包体";
    NOT_JSON = "invalid_json", "body is not valid JSON: {why}", "请求包体不是合法的 JSON：{why}";
    NUMBER_TOO_LARGE = "out_of_range", "a number in the body is too large for any integer field (e.g. 1e400)", "请求包体中的数字过大，任何整数字段都无法容纳（例如 1e400）";
    UNKNOWN_TAG = "unknown_tag", "\"{tag}\" is not a {kind} tag this request can carry", "\"{tag}\" 不是该请求可以携带的{kind}字段";
    ADD_SOURCE = "invalid_add_source", "AddSource must be \"AddSource_Type_\" and a keyword of 1-8 letters, got \"{got}\"", "AddSource 必须是 \"AddSource_Type_\" 加上1 - 8个英文字母的关键字，实际为 \"{got}\"";
    AT_LEAST_ONE = "missing_field", "at least one of {fields} is required", "{fields} 至少需要填写一个";
    ONLY_ONE = "conflicting_fields", "give only one of {fields}: they are two forms of one request", "{fields} 只能填写一个：二者是同一请求的两种形式";
    NEEDED_FOR = "missing_field", "{field} is required with {when}", "{when} 时必须填写 {field}";
    NOT_AN_HOUR = "invalid_hour", "MsgTime must be an hour written YYYYMMDDHH (Beijing time), got \"{got}\"", "MsgTime 必须是写成 YYYYMMDDHH（北京时间）的小时，实际为 \"{got}\"";
    MIN_AFTER_MAX = "conflicting_fields", "MinTime ({min}) is after MaxTime ({max})", "MinTime（{min}）晚于 MaxTime（{max}）";
    COMMUNITY_CUSTOM_ID = "invalid_group_id", "\"GroupId\" is not a valid custom ID for a {type} group: a custom Community group ID must start with \"@TGS#_\"", "\"GroupId\" 不是 {type} 群组合法的自定义 ID：自定义社群 ID 必须以 \"@TGS#_\" 开头";
    RESERVED_CUSTOM_ID = "invalid_group_id", "\"GroupId\" is not a valid custom ID for a {type} group: a custom group ID must not start with \"@TGS#\" (reserved for IDs the service assigns)", "\"GroupId\" 不是 {type} 群组合法的自定义 ID：自定义群组 ID 不能以 \"@TGS#\" 开头（该前缀留给后台分配的群组 ID）";
    BIRTH_END_BEFORE_START = "conflicting_fields", "UserBirthEnd ({end}) is below UserBirthStart ({start})", "UserBirthEnd（{end}）小于 UserBirthStart（{start}）";
    DUPLICATE_CONTENT_ID = "duplicate_item", "ContentId {id} appears more than once: each content needs its own", "ContentId {id} 重复出现：每个内容的 ContentId 不能重复";
    NO_INITIAL_MEMBERS = "not_supported", "AVChatRoom groups take no initial members: members join through the client SDK", "直播群（AVChatRoom）不支持指定初始群成员：成员通过客户端 SDK 加入";
    TOPICS_COMMUNITY_ONLY = "not_supported", "only Community groups support topics", "只有社群（Community）支持话题";
    CONTROL_WITH_ONLINE_ONLY = "conflicting_fields", "SendMsgControl cannot be used with OnlineOnlyFlag 1", "SendMsgControl 不能与 OnlineOnlyFlag 1 同时使用";
    OPTIONS_NOT_JSON = "invalid_json", "options are not valid JSON: {why}", "选项不是合法的 JSON：{why}";
    REGION_INVALID = "invalid_option", "\"region\" is invalid: {why}", "\"region\" 不合法：{why}";
    INVALID_OPTIONS = "invalid_option", "invalid request options: {first}", "请求选项不合法：{first}";
    INVALID_BODY = "", "invalid {command} body: {first}", "{command} 的请求包体不合法：{first}";
    /// (`{host_shape}`, `{backup_shape}`, `{host_only}`: the shapes as JS writes them, which a
    /// template cannot hold, its braces being placeholders.)
    REGION_SHAPES = "", "expected a region name, {host_shape} or {backup_shape}", "应为地域名称、{host_shape} 或 {backup_shape}";
    REGION_UNKNOWN_MEMBER = "", "unknown member \"{key}\": {shapes}", "未知的成员 \"{key}\"：{shapes}";
    REGION_MEMBER_STRING = "", "\"{key}\" must be a string", "\"{key}\" 必须是字符串";
    REGION_BACKUP_BOOL = "", "\"backup\" must be true or false", "\"backup\" 必须是 true 或 false";
    REGION_UNKNOWN = "", "unknown region \"{name}\": expected one of {names}, or {host_only}", "未知的地域 \"{name}\"：应为 {names} 之一，或 {host_only}";
    REGION_SCHEME = "", "scheme must be \"https\" or \"http\", got \"{scheme}\"", "scheme 必须是 \"https\" 或 \"http\"，实际为 \"{scheme}\"";
    REGION_HOST = "", "host must be a bare host name with an optional port, got \"{host}\"", "host 必须是不带路径的主机名（可带端口），实际为 \"{host}\"";
    UNKNOWN_API = "unknown_api", "unknown endpoint \"{api}\": expected one of the covered APIs, e.g. \"group_open_http_svc/set_unread_msg_num\" (see endpoints())", "未知的接口 \"{api}\"：应为 tcim 支持的接口之一，例如 \"group_open_http_svc/set_unread_msg_num\"（参见 endpoints()）";
}

/// A template as `(text, placeholder)` pieces: the text before each `{name}` with that name,
/// then the text after the last one with none (an unclosed `{` ends the template).
fn pieces(template: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    let mut rest = Some(template);
    std::iter::from_fn(move || {
        let now = rest?;
        let Some((text, after)) = now.split_once('{') else {
            rest = None;
            return Some((now, None));
        };
        match after.split_once('}') {
            Some((name, next)) => {
                rest = Some(next);
                Some((text, Some(name)))
            }
            None => {
                rest = None;
                Some((text, None))
            }
        }
    })
}

/// A JSON type's name as messages say it: as JSON names it in English, in words in Chinese.
pub fn json_type(name: &'static str) -> &'static str {
    if LANG.with(|l| l.get()) == Lang::En {
        return name;
    }
    match name {
        "null" => "null",
        "boolean" => "布尔值",
        "integer" => "整数",
        "number" => "数字",
        "string" => "字符串",
        "array" => "数组",
        "object" => "对象",
        other => other,
    }
}

impl Message {
    /// Appends the template with `args` in its placeholders (see the module doc), in the
    /// language of the moment (`in_lang`).
    pub fn render_to(&self, out: &mut String, args: &[&dyn Piece]) {
        if LANG.with(|l| l.get()) == Lang::Zh {
            return self.render_zh(out, args);
        }
        let mut names: [&str; 8] = [""; 8];
        let mut seen = 0;
        for (text, name) in pieces(self.template) {
            out.push_str(text);
            let Some(name) = name else { continue };
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
        }
    }

    /// The Chinese template: each placeholder takes the argument its name takes in English.
    fn render_zh(&self, out: &mut String, args: &[&dyn Piece]) {
        let order = self.placeholders();
        for (text, name) in pieces(self.zh) {
            out.push_str(text);
            if let Some(arg) = name.and_then(|n| order.iter().position(|o| *o == n)).and_then(|i| args.get(i)) {
                arg.push_to(out);
            }
        }
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
        for name in pieces(self.template).filter_map(|(_, name)| name) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

/// Something a message is made of (see `Message::render` and check.rs `msg!`).
pub trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for &str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(out, *self as u64);
    }
}

impl Piece for u64 {
    fn push_to(&self, out: &mut String) {
        push_decimal(out, *self);
    }
}

impl Piece for i64 {
    fn push_to(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        push_decimal(out, self.unsigned_abs());
    }
}

/// Appends the decimal digits of `n` without the formatting machinery.
pub fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        if let Some(d) = digits.get_mut(start) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    out.push_str(digits.get(start..).and_then(|d| std::str::from_utf8(d).ok()).unwrap_or("0"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_chinese_with_known_placeholders() {
        for (name, m) in ALL {
            // Chinese, unless the English has no words outside its placeholders either.
            let words = |t: &str| t.split('{').map(|part| part.split_once('}').map_or(part, |(_, after)| after)).any(|text| text.chars().any(char::is_alphabetic));
            assert!(m.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || !words(m.template), "{name} has no Chinese: {}", m.zh);
            let zh = Message { code: m.code, template: m.zh, zh: m.zh };
            for p in zh.placeholders() {
                assert!(m.placeholders().contains(&p), "{name}: the Chinese has {{{p}}}, which the English does not");
            }
        }
        assert_eq!(in_lang(Lang::Zh, || CLAMPED.render(&[&"\"Limit\"", &7u64, &5u64])), "\"Limit\" 为 7；服务端会将超过 5 的值按 5 处理");
        assert_eq!(CLAMPED.render(&[&"\"Limit\"", &7u64, &5u64]), "\"Limit\" is 7; the service treats values above 5 as 5", "English again after in_lang");
    }

    #[test]
    fn renders_by_first_appearance() {
        assert_eq!(CLAMPED.render(&[&"\"Limit\"", &7u64, &5u64]), "\"Limit\" is 7; the service treats values above 5 as 5");
        assert_eq!(CLAMPED.placeholders(), ["name", "got", "clamp"]);
        assert_eq!(THE_BODY.render(&[]), "the body");
        assert!(ALL.iter().all(|(_, m)| m.placeholders().len() <= 8));
    }
}
