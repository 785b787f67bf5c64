// The hosting configuration (scripts/hosting/nginx-server.conf, the README's
// "Hosting the build"), as nginx serves the build to a browser and to a
// client that accepts only gzip: every header it promises. Runs against
// nginx (playwright.config.mjs); the build's insluiters are EMBEDDER.
import { test, expect } from "./harness.mjs";
import { EMBEDDER, STRANGER } from "./origins.mjs";
import { metaPolicy } from "../../scripts/hosting/nginx-maps.mjs";

const SECURITY = {
  "strict-transport-security": "max-age=31536000",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
};
const IMMUTABLE = "public, max-age=31536000, immutable";
const ANCESTORS = `frame-ancestors 'self' ${EMBEDDER}`;

/// Every value of a header, however many lines carry it (nginx sends Vary twice).
const values = (headersArray, name) => headersArray.filter((h) => h.name.toLowerCase() === name).flatMap((h) => h.value.split(/,\s*|\n/));

/// A file as a client that accepts only ENCODING gets it (Playwright's
/// client decodes the body; the header says what came over the wire).
async function get(request, path, encoding, extra = {}) {
  const res = await request.get(path, { headers: { "accept-encoding": encoding, ...extra } });
  expect(res.status(), path).toBe(200);
  return res;
}

/// The hashed files the pages name (glue, wasm, stylesheets), and the
/// resident's wasm. The resident's page has its stylesheets inline; the
/// kiosk links them.
async function hashedFiles(request) {
  const html = await (await get(request, "/index.html", "identity")).text();
  const kiosk = await (await get(request, "/kiosk.html", "identity")).text();
  const hashed = /(routekaart|main|tokens)-[0-9a-f]+(_bg)?\.(js|wasm|css)/g;
  const names = [...new Set([...html.match(hashed), ...kiosk.match(hashed)])];
  const wasm = html.match(hashed).find((n) => n.endsWith("_bg.wasm"));
  expect(wasm, "index.html names its wasm").toBeTruthy();
  return { names, wasm: `/${wasm}` };
}

