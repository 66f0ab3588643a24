// A callback receiver for the tests: a node:http server on 127.0.0.1 that records each POST
// ({ query, body, contentType }) and answers `reply(callback)` after `delay(callback)` ms.
import { createServer } from "node:http";

export async function receiver(reply = () => ({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" }), delay = () => 0) {
  const got = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const url = new URL(req.url, "http://x");
      const cb = { query: Object.fromEntries(url.searchParams), body: JSON.parse(body), contentType: req.headers["content-type"] };
      got.push(cb);
      setTimeout(() => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(reply(cb)));
      }, delay(cb));
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(ok);
    });
  return { url: `http://127.0.0.1:${server.address().port}/im-callback`, got, close };
}
