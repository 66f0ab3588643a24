#!/usr/bin/env bash
# Builds the npm package into pkg/ (node + web wasm builds; the JS of js/, bundled, with the
# declarations tsc emits from it; generated types and documents) and copies it into www/tcim/
# for the playground. Needs scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
# scripts/tools first: its wasm-opt caches what it optimized (the node and web builds of a
# module optimize the same wasm, minutes for the simulator's).
export PATH="$PWD/scripts/tools:$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

profile=${TCIM_PROFILE:---release}
rm -rf pkg
# One crate, three wasm modules, each for Node and for browsers: `core` (what `import "tcim"`
# loads), `usersig` (genUserSig/verifyUserSig; in browsers `init()` loads it when an app uses
# them) and `simulator` (what `Simulator` loads on first use).
build() { # target, folder, feature, name
  # --mode no-install: use wasm-bindgen and wasm-opt from PATH, never download.
  wasm-pack --quiet build --mode no-install "$profile" --target "$1" --out-dir "pkg/wasm/$2" --out-name "$4" --no-pack -- --no-default-features --features "$3" 2>&1 |
    grep -v 'failed to get wasm-pack version' || true
  test -f "pkg/wasm/$2/$4_bg.wasm" || { echo "wasm-pack build ($1, $3) failed" >&2; exit 1; }
  rm -f "pkg/wasm/$2/.gitignore" "pkg/wasm/$2/README.md" "pkg/wasm/$2/package.json"
}
build nodejs node core tcim
build web web core tcim
build nodejs node-sig usersig tcim_sig
build web web-sig usersig tcim_sig
build nodejs node-sim simulator tcim_sim
build web web-sim simulator tcim_sim
# The nodejs builds are CommonJS inside a "type": "module" package.
for d in node node-sig node-sim; do echo '{ "type": "commonjs" }' > "pkg/wasm/$d/package.json"; done

# What ships as it is (package.json, READMEs); everything else is built.
cp -r pkg-template/. pkg/
# Endpoint types come from the Rust rule tables (the JS sources' types refer to them).
cargo run --quiet --bin tcim-codegen -- ts > pkg/endpoints.d.ts
# The JS: the modules of js/ and those generated from the Rust tables with their declarations
# (js/lib/generated.js, what validation shares; generated-objects.js and generated-text.js,
# the diagnosers of objects and of JSON text; generated-catalog.js, the catalog's and the
# schemas' JSON), bundled by esbuild per entry.
cargo run --quiet --bin tcim-codegen -- checks > js/lib/generated.js
cargo run --quiet --bin tcim-codegen -- checks-types > js/lib/generated.d.ts
cargo run --quiet --bin tcim-codegen -- object-checks > js/lib/generated-objects.js
cargo run --quiet --bin tcim-codegen -- object-checks-types > js/lib/generated-objects.d.ts
cargo run --quiet --bin tcim-codegen -- text-checks > js/lib/generated-text.js
cargo run --quiet --bin tcim-codegen -- text-checks-types > js/lib/generated-text.d.ts
cargo run --quiet --bin tcim-codegen -- catalog-data > js/lib/generated-catalog.js
cargo run --quiet --bin tcim-codegen -- catalog-data-types > js/lib/generated-catalog.d.ts
node js/build.mjs
# The OpenAPI 3.1 document and a JSON Schema file per request and response, from the same tables.
cargo run --quiet --bin tcim-codegen -- openapi > pkg/openapi.json
cargo run --quiet --bin tcim-codegen -- openapi zh-CN > pkg/openapi.zh-CN.json
cargo run --quiet --bin tcim-codegen -- schema-files pkg/schemas
# The endpoint types for `require` users.
cp pkg/endpoints.d.ts pkg/endpoints.d.cts

rm -rf www/tcim && cp -r pkg www/tcim
# The playground: its modules and CodeMirror bundled into one local file (no CDN).
esbuild www/src/main.js --bundle --format=esm --target=es2022 --minify --log-level=warning \
  --external:../tcim/web/index.js --outfile=www/dist/app.js
for w in web/tcim_bg.wasm web-sig/tcim_sig_bg.wasm web-sim/tcim_sim_bg.wasm; do
  echo "[build] pkg/wasm/$w: $(stat -c %s pkg/wasm/$w) bytes raw, $(gzip -9 -c pkg/wasm/$w | wc -c) bytes gzip -9"
done
