//! JSON Schema (draft 2020-12) of every request and response, and the OpenAPI 3.1 description
//! of every covered endpoint, generated from the same rule tables the validator reads
//! (build-time only, like `codegen`). Where a rule has no JSON Schema keyword, an `x-tcim-`
//! keyword states it (docs/schemas.md). Rules between fields are stated too, from the tables'
//! `between` rows (`if`/`then`, `anyOf` of `required`, `not`); with those, a schema's
//! valid/invalid split is the validator's, except for the rules no keyword can state, which
//! the request schema lists under `x-tcim-crossFieldRules` with the places they check.

use crate::catalog::ENDPOINTS;
use crate::protocol::errors::ERROR_CODES;
use crate::protocol::region::REGIONS;
use crate::vocab::kind::schema_ref;
use crate::vocab::messages::{self as m, in_lang, Lang};
use crate::vocab::rules::{collect, Between, Cond, Obj, Ty, Val};
use crate::vocab::Severity;
use crate::vocab::Endpoint;
use serde_json::{json, Map, Value};

pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// What the documents say in their own words, in English and in Chinese (`tcim openapi --lang`).
struct Words {
    zh: bool,
    /// What the `x-tcim-crossFieldRules` keyword says on an endpoint with rules between fields.
    cross_field: &'static str,
    legacy: &'static str,
    answer: &'static str,
    description: &'static str,
    title: &'static str,
    summary: &'static str,
    limits: &'static str,
    backup: &'static str,
    sdkappid: &'static str,
    identifier: &'static str,
    usersig: &'static str,
    random: &'static str,
    contenttype: &'static str,
}

const EN: Words = Words {
    zh: false,
    cross_field: "tcim's validate also checks these rules, which no JSON Schema keyword states; `at` lists where their findings point (JSON pointers, * for any index)",
    legacy: "legacy name of {means}: {why}",
    answer: "The answer; `ActionStatus` and `ErrorCode` say whether the call succeeded (see x-tcim-errors).",
    description: "Every request is a POST to /v4/{service}/{command} with the common query parameters sdkappid, identifier (an app admin), usersig (the admin's UserSig), random and contenttype=json. Keywords beginning x-tcim- state rules JSON Schema has no keyword for (UTF-8 byte limits, rules between fields); see tcim's docs/schemas.md.",
    title: "Tencent Cloud Chat server REST API",
    summary: "The endpoints tcim covers, from its rule tables",
    limits: "At most {rate} calls per second. Errors are answered with HTTP 200 and `ErrorCode` in the body; this endpoint's own codes:",
    backup: "{region} (backup)",
    sdkappid: "the SDKAppID the console assigned to the app",
    identifier: "an app admin account",
    usersig: "the UserSig of that admin account",
    random: "a random 32-bit unsigned integer",
    contenttype: "always json",
};

const ZH: Words = Words {
    zh: true,
    cross_field: "tcim 的 validate 还会检查以下 JSON Schema 关键字无法表达的规则；at 列出其诊断所指的位置（JSON Pointer，* 表示任意下标）",
    legacy: "{means} 的旧名称（服务端仍然接受）",
    answer: "应答包；ActionStatus 和 ErrorCode 表示请求是否成功（参见 x-tcim-errors）。",
    description: "每个请求都是对 /v4/{service}/{command} 的 POST 请求，带有公共查询参数 sdkappid、identifier（App 管理员账号）、usersig（该管理员的 UserSig）、random 和 contenttype=json。以 x-tcim- 开头的关键字表示 JSON Schema 无法表达的规则（UTF-8 字节长度限制、字段之间的规则），详见 tcim 的 docs/schemas.md。",
    title: "腾讯云即时通信 IM 服务端 REST API",
    summary: "tcim 支持的接口，由其规则表生成",
    limits: "最高调用频率：{rate}次/秒。除非发生网络错误，HTTP 返回码均为200，错误码在应答包的 ErrorCode 中；本 API 私有错误码如下：",
    backup: "{region}（备用域名）",
    sdkappid: "创建应用时即时通信 IM 控制台分配的 SDKAppID",
    identifier: "App 管理员账号",
    usersig: "App 管理员账号生成的签名",
    random: "随机的32位无符号整数",
    contenttype: "请求格式固定值为 json",
};

