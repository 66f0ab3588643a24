//! The binding layer: the only code that knows about JS. Each export converts, calls the
//! core and converts back. Values cross as JSON text (one crossing per call; see
//! docs/decisions.md "boundary"); the JS glue in pkg-template/ parses them.
//!
//! One crate, three wasm modules (scripts/build.sh builds each alone): `core_api` with feature
//! `core` (what `import "tcim"` loads: validation, requests), `sig_api` with feature `usersig`
//! (genUserSig, verifyUserSig) and `sim_api` with feature `simulator` (what `Simulator` needs,
//! loaded on first use). What core and simulator both need (the input buffer, endpoint
//! indexes) is in `shared`.


#[cfg(feature = "core")]
mod core_api;
#[cfg(feature = "core")]
pub use core_api::*;
#[cfg(feature = "simulator")]
mod sim_api;
#[cfg(feature = "simulator")]
pub use sim_api::*;
#[cfg(feature = "usersig")]
mod sig_api;
#[cfg(feature = "usersig")]
pub use sig_api::*;
#[cfg(any(feature = "core", feature = "simulator"))]
mod shared;
#[cfg(any(feature = "core", feature = "simulator"))]
pub use shared::*;

/// A panic's message in the console, where there is room for the code that prints it: the
/// simulator's module. (The core's budget has none; a panic there, which the lints and the
/// fuzzing rule out, shows as `unreachable`.)
#[cfg(feature = "simulator")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

