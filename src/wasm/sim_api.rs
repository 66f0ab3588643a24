//! The exports of the simulator module: the `WasmSimulator` class behind the JS `Simulator`.

use super::error::{ErrorKind, WasmError};
use super::shared::{set_output, with_input};
use crate::sim::callbacks::Verdict;
use crate::sim::{http, Simulator, Step, OK_TEXT};
use wasm_bindgen::prelude::*;

/// What `handleInput` answers besides an ErrorCode (≥ 0): the answer is `OK_TEXT`, which
/// the glue has (nothing crosses); a Before-callback must be asked first; an answer whose
/// envelope could not be read (none is written so).
const PLAIN_OK: f64 = -1.0;
const ASK: f64 = -2.0;
const NO_CODE: f64 = -3.0;

/// Real time for the simulator's clock, from the JS host.
fn js_now() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0) as u64
    } else {
        0
    }
}

/// The simulator behind the JS `Simulator` class (js/lib/simulator/simulator.js wraps it).
#[wasm_bindgen]
pub struct WasmSimulator {
    inner: Simulator,
}

#[wasm_bindgen]
impl WasmSimulator {
    /// `options` is the JSON of the JS options object (read by serde, which refuses an unknown
    /// option: see docs/decisions.md, "boundary"); a bad option throws `invalid_option`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: &str) -> Result<WasmSimulator, WasmError> {
        Simulator::from_options_json(options, js_now).map(|inner| WasmSimulator { inner }).map_err(WasmError::of(ErrorKind::InvalidOption))
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
        if answer == OK_TEXT {
            String::new()
        } else {
            answer
        }
    }

    /// `handle_step` for the request the glue wrote into the input buffer: its URL (the first
    /// `url_len` bytes), then its body (`body_len` bytes), neither copied character by
    /// character. With `pin`, the real clock reads that second during the step (the journal
    /// replays each request in its second). Answers the ErrorCode, read from the answer's
    /// envelope, with the answer's text left for `takeOutput` (or `PLAIN_OK`, or `ASK` with
    /// the Before-callback's JSON left there), so that the HTTP server neither parses answers
    /// nor unwraps them.
    #[wasm_bindgen(js_name = handleInput)]
    pub fn handle_input(&mut self, method: &str, url_len: usize, body_len: usize, verdict: Option<String>, pin: Option<f64>) -> Result<f64, WasmError> {
        let verdict = verdict_of(verdict)?;
        let inner = &mut self.inner;
        let pin = pin.filter(|t| t.is_finite() && *t >= 0.0);
        if let Some(t) = pin {
            inner.pin_real_now(Some(t as u64));
        }
        // Bytes that are not UTF-8 cannot come from the glue; answered as an empty request.
        let step = with_input(url_len.saturating_add(body_len), |text| {
            let text = text.unwrap_or("");
            let (url, body) = (text.get(..url_len).unwrap_or(""), text.get(url_len..).unwrap_or(""));
            inner.handle_step(method, url, body, verdict)
        });
        if pin.is_some() {
            inner.pin_real_now(None);
        }
        Ok(match step {
            Step::Answer(text) if text == OK_TEXT => PLAIN_OK,
            Step::Answer(text) => {
                let code = http::error_code(&text).map_or(NO_CODE, f64::from);
                set_output(text);
                code
            }
            Step::Before(before) => {
                // (Serializing our own struct cannot fail; "null" keeps the glue total anyway.)
                set_output(serde_json::to_string(&before).unwrap_or_else(|_| "null".into()));
                ASK
            }
        })
    }

    /// The app's SDKAppID (callbacks carry it).
    #[wasm_bindgen(js_name = sdkAppId)]
    pub fn sdk_app_id(&self) -> u32 {
        self.inner.options.sdk_app_id
    }

    /// The app admin identifier.
    pub fn admin(&self) -> String {
        self.inner.options.admin.clone()
    }

    pub fn now(&self) -> f64 {
        self.inner.now() as f64
    }

    /// Pins the real clock's reading (Unix seconds) or unpins it (`undefined`).
    #[wasm_bindgen(js_name = pinNow)]
    pub fn pin_now(&mut self, t: Option<f64>) {
        self.inner.pin_real_now(t.filter(|t| t.is_finite() && *t >= 0.0).map(|t| t as u64));
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

    /// The simulator a snapshot describes; other text throws `invalid_snapshot`.
    pub fn restore(snapshot: &str, secret_key: Option<String>) -> Result<WasmSimulator, WasmError> {
        Simulator::restore(snapshot, js_now, secret_key).map(|inner| WasmSimulator { inner }).map_err(WasmError::of(ErrorKind::InvalidSnapshot))
    }

    pub fn inspect(&self) -> String {
        self.inner.inspect_json()
    }

    /// `call` in steps, for apps with Before-callbacks: `{"answer": <the answer>}` or
    /// `{"before": <the callback to ask>}`; `verdict` is the app's reply to the previous
    /// step's callback, `{"reply": {...}}` or `{"failed": "why"}`.
    #[wasm_bindgen(js_name = callStep)]
    pub fn call_step(&mut self, api: &str, body: &str, verdict: Option<String>) -> Result<String, WasmError> {
        let verdict = verdict_of(verdict)?;
        Ok(step_json(self.inner.call_step(api, body, verdict)))
    }

    /// The callbacks fired since the last take: `{"fired": [...], "dropped": n}`.
    #[wasm_bindgen(js_name = takeCallbacks)]
    /// "" when none fired and none was dropped (most calls): nothing to build or parse.
    pub fn take_callbacks(&mut self) -> String {
        let (fired, dropped) = self.inner.take_callbacks();
        if fired.is_empty() && dropped == 0 {
            return String::new();
        }
        serde_json::to_string(&serde_json::json!({ "fired": fired, "dropped": dropped })).unwrap_or_else(|_| "{\"fired\":[],\"dropped\":0}".into())
    }

    /// Switches callbacks on (`options` JSON, as `Options.callbacks`) or off (`null`).
    #[wasm_bindgen(js_name = setCallbacks)]
    pub fn set_callbacks(&mut self, options: &str) -> Result<(), WasmError> {
        let callbacks: Option<crate::sim::callbacks::CallbackOptions> = serde_json::from_str(options).map_err(|e| WasmError::new(ErrorKind::InvalidOption, format!("invalid callbacks: {e}")))?;
        if let Some(c) = &callbacks {
            c.check().map_err(WasmError::of(ErrorKind::InvalidOption))?;
        }
        self.inner.options.callbacks = callbacks;
        Ok(())
    }

    /// The `Sign` of a callback for the app's token (the delivering glue adds it).
    #[wasm_bindgen(js_name = callbackSign)]
    pub fn callback_sign(token: &str, request_time: f64) -> String {
        crate::usersig::callback_sign(token, request_time as u64)
    }

    /// Answers an HTTP request to the REST API (always status 200): the JSON body text.
    pub fn handle(&mut self, method: &str, url: &str, body: &str) -> String {
        self.inner.handle(method, url, body).body
    }

    /// Runs a client action (its JSON, read by the crate's reader); what cannot run throws
    /// `client_action_failed`.
    pub fn client(&mut self, action: &str) -> Result<(), WasmError> {
        self.inner.client_json(action).map_err(WasmError::of(ErrorKind::ClientActionFailed))
    }

    /// `client` in steps, as `callStep`: the answer is `null` (done) or why it failed.
    #[wasm_bindgen(js_name = clientStep)]
    pub fn client_step(&mut self, action: &str, verdict: Option<String>) -> Result<String, WasmError> {
        let verdict = verdict_of(verdict)?;
        Ok(step_json(self.inner.client_step(action, verdict)))
    }
}

/// The app's answer to the previous step's Before-callback, if any.
fn verdict_of(verdict: Option<String>) -> Result<Option<Verdict>, WasmError> {
    verdict.as_deref().map(Verdict::from_json).transpose().map_err(WasmError::of(ErrorKind::InvalidVerdict))
}

fn step_json(step: Step) -> String {
    let v = match step {
        Step::Answer(text) => return format!("{{\"answer\":{text}}}"),
        Step::Before(before) => serde_json::json!({ "before": before }),
    };
    serde_json::to_string(&v).unwrap_or_else(|_| "null".into())
}
