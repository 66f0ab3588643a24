//! The REST envelope: regions and hosts, request building, error codes.

pub mod errors;
#[cfg(not(target_arch = "wasm32"))]
pub mod region;
pub mod request;
