//! tcim: an offline toolkit for the Tencent Cloud Chat (IM) server REST API — request
//! builders, validators and an in-memory simulator of the service. The core here knows nothing
//! of JS; `wasm` is the only binding layer.
//!
//! Layers, each importing only those before it: `vocab` (what an endpoint, a rule, a
//! diagnostic is) → `validate` → `api` (one module per endpoint) → `catalog` → `protocol`
//! (requests, regions, error codes) → `sim` → `wasm`. `codegen` reads them all and is only
//! called by the `tcim-codegen` binary.
//!
//! No panics on input-derived data: in wasm a panic traps and leaves the module unusable for
//! the page, so these lints hold for library code (tests are exempt).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod api;
pub mod catalog;
/// Build-time generators (the `tcim-codegen` binary); never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod protocol;
pub mod read;
/// README blocks generated from the catalog (build-time, like `codegen`).
#[cfg(not(target_arch = "wasm32"))]
pub mod readme;
/// The scaffold of a new endpoint (build-time, like `codegen`).
#[cfg(all(not(target_arch = "wasm32"), feature = "simulator"))]
pub mod scaffold;
/// JSON Schemas and the OpenAPI document (build-time generators, like `codegen`).
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
#[cfg(feature = "simulator")]
pub mod sim;
pub mod usersig;
pub mod validate;
pub mod vocab;

/// The JS bindings (wasm only; natively just the table of the errors they throw).
pub mod wasm;

pub use catalog::{find as find_endpoint, validate_response_text, validate_text, validate_text_in, validate_text_with_fixes, ENDPOINTS};
pub use vocab::messages::Lang;
pub use protocol::errors::error_info;
pub use protocol::request::{build_request, BuildError, HttpRequest, Target};
pub use vocab::{Diagnostic, Endpoint, Severity, Validation};
