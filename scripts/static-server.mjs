// A static file server on 127.0.0.1 (a free port) for built pages: the Vite apps of the size
// benchmark and of the packaging test. Serves .wasm as application/wasm, as browsers need.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

/** Serves `dir`; resolves to the listening server (its URL is `http://127.0.0.1:${port}/`). */
export async function serveDir(dir) {
  const server = createServer(async (req, res) => {
    const file = normalize(join(dir, req.url === "/" ? "index.html" : decodeURIComponent(req.url.split("?")[0])));
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}
