//! What the core and simulator modules both export: endpoint indexes and the input and
//! output buffers of the hot calls.

use crate::catalog;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

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
    pub(crate) static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
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
pub(crate) fn with_input<R>(len: usize, f: impl FnOnce(Option<&str>) -> R) -> R {
    INPUT.with(|b| match b.try_borrow() {
        Ok(buf) => f(buf.get(..len).and_then(|bytes| std::str::from_utf8(bytes).ok())),
        Err(_) => f(None),
    })
}

/// Leaves `text` for JS to take (`takeOutput`).
pub(crate) fn set_output(text: String) {
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

