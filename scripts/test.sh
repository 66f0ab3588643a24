#!/usr/bin/env bash
# Runs every test: native cargo tests, the browser (wasm-pack, headless Chromium), Node tests
# over the built package (incl. TypeScript checks), and end-to-end tests of www/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "cargo test (native)"
cargo test --all-targets

step "build the package (pkg/, www/tcim/)"
bash scripts/build.sh

step "wasm-pack test --headless --chrome (real browser)"
wasm-pack test --mode no-install --headless --chrome 2>&1 | grep -v 'failed to get wasm-pack version'

step "node --test (package, TypeScript, playground end-to-end)"
node --test tests/node/ tests/e2e/
