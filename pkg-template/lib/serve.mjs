// `tcim serve`: the simulator behind /v4/<service>/<command> on node:http (no framework).
import { createServer } from "node:http";
import { existsSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { Simulator } from "../node/index.mjs";

const DEFAULT_MAX_BODY = 1024 * 1024;

/** Loads the state file (or starts empty) and serves. Resolves to { server, url, sim, save, close }. */
export async function startServer(opts = {}) {
  const { host = "127.0.0.1", port = 8080, state, maxBody = DEFAULT_MAX_BODY, log = (line) => console.log(line), ...simOptions } = opts;
  const secretKey = simOptions.secretKey;
  let sim = state && existsSync(state) ? Simulator.restore(readFileSync(state, "utf8"), { secretKey }) : new Simulator(simOptions);
  // A restored state keeps its callback settings but not the token: the flags say them again.
  if (simOptions.callbacks) sim.setCallbacks(simOptions.callbacks);
  // What could not be delivered is said once per request that saw it, never silently.
  let reported = { dropped: 0, failed: 0 };
  function reportCallbacks() {
    const s = sim.callbackStats();
    if (s.dropped > reported.dropped) log(`${new Date().toISOString()} callbacks: ${s.dropped - reported.dropped} dropped (${s.dropped} in all; the receiver is slower than the calls)`);
    if (s.failed > reported.failed) log(`${new Date().toISOString()} callbacks: ${s.failed - reported.failed} not delivered (${s.failed} in all; see the callback log)`);
    reported = { dropped: s.dropped, failed: s.failed };
  }

  // Atomic: write a temporary file, then rename over the old one.
  function save() {
    if (!state) return;
    const tmp = `${state}.tmp-${process.pid}`;
    writeFileSync(tmp, sim.snapshot());
    renameSync(tmp, state);
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const path = (req.url || "").split("?")[0]; // never log the query: it carries the usersig
    const chunks = [];
    let size = 0;
    let done = false;

    function reply(status, body) {
      done = true;
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body), ...(status === 200 ? {} : { Connection: "close" }) });
      // After a refused body, drop the connection once the answer is out.
      res.end(body, () => status !== 200 && req.destroy());
      let code = "-";
      try {
        code = JSON.parse(body).ErrorCode;
      } catch {}
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${req.method} ${path} ${status} ErrorCode=${code} ${ms.toFixed(1)}ms`);
    }

    req.on("data", (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBody) {
        reply(413, JSON.stringify({ ActionStatus: "FAIL", ErrorCode: 60002, ErrorInfo: `request body larger than ${maxBody} bytes (raise it with tcim serve --max-body)` }));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", async () => {
      if (done) return;
      // Async only when a Before-callback goes over HTTP; otherwise answered at once.
      const out = await sim.handleAsync(req.url || "/", Buffer.concat(chunks).toString("utf8"), req.method || "GET", req.socket.remoteAddress?.replace(/^::ffff:/, "") || "127.0.0.1");
      const settled = sim.callbacksSettled();
      settled.then(reportCallbacks);
      // Persist before acknowledging: nothing acknowledged is lost.
      try {
        save();
      } catch (e) {
        reply(500, JSON.stringify({ ActionStatus: "FAIL", ErrorCode: 60002, ErrorInfo: `tcim serve could not save its state file: ${e.message}` }));
        return;
      }
      reply(out.status, out.body);
    });
    req.on("error", () => res.destroy());
  });
  server.maxConnections = 256;
  server.requestTimeout = 30_000;

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  const close = () =>
    new Promise((ok) => {
      save();
      server.close(() => ok());
      server.closeAllConnections?.();
    });
  return { server, url, get sim() { return sim; }, save, close };
}
