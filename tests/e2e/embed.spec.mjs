// Embedding on a gemeente's own site (issue 14, defect 8): the build on one
// origin, the municipal page on another, as in real life. The build is
// nginx with the hosting configuration (scripts/hosting/nginx-server.conf,
// playwright.config.mjs runs this spec against it), whose insluiters list
// EMBEDDER: that site gets CORS and may frame the app, STRANGER neither.
// Both sites serve the pages this spec writes into SITES.
import { test, expect, openWidgetRootsForTests, allowOrigins } from "./harness.mjs";
import { tickFallback } from "./journey.mjs";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NODE, NGINX as BUILD, EMBEDDER, STRANGER, SITES } from "./origins.mjs";

// The host's own strict policy: scripts and connections only from itself
// and the build, and no inline style at all (style-src 'self').
const csp = (build) => `default-src 'none'; script-src 'self' ${build} 'wasm-unsafe-eval'; style-src 'self'; connect-src ${build}; img-src 'self' data:; frame-src ${build}; base-uri 'none'`;
const hostPage = (body, build = BUILD) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp(build)}"><link rel="icon" href="data:,"><title>Gemeente Heusden</title></head>
  <body><main><h1>Hulp in Heusden</h1>${body}</main></body></html>`;
// What the README's snippet puts inside the element: shown until the widget
// draws itself, and left standing when it cannot load.
const fallback = () => `<p>Routekaart laadt. Lukt dat niet? <a href="${BUILD}/#gemeente=heusden">Open Routekaart</a>.</p>`;
const snippet = (extra = "") => `<div data-routekaart data-gemeente="heusden"${extra}>${fallback()}</div><script type="module" src="${BUILD}/widget.js"></script>`;

// Heights the framed app posts to the page, the way a spy would collect them.
const SPY = "window.__heights = []; addEventListener('message', (e) => { if (e.data && e.data.routekaartHoogte) window.__heights.push(e.data.routekaartHoogte); });";

// Every worker writes the same pages; each appears whole (rename), so a
// page another worker's test is reading never changes under it.
test.beforeAll(() => {
  mkdirSync(SITES, { recursive: true });
  const pages = {
    "widget.html": hostPage(snippet()),
    "iframe.html": hostPage(snippet(' data-insluiten="iframe"')),
    "frame.html": hostPage(`<iframe title="app" src="${BUILD}/index.html#gemeente=heusden"></iframe>`),
    "spy.js": SPY,
    "spy.html": hostPage(`<script src="spy.js"></script><iframe title="app" src="${NODE}/index.html#gemeente=heusden"></iframe>`, `${BUILD} ${NODE}`),
  };
  for (const [name, text] of Object.entries(pages)) {
    const part = join(SITES, `.${name}.${process.pid}`);
    writeFileSync(part, text);
    renameSync(part, join(SITES, name));
  }
});

async function recordViolations(p) {
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test("the widget works from another origin under the host's strict CSP (style-src 'self')", async ({ page: p, guards }) => {
  await openWidgetRootsForTests(p);
  await recordViolations(p);
  await p.goto(`${EMBEDDER}/widget.html`);
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
  allowOrigins(guards, EMBEDDER);
});

test("a build that cannot be loaded leaves the snippet's own message and link, not an empty box", async ({ page: p, guards }) => {
  guards.allowConsoleErrors.push(/CORS|Failed to load|ERR_FAILED|net::/);
  // The same snippet on a site the gemeente did not list: the server sends
  // it no Access-Control-Allow-Origin, so the module script is refused.
  await p.goto(`${STRANGER}/widget.html`);
  await expect.poll(() => guards.consoleErrors.join("\n")).toMatch(/widget\.js.*blocked by CORS policy: No 'Access-Control-Allow-Origin'/);
  const w = p.locator("[data-routekaart]");
  await expect(w.getByRole("link", { name: "Open Routekaart" })).toBeVisible();
  await expect(w).toContainText("Lukt dat niet?");
  allowOrigins(guards, STRANGER);
});

test("a site the gemeente did not list cannot frame the app (frame-ancestors)", async ({ page: p, guards }) => {
  guards.allowConsoleErrors.push(/frame-ancestors/);
  const blocked = p.waitForEvent("requestfailed", (r) => r.url().startsWith(`${BUILD}/index.html`));
  await p.goto(`${STRANGER}/frame.html`);
  expect((await blocked).failure().errorText).toBe("net::ERR_BLOCKED_BY_RESPONSE");
  // Chromium names the directive and the sites it allows.
  await expect.poll(() => guards.consoleErrors.join("\n")).toContain(`violates the following Content Security Policy directive: "frame-ancestors 'self' ${EMBEDDER}"`);
  await expect.poll(() => p.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
  allowOrigins(guards, STRANGER);
});

// The app's own guard, for a server that sends no frame-ancestors (the Node
// test server sends none): a framing site learns nothing it was not allowed.
test("a site the gemeente did not allow learns no height from a framed app", async ({ page: p, guards }) => {
  await p.goto(`${STRANGER}/spy.html`);
  const app = p.frameLocator("iframe");
  await expect(app.getByRole("button", { name: "Start" })).toBeVisible({ timeout: 30_000 });
  await app.getByRole("button", { name: "Start" }).click();
  await expect(app.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  await app.getByLabel("Geld", { exact: true }).check();
  await app.getByRole("button", { name: "Volgende" }).click();
  await expect(app.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  expect(await p.evaluate(() => window.__heights)).toEqual([]);
  allowOrigins(guards, NODE, STRANGER);
});

test("data-insluiten=\"iframe\": the app in a frame of its own that grows with its page", async ({ page: p, guards }) => {
  await recordViolations(p);
  await p.goto(`${EMBEDDER}/iframe.html`);
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
  allowOrigins(guards, EMBEDDER);
});

// Issue 28, item 5: what the host page's own scripts can read of a journey,
// with no help from the widget. Measured here, said in the README and on the
// widget's privacy page: in a shadow root "select all" leaves the widget out,
// but window.find sees what it shows and a capture-phase listener sees every
// key typed in it; in the iframe (data-insluiten="iframe") the host sees none
// of it. The host's listener is installed before anything loads.
async function answerUntilAge(app) {
  const h = app.locator("[data-rk-page-heading]");
  await app.getByRole("button", { name: "Start" }).click({ timeout: 30_000 });
  await expect(h).toHaveText("Waar wilt u hulp bij?");
  await app.getByLabel("Wonen", { exact: true }).check();
  for (let step = 0; step < 8; step++) {
    const before = (await h.textContent()).trim();
    await app.getByRole("button", { name: "Volgende" }).click();
    await expect(h).not.toHaveText(before);
    if ((await h.textContent()).trim() === "Hoe oud bent u?") return;
    const urgent = app.getByLabel("Ik heb vannacht geen plek om te slapen", { exact: true });
    if (await urgent.count()) await urgent.check();
    else await tickFallback(app);
  }
  throw new Error("no age question");
}

async function whatTheHostReads(p, shown) {
  return p.evaluate((shown) => {
    getSelection().selectAllChildren(document.body);
    const selected = getSelection().toString();
    getSelection().removeAllRanges();
    const found = window.find(shown);
    getSelection().removeAllRanges();
    return { selected, found, keys: window.__keys.join("") };
  }, shown);
}

test("what a host page reads: in a shadow root window.find and typed keys, in the iframe nothing", async ({ page: p, guards }) => {
  await p.addInitScript(() => {
    window.__keys = [];
    addEventListener("keydown", (e) => window.__keys.push(e.key), true);
  });
  await openWidgetRootsForTests(p);
  // Shadow root (the default).
  await p.goto(`${EMBEDDER}/widget.html`);
  const w = p.locator("[data-routekaart]");
  await answerUntilAge(w);
  await w.getByRole("textbox").pressSequentially("82");
  const shown = (await w.locator(".rk-direct li strong").first().textContent()).trim();
  let read = await whatTheHostReads(p, shown);
  expect(read.selected).toContain("Hulp in Heusden");
  expect(read.selected, "select all leaves the widget out").not.toContain(shown);
  expect(read.found, "window.find sees the widget's text: why the README points privacy-minded hosts to the iframe").toBe(true);
  expect(read.keys, "a capture-phase listener sees the typed age").toContain("82");
  // The iframe: the same journey, nothing of it reaches the host.
  await p.goto(`${EMBEDDER}/iframe.html`);
  const app = p.frameLocator("[data-routekaart] iframe");
  await answerUntilAge(app);
  await app.getByRole("textbox").pressSequentially("82");
  expect((await app.locator(".rk-direct li strong").first().textContent()).trim()).toBe(shown);
  read = await whatTheHostReads(p, shown);
  expect(read.selected).toContain("Hulp in Heusden");
  expect(read.selected).not.toContain(shown);
  expect(read.found, "window.find does not reach into the frame").toBe(false);
  expect(read.keys, "no key typed in the frame reaches the host").toBe("");
  allowOrigins(guards, EMBEDDER);
});
