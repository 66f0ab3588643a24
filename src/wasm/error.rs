//! The one family of errors that crosses from wasm into JS (as automerge-wasm's `error.rs`
//! does it): each kind has a stable `code`, which the JS glue keeps as its `TcimError` code
//! without reading the message. `KINDS` is the family's table; `tcim-codegen ts` writes its
//! codes into endpoints.d.ts as `WasmErrorCode`, so JS names none by hand. (Compiled natively
//! too, for the generator; only the conversion to a JS value is wasm's.)

/// What went wrong, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// An option of `new Simulator`, `setCallbacks` or `buildRequest` is not one the service has.
    InvalidOption,
    /// `Simulator.restore` was given text that is not a snapshot tcim wrote.
    InvalidSnapshot,
    /// The glue's answer to a Before-callback is not `{"reply": …}` or `{"failed": "why"}`.
    InvalidVerdict,
    /// A client action could not run (the service would refuse it).
    ClientActionFailed,
    /// `buildRequest` for an endpoint tcim does not know.
    UnknownApi,
    /// `buildRequest` with a body the endpoint refuses.
    InvalidBody,
}

/// The family: each kind, its stable code and what it means (the generated TS states it).
pub const KINDS: &[(ErrorKind, &str, &str)] = &[
    (ErrorKind::InvalidOption, "invalid_option", "an option of new Simulator, setCallbacks or buildRequest is invalid"),
    (ErrorKind::InvalidSnapshot, "invalid_snapshot", "Simulator.restore was given text that is not a tcim snapshot"),
    (ErrorKind::InvalidVerdict, "invalid_verdict", "an answer to a Before-callback that is not {\"reply\": …} or {\"failed\": \"why\"}"),
    (ErrorKind::ClientActionFailed, "client_action_failed", "a client action could not run"),
    (ErrorKind::UnknownApi, "unknown_api", "buildRequest for an endpoint tcim does not know"),
    (ErrorKind::InvalidBody, "invalid_body", "buildRequest with a body the endpoint refuses"),
];

impl ErrorKind {
    /// The kind's stable code.
    pub fn code(self) -> &'static str {
        KINDS.iter().find(|(k, _, _)| *k == self).map_or("invalid_option", |(_, code, _)| code)
    }
}

/// An error of the family: its kind and the sentence that explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WasmError {
    pub kind: ErrorKind,
    pub message: String,
}

impl WasmError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> WasmError {
        WasmError { kind, message: message.into() }
    }

    /// A `map_err` for results whose error is a sentence.
    pub fn of(kind: ErrorKind) -> impl Fn(String) -> WasmError {
        move |message| WasmError::new(kind, message)
    }
}

/// A JS `Error` with the kind's `code`, which wasm-bindgen throws.
#[cfg(target_arch = "wasm32")]
impl From<WasmError> for wasm_bindgen::JsValue {
    fn from(e: WasmError) -> wasm_bindgen::JsValue {
        let error = js_sys::Error::new(&e.message);
        // (Setting a property on a fresh Error cannot fail.)
        let _ = js_sys::Reflect::set(&error, &"code".into(), &e.kind.code().into());
        error.into()
    }
}

/// The TypeScript union of the family's codes, with each code's meaning (`tcim-codegen ts`).
pub fn typescript() -> String {
    let mut out = String::from("/** The code of an error a wasm module throws (src/wasm/error.rs): ");
    let meanings: Vec<String> = KINDS.iter().map(|(_, code, meaning)| format!("\"{code}\" {meaning}")).collect();
    out.push_str(&meanings.join("; "));
    out.push_str(". */\nexport type WasmErrorCode = ");
    let codes: Vec<String> = KINDS.iter().map(|(_, code, _)| format!("\"{code}\"")).collect();
    out.push_str(&codes.join(" | "));
    out.push_str(";\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_distinct_code() {
        for (kind, code, _) in KINDS {
            assert_eq!(kind.code(), *code);
            assert_eq!(KINDS.iter().filter(|(_, c, _)| c == code).count(), 1, "{code}");
        }
    }

    #[test]
    fn build_errors_are_of_the_family() {
        let target = crate::Target::from_options(r#"{"sdkAppId":1,"identifier":"a","userSig":"s"}"#, 1).unwrap();
        let codes: Vec<&str> = KINDS.iter().map(|(_, c, _)| *c).collect();
        for (api, body) in [("nope/nope", "{}"), ("openim/sendmsg", "{}"), ("openim/sendmsg", "{")] {
            let e = crate::build_request(api, body, true, &target).unwrap_err();
            assert!(codes.contains(&e.code), "{}", e.code);
        }
        let e = crate::Target::from_options("{}", 1).unwrap_err();
        assert!(codes.contains(&e.code), "{}", e.code);
    }
}
