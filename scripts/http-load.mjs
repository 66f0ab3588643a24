// A small HTTP/1.1 load generator for the bench: `connections` keep-alive sockets, each sending
// its next request as soon as the previous answer is complete, for a fixed time, loopback only.
// Written on node:net rather than http.Agent so that the client costs the shared cores as
// little as it can: the rate measured is the server's, not the client's.
import { connect } from "node:net";

const HEADER_END = Buffer.from("\r\n\r\n");
const CHUNKED_END = Buffer.from("\r\n0\r\n\r\n");

/** One request's bytes: `POST path` with a JSON body, keep-alive. */
export function postRequest(host, path, body) {
  const bytes = Buffer.from(body, "utf8");
  return Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: keep-alive\r\n\r\n`, "latin1"), bytes]);
}

/** Sends `requests` (Buffers, taken in turn) over `connections` sockets to `port` for `ms`
 * milliseconds. Resolves to `{ rps, answered, statuses, sample }`: answers per second, how
 * many came back, their count by HTTP status, and the first answer's body. */
export function load({ port, host = "127.0.0.1", requests, connections = 64, ms = 1000 }) {
  return new Promise((resolve, reject) => {
    let next = 0;
    let answered = 0;
    let open = connections;
    let sample = null;
    const statuses = {};
    const started = performance.now();
    const until = started + ms;
    const finish = () => {
      if (--open > 0) return;
      resolve({ rps: answered / ((performance.now() - started) / 1000), answered, statuses, sample });
    };
    for (let c = 0; c < connections; c++) {
      const socket = connect({ port, host, noDelay: true });
      let pending = Buffer.alloc(0);
      let closing = false;
      const send = () => {
        if (performance.now() >= until) {
          closing = true;
          socket.end();
          return;
        }
        socket.write(requests[next++ % requests.length]);
      };
      socket.on("connect", send);
      socket.on("data", (chunk) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        // One request in flight per socket: at most one answer is in `pending`.
        const end = pending.indexOf(HEADER_END);
        if (end < 0) return;
        const head = pending.toString("latin1", 0, end);
        const declared = /\r\ncontent-length: *(\d+)/i.exec(head);
        let length;
        if (declared) {
          length = Number(declared[1]);
        } else {
          // Chunked (a server that wrote its head before knowing the length): the answer
          // ends with the zero-length chunk.
          const last = pending.indexOf(CHUNKED_END, end + 2);
          if (last < 0) return;
          length = last + CHUNKED_END.length - end - 4;
        }
        if (pending.length < end + 4 + length) return;
        const status = head.slice(9, 12);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (sample === null) sample = pending.toString("utf8", end + 4, end + 4 + length);
        pending = pending.subarray(end + 4 + length);
        answered++;
        send();
      });
      socket.on("error", (e) => {
        if (!closing) reject(e);
      });
      socket.on("close", finish);
    }
  });
}
