//! The binding layer: the only code that knows about JS. Each export converts, calls the
//! core and converts back. Values cross as JSON text (one crossing per call; see
//! docs/decisions.md "boundary"); the JS glue in pkg-template/ parses them.

use crate::protocol::{catalog, errors, request};
use crate::sim::Simulator;
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

/// The catalog index of an endpoint name, or -1 (the JS side memoizes it, so each call
/// passes a number instead of a second string).
#[wasm_bindgen(js_name = endpointIndex)]
pub fn endpoint_index(api: &str) -> i32 {
    catalog::find_index(api).and_then(|i| i32::try_from(i).ok()).unwrap_or(-1)
}

/// The fast path: validates the body for the endpoint at `index` and answers only whether
/// there is anything to report (0 = nothing, 1 = call `validateText` for the diagnostics).
/// No result crosses back as text when the payload is clean.
#[wasm_bindgen(js_name = validateQuick)]
pub fn validate_quick(index: u32, text: &str) -> u32 {
    let Some(endpoint) = catalog::ENDPOINTS.get(index as usize) else {
        return 1;
    };
    match validate::Node::parse(text) {
        Ok(node) => u32::from(!validate::validate_node(endpoint, &node).is_empty()),
        Err(_) => 1,
    }
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

/// Generates a UserSig (the JS side checks and defaults the arguments).
#[wasm_bindgen(js_name = genUserSig)]
pub fn gen_user_sig(sdk_app_id: f64, key: &str, identifier: &str, expire: f64, time: f64, user_buf: Option<Vec<u8>>) -> String {
    crate::usersig::gen_user_sig(sdk_app_id as u64, key, identifier, expire as u64, time as u64, user_buf.as_deref())
}

/// Verifies a UserSig; answers the `{ ok, code, message, expireAt? }` JSON.
#[wasm_bindgen(js_name = verifyUserSig)]
pub fn verify_user_sig(sdk_app_id: f64, key: &str, identifier: &str, user_sig: &str, now: f64) -> String {
    to_json(&crate::usersig::verify_user_sig(sdk_app_id as u64, key, identifier, user_sig, now as u64))
}

/// Real time for the simulator's clock, from the JS host.
fn js_now() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0) as u64
    } else {
        0
    }
}

/// The simulator behind the JS `Simulator` class (pkg-template/lib/api.js wraps it).
#[wasm_bindgen]
pub struct WasmSimulator {
    inner: Simulator,
}

#[wasm_bindgen]
impl WasmSimulator {
    /// `options` is the JSON of the JS options object; a bad option throws its message.
    #[wasm_bindgen(constructor)]
    pub fn new(options: &str) -> Result<WasmSimulator, String> {
        Simulator::from_options_json(options, js_now).map(|inner| WasmSimulator { inner })
    }

    /// The service's answer (JSON text) to a call as the app admin.
    pub fn call(&mut self, api: &str, body: &str) -> String {
        to_json(&self.inner.call(api, body))
    }

    pub fn now(&self) -> f64 {
        self.inner.now() as f64
    }

    /// Moves the clock; the JS side checks `seconds` is a non-negative integer.
    pub fn advance(&mut self, seconds: f64) {
        if seconds.is_finite() && seconds > 0.0 {
            self.inner.advance(seconds as u64);
        }
    }

    pub fn snapshot(&self) -> String {
        self.inner.snapshot()
    }

    pub fn restore(snapshot: &str, secret_key: Option<String>) -> Result<WasmSimulator, String> {
        Simulator::restore(snapshot, js_now, secret_key).map(|inner| WasmSimulator { inner })
    }

    pub fn inspect(&self) -> String {
        to_json(&self.inner.inspect())
    }

    /// Answers an HTTP request to the REST API (always status 200): the JSON body text.
    pub fn handle(&mut self, method: &str, url: &str, body: &str) -> String {
        to_json(&self.inner.handle(method, url, body).body)
    }

    /// Runs a client action (JSON); returns the error sentence, or undefined on success.
    pub fn client(&mut self, action: &str) -> Option<String> {
        self.inner.client_json(action).err()
    }
}
