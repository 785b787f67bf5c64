// Embedding on a gemeente's own site (issue 14, defect 8): the build on one
// origin, the municipal page on another, as in real life. Two extra local
// servers: the build with the CORS header the README names, and the host.
import { test, expect, openWidgetRootsForTests } from "./harness.mjs";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Each Playwright worker runs this file's beforeAll (fullyParallel), so each
// worker gets ports of its own: a shared pair let one worker's afterAll stop
// the servers another worker's test was using (a CI failure, 2026-11-24).
const MAIN = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173)}`;
let BUILD; // dist/ with Access-Control-Allow-Origin for the host
let HOST; // the gemeente's site
const servers = [];

// The host's own strict policy: scripts and connections only from itself
// and the build, and no inline style at all (style-src 'self').
const csp = (build) => `default-src 'none'; script-src 'self' ${build} 'wasm-unsafe-eval'; style-src 'self'; connect-src ${build}; img-src 'self' data:; frame-src ${build}; base-uri 'none'`;
const page = (body, build = BUILD) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp(build)}"><link rel="icon" href="data:,"><title>Gemeente Heusden</title></head>
  <body><main><h1>Hulp in Heusden</h1>${body}</main></body></html>`;
// What the README's snippet puts inside the element: shown until the widget
// draws itself, and left standing when it cannot load.
const fallback = () => `<p>Routekaart laadt. Lukt dat niet? <a href="${BUILD}/#gemeente=heusden">Open Routekaart</a>.</p>`;

/// Starts server.mjs and resolves once this very process answers; a port
/// someone else holds makes the child exit, which fails here, not later.
async function serve(args, env, probe) {
  const child = spawn("node", ["tests/e2e/server.mjs", ...args], { env: { ...process.env, ...env }, stdio: "ignore" });
  servers.push(child);
  let exited = false;
  child.on("exit", () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(probe)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server for ${probe} did not start${exited ? " (it exited: port taken?)" : ""}`);
}

test.beforeAll(async () => {
  const base = Number(process.env.E2E_PORT || 4173) + 3 + 2 * test.info().workerIndex;
  BUILD = `http://127.0.0.1:${base}`;
  HOST = `http://127.0.0.1:${base + 1}`;
  const dir = mkdtempSync(join(tmpdir(), "rk-host-"));
  const snippet = (extra = "") => `<div data-routekaart data-gemeente="heusden"${extra}>${fallback()}</div>`;
  writeFileSync(join(dir, "widget.html"), page(`${snippet()}<script type="module" src="${BUILD}/widget.js"></script>`));
  // The same snippet pointing at a build server that sends no CORS header.
  writeFileSync(join(dir, "no-cors.html"), page(`${snippet()}<script type="module" src="${MAIN}/widget.js"></script>`, `${BUILD} ${MAIN}`));
  writeFileSync(join(dir, "iframe.html"), page(`${snippet(' data-insluiten="iframe"')}<script type="module" src="${BUILD}/widget.js"></script>`));
  // A site the gemeente did not allow, framing the app to follow a resident
  // by the heights the frame reports (issue 28, defect 4).
  writeFileSync(join(dir, "spy.js"), "window.__heights = []; addEventListener('message', (e) => { if (e.data && e.data.routekaartHoogte) window.__heights.push(e.data.routekaartHoogte); });");
  writeFileSync(join(dir, "spy.html"), page(`<script src="spy.js"></script><iframe title="app" src="${MAIN}/index.html#gemeente=heusden"></iframe>`, `${BUILD} ${MAIN}`));
  // The build as the gemeente configured it: its site may frame the app
  // (`insluiters` in catalogus/index.json).
  await serve(["dist", String(base)], { CORS_ALLOW_ORIGIN: HOST, RK_INSLUITERS: HOST }, `${BUILD}/widget.js`);
  await serve([dir, String(base + 1)], {}, `${HOST}/widget.html`);
});
test.afterAll(() => servers.forEach((s) => s.kill()));

/// Requests to the two extra origins are this test's own; anything else
/// still fails the guard.
function allowOrigins(guards, ...origins) {
  const keep = guards.offOrigin.filter((u) => !origins.some((o) => u.startsWith(o + "/")));
  guards.offOrigin.splice(0, guards.offOrigin.length, ...keep);
}

async function recordViolations(p) {
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test("the widget works from another origin under the host's strict CSP (style-src 'self')", async ({ page: p, guards }) => {
  await openWidgetRootsForTests(p);
  await recordViolations(p);
  await p.goto(`${HOST}/widget.html`);
  const w = p.locator("[data-routekaart]");
  const start = w.getByRole("button", { name: "Start" });
  // A cold wasm compile from another origin: on a loaded 2-core CI machine
  // this took over the default 10 s once (5.8 s unloaded).
  await expect(start).toBeVisible({ timeout: 30_000 });
  // Styled: the stylesheet reached the shadow root although inline style is forbidden.
  expect(await start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(31, 78, 140)");
  await start.click();
  await w.getByLabel("Geld", { exact: true }).check();
  await w.getByRole("button", { name: "Volgende" }).click();
  await expect(w.locator("[data-rk-page-heading]")).not.toHaveText("Waar wilt u hulp bij?");
  expect(await p.evaluate(() => window.__violations)).toEqual([]);
  allowOrigins(guards, BUILD, HOST);
});

test("a build that cannot be loaded leaves the snippet's own message and link, not an empty box", async ({ page: p, guards }) => {
  guards.allowConsoleErrors.push(/CORS|Failed to load|ERR_FAILED|net::/);
  await p.goto(`${HOST}/no-cors.html`);
  const w = p.locator("[data-routekaart]");
  await expect(w.getByRole("link", { name: "Open Routekaart" })).toBeVisible();
  await expect(w).toContainText("Lukt dat niet?");
  allowOrigins(guards, BUILD, HOST);
});

test("a site the gemeente did not allow learns no height from a framed app", async ({ page: p, guards }) => {
  await p.goto(`${HOST}/spy.html`);
  const app = p.frameLocator("iframe");
  await expect(app.getByRole("button", { name: "Start" })).toBeVisible({ timeout: 30_000 });
  await app.getByRole("button", { name: "Start" }).click();
  await expect(app.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  await app.getByLabel("Geld", { exact: true }).check();
  await app.getByRole("button", { name: "Volgende" }).click();
  await expect(app.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  expect(await p.evaluate(() => window.__heights)).toEqual([]);
  allowOrigins(guards, MAIN, HOST);
});

test("data-insluiten=\"iframe\": the app in a frame of its own that grows with its page", async ({ page: p, guards }) => {
  await recordViolations(p);
  await p.goto(`${HOST}/iframe.html`);
  const frameEl = p.locator("[data-routekaart] iframe");
  await expect(frameEl).toHaveAttribute("title", /Routekaart/);
  const app = p.frameLocator("[data-routekaart] iframe");
  await expect(app.getByRole("button", { name: "Start" })).toBeVisible({ timeout: 30_000 });
  const short = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
  await app.getByRole("button", { name: "Start" }).click();
  await expect(app.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  // The question page is taller than the start page; the frame follows it.
  await expect.poll(() => frameEl.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(short);
  const inner = await app.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().bottom));
  const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
  expect(outer, "no inner scroll bar: the frame is as tall as its page").toBeGreaterThanOrEqual(inner);
  expect(await p.evaluate(() => window.__violations)).toEqual([]);
  allowOrigins(guards, BUILD, HOST);
});