/// A region's name in Chinese, as the pages list the domains.
fn region_zh(label: &'static str) -> &'static str {
    match label {
        "China" => "中国",
        "Singapore" => "新加坡",
        "Seoul" => "首尔",
        "Tokyo" => "东京",
        "Frankfurt" => "法兰克福",
        "Silicon Valley" => "硅谷",
        "Jakarta" => "雅加达",
        other => other,
    }
}

/// Sets a member of a JSON object (the values here are all objects; anything else is left).
fn set(v: &mut Value, key: &str, value: Value) {
    if let Some(m) = v.as_object_mut() {
        m.insert(key.to_owned(), value);
    }
}

/// Where nested object tables are referenced from (`#/$defs/` in a standalone schema,
/// `#/components/schemas/` in the OpenAPI document), and in which words.
struct Refs(&'static str, &'static Words);

impl Refs {
    fn to(&self, obj: &Obj) -> Value {
        schema_ref(self.0, obj)
    }

    /// A value's schema (its kind's `RuleKind::schema`), with its field's meaning.
    fn ty(&self, ty: &Ty, doc: &str) -> Value {
        let mut s = ty.kind().schema(self.0);
        if !doc.is_empty() {
            // (Beside a `$ref`, 2020-12 keeps sibling keywords; OpenAPI 3.1 too.)
            set(&mut s, "description", json!(doc));
        }
        s
    }

    /// An object table: its fields, the required ones (a legacy name the service reads
    /// stands in for its field), known mistakes the service rejects as `false`.
    fn object(&self, obj: &Obj) -> Value {
        let mut properties = Map::new();
        for f in obj.all_fields() {
            let doc = f.doc_in(self.1.zh);
            let schema = if obj.null_is_absent(f.name) {
                // The service reads `null` as the member absent (validate warns null_member).
                let mut either = json!({ "anyOf": [self.ty(&f.ty, ""), { "type": "null" }] });
                if !doc.is_empty() {
                    set(&mut either, "description", json!(doc));
                }
                either
            } else {
                self.ty(&f.ty, doc)
            };
            properties.insert(f.name.to_owned(), schema);
        }
        let mut required = Vec::new();
        let mut either = Vec::new();
        for f in obj.all_fields().filter(|f| f.required) {
            let aliases: Vec<&str> = obj.all_mistakes().filter(|m| m.accepted_as_alias && m.means == f.name).map(|m| m.key).collect();
            if aliases.is_empty() {
                required.push(json!(f.name));
            } else {
                let names = std::iter::once(f.name).chain(aliases);
                either.push(json!({ "anyOf": names.map(|n| json!({ "required": [n] })).collect::<Vec<_>>() }));
            }
        }
        for m in obj.all_mistakes() {
            let schema = match (m.accepted_as_alias, obj.field(m.means)) {
                (true, Some(field)) => {
                    let mut s = self.ty(&field.ty, "");
                    set(&mut s, "deprecated", json!(true));
                    set(&mut s, "description", json!(self.1.legacy.replace("{means}", m.means).replace("{why}", m.why)));
                    s
                }
                // A mistake the service refuses to read (an error, not a warning).
                _ if m.severity == Severity::Error => json!(false),
                _ => continue,
            };
            properties.insert(m.key.to_owned(), schema);
        }
        either.extend(obj.between.iter().map(|rule| self.between(obj, rule)));
        let mut s = json!({ "type": "object", "properties": properties });
        if !required.is_empty() {
            set(&mut s, "required", json!(required));
        }
        if !either.is_empty() {
            set(&mut s, "allOf", json!(either));
        }
        s
    }
}

impl Refs {
    /// A rule between fields as JSON Schema, with the validator's message as its `$comment`.
    fn between(&self, obj: &Obj, rule: &Between) -> Value {
        let render = |message: &m::Message, args: &[&dyn m::Piece]| in_lang(if self.1.zh { Lang::Zh } else { Lang::En }, || message.render(args));
        let (mut s, comment) = match rule {
            Between::AtLeastOne(fields) => (json!({ "anyOf": fields.iter().map(|f| present(obj, f)).collect::<Vec<_>>() }), render(&m::AT_LEAST_ONE, &[&fields.join(" and ")])),
            Between::OnlyOne(a, b) => (json!({ "not": { "allOf": [present(obj, a), present(obj, b)] } }), render(&m::ONLY_ONE, &[&format!("{a} and {b}")])),
            Between::NeededWhen(field, when) => (json!({ "if": holds(obj, when), "then": present(obj, field) }), render(&m::NEEDED_FOR, &[field, &when.said()])),
            Between::RefusedWhen { what, when, message } => {
                // Its placeholder names `when`'s value ("Private/Public"), as the finding does.
                let said = when.said();
                let value = said.strip_prefix(when.field()).map_or(said.as_str(), str::trim_start);
                (json!({ "not": { "allOf": [holds(obj, when), holds(obj, what)] } }), render(message, &[&value]))
            }
        };
        set(&mut s, "$comment", json!(comment));
        s
    }
}

/// The names the service reads a field by: its own, then the legacy names it accepts.
fn names(obj: &Obj, field: &'static str) -> Vec<&'static str> {
    std::iter::once(field).chain(obj.all_mistakes().filter(|m| m.accepted_as_alias && m.means == field).map(|m| m.key)).collect()
}

/// A member there as the service reads it (`null` is absent), by any of its names.
fn present(obj: &Obj, field: &'static str) -> Value {
    let one = |n: &str| json!({ "required": [n], "properties": { n: { "not": { "type": "null" } } } });
    match names(obj, field).as_slice() {
        [only] => one(only),
        all => json!({ "anyOf": all.iter().map(|n| one(n)).collect::<Vec<_>>() }),
    }
}

/// A condition on a member: its value, read by the first of its names that is there.
fn holds(obj: &Obj, cond: &Cond) -> Value {
    let value = match cond {
        Cond::Is(_, values) => {
            let values: Vec<Value> = values.iter().map(|v| match v {
                Val::Int(i) => json!(i),
                Val::Str(s) => json!(s),
            }).collect();
            match values.as_slice() {
                [one] => json!({ "const": one }),
                _ => json!({ "enum": values }),
            }
        }
        Cond::GroupTypeIs(_, types) => {
            let mut names: Vec<&str> = types.iter().flat_map(|t| [t.info().rest_name, t.info().new_name]).collect();
            names.dedup();
            json!({ "enum": names })
        }
        Cond::NonEmpty(_) => json!({ "type": "array", "minItems": 1 }),
        Cond::StartsWith(_, prefix) => json!({ "type": "string", "pattern": format!("^{}", regex_escape(prefix)) }),
        Cond::LacksPrefix(_, prefix) => json!({ "type": "string", "not": { "type": "string", "pattern": format!("^{}", regex_escape(prefix)) } }),
    };
    let all = names(obj, cond.field());
    let by = |i: usize, n: &str| {
        let mut s = json!({ "required": [n], "properties": { n: value.clone() } });
        // A later name counts only when the earlier ones are absent.
        let earlier: Vec<Value> = all.iter().take(i).map(|e| json!({ "not": { "required": [e], "properties": { *e: { "not": { "type": "null" } } } } })).collect();
        if !earlier.is_empty() {
            set(&mut s, "allOf", json!(earlier));
        }
        s
    };
    match all.as_slice() {
        [only] => by(0, only),
        _ => json!({ "anyOf": all.iter().enumerate().map(|(i, n)| by(i, n)).collect::<Vec<_>>() }),
    }
}

/// Text as a regular expression that matches it literally.
fn regex_escape(text: &str) -> String {
    text.chars().fold(String::new(), |mut out, c| {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// What `x-tcim-crossFieldRules` says of an endpoint's rules no keyword states.
fn unstated(e: &Endpoint, words: &Words) -> Option<Value> {
    let rule = e.check?;
    Some(json!({ "description": words.cross_field, "rules": [{ "rule": rule.rule, "at": rule.at }] }))
}

/// The standalone JSON Schema of one table (a request or a response) and what it nests.
fn standalone(obj: &'static Obj, title: &str, endpoint: &Endpoint, request: bool) -> Value {
    let refs = Refs("#/$defs/", &EN);
    let mut nested = Vec::new();
    collect(obj, &mut nested);
    let mut s = refs.object(obj);
    set(&mut s, "$schema", json!(DIALECT));
    set(&mut s, "title", json!(title));
    let defs: Map<String, Value> = nested.iter().skip(1).map(|o| (o.name.to_owned(), refs.object(o))).collect();
    if !defs.is_empty() {
        set(&mut s, "$defs", Value::Object(defs));
    }
    if let Some(rules) = unstated(endpoint, &EN).filter(|_| request) {
        set(&mut s, "x-tcim-crossFieldRules", rules);
    }
    s
}

/// `{ request, response }`: the JSON Schemas of one endpoint.
pub fn endpoint_schemas(e: &Endpoint) -> Value {
    json!({
        "request": standalone(e.request, &format!("{} — request body of v4/{}", e.title, e.api()), e, true),
        "response": standalone(e.response, &format!("{} — response body of v4/{}", e.title, e.api()), e, false),
    })
}

/// `{ api: { request, response } }` for every endpoint.
pub fn json_schemas() -> Value {
    Value::Object(ENDPOINTS.iter().map(|e| (e.api(), endpoint_schemas(e))).collect())
}

/// The OpenAPI document as pretty JSON, its top-level members in the order people read them
/// (a `Value` writes keys sorted). Written here rather than re-ordered in JS, which would
/// round the bounds beyond 2^53 (`maximum` 9223372036854775807).
pub fn openapi_text(version: &str, zh: bool) -> String {
    const ORDER: [&str; 10] = ["openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths", "webhooks", "components", "x-tcim-errorCodes"];
    let doc = openapi(version, zh);
    let members: Vec<String> = ORDER
        .iter()
        .filter_map(|k| doc.get(k).map(|v| (k, v)))
        .map(|(k, v)| {
            let text = serde_json::to_string_pretty(v).unwrap_or_default().replace('\n', "\n  ");
            format!("  {}: {text}", serde_json::to_string(k).unwrap_or_default())
        })
        .collect();
    format!("{{\n{}\n}}\n", members.join(",\n"))
}

/// Writes `DIR/<service>/<command>.request.json` and `.response.json` for every endpoint.
pub fn write_schema_files(dir: &std::path::Path) -> std::io::Result<()> {
    for e in ENDPOINTS.iter() {
        std::fs::create_dir_all(dir.join(e.service.name()))?;
        let both = endpoint_schemas(e);
        for part in ["request", "response"] {
            let text = serde_json::to_string_pretty(both.get(part).unwrap_or(&Value::Null)).unwrap_or_default();
            std::fs::write(dir.join(format!("{}.{part}.json", e.api())), text + "\n")?;
        }
    }
    Ok(())
}

/// The OpenAPI 3.1 document of every covered endpoint, in English or (`zh`) in Chinese.
pub fn openapi(version: &str, zh: bool) -> Value {
    let words = if zh { &ZH } else { &EN };
    let refs = Refs("#/components/schemas/", words);
    let mut objs: Vec<&'static Obj> = Vec::new();
    for e in ENDPOINTS.iter() {
        collect(e.request, &mut objs);
        collect(e.response, &mut objs);
    }
    #[cfg(feature = "simulator")]
    callback_objects(&mut objs);
    let schemas: Map<String, Value> = objs.iter().map(|o| (o.name.to_owned(), refs.object(o))).collect();
    let message = |code: u32| {
        let zh_text = if zh { crate::protocol::errors::error_info(code).map(|e| e.zh) } else { None };
        zh_text.or_else(|| ERROR_CODES.iter().find(|c| c.code == code).map(|c| c.message)).unwrap_or_default()
    };
    let paths: Map<String, Value> = ENDPOINTS
        .iter()
        .map(|e| {
            let sample: Value = serde_json::from_str(e.sample).unwrap_or(Value::Null);
            let title = if zh { e.title_zh } else { e.title };
            let errors: Vec<Value> = e.errors.iter().map(|c| json!({ "code": c, "message": message(*c) })).collect();
            let error_lines: Vec<String> = e.errors.iter().map(|c| format!("- {c}: {}", message(*c))).collect();
            let mut op = json!({
                "operationId": format!("{}_{}", e.service.name(), e.command),
                "summary": title,
                "description": format!("{title}\n\n{}\n\n{}", words.limits.replace("{rate}", &e.rate_limit.to_string()), error_lines.join("\n")),
                "tags": [e.service.name()],
                "parameters": [{ "$ref": "#/components/parameters/random" }, { "$ref": "#/components/parameters/contenttype" }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": refs.to(e.request), "example": sample } } },
                "responses": { "200": { "description": words.answer, "content": { "application/json": { "schema": refs.to(e.response) } } } },
                "x-tcim-errors": errors,
                "x-tcim-rateLimit": e.rate_limit,
            });
            if let Some(types) = e.group_types {
                set(&mut op, "x-tcim-groupTypes", Value::Object(types.iter().map(|(g, s)| (g.rest_name().to_owned(), json!(s.name()))).collect()));
            }
            if e.needs_receipts_feature {
                set(&mut op, "x-tcim-needsReceiptsFeature", json!(true));
            }
            if let Some(rules) = unstated(e, words) {
                set(&mut op, "x-tcim-crossFieldRules", rules);
            }
            (format!("/v4/{}", e.api()), json!({ "post": op }))
        })
        .collect();
    let label = |l: &'static str| if zh { region_zh(l) } else { l };
    let servers: Vec<Value> = REGIONS.iter().flat_map(|r| [json!({ "url": format!("https://{}", r.primary), "description": label(r.label) }), json!({ "url": format!("https://{}", r.backup), "description": words.backup.replace("{region}", label(r.label)) })]).collect();
    let key = |name: &str, what: &str| json!({ "type": "apiKey", "in": "query", "name": name, "description": what });
    #[allow(unused_mut)]
    let mut doc = json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": words.title,
            "version": version,
            "summary": words.summary,
            "description": words.description,
            "x-tcim-generator": "tcim openapi",
        },
        "servers": servers,
        "security": [{ "sdkappid": [], "identifier": [], "usersig": [] }],
        "tags": crate::vocab::Service::ALL.iter().map(|s| json!({ "name": s.name() })).collect::<Vec<_>>(),
        "paths": paths,
        "components": {
            "securitySchemes": {
                "sdkappid": key("sdkappid", words.sdkappid),
                "identifier": key("identifier", words.identifier),
                "usersig": key("usersig", words.usersig),
            },
            "parameters": {
                "random": { "name": "random", "in": "query", "required": true, "description": words.random, "schema": { "type": "integer", "minimum": 0, "maximum": u32::MAX } },
                "contenttype": { "name": "contenttype", "in": "query", "required": true, "description": words.contenttype, "schema": { "type": "string", "const": "json" } },
            },
            "schemas": schemas,
        },
        "x-tcim-errorCodes": Value::Object(ERROR_CODES.iter().map(|c| (c.code.to_string(), json!(message(c.code)))).collect()),
    });
    #[cfg(feature = "simulator")]
    set(&mut doc, "webhooks", webhooks(&refs, zh));
    doc
}

/// What the callbacks' part of the documents says, in English and in Chinese.
#[cfg(feature = "simulator")]
struct CallbackWords {
    after: &'static str,
    before: &'static str,
    policy: &'static str,
    goes_on: &'static str,
    drops: &'static str,
    reply: &'static str,
    query: [(&'static str, bool, &'static str); 7],
}

#[cfg(feature = "simulator")]
const CALLBACK_EN: CallbackWords = CallbackWords {
    after: "The service POSTs this to the app's callback URL after the action; the reply's ErrorCode 0 says it was handled.",
    before: "The service POSTs this to the app's callback URL before the action and waits (2 s) for the reply: ErrorCode 0 allows, 1 refuses with {refused}, a code in {min}-{max} refuses with that code and ErrorInfo.",
    drops: "ErrorCode 2 drops the message silently (the sender sees success).",
    policy: "When the callback times out or fails, the console's policy decides: deliver (default) or refuse with 80003.",
    goes_on: "When the callback times out or fails, the action goes on.",
    reply: "The app's reply.",
    query: [
        ("SdkAppid", true, "the app's SDKAppID"),
        ("CallbackCommand", true, "the callback's command"),
        ("contenttype", true, "always json"),
        ("ClientIP", true, "the client's IP address"),
        ("OptPlatform", true, "the client's platform (RESTAPI for REST calls)"),
        ("RequestTime", false, "Unix seconds of the request, with a callback token"),
        ("Sign", false, "SHA-256 of the token and RequestTime, with a callback token"),
    ],
};

#[cfg(feature = "simulator")]
const CALLBACK_ZH: CallbackWords = CallbackWords {
    after: "操作之后，即时通信 IM 后台向 App 的回调地址发送此请求；应答的 ErrorCode 为 0 表示已处理。",
    before: "操作之前，即时通信 IM 后台向 App 的回调地址发送此请求并等待应答（2秒）：ErrorCode 为 0 允许，为 1 拒绝（错误码 {refused}），为 {min}-{max} 内的错误码时以该错误码和 ErrorInfo 拒绝。",
    drops: "ErrorCode 为 2 时静默丢弃消息（发送方看到发送成功）。",
    policy: "回调超时或失败时，按控制台的策略处理：下发消息（默认）或以 80003 拒绝。",
    goes_on: "回调超时或失败时，操作照常进行。",
    reply: "App 后台的应答包。",
    query: [
        ("SdkAppid", true, "创建应用时在即时通信 IM 控制台分配的 SDKAppID"),
        ("CallbackCommand", true, "回调命令"),
        ("contenttype", true, "固定值为 json"),
        ("ClientIP", true, "客户端 IP 地址"),
        ("OptPlatform", true, "客户端平台（REST API 调用为 RESTAPI）"),
        ("RequestTime", false, "请求的 Unix 时间戳（秒），配置了回调鉴权 Token 时携带"),
        ("Sign", false, "Token 与 RequestTime 拼接后的 SHA-256，配置了回调鉴权 Token 时携带"),
    ],
};

/// Every table the callbacks reach (bodies and replies), for the OpenAPI components.
#[cfg(feature = "simulator")]
fn callback_objects(objs: &mut Vec<&'static Obj>) {
    use crate::sim::callbacks::{reply, CALLBACKS};
    for c in CALLBACKS {
        collect(c.body, objs);
    }
    collect(&reply::CALLBACK_REPLY, objs);
    collect(&reply::BEFORE_CALLBACK_REPLY, objs);
}

/// The OpenAPI 3.1 `webhooks`: one POST per callback, its body, sample, query parameters, the
/// app's reply and, for a Before-callback, how the service reads that reply (`x-tcim-before`).
#[cfg(feature = "simulator")]
fn webhooks(refs: &Refs, zh: bool) -> Value {
    use crate::sim::callbacks::{reply, CALLBACKS};
    let words = if zh { &CALLBACK_ZH } else { &CALLBACK_EN };
    let parameters: Vec<Value> = words.query.iter().map(|(name, required, what)| json!({ "name": name, "in": "query", "required": required, "description": what, "schema": { "type": "string" } })).collect();
    let hooks: Map<String, Value> = CALLBACKS
        .iter()
        .map(|c| {
            let sample: Value = serde_json::from_str(c.sample).unwrap_or(Value::Null);
            let (description, reply_table) = match c.before {
                Some(rule) => {
                    let text = words.before.replace("{refused}", &rule.refused.to_string()).replace("{min}", &rule.custom.start().to_string()).replace("{max}", &rule.custom.end().to_string());
                    let drops = if rule.drops { format!(" {}", words.drops) } else { String::new() };
                    (format!("{text}{drops} {}", if rule.policy { words.policy } else { words.goes_on }), &reply::BEFORE_CALLBACK_REPLY)
                }
                None => (words.after.to_owned(), &reply::CALLBACK_REPLY),
            };
            let mut op = json!({
                "operationId": c.command.replace('.', "_"),
                "summary": if zh { c.title_zh } else { c.title },
                "description": description,
                "parameters": parameters,
                "requestBody": { "required": true, "content": { "application/json": { "schema": refs.to(c.body), "example": sample } } },
                "responses": { "200": { "description": words.reply, "content": { "application/json": { "schema": refs.to(reply_table) } } } },
            });
            if let Some(rule) = c.before {
                set(&mut op, "x-tcim-before", json!({ "refusedCode": rule.refused, "customCodes": [rule.custom.start(), rule.custom.end()], "dropsOnErrorCode2": rule.drops, "failurePolicy": if rule.policy { "onFailure" } else { "goOn" } }));
            }
            (c.command.to_owned(), json!({ "post": op }))
        })
        .collect();
    Value::Object(hooks)
}

/// `{ command: schema }`: the JSON Schema (draft 2020-12) of every callback body.
#[cfg(feature = "simulator")]
pub fn callback_schemas() -> Value {
    let refs = Refs("#/$defs/", &EN);
    let schemas = crate::sim::callbacks::CALLBACKS.iter().map(|c| {
        let mut nested = Vec::new();
        collect(c.body, &mut nested);
        let mut s = refs.object(c.body);
        set(&mut s, "$schema", json!(DIALECT));
        set(&mut s, "title", json!(format!("{} — body of the {} callback", c.title, c.command)));
        let defs: Map<String, Value> = nested.iter().skip(1).map(|o| (o.name.to_owned(), refs.object(o))).collect();
        if !defs.is_empty() {
            set(&mut s, "$defs", Value::Object(defs));
        }
        (c.command.to_owned(), s)
    });
    Value::Object(schemas.collect())
}

/// Writes `DIR/callbacks/<CallbackCommand>.json` for every callback.
#[cfg(feature = "simulator")]
pub fn write_callback_schema_files(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("callbacks"))?;
    if let Value::Object(all) = callback_schemas() {
        for (command, schema) in all {
            std::fs::write(dir.join("callbacks").join(format!("{command}.json")), serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n")?;
        }
    }
    Ok(())
}
