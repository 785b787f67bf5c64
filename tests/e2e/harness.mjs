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
import AxeBuilder from "@axe-core/playwright";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n"))
    .join("\n");
}

export async function checkA11y(page, label = "page") {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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
