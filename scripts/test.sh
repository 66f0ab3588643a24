#!/usr/bin/env bash
# Runs every test: native cargo tests, the browser (wasm-pack, headless Chromium), Node tests
# over the built package (incl. TypeScript checks), and end-to-end tests of www/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Each step says how long the one before it took (CI's budget is 30 minutes on 2 cores).
started=$(date +%s) step_started=$started step_name="setup"
took() { printf '[time] %s: %d s (%d s so far)\n' "$step_name" $(( $(date +%s) - step_started )) $(( $(date +%s) - started )); }
step() { took; step_name=$*; step_started=$(date +%s); printf '\n==> %s\n' "$*"; }
trap 'status=$?; took; exit "$status"' EXIT

bash scripts/setup.sh

step "cargo clippy (no unwrap/expect/indexing/panic in library code; host, and each wasm module)"
cargo clippy --all-targets -- -D warnings
for features in core usersig simulator; do
  cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features "$features" -- -D warnings
done

step "cargo test (native, incl. the reference-model property test)"
cargo test --all-targets

step "build the package (pkg/, www/tcim/)"
bash scripts/build.sh

step "tsc: the JS sources (js/) type-checked under --strict (checkJs), against the built wasm glue's types"
tsc -p js

step "wasm-pack test --headless --chrome (real browser)"
wasm-pack test --mode no-install --headless --chrome 2>&1 | grep -v 'failed to get wasm-pack version'

step "fuzz smoke (cargo fuzz, 3,000 runs per target; scripts/fuzz.sh for long runs)"
bash scripts/fuzz.sh --smoke

step "the crates.io client tencent_im_rs, unmodified: every api_* function against tcim exec --tls (tests/clients/rust, built in target/clients-rust)"
cargo build --locked --quiet --manifest-path tests/clients/rust/Cargo.toml --target-dir target/clients-rust
node pkg/bin/tcim.mjs exec --tls --key 5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e --sdkappid 1400000001 --broadcast \
  -- target/clients-rust/debug/tcim-rust-client-check

step "node --test (package, TypeScript, CLI and serve, packaging, playground end-to-end, the PyPI clients against tcim serve)"
TCIM_PYTHON="$PWD/.venv-clients/bin/python" node --test tests/node/ tests/packaging/ tests/e2e/ tests/python/

