// The draft accessibility statement (public/toegankelijkheidsverklaring.html)
// as residents get it: copied into the build with its stylesheet, a plain
// Dutch page, marked as a draft, axe-clean. Its content (every WCAG 2.2 A and
// AA criterion, the tests it cites) is checked by
// scripts/check-accessibility-statement.mjs.
import { test, expect, checkA11y } from "./harness.mjs";

test("the draft accessibility statement is in the build: Dutch, a draft, styled, accessible", async ({ page, guards }) => {
  await page.goto("/toegankelijkheidsverklaring.html");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page).toHaveTitle(/^Concept – Toegankelijkheidsverklaring Routekaart$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring Routekaart (concept)");
  await expect(page.getByRole("heading", { level: 2, name: /^Status: C/ })).toBeVisible();
  // Its own stylesheet arrived (the build copies both files).
  expect(await page.locator("main").evaluate((m) => getComputedStyle(m).maxWidth)).toBe("672px");
  expect(guards.requests.some((u) => u.endsWith(".js") || u.endsWith(".wasm")), "a page without scripts").toBe(false);
  await checkA11y(page, "accessibility statement");
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal overflow in px at 320 px").toBeLessThanOrEqual(0);
});
