//! The binding layer: the only code that knows about JS. Each export converts, calls the
//! core and converts back. Values cross as JSON text (one crossing per call; see
//! docs/decisions.md "boundary"); the JS glue in pkg-template/ parses them.

use crate::catalog;
use crate::protocol::{errors, request};
use crate::sim::Simulator;
use crate::validate;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Validates JSON text. Returns "" when there is nothing to report (the fast path), else
/// the `{ ok, diagnostics }` JSON.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(api: &str, text: &str, positions: bool) -> String {
    let v = catalog::validate_text(api, text, positions);
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

// Text input for the hot calls is written by JS straight into this buffer with
// `TextEncoder.encodeInto` (native speed), instead of wasm-bindgen's per-character string
// copy, which costs ~5 ns a character. The JS side asks for room, writes, then passes only
// the length. Results that are not a bare number wait in OUTPUT until JS takes them.
thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The wasm memory, so JS can write input into it.
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Makes room for `capacity` bytes of input; returns where to write them (valid until the
/// next call with a larger capacity).
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(capacity: usize) -> *mut u8 {
    INPUT.with(|b| match b.try_borrow_mut() {
        Ok(mut buf) => {
            if buf.len() < capacity {
                buf.resize(capacity, 0);
            }
            buf.as_mut_ptr()
        }
        Err(_) => std::ptr::null_mut(),
    })
}

/// Runs `f` on the first `len` bytes of the input buffer as text (None if they are not UTF-8
/// or out of range, which the JS side never produces).
fn with_input<R>(len: usize, f: impl FnOnce(Option<&str>) -> R) -> R {
    INPUT.with(|b| match b.try_borrow() {
        Ok(buf) => f(buf.get(..len).and_then(|bytes| std::str::from_utf8(bytes).ok())),
        Err(_) => f(None),
    })
}

fn set_output(text: String) {
    OUTPUT.with(|o| {
        if let Ok(mut out) = o.try_borrow_mut() {
            *out = text;
        }
    });
}

/// The pending result of the last call that left one.
#[wasm_bindgen(js_name = takeOutput)]
pub fn take_output() -> String {
    OUTPUT.with(|o| o.try_borrow_mut().map(|mut out| std::mem::take(&mut *out)).unwrap_or_default())
}

/// Diagnostics as delimited text, which JS splits several times faster than it parses
/// the JSON (and wasm writes faster than serde_json): each diagnostic is `severity` (e|w),
/// path, code, message, line, column separated by U+0001, diagnostics by U+0002. None when
/// a string contains a separator (then the JSON is sent; JS tells them apart by `{`).
fn compact_diagnostics(diagnostics: &[validate::Diagnostic]) -> Option<String> {
    const FIELD: char = '\u{1}';
    const RECORD: char = '\u{2}';
    let mut out = String::with_capacity(diagnostics.len() * 96);
    for (i, d) in diagnostics.iter().enumerate() {
        // (Byte tests: the separators are ASCII, and a char-set search decodes every char.)
        if [d.path.as_str(), d.message.as_str()].iter().any(|s| s.bytes().any(|b| b == FIELD as u8 || b == RECORD as u8)) {
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
                crate::vocab::check::push_decimal(&mut out, u64::from(n));
            }
        }
    }
    Some(out)
}

/// The hot path of `validate`: the body is the first `len` bytes of the input buffer, the
/// endpoint its catalog index. Returns the number of diagnostics; when it is not 0, they
/// wait in `takeOutput` (delimited text, or `{ ok, diagnostics }` JSON: see
/// `compact_diagnostics`). (u32::MAX: bad index or input.)
#[wasm_bindgen(js_name = validateInput)]
pub fn validate_input(index: u32, len: usize, positions: bool) -> u32 {
    let Some(endpoint) = catalog::ENDPOINTS.get(index as usize) else {
        return u32::MAX;
    };
    with_input(len, |text| {
        let Some(text) = text else {
            return u32::MAX;
        };
        let diagnostics = validate::validate_endpoint_text(endpoint, text, positions);
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
        self.inner.call_text(api, body)
    }

    /// `call` for the endpoint at catalog `index` (from `endpointIndex`) with the body in
    /// the input buffer (its first `len` bytes), as the JS glue sends hot calls. The plain
    /// OK answer (`sim::OK_TEXT`, most writes) crosses as "": the glue builds it without
    /// decoding or parsing text.
    #[wasm_bindgen(js_name = callIndexInput)]
    pub fn call_index_input(&mut self, index: u32, len: usize) -> String {
        let inner = &mut self.inner;
        // Bytes that are not UTF-8 cannot come from the glue; answered as an unreadable body.
        let answer = with_input(len, |body| inner.call_text_at(index as usize, body.unwrap_or("")));
        if answer == crate::sim::OK_TEXT {
            String::new()
        } else {
            answer
        }
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
        self.inner.inspect_json()
    }

    /// Answers an HTTP request to the REST API (always status 200): the JSON body text.
    pub fn handle(&mut self, method: &str, url: &str, body: &str) -> String {
        self.inner.handle(method, url, body).body
    }

    /// Runs a client action (JSON); returns the error sentence, or undefined on success.
    pub fn client(&mut self, action: &str) -> Option<String> {
        self.inner.client_json(action).err()
    }
}
