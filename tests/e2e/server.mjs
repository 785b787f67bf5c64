// A tiny static file server for tests and benchmarks: serves a directory on
// 127.0.0.1 only, with correct MIME types, no caching surprises (no-cache), and brotli
// when the browser asks for it (as a real host would).
// Usage: node tests/e2e/server.mjs DIR PORT [extra-dir-mounted-at-/extra/]
// The hosting configuration itself (CORS for the sites that embed the app,
// the headers, the cache rules) is nginx's, tested with tests/e2e/nginx.mjs.
import { createServer } from "node:http";
import { readFileSync, statSync, existsSync } from "node:fs";
import { join, normalize, extname, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || 4173);
const extra = process.argv[4] ? resolve(process.argv[4]) : null;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
};
const brotliCache = new Map();

function resolvePath(urlPath) {
  let base = root;
  let rel = decodeURIComponent(urlPath);
  if (extra && rel.startsWith("/extra/")) {
    base = extra;
    rel = rel.slice("/extra".length);
  }
  const path = normalize(join(base, rel));
  if (!path.startsWith(base)) return null; // no path traversal
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, "index.html");
  return path;
}

// Catalogues that exist only here, for the service worker's tests
// (service-worker.spec): one sent with no-store, one that changes on every request
// and is sent without Cache-Control (browsers then guess a lifetime from
// Last-Modified), one answered once and never again (a hung server).
let counter = 0;
const TEST_FILES = {
  "/catalogus/test-bewaar-niet.json": () => ({ headers: { "cache-control": "no-store" }, body: '{"test":"no-store"}' }),
  "/catalogus/test-teller.json": () => ({
    headers: { "last-modified": new Date(Date.now() - 30 * 24 * 3600 * 1000).toUTCString() },
    body: JSON.stringify({ n: ++counter }),
  }),
  "/catalogus/test-traag.json": (seen) => (seen > 1 ? null : { headers: { "cache-control": "no-cache" }, body: '{"n":1}' }),
};
// A test may name its own copy (test-traag-<letters>.json), so a repeated or
// retried test starts with a server that has not seen it yet.
const testFile = (path) => TEST_FILES[path] ?? TEST_FILES[path.replace(/^(\/catalogus\/test-[a-z]+)-[a-z0-9]+\.json$/, "$1.json")];
const testSeen = new Map();

// An answer that never ends (chunked, no length): it stops after 100 MB or
// when the client gives up. Each request under its own name
// (test-eindeloos[-<id>].json) is logged: the bytes sent and whether the
// client closed it; /test-eindeloos-verstuurd?naam=<path> returns the log.
const endlessLog = new Map();
/// Where the "endless" answer does end: far past the app's 16 MB cap, so a
/// client that reads it all is told apart from one that stops.
const ENDLESS_BYTES = 256 * 1024 * 1024;
function endless(res, path) {
  const entry = { bytes: 0, closedByClient: false };
  endlessLog.set(path, [...(endlessLog.get(path) ?? []), entry]);
  res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let done = false;
  res.on("close", () => {
    if (!done) entry.closedByClient = true;
  });
  const more = () => {
    while (!entry.closedByClient && entry.bytes < ENDLESS_BYTES) {
      entry.bytes += chunk.length;
      if (!res.write(chunk)) return res.once("drain", more);
    }
    if (!entry.closedByClient) {
      done = true;
      res.end();
    }
  };
  more();
}

createServer((req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  if (/^\/catalogus\/test-eindeloos(-[a-z0-9]+)?\.json$/.test(url.pathname)) return endless(res, url.pathname);
  if (url.pathname === "/test-eindeloos-verstuurd") {
    res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
    return res.end(JSON.stringify(endlessLog.get(url.searchParams.get("naam")) ?? []));
  }
  const made = testFile(url.pathname);
  if (made) {
    const seen = (testSeen.get(url.pathname) || 0) + 1;
    testSeen.set(url.pathname, seen);
    const answer = made(seen);
    if (!answer) return; // never answers
    res.writeHead(200, { "content-type": TYPES[".json"], ...answer.headers });
    res.end(answer.body);
    return;
  }
  const path = resolvePath(url.pathname);
  if (!path || !existsSync(path)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found");
    return;
  }
  let body = readFileSync(path);
  const headers = {
    "content-type": TYPES[extname(path)] || "application/octet-stream",
    // Always confirmed with the server, never guessed: what a host should
    // send for pages and catalogues (hashed files could be immutable).
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  };
  const accepts = req.headers["accept-encoding"] || "";
  if (/\bbr\b/.test(accepts)) {
    // Keyed by modification time too, so a rebuild is never served stale.
    const key = `${path}@${statSync(path).mtimeMs}`;
    if (!brotliCache.has(key)) {
      brotliCache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    body = brotliCache.get(key);
    headers["content-encoding"] = "br";
  } else if (/\bgzip\b/.test(accepts)) {
    // Clients that do not accept brotli get gzip.
    body = gzipSync(body, { level: 9 });
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