test("the page: its Content-Security-Policy as a header with frame-ancestors, and every security header", async ({ page }) => {
  const violations = [];
  page.on("console", (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
  const res = await page.goto("/#gemeente=heusden");
  const headers = await res.headersArray();
  const header = (name) => values(headers, name).join(", ");
  const html = await res.text();
  const meta = metaPolicy(html);
  expect(meta, "index.html has its policy in a <meta>").toContain("script-src 'self' 'sha256-");
  expect(res.headers()["content-security-policy"]).toBe(`${meta}; ${ANCESTORS}`);
  for (const [name, value] of Object.entries(SECURITY)) expect(header(name), name).toBe(value);
  expect(header("content-type")).toBe("text/html; charset=utf-8");
  expect(header("content-encoding"), "the browser accepts brotli").toBe("br");
  expect(header("cache-control")).toBe("no-cache");
  expect(values(headers, "vary")).toEqual(expect.arrayContaining(["Accept-Encoding", "Origin"]));
  // The app runs under both policies, with nothing refused.
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("every page's header policy is its <meta> policy with frame-ancestors", async ({ request }) => {
  for (const path of ["/", "/index.html", "/kiosk.html", "/alle-hulp.html", "/beheer.html"]) {
    const res = await get(request, path, "gzip");
    const meta = metaPolicy(await res.text());
    expect(meta, `${path} has a <meta> policy`).toContain("default-src 'none'");
    expect(res.headers()["content-security-policy"], path).toBe(`${meta}; ${ANCESTORS}`);
    expect(res.headers()["cache-control"], path).toBe("no-cache");
    for (const [name, value] of Object.entries(SECURITY)) expect(res.headers()[name], `${path}: ${name}`).toBe(value);
  }
  // A page without a policy of its own may still be framed only by those sites.
  for (const path of ["/toegankelijkheidsverklaring.html", "/demo-gemeente.html"]) {
    expect((await get(request, path, "br")).headers()["content-security-policy"], path).toBe(ANCESTORS);
  }
});

test("errors carry the security headers too, and nginx does not name its version", async ({ request }) => {
  const missing = await request.get("/bestaat-niet.html", { headers: { "accept-encoding": "br" } });
  expect(missing.status()).toBe(404);
  for (const [name, value] of Object.entries(SECURITY)) expect(missing.headers()[name], name).toBe(value);
  expect(missing.headers()["server"]).toBe("nginx");
  expect((await get(request, "/", "br")).headers()["server"]).toBe("nginx");
});

test("the wasm: application/wasm, brotli when accepted, gzip when only gzip is, the same bytes each way, immutable", async ({ request }) => {
  const { wasm } = await hashedFiles(request);
  const plain = await get(request, wasm, "identity");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  const bytes = await plain.body();
  expect(bytes.subarray(0, 4).toString("hex"), "a wasm module").toBe("0061736d");
  for (const [accept, sent] of [["br, gzip", "br"], ["gzip, deflate, br", "br"], ["br", "br"], ["gzip", "gzip"]]) {
    const res = await get(request, wasm, accept);
    expect(res.headers()["content-type"], accept).toBe("application/wasm");
    expect(res.headers()["content-encoding"], accept).toBe(sent);
    expect(Number(res.headers()["content-length"]), `${accept}: compressed`).toBeLessThan(bytes.length / 2);
    expect((await res.body()).equals(bytes), `${accept}: the same module`).toBe(true);
    expect(res.headers()["cache-control"], "a hashed name never changes").toBe(IMMUTABLE);
    expect(values(res.headersArray(), "vary")).toEqual(expect.arrayContaining(["Accept-Encoding", "Origin"]));
  }
});

test("caching: hashed files immutable; pages, scripts, catalogues and translations no-cache", async ({ request }) => {
  const { names } = await hashedFiles(request);
  expect(names.filter((n) => n.endsWith(".css")).length, "tokens and main stylesheets").toBeGreaterThanOrEqual(1);
  for (const name of names) expect((await get(request, `/${name}`, "br")).headers()["cache-control"], name).toBe(IMMUTABLE);
  const types = {
    "/index.html": "text/html; charset=utf-8",
    "/kiosk.html": "text/html; charset=utf-8",
    "/alle-hulp.html": "text/html; charset=utf-8",
    "/boot.js": "text/javascript; charset=utf-8",
    "/sw.js": "text/javascript; charset=utf-8",
    "/widget.js": "text/javascript; charset=utf-8",
    "/catalogus/heusden.json": "application/json; charset=utf-8",
    "/catalogus/landelijk.json": "application/json; charset=utf-8",
    "/taal/en.ftl": "text/plain; charset=utf-8",
  };
  for (const [path, type] of Object.entries(types)) {
    for (const accept of ["br", "gzip"]) {
      const res = await get(request, path, accept);
      expect(res.headers()["cache-control"], path).toBe("no-cache");
      expect(res.headers()["content-type"], path).toBe(type);
      expect(res.headers()["content-encoding"], `${path} (${accept})`).toBe(accept);
    }
  }
  // Confirmed, not downloaded again: the server answers 304 to what the browser has.
  const catalogue = await get(request, "/catalogus/heusden.json", "br");
  const again = await request.get("/catalogus/heusden.json", { headers: { "accept-encoding": "br", "if-none-match": catalogue.headers()["etag"] } });
  expect(again.status()).toBe(304);
});

test("CORS: the gemeente's site may fetch every file, another site none", async ({ request }) => {
  const { names } = await hashedFiles(request);
  for (const path of ["/widget.js", ...names.map((n) => `/${n}`), "/catalogus/index.json", "/catalogus/heusden.json", "/taal/en.ftl"]) {
    const allowed = await get(request, path, "br", { origin: EMBEDDER });
    expect(allowed.headers()["access-control-allow-origin"], path).toBe(EMBEDDER);
    expect(values(allowed.headersArray(), "vary"), path).toContain("Origin");
    const other = await get(request, path, "br", { origin: STRANGER });
    expect(other.headers()["access-control-allow-origin"], `${path} for ${STRANGER}`).toBeUndefined();
    expect(values(other.headersArray(), "vary"), path).toContain("Origin");
  }
  expect((await get(request, "/widget.js", "br")).headers()["access-control-allow-origin"], "no Origin, no CORS").toBeUndefined();
});
