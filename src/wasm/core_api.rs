//! The exports of the core module: validation, request building, error codes, UserSig.

use super::shared::{set_output, with_input};
use crate::catalog;
use crate::protocol::request;
use crate::validate;
use wasm_bindgen::prelude::*;

/// Validates JSON text (with quick fixes if `fixes`, messages in Chinese if `zh`). Returns ""
/// when there is nothing to report (the fast path), else the `{ ok, diagnostics }` JSON.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(api: &str, text: &str, positions: bool, fixes: bool, zh: bool) -> String {
    let v = catalog::validate_text_in(api, text, positions, fixes, lang(zh));
    if v.diagnostics.is_empty() {
        return String::new();
    }
    to_json(&v)
}

/// Diagnostics as delimited text, which JS splits several times faster than it parses
/// the JSON (and wasm writes faster than serde_json): each diagnostic is `severity` (e|w),
/// path, code, message, line, column and its fix's JSON (or nothing) separated by U+0001,
/// diagnostics by U+0002. None when a string contains a separator (then the JSON is sent;
/// JS tells them apart by `{`).
fn compact_diagnostics(diagnostics: &[validate::Diagnostic]) -> Option<String> {
    const FIELD: char = '\u{1}';
    const RECORD: char = '\u{2}';
    let mut out = String::with_capacity(diagnostics.len() * 96);
    for (i, d) in diagnostics.iter().enumerate() {
        // (Byte tests: the separators are ASCII, and a char-set search decodes every char.)
        let fix = d.fix.as_ref().map(to_json).unwrap_or_default();
        if [d.path.as_str(), d.message.as_str(), fix.as_str()].iter().any(|s| s.bytes().any(|b| b == FIELD as u8 || b == RECORD as u8)) {
            return None;
        }
        if i > 0 {
            out.push(RECORD);
        }
        out.push(if d.is_error() { 'e' } else { 'w' });
        for part in [d.path.as_str(), d.code, d.message.as_str()] {
            out.push(FIELD);
            out.push_str(part);
        }
        for n in [d.line, d.column] {
            out.push(FIELD);
            if let Some(n) = n {
                crate::vocab::messages::push_decimal(&mut out, u64::from(n));
            }
        }
        out.push(FIELD);
        out.push_str(&fix);
    }
    Some(out)
}

/// The hot path of `validate`: the body is the first `len` bytes of the input buffer, the
/// endpoint its catalog index. Returns the number of diagnostics; when it is not 0, they
/// wait in `takeOutput` (delimited text, or `{ ok, diagnostics }` JSON: see
/// `compact_diagnostics`). (u32::MAX: bad index or input.)
#[wasm_bindgen(js_name = validateInput)]
pub fn validate_input(index: u32, len: usize, positions: bool, fixes: bool, zh: bool) -> u32 {
    let Some(endpoint) = catalog::ENDPOINTS.get(index as usize) else {
        return u32::MAX;
    };
    with_input(len, |text| {
        let Some(text) = text else {
            return u32::MAX;
        };
        let diagnostics = crate::vocab::messages::in_lang(lang(zh), || if fixes { validate::validate_endpoint_text_with_fixes(endpoint, text, positions) } else { validate::validate_endpoint_text(endpoint, text, positions) });
        if diagnostics.is_empty() {
            return 0;
        }
        let count = u32::try_from(diagnostics.len()).unwrap_or(u32::MAX - 1);
        set_output(compact_diagnostics(&diagnostics).unwrap_or_else(|| to_json(&validate::Validation::new(diagnostics))));
        count
    })
}

/// Builds a request. `options` is the JSON of `{ sdkAppId, identifier, userSig, random?,
/// region? }`; `random` is used when the options have none. Returns
/// `{ "request": ... }` or `{ "error": { code, message, diagnostics } }`.
#[wasm_bindgen(js_name = buildRequestJson)]
pub fn build_request_json(api: &str, body: &str, body_is_text: bool, options: &str, random: u32, zh: bool) -> String {
    let built = crate::vocab::messages::in_lang(lang(zh), || request::Target::from_options(options, random).and_then(|t| request::build_request(api, body, body_is_text, &t)));
    match built {
        // (Structs rather than `json!`: going through a `serde_json::Value` would bring its
        // serializer into the module.)
        Ok(request) => to_json(&Built { request }),
        Err(error) => to_json(&NotBuilt { error }),
    }
}


fn lang(zh: bool) -> crate::vocab::messages::Lang {
    if zh {
        crate::vocab::messages::Lang::Zh
    } else {
        crate::vocab::messages::Lang::En
    }
}

#[derive(serde::Serialize)]
struct Built {
    request: request::HttpRequest,
}

#[derive(serde::Serialize)]
struct NotBuilt {
    error: request::BuildError,
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serializing our own plain structs cannot fail; "null" keeps the JS side total anyway.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}
