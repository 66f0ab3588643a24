// What tcim serve writes about its requests: the log (the lines of 10 ms written
// together), the time stamps, the peer's address as callbacks report it.

/** A log: a function of a line, with `flush` where lines wait to be written.
 * @typedef {((line: string) => void) & { flush?: () => void }} Log */

/** The default logs' `flush`es, run at exit too.
 * @type {Set<() => void>} */
const unflushed = new Set();
let flushAtExit = false;

/** How long a line may wait to be written with the next ones: a write per turn of the event
 * loop was ~1.5 µs of a ~25 µs answer under load (a turn answers a few requests). */
const FLUSH_MS = 10;
/** What may wait at most (a burst is written at once past it). */
const FLUSH_CHARS = 64 * 1024;

/** The default log: console.log, with the lines of 10 ms written together (a write per
 * request costs as much as answering it). `flush` writes what waits; exit writes it too.
 * @returns {Log} */
export function stdoutLog() {
  let pending = "";
  const flush = () => {
    unflushed.delete(flush);
    if (pending === "") return;
    const text = pending;
    pending = "";
    console.log(text);
  };
  const log = (/** @type {string} */ line) => {
    if (pending === "") {
      setTimeout(flush, FLUSH_MS).unref();
      unflushed.add(flush);
      if (!flushAtExit) {
        flushAtExit = true;
        process.on("exit", () => unflushed.forEach((f) => f()));
      }
      pending = line;
    } else {
      pending += `\n${line}`;
      if (pending.length > FLUSH_CHARS) flush();
    }
  };
  log.flush = flush;
  return log;
}

/** `new Date().toISOString()`, made once per millisecond (every request logs it). */
let isoMs = -1;
let isoText = "";
export function isoNow() {
  const ms = Date.now();
  if (ms !== isoMs) {
    isoMs = ms;
    isoText = new Date(ms).toISOString();
  }
  return isoText;
}

/** A peer's address as callbacks report it (`ClientIP`): IPv4 without its IPv6 prefix.
 * @param {import("node:http").IncomingMessage} req */
export function clientIp(req) {
  const address = req.socket.remoteAddress;
  if (!address) return "127.0.0.1";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

