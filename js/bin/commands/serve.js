// tcim serve (the simulator on HTTP until stopped) and tcim exec (a fresh server around one
// command, whose status it exits with).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { constants as osConstants, tmpdir } from "node:os";
import { join } from "node:path";
import { genUserSig } from "../../node/index.mjs";
import { parse, serverOptions, UsageError } from "../flags.js";

/** @import { Run } from "../input.js" */

/** What `tcim exec --tls` points at the authority's certificate: tcim's own variable, then
 * OpenSSL's (curl, Rust's native-tls, Go), Node's and Python requests'. */
const CA_VARIABLES = ["TCIM_CA_FILE", "SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE"];

/** Starts the server and writes --ready-file once it listens.
 * @param {Record<string, any>} opts
 * @param {number} defaultPort
 * @param {Run} run
 * @param {Record<string, unknown>} [extra] */
async function listen(opts, defaultPort, run, extra = {}) {
  const { startServer } = await import("../../lib/serve.mjs");
  const running = await startServer({ ...serverOptions(opts, defaultPort, run.T), ...extra });
  // The certificate to trust is out before anyone is told the URL.
  if (opts["tls-cert-out"] && running.ca) writeFileSync(opts["tls-cert-out"], running.ca);
  if (opts["ready-file"]) writeFileSync(opts["ready-file"], `${running.url}\n`);
  return running;
}

/** @param {string[]} argv @param {Run} run */
export async function serve(argv, run) {
  const { opts } = parse(argv, "serve");
  if (opts.help) return console.log(run.T.help.serve), 0;
  const running = await listen(opts, 8080, run);
  const s = running.sim.app();
  console.log(`tcim serve: listening on ${running.url} (sdkappid ${s.sdkAppId}, admin ${s.admin}, UserSig ${opts.key ? "checked" : "not checked"}${opts.state ? `, state ${opts.state}` : ""}${opts["callback-url"] ? `, callbacks to ${opts["callback-url"]}` : ""}${opts["tls-cert-out"] ? `, TLS certificate authority in ${opts["tls-cert-out"]}` : ""}; control API at ${running.url}/_tcim/${opts["control-token"] ? " (token)" : " (loopback only)"})`);
  const stop = async (/** @type {string} */ signal) => {
    await running.close();
    console.log(`tcim serve: ${signal}, state saved, bye`);
    process.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return undefined; // keep running
}

/** @param {string[]} argv @param {Run} run */
export async function exec(argv, run) {
  const split = argv.indexOf("--");
  const own = split < 0 ? argv : argv.slice(0, split);
  const command = split < 0 ? [] : argv.slice(split + 1);
  const { opts } = parse(own, "exec");
  if (opts.help) return console.log(run.T.help.exec), 0;
  if (command.length === 0) throw new UsageError(run.T.execNeedsCommand());
  const running = await listen(opts, 0, run, { log: opts.verbose ? (/** @type {string} */ line) => console.error(line) : () => {} });
  const s = running.sim.app();
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, TCIM_URL: running.url, TCIM_SDKAPPID: String(s.sdkAppId), TCIM_ADMIN: s.admin };
  env.TCIM_USERSIG = opts.key ? genUserSig({ sdkAppId: s.sdkAppId, key: opts.key, identifier: s.admin }) : "tcim-unchecked";
  if (opts.key) env.TCIM_KEY = opts.key;
  if (opts["control-token"]) env.TCIM_CONTROL_TOKEN = opts["control-token"];
  // --tls: the command trusts tcim's authority (and, through these variables, only it).
  let caDir = null;
  if (running.ca) {
    let file = opts["tls-cert-out"];
    if (!file) {
      caDir = mkdtempSync(join(tmpdir(), "tcim-ca-"));
      file = join(caDir, "ca.pem");
      writeFileSync(file, running.ca);
    }
    for (const name of CA_VARIABLES) env[name] = file;
  }
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env });
  const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((done) => {
    child.once("error", (e) => {
      console.error(run.T.cannotRun(command[0], e.message));
      done([127, null]);
    });
    child.once("exit", (c, sig) => done([c, sig]));
  });
  process.off("SIGINT", forward);
  process.off("SIGTERM", forward);
  await running.close();
  if (caDir) rmSync(caDir, { recursive: true, force: true });
  return signal ? 128 + (osConstants.signals[signal] ?? 0) : code ?? 1;
}
