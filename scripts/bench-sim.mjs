// sim.call from JS on the mixed workload of `node scripts/bench.mjs sim` (prints figures;
// asserts nothing), for this build and, side by side, for other builds of the package: one
// process, the same world in each, interleaved rounds, medians and the per-round ratios.
// Run after `bash scripts/build.sh`:
//   node scripts/bench-sim.mjs                          # this build
//   node scripts/bench-sim.mjs /path/to/older/pkg ...   # and an older one (git worktree + its build.sh)
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, resolve, join } from "node:path";
import { world, MIXED_WORKLOAD } from "./sim-workload.mjs";

const require = createRequire(import.meta.url);
const here = resolve(dirname(fileURLToPath(import.meta.url)), "../pkg");
const packages = [here, ...process.argv.slice(2).map((p) => resolve(p))];
const ROUNDS = 12;
const ROUND_MS = 400;

const asText = MIXED_WORKLOAD.map(([api, body]) => [api, JSON.stringify(body)]);

function rate(sim, list, ms) {
  let n = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < 256; i++, n++) {
      const [api, body] = list[n % list.length];
      sim.call(api, body);
    }
    elapsed = process.hrtime.bigint() - start;
  }
  return n / (Number(elapsed) / 1e9);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (n) => Math.round(n).toLocaleString("en");

const sims = packages.map((p) => world(require(join(p, "node/index.cjs")).Simulator, 200, 1000));
for (const [label, list] of [["object bodies", MIXED_WORKLOAD], ["JSON text bodies", asText]]) {
  for (const sim of sims) rate(sim, list, 1000); // warm-up
  const rates = sims.map(() => []);
  for (let r = 0; r < ROUNDS; r++) sims.forEach((sim, k) => rates[k].push(rate(sim, list, ROUND_MS)));
  console.log(`sim.call from JS, mixed workload, ${label} (median of ${ROUNDS} interleaved rounds):`);
  packages.forEach((p, k) => {
    const ratios = rates[k].map((x, i) => x / rates[0][i]).sort((a, b) => a - b);
    const versus = k === 0 ? "" : `; ${median(ratios).toFixed(2)}× this build's (${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)})`;
    console.log(`  ${p}: ${fmt(median(rates[k]))} calls/s${versus}`);
  });
}
