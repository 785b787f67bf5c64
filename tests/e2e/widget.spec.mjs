import { test, expect, checkA11y, openWidgetRootsForTests } from "./harness.mjs";
import { tickFallback } from "./journey.mjs";

test.beforeEach(async ({ page }) => openWidgetRootsForTests(page));

const DEMO = "/demo-gemeente.html";

/// Everything the host page owns that the widget must leave alone.
async function hostSnapshot(page) {
  return page.evaluate(() => ({
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang,
    historyLength: history.length,
    scrollY: scrollY,
    h1: getComputedStyle(document.querySelector("h1")).cssText || [
      getComputedStyle(document.querySelector("h1")).color,
      getComputedStyle(document.querySelector("h1")).fontSize,
      getComputedStyle(document.querySelector("h1")).textTransform,
    ].join("|"),
    p: [getComputedStyle(document.querySelector("main p")).color, getComputedStyle(document.querySelector("main p")).fontSize].join("|"),
  }));
}

test("the widget completes a journey inside a hostile host page and leaves the host untouched", async ({ page }) => {
  await page.goto(DEMO);
  const heusden = page.locator("#widget-heusden");
  await expect(heusden.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page.locator("#widget-heusden")).toContainText("Routekaart Heusden");
  await expect(page.locator("#widget-almere")).toContainText("Routekaart Almere");
  const before = await hostSnapshot(page);
  // The host's `button { display: none }` and `* { color: darkred }` do not reach inside.
  const start = heusden.getByRole("button", { name: "Start" });
  expect(await start.evaluate((b) => getComputedStyle(b).display)).not.toBe("none");
  expect(await start.evaluate((b) => getComputedStyle(b).color)).toBe("rgb(255, 255, 255)");
  await checkA11y(page, "host page with two widgets");

  await start.click();
  await expect(heusden.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  await heusden.getByLabel("Geld", { exact: true }).check();
  await heusden.getByRole("button", { name: "Volgende" }).click();
  // Answer every following question with the honest "don't know" options.
  for (let i = 0; i < 15; i++) {
    if (await heusden.getByRole("heading", { name: "Kloppen uw antwoorden?" }).isVisible()) break;
    await expect(heusden.locator("form.rk-form")).toBeVisible();
    const title = await heusden.locator("[data-rk-page-heading]").textContent();
    await tickFallback(heusden);
    await heusden.getByRole("button", { name: "Volgende" }).click();
    await expect(heusden.locator("[data-rk-page-heading]")).not.toHaveText(title);
  }
  await heusden.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(heusden.getByRole("heading", { name: "Hulp die bij u past" })).toBeVisible();
  await expect(heusden.locator(".rk-begin__item:visible").first()).toBeVisible();
  // The back link works inside the widget without touching the host's
  // history or scroll position (clicked from script: Playwright's own clicks
  // scroll elements into view, which is not the widget's doing).
  await page.evaluate(() => scrollTo(0, 0));
  await heusden.getByRole("link", { name: "Terug" }).evaluate((a) => a.click());
  await expect(heusden.getByRole("heading", { name: "Kloppen uw antwoorden?" })).toBeVisible();
  await page.waitForTimeout(100);

  // The host page scrolls only to bring the widget's new heading into view
  // (issue 27); its address, history, title and styles stay.
  await expect(heusden.getByRole("heading", { name: "Kloppen uw antwoorden?" })).toBeInViewport();
  const after = await hostSnapshot(page);
  expect({ ...after, scrollY: 0 }).toEqual({ ...before, scrollY: 0 });
  await checkA11y(page, "host page after a journey");
});

test("two widgets on one page keep separate answers", async ({ page }) => {
  await page.goto(DEMO);
  const heusden = page.locator("#widget-heusden");
  const almere = page.locator("#widget-almere");
  await heusden.getByRole("button", { name: "Start" }).click();
  await almere.getByRole("button", { name: "Start" }).click();
  await heusden.getByLabel("Geld", { exact: true }).check();
  await almere.getByLabel("Wonen", { exact: true }).check();
  await expect(heusden.getByLabel("Wonen", { exact: true })).not.toBeChecked();
  await expect(almere.getByLabel("Geld", { exact: true })).not.toBeChecked();
  await almere.getByRole("button", { name: "English" }).click();
  await expect(almere.getByRole("heading", { level: 1 })).toHaveText("What would you like help with?");
  await expect(heusden.getByRole("heading", { level: 2 })).toHaveText("Waar wilt u hulp bij?");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(heusden).toContainText("Routekaart Heusden");
  await expect(almere).toContainText("Routekaart Almere");
});

test("catalogue URLs resolve against the script, not the host page", async ({ page, guards }) => {
  // A host page deeper in the site than the app's files: relative URLs taken
  // from the host page would point at /gemeente/hulp/catalogus/….
  await page.route("**/gemeente/hulp/pagina.html", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!DOCTYPE html><html lang="nl"><head><title>Host</title><link rel="icon" href="data:,"></head>
        <body><main><h1>Host</h1><div data-routekaart data-gemeente="heusden" id="w"></div></main>
        <script type="module" src="/widget.js"></script></body></html>`,
    }),
  );
  await page.goto("/gemeente/hulp/pagina.html");
  await page.locator("#w").getByRole("button", { name: "Start" }).click();
  await expect(page.locator("#w").getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
  const paths = guards.requests.map((u) => new URL(u).pathname);
  expect(paths).toContain("/catalogus/heusden.json");
  expect(paths).toContain("/catalogus/landelijk.json");
  expect(paths.filter((p) => p.startsWith("/gemeente/hulp/") && p !== "/gemeente/hulp/pagina.html")).toEqual([]);
});

test("heading level and theme come from the embed attributes", async ({ page }) => {
  await page.goto(DEMO);
  const heusden = page.locator("#widget-heusden");
  const almere = page.locator("#widget-almere");
  // data-kopniveau="2": the page title fits under the host's own h1.
  await expect(heusden.getByRole("heading", { level: 2, name: "Vind hulp die bij u past" })).toBeVisible();
  await expect(almere.getByRole("heading", { level: 1, name: "Vind hulp die bij u past" })).toBeVisible();
  // data-thema: the gemeente's tokens restyle only that widget.
  const bg = (w) => w.getByRole("button", { name: "Start" }).evaluate((b) => getComputedStyle(b).backgroundColor);
  await expect.poll(() => bg(almere)).toBe("rgb(11, 61, 46)");
  expect(await bg(heusden)).toBe("rgb(31, 78, 140)");
});
