// Embedding on a gemeente's own site (issue 14, defect 8): the build on one
// origin, the municipal page on another, as in real life. Two extra local
// servers: the build with the CORS header the README names, and the host.
import { test, expect, openWidgetRootsForTests } from "./harness.mjs";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BUILD = "http://127.0.0.1:4176"; // dist/ with Access-Control-Allow-Origin for the host
const HOST = "http://127.0.0.1:4177"; // the gemeente's site
const servers = [];

// The host's own strict policy: scripts and connections only from itself
// and the build, and no inline style at all (style-src 'self').
const CSP = `default-src 'none'; script-src 'self' ${BUILD} 'wasm-unsafe-eval'; style-src 'self'; connect-src ${BUILD}; img-src 'self' data:; frame-src ${BUILD}; base-uri 'none'`;
const page = (body) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="icon" href="data:,"><title>Gemeente Heusden</title></head>
  <body><main><h1>Hulp in Heusden</h1>${body}</main></body></html>`;
// What the README's snippet puts inside the element: shown until the widget
// draws itself, and left standing when it cannot load.
const FALLBACK = `<p>Routekaart laadt. Lukt dat niet? <a href="${BUILD}/#gemeente=heusden">Open Routekaart</a>.</p>`;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "rk-host-"));
  writeFileSync(join(dir, "widget.html"), page(`<div data-routekaart data-gemeente="heusden">${FALLBACK}</div><script type="module" src="${BUILD}/widget.js"></script>`));
  // The same snippet pointing at a build server that sends no CORS header.
  writeFileSync(join(dir, "no-cors.html"), page(`<div data-routekaart data-gemeente="heusden">${FALLBACK}</div><script type="module" src="http://127.0.0.1:4173/widget.js"></script>`).replace(BUILD, `${BUILD} http://127.0.0.1:4173`));
  writeFileSync(join(dir, "iframe.html"), page(`<div data-routekaart data-gemeente="heusden" data-insluiten="iframe">${FALLBACK}</div><script type="module" src="${BUILD}/widget.js"></script>`));
  servers.push(spawn("node", ["tests/e2e/server.mjs", "dist", "4176"], { env: { ...process.env, CORS_ALLOW_ORIGIN: HOST }, stdio: "ignore" }));
  servers.push(spawn("node", ["tests/e2e/server.mjs", dir, "4177"], { stdio: "ignore" }));
  for (const url of [`${BUILD}/widget.js`, `${HOST}/widget.html`]) {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
  }
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
  await expect(start).toBeVisible();
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

test("data-insluiten=\"iframe\": the app in a frame of its own that grows with its page", async ({ page: p, guards }) => {
  await recordViolations(p);
  await p.goto(`${HOST}/iframe.html`);
  const frameEl = p.locator("[data-routekaart] iframe");
  await expect(frameEl).toHaveAttribute("title", /Routekaart/);
  const app = p.frameLocator("[data-routekaart] iframe");
  await expect(app.getByRole("button", { name: "Start" })).toBeVisible();
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
