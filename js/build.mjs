// Builds the package's JS into pkg/ from this source tree (run by scripts/build.sh after the
// wasm builds): each entry below is bundled by esbuild with what it imports from js/. An
// import of another entry stays an import, of that entry's output, so that the package keeps
// one copy of each module (one API instance per format: Node's ESM entry re-exports the
// CommonJS one, the CLI and the server use Node's entry). The wasm glue (pkg/wasm/, written by
// wasm-pack) and Node's built-ins are the only imports from outside the tree.
//
// Then the package's declarations: tsc emits them from the sources (the public types are
// JSDoc beside the code; endpoints.d.ts, generated from Rust, holds the endpoint types), and
// each gets a .d.cts twin for `require` users. index.d.ts re-exports the browser entry's (the
// Node entries export the same names).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const out = resolve(root, "../pkg");

/** [source, output (under pkg/), format, platform]. The API is built twice, for the browser
 * entry (ESM) and for Node's (CommonJS).
 * @type {[string, string, import("esbuild").Format, import("esbuild").Platform][]} */
const ENTRIES = [
  ["lib/api/index.js", "lib/api.mjs", "esm", "neutral"],
  ["lib/api/index.js", "lib/api.cjs", "cjs", "neutral"],
  // The diagnosers of objects: bundled with the API by a bundler, required on first use by
  // Node (ON_FIRST_USE).
  ["lib/generated-objects.js", "lib/object-diagnosers.mjs", "esm", "neutral"],
  ["lib/generated-objects.js", "lib/object-diagnosers.cjs", "cjs", "neutral"],
  // The diagnosers of JSON text: imported by the API on first use (lib/api/validate.js).
  ["lib/generated-text.js", "lib/text-diagnosers.mjs", "esm", "neutral"],
  ["lib/generated-text.js", "lib/text-diagnosers.cjs", "cjs", "neutral"],
  // The catalog's and the schemas' JSON (endpoints(), jsonSchema()): a bundler drops what an
  // app does not call; Node requires it on first use (ON_FIRST_USE).
  ["lib/generated-catalog.js", "lib/catalog-data.mjs", "esm", "neutral"],
  ["lib/generated-catalog.js", "lib/catalog-data.cjs", "cjs", "neutral"],
  ["web/index.js", "web/index.js", "esm", "neutral"],
  ["node/require.js", "node/index.cjs", "cjs", "node"],
  ["node/index.mjs", "node/index.mjs", "esm", "node"],
  ["lib/state-file.mjs", "lib/state-file.mjs", "esm", "node"],
  ["lib/serve.mjs", "lib/serve.mjs", "esm", "node"],
  ["lib/proxy/proxy.mjs", "lib/proxy.mjs", "esm", "node"],
  ["lib/proxy/replay.mjs", "lib/replay.mjs", "esm", "node"],
  ["bin/flags.js", "bin/flags.js", "esm", "node"],
  ["bin/text.mjs", "bin/text.mjs", "esm", "node"],
  ["bin/tcim.mjs", "bin/tcim.mjs", "esm", "node"],
];

/** Entries that CommonJS bundles (Node's) require on first use rather than on `require`:
 * the catalog's JSON text is megabytes and the object diagnosers' code hundreds of KB, whose
 * parsing alone would triple Node's start-up. An import of
 * one becomes an object whose getters require the entry's output (esbuild reads members off
 * an imported CommonJS module when they are used, so nothing is required before). */
const ON_FIRST_USE = ["lib/generated-catalog.js", "lib/generated-objects.js"];

/** The output of entry `source` in `format`: the same format's where there are two.
 * @param {string} source
 * @param {import("esbuild").Format} format */
function outputOf(source, format) {
  const all = ENTRIES.filter(([s]) => s === source);
  return (all.find(([, , f]) => f === format) ?? all[0])[1];
}

/** Keeps imports of other entries, of the wasm glue and of node: built-ins as imports.
 * @param {string} self
 * @param {string} output
 * @param {import("esbuild").Format} format
 * @returns {import("esbuild").Plugin} */
const modules = (self, output, format) => ({
  name: "tcim-modules",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path, external: true }));
    b.onResolve({ filter: /\/wasm\// }, (a) => ({ path: a.path, external: true }));
    b.onResolve({ filter: /^\./ }, (a) => {
      const source = relative(root, resolve(a.resolveDir, a.path));
      if (source === self || !ENTRIES.some(([s]) => s === source)) return undefined;
      let path = relative(dirname(join(out, output)), join(out, outputOf(source, format)));
      if (!path.startsWith(".")) path = `./${path}`;
      if (format === "cjs" && ON_FIRST_USE.includes(source)) return { path, namespace: "on-first-use", pluginData: source };
      return { path, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: "on-first-use" }, (a) => {
      const names = /export \{([^}]*)\}/.exec(readFileSync(join(root, a.pluginData), "utf8"))?.[1].split(",").map((n) => n.trim()) ?? [];
      const getters = names.map((n) => `get ${n}() { return load().${n}; }`).join(", ");
      return { contents: `let m; const load = () => (m ??= require(${JSON.stringify(a.path)}));\nmodule.exports = { ${getters} };\n`, loader: "js" };
    });
    b.onResolve({ filter: /.*/, namespace: "on-first-use" }, (a) => ({ path: a.path, external: true }));
  },
});

await Promise.all(
  ENTRIES.map(([source, output, format, platform]) =>
    build({
      entryPoints: [join(root, source)],
      outfile: join(out, output),
      bundle: true,
      format,
      platform,
      target: "es2022",
      logLevel: "warning",
      plugins: [modules(source, output, format)],
    }),
  ),
);

const types = resolve(root, "../target/js-types");
rmSync(types, { recursive: true, force: true });
execFileSync(resolve(root, "../node_modules/.bin/tsc"), ["-p", join(root, "tsconfig.types.json")], { stdio: "inherit" });

/** The `require` twin of a declaration file: relative imports of .js name .cjs, and no
 * default export (CommonJS has none; Node's entry exports `init` by name). */
const cjs = (/** @type {string} */ text) => text.replace(/((?:from|import\()\s*"\.{1,2}\/[^"]*)\.js"/g, '$1.cjs"').replace(/^export default [^;]*;\n/gm, "");

/** @param {string} dir */
function copyTypes(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const from = join(dir, entry.name);
    if (entry.isDirectory()) {
      copyTypes(from);
      continue;
    }
    const to = join(out, relative(types, from));
    mkdirSync(dirname(to), { recursive: true });
    const text = readFileSync(from, "utf8");
    writeFileSync(to, text);
    writeFileSync(to.replace(/\.d\.ts$/, ".d.cts"), cjs(text));
  }
}
copyTypes(types);
const index = `// The types of tcim: the entries' API (emitted from the JS sources, js/) and the endpoint
// types (endpoints.d.ts, generated from the Rust rule tables).
export * from "./web/index.js";
export { default } from "./web/index.js";
export * from "./endpoints.js";
`;
writeFileSync(join(out, "index.d.ts"), index);
writeFileSync(join(out, "index.d.cts"), cjs(index).replace(/^export \{ default \}.*\n/m, ""));
