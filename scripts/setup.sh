#!/usr/bin/env bash
# Idempotent machine setup for tcim: installs only what is missing, from crates.io, apt, npm
# and PyPI.
# Nothing is fetched from GitHub or other hosts: wasm-pack later runs with --mode no-install and
# finds wasm-bindgen, wasm-opt (npm binaryen) and chromedriver on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or wasm-pack tries a download.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

log() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. wasm32 target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian chromium + chromedriver (browser tests). In the background: it is network bound.
apt_pid=""
if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  log "installing chromium + chromium-driver (apt)"
  ( as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/tmp/tcim-apt.log 2>&1 ) &
  apt_pid=$!
fi

# 3. wasm-pack
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  log "installing wasm-pack $WASM_PACK_VERSION (cargo install, ~2.5 min)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
fi

# 4. wasm-bindgen-cli at the Cargo.lock version. --locked fails on this mirror (missing
#    webpki-roots release), so fall back to an unlocked install.
have_bindgen() {
  [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$BINDGEN_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" = "$BINDGEN_VERSION" ]
}
if ! have_bindgen; then
  log "installing wasm-bindgen-cli $BINDGEN_VERSION (cargo install, ~3 min)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --locked --force ||
    cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# 5. npm dev dependencies (binaryen's wasm-opt, playwright-core, typescript, ajv, ...)
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 6. The Python clients the tests run against tcim serve (PyPI, pinned), in their own venv.
if [ ! -x .venv-clients/bin/python ] || ! cmp -s tests/python/requirements.txt .venv-clients/requirements.txt; then
  log "making the Python clients' venv (.venv-clients, pip from PyPI)"
  rm -rf .venv-clients
  python3 -m venv .venv-clients
  .venv-clients/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
  cp tests/python/requirements.txt .venv-clients/requirements.txt
fi

if [ -n "$apt_pid" ]; then
  if ! wait "$apt_pid"; then cat /tmp/tcim-apt.log >&2; exit 1; fi
fi

log "rustc $(rustc --version | awk '{print $2}'), wasm-pack $(wasm-pack --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1), node $(node --version)"
