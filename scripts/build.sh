#!/usr/bin/env bash
# Builds the npm package into pkg/ (node + web wasm builds, JS glue, generated types) and
# copies it into www/tcim/ for the playground. Needs scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

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

cp -r pkg-template/. pkg/
# The JS API: real modules (lib/*.js, and lib/generated.js with the diagnosers of objects and
# JSON text and the catalog, generated from the Rust rule tables), bundled by esbuild as ESM
# and CommonJS.
rm -rf target/js && mkdir -p target/js/lib
cp pkg-template/lib/json-text.js pkg-template/lib/diagnose.js pkg-template/lib/text-scanner.js pkg-template/lib/fixes.js pkg-template/lib/control.js pkg-template/lib/faults.js pkg-template/lib/api.js target/js/lib/
cargo run --quiet --bin tcim-codegen -- checks > target/js/lib/generated.js
for format in esm cjs; do
  esbuild target/js/lib/api.js --bundle --format=$format --platform=neutral --target=es2022 --log-level=warning \
    --outfile=pkg/lib/api.$([ $format = esm ] && echo mjs || echo cjs)
done
rm pkg/lib/api.js pkg/lib/diagnose.js pkg/lib/text-scanner.js pkg/lib/fixes.js pkg/lib/json-text.js pkg/lib/control.js pkg/lib/faults.js
# The OpenAPI 3.1 document and a JSON Schema file per request and response, from the same tables.
cargo run --quiet --bin tcim-codegen -- openapi > pkg/openapi.json
cargo run --quiet --bin tcim-codegen -- openapi zh-CN > pkg/openapi.zh-CN.json
cargo run --quiet --bin tcim-codegen -- schema-files pkg/schemas
# Endpoint types come from the Rust rule tables.
cargo run --quiet --bin tcim-codegen -- ts > pkg/endpoints.d.ts
# The same types for `require` users (.d.cts), without the ESM-only default export.
cp pkg/endpoints.d.ts pkg/endpoints.d.cts
sed -e 's#"./endpoints.js"#"./endpoints.cjs"#g' -e '/^export default init;$/d' pkg/index.d.ts > pkg/index.d.cts

rm -rf www/tcim && cp -r pkg www/tcim
# The playground: its modules and CodeMirror bundled into one local file (no CDN).
esbuild www/src/main.js --bundle --format=esm --target=es2022 --minify --log-level=warning \
  --external:../tcim/web/index.js --outfile=www/dist/app.js
for w in web/tcim_bg.wasm web-sig/tcim_sig_bg.wasm web-sim/tcim_sim_bg.wasm; do
  echo "[build] pkg/wasm/$w: $(stat -c %s pkg/wasm/$w) bytes raw, $(gzip -9 -c pkg/wasm/$w | wc -c) bytes gzip -9"
done
