#!/usr/bin/env bash
# Builds the npm package into pkg/ (node + web wasm builds, JS glue, generated types) and
# copies it into www/tcim/ for the playground. Needs scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

profile=${TCIM_PROFILE:---release}
rm -rf pkg
for target in nodejs web; do
  dir=pkg/wasm/$([ "$target" = nodejs ] && echo node || echo web)
  # --mode no-install: use wasm-bindgen and wasm-opt from PATH, never download.
  wasm-pack --quiet build --mode no-install "$profile" --target "$target" --out-dir "$dir" --out-name tcim --no-pack 2>&1 |
    grep -v 'failed to get wasm-pack version' || true
  test -f "$dir/tcim_bg.wasm" || { echo "wasm-pack build ($target) failed" >&2; exit 1; }
  rm -f "$dir/.gitignore" "$dir/README.md" "$dir/package.json"
done
# The nodejs build is CommonJS inside a "type": "module" package.
echo '{ "type": "commonjs" }' > pkg/wasm/node/package.json

cp -r pkg-template/. pkg/
# One source for the JS API, emitted as ESM and CommonJS, with the diagnosers of objects and
# JSON text generated from the Rust rule tables (shared helpers first).
cargo run --quiet --bin tcim-codegen -- checks > target/diagnosers.js
parts="pkg-template/lib/json-text.js target/diagnosers.js pkg-template/lib/diagnose.js pkg-template/lib/api.js"
{ cat $parts; echo; echo 'export { createApi, TcimError };'; } > pkg/lib/api.mjs
{ echo '"use strict";'; cat $parts; echo; echo 'module.exports = { createApi, TcimError };'; } > pkg/lib/api.cjs
rm pkg/lib/api.js pkg/lib/diagnose.js pkg/lib/json-text.js
# Endpoint types come from the Rust rule tables.
cargo run --quiet --bin tcim-codegen -- ts > pkg/endpoints.d.ts
# The same types for `require` users (.d.cts), without the ESM-only default export.
cp pkg/endpoints.d.ts pkg/endpoints.d.cts
sed -e 's#"./endpoints.js"#"./endpoints.cjs"#g' -e '/^export default init;$/d' pkg/index.d.ts > pkg/index.d.cts

rm -rf www/tcim && cp -r pkg www/tcim
# The playground: its modules and CodeMirror bundled into one local file (no CDN).
esbuild www/src/main.js --bundle --format=esm --target=es2022 --minify --log-level=warning \
  --external:../tcim/web/index.js --outfile=www/dist/app.js
raw=$(stat -c %s pkg/wasm/web/tcim_bg.wasm)
gz=$(gzip -9 -c pkg/wasm/web/tcim_bg.wasm | wc -c)
echo "[build] pkg/ ready: tcim_bg.wasm $raw bytes raw, $gz bytes gzip -9"
