// tcim proxy (forward to the real service, judge each exchange against a shadow simulator) and
// tcim replay (judge a recording again on tcim); lib/proxy/ does the work.
import { writeFileSync } from "node:fs";
import { parse, serverOptions, integer, UsageError } from "../flags.js";
import { readInput, required } from "../input.js";

/** @import { Run } from "../input.js" */

/** The shadow's world (the Simulator's options) and the host and port, from serve's flags.
 * @param {Record<string, any>} opts @param {Run} run */
function worldOf(opts, run) {
  const { host, port, tls, ...world } = /** @type {Record<string, any>} */ (serverOptions(opts, 8080, run.T));
  return { host, port, tls, world };
}

/** Writes --report and prints the table; the exit status says whether anything diverged.
 * @param {import("../../lib/proxy/compare.js").Report} report
 * @param {Record<string, any>} opts
 * @param {(line: string) => void} print */
async function conclude(report, opts, print) {
  const { formatReport } = await import("../../lib/proxy/proxy.mjs");
  if (opts.report) writeFileSync(opts.report, `${JSON.stringify(report, null, 2)}\n`);
  print(opts.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.totals.divergent > 0 ? 1 : 0;
}

/** @param {string[]} argv @param {Run} run */
export async function proxy(argv, run) {
  const { opts } = parse(argv, "proxy");
  if (opts.help) return console.log(run.T.help.proxy), 0;
  const upstream = required(opts, "upstream", run.T);
  if (!/^https?:\/\/[^/]/i.test(upstream)) throw new UsageError(run.T.upstreamUrl(upstream));
  const { host, port, tls, world } = worldOf(opts, run);
  const timeoutMs = integer(opts.timeout, "timeout", run.T);
  const { startProxy } = await import("../../lib/proxy/proxy.mjs");
  const running = await startProxy({ upstream, host, port, world, record: opts.record, ...(tls ? { tls } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}), log: opts.quiet ? () => {} : (line) => console.log(line) });
  // As tcim serve: the certificate to trust, then the URL, before anyone is told.
  if (opts["tls-cert-out"] && running.ca) writeFileSync(opts["tls-cert-out"], running.ca);
  if (opts["ready-file"]) writeFileSync(opts["ready-file"], `${running.url}\n`);
  console.log(`tcim proxy: listening on ${running.url} (upstream ${upstream}, shadow sdkappid ${running.sim.app().sdkAppId}${opts.record ? `, recording to ${opts.record}` : ""}${opts["tls-cert-out"] ? `, TLS certificate authority in ${opts["tls-cert-out"]}` : ""})`);
  const stop = async (/** @type {string} */ signal) => {
    const report = await running.report();
    await running.close();
    console.log(`tcim proxy: ${signal}`);
    await conclude(report, opts, (text) => console.log(text));
    process.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return undefined; // keep running
}

/** @param {string[]} argv @param {Run} run */
export async function replayCmd(argv, run) {
  const { opts, rest } = parse(argv, "replay");
  if (opts.help) return console.log(run.T.help.replay), 0;
  if (rest.length !== 1) throw new UsageError(run.T.replayNeedsFile());
  if (opts.url !== undefined && !/^https?:\/\//i.test(opts.url)) throw new UsageError(run.T.urlScheme());
  const { world } = worldOf(opts, run);
  const { readRecording, replay } = await import("../../lib/proxy/replay.mjs");
  let recording;
  try {
    recording = readRecording(await readInput(rest[0]));
  } catch (e) {
    throw new UsageError(run.T.badRecording(rest[0], /** @type {Error} */ (e).message));
  }
  if (recording.torn) console.error(run.T.recordingTorn());
  const report = await replay(recording.exchanges, { world, url: opts.url });
  return conclude(report, opts, (text) => console.log(text));
}
