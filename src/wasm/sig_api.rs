//! The UserSig module's exports (feature `usersig`): TLSSigAPIv2 tickets, generated and
//! verified by `crate::usersig`. A module of its own so that an app that only validates does
//! not download HMAC-SHA256, base64 and zlib (about 20 KB gzipped).

use wasm_bindgen::prelude::*;

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

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serializing our own plain structs cannot fail; "null" keeps the JS side total anyway.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Checks a third-party callback's `Sign`; answers `{ ok, code, message }` JSON.
#[wasm_bindgen(js_name = verifyCallbackSign)]
pub fn verify_callback_sign(token: &str, request_time: &str, sign: &str, now: f64) -> String {
    to_json(&crate::usersig::verify_callback_sign(token, request_time, sign, now as u64))
}
