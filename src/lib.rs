//! tcim: an offline toolkit for the Tencent Cloud Chat (IM) server REST API — request
//! builders, validators and (later) an in-memory simulator. The core here knows nothing of
//! JS; `wasm` is the only binding layer.
//!
//! No panics on input-derived data: in wasm a panic traps and leaves the module unusable for
//! the page, so these lints hold for library code (tests are exempt).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod api;
pub mod codegen;
pub mod protocol;
pub mod sim;
pub mod usersig;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use protocol::catalog::{find as find_endpoint, Endpoint, ENDPOINTS};
pub use protocol::errors::error_info;
pub use protocol::request::{build_request, BuildError, HttpRequest, Target};
pub use validate::{validate_text, Diagnostic, Severity, Validation};
