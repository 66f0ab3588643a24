//! The binding layer: the only code that knows about JS. Each export converts, calls the
//! core and converts back. Values cross as JSON text (one crossing per call; see
//! docs/decisions.md "boundary"); the JS glue in pkg-template/ parses them.

use crate::protocol::{catalog, errors, request};
use crate::validate;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Validates JSON text. Returns "" when there is nothing to report (the fast path), else
/// the `{ ok, diagnostics }` JSON.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(api: &str, text: &str, positions: bool) -> String {
    let v = validate::validate_text(api, text, positions);
    if v.diagnostics.is_empty() {
        return String::new();
    }
    to_json(&v)
}

/// Builds a request. `options` is the JSON of `{ sdkAppId, identifier, userSig, random?,
/// region? }`; `random` is used when the options have none. Returns
/// `{ "request": ... }` or `{ "error": { code, message, diagnostics } }`.
#[wasm_bindgen(js_name = buildRequestJson)]
pub fn build_request_json(api: &str, body: &str, body_is_text: bool, options: &str, random: u32) -> String {
    let built = request::Target::from_options(options, random).and_then(|t| request::build_request(api, body, body_is_text, &t));
    match built {
        Ok(req) => to_json(&serde_json::json!({ "request": req })),
        Err(e) => to_json(&serde_json::json!({ "error": e })),
    }
}

/// `{ code, message }` JSON for a documented code, else undefined.
#[wasm_bindgen(js_name = errorInfoJson)]
pub fn error_info_json(code: f64) -> Option<String> {
    if code.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&code) {
        return None;
    }
    errors::error_info(code as u32).map(to_json)
}

/// The endpoint catalog as JSON.
#[wasm_bindgen(js_name = endpointsJson)]
pub fn endpoints_json() -> String {
    to_json(&catalog::ENDPOINTS.iter().map(|e| e.info()).collect::<Vec<_>>())
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serializing our own plain structs cannot fail; "null" keeps the JS side total anyway.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}
