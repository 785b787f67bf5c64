// Shared end-to-end harness. Every spec imports `test` and `expect` from here
// instead of from @playwright/test, which gives each test three guards:
//  * network guard: fails if the page requests anything outside the served
//    origin, or any URL with a query string (answers must never travel in a
//    URL; the #fragment is never sent, so it is allowed);
//  * console guard: fails on any console error or uncaught exception (a Rust
//    panic is logged as an error by console_error_panic_hook);
//  * `checkA11y(page, label)`: runs axe-core with the WCAG 2.x A/AA and
//    best-practice tags and fails on any violation, listing them readably.
import { test as base, expect } from "@playwright/test";
// axe-core itself, run in the page (its own engine needs Node >= 4; the
// @axe-core/playwright wrapper needed Node >= 22.12, which a fresh machine
// with Node 20 does not have). Evaluated through the DevTools protocol, so
// the pages' strict CSP does not stop it; it reads open shadow roots.
import axe from "axe-core";
import { readFileSync } from "node:fs";

/// The plain `id = text` messages of a translator file (the first line of
/// each; attributes and plural variants are not needed by the specs), so
/// expected texts come from the files themselves.
export function ftlMessages(code) {
  const out = {};
  for (const line of readFileSync(`public/taal/${code}.ftl`, "utf8").split("\n")) {
    const m = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n"))
    .join("\n");
}

export async function checkA11y(page, label = "page") {
  await page.evaluate(axe.source);
  // Only the violations come back: the full results hold every node checked.
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }).then((r) => ({ violations: r.violations })),
    AXE_TAGS,
  );
  expect(results.violations, `axe violations on ${label}:\n${describeViolations(results.violations)}`).toEqual([]);
  return results;
}

export const test = base.extend({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const guards = { requests: [], offOrigin: [], withQuery: [], consoleErrors: [], allowConsoleErrors: [] };
      page.on("request", (req) => {
        const url = req.url();
        guards.requests.push(url);
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        const u = new URL(url);
        if (u.origin !== origin) guards.offOrigin.push(url);
        if (u.search) guards.withQuery.push(url);
      });
      page.on("console", (msg) => {
        if (msg.type() === "error") guards.consoleErrors.push(msg.text());
      });
      page.on("pageerror", (err) => guards.consoleErrors.push(`uncaught: ${err.message}`));
      await use(guards);
      expect(guards.offOrigin, "requests outside the served origin").toEqual([]);
      expect(guards.withQuery, "requests with a query string").toEqual([]);
      const unexpected = guards.consoleErrors.filter((text) => !guards.allowConsoleErrors.some((re) => re.test(text)));
      expect(unexpected, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/// Requests to these origins are the test's own (a made-up gemeente site, a
/// second server); anything else outside the served origin still fails.
export function allowOrigins(guards, ...origins) {
  const keep = guards.offOrigin.filter((u) => !origins.some((o) => u.startsWith(o + "/")));
  guards.offOrigin.splice(0, guards.offOrigin.length, ...keep);
}

/// Holds every wasm request until `release()` (returned): the page's static
/// start page or loading message is all there is meanwhile.
export async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// Every wasm download fails, as on a broken connection; the console errors
/// that causes are expected.
export async function failWasm(page, guards) {
  await page.route(/\.wasm$/, (route) => route.abort("failed"));
  guards.allowConsoleErrors.push(/Failed to load resource|wasm|WebAssembly|ERR_FAILED|Failed to fetch/i);
}

/// Test hook, in the tests only: the widget's shadow root is closed, so a
/// host page cannot read answers, and Playwright cannot look inside either.
/// Specs that drive a widget's controls open it by wrapping attachShadow
/// before any script runs (a hostile host could do the same: the privacy
/// page says so). The hardening spec checks the real, closed behaviour.
export async function openWidgetRootsForTests(page) {
  await page.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: "open" });
    };
  });
}
