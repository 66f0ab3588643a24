//! The binding layer: the only code that knows about JS. Each export converts, calls the
//! core and converts back. Values cross as JSON text (one crossing per call; see
//! docs/decisions.md "boundary"); the JS glue in js/lib/ parses them. What fails throws one
//! typed family of errors (`error`).
//!
//! One crate, three wasm modules (scripts/build.sh builds each alone): `core_api` with feature
//! `core` (what `import "tcim"` loads: validation, requests), `sig_api` with feature `usersig`
//! (genUserSig, verifyUserSig) and `sim_api` with feature `simulator` (what `Simulator` needs,
//! loaded on first use). What core and simulator both need (the input buffer, endpoint
//! indexes) is in `shared`. Only `error` compiles natively too: its table of codes is what
//! `tcim-codegen ts` writes into TypeScript.

pub mod error;

#[cfg(all(target_arch = "wasm32", feature = "core"))]
mod core_api;
#[cfg(all(target_arch = "wasm32", feature = "core"))]
pub use core_api::*;
#[cfg(all(target_arch = "wasm32", feature = "simulator"))]
mod sim_api;
#[cfg(all(target_arch = "wasm32", feature = "simulator"))]
pub use sim_api::*;
#[cfg(all(target_arch = "wasm32", feature = "usersig"))]
mod sig_api;
#[cfg(all(target_arch = "wasm32", feature = "usersig"))]
pub use sig_api::*;
#[cfg(all(target_arch = "wasm32", any(feature = "core", feature = "simulator")))]
mod shared;
#[cfg(all(target_arch = "wasm32", any(feature = "core", feature = "simulator")))]
pub use shared::*;

/// A panic's message in the console, where there is room for the code that prints it: the
/// simulator's module. (The core's budget has none; a panic there, which the lints and the
/// fuzzing rule out, shows as `unreachable`.)
#[cfg(all(target_arch = "wasm32", feature = "simulator"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

