// The start page painted before the wasm (issue 17): `catalogue prerender`
// writes it into dist/index.html from the app's own Dutch texts; the app
// takes over when its wasm runs. These tests hold the wasm back, look at the
// static page, then let the app take over and compare.
import { test, expect, checkA11y, ftlMessages, holdWasm } from "./harness.mjs";
const nl = ftlMessages("nl");

/// The app has mounted (trunk's loader sets this after the wasm's start ran).
const appStarted = (page) => page.waitForFunction(() => window.wasmBindings !== undefined);

/// The shell's markup, without the empty comments Leptos uses as markers.
const shellHtml = (page) => page.locator(".rk-shell").evaluate((el) => el.outerHTML.replace(/<!---->/g, ""));

async function measureLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

for (const [w, h] of [[360, 740], [1080, 1920], [1280, 720]]) {
  for (const hash of ["", "#gemeente=heusden"]) {
    test(`${w}×${h} ${hash || "(no gemeente)"}: the static start page is the app's own, taking over shifts nothing`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await measureLayoutShifts(page);
      const requests = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      const release = await holdWasm(page);
      await page.goto(`/${hash}`, { waitUntil: "domcontentloaded" });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(nl["start-title"]);
      await expect(page.getByRole("button", { name: nl["start-button"], exact: true })).toBeVisible();
      if (hash) {
        await expect(page.locator(".rk-header__name")).toHaveText("Routekaart Heusden");
        await expect(page.getByRole("link", { name: nl["all-help-link"] })).toHaveAttribute("href", "alle-hulp.html#gemeente=heusden&taal=nl");
      } else {
        await expect(page.getByRole("link", { name: nl["all-help-link"] })).toHaveCount(0);
      }
      // The loading message is there for the cases that wait, hidden here.
      await expect(page.getByRole("status")).toHaveCount(0);
      if (w === 360) await checkA11y(page, `static start page ${hash}`);
      const before = await shellHtml(page);
      const titleBefore = await page.title();
      expect(requests.some((p) => p.endsWith(".wasm"))).toBe(true);

      release();
      await appStarted(page);
      await page.waitForLoadState("networkidle");
      expect(await shellHtml(page)).toBe(before);
      expect(await page.title()).toBe(titleBefore);
      expect(await page.evaluate(() => window.__cls), "cumulative layout shift").toBe(0);
      // The page carries the list of gemeenten: no request for it.
      expect(requests.filter((p) => p.endsWith("/index.json"))).toEqual([]);
      // And it is the app now: Start leads to the first question (or the chooser).
      await page.getByRole("button", { name: nl["start-button"], exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(hash ? nl["question-title-themes"] : nl["choose-gemeente-title"]);
    });
  }
}

test("Start pressed before the wasm ran is carried out when it has", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/#gemeente=heusden", { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: nl["start-button"], exact: true }).click();
  // The press is seen: the loading message replaces the start page.
  await expect(page.getByRole("status")).toHaveText("Even geduld: Routekaart start…");
  await expect(page.locator(".rk-shell")).toBeHidden();
  release();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(nl["question-title-themes"]);
  await expect(h1).toBeFocused();
  expect(new URL(page.url()).hash).toBe("#gemeente=heusden");
  await checkA11y(page, "first question after an early Start");
  // Back returns to the start page, as after a Start pressed in the app.
  await page.goBack();
  await expect(h1).toHaveText(nl["start-title"]);
});

test("the privacy link pressed early is carried out", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/#gemeente=heusden", { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: nl["privacy-link"] }).click();
  release();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(nl["privacy-title"]);
  await expect(h1).toBeFocused();
});

test("Start pressed early without a gemeente opens the chooser, and Back the start page", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: nl["start-button"], exact: true }).click();
  release();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(nl["choose-gemeente-title"]);
  await expect(h1).toBeFocused();
  await page.goBack();
  await expect(h1).toHaveText(nl["start-title"]);
});

test("a language pressed early: the loading message, then the page in that language", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/#gemeente=almere", { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".rk-shell")).toBeHidden();
  // The loading message is in the language pressed.
  await expect(page.getByRole("status")).toHaveText(ftlMessages("en")["boot-starting"]);
  await expect(page.locator("main.rk-boot")).toHaveAttribute("lang", "en");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ftlMessages("en")["start-title"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("before the wasm, the skip link moves focus and leaves the address alone; focus survives the takeover", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/#gemeente=heusden", { waitUntil: "domcontentloaded" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: nl["skip-to-content"] })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#rk-main")).toBeFocused();
  expect(new URL(page.url()).hash).toBe("#gemeente=heusden");
  // A keyboard user waiting on Start keeps their place when the app takes over.
  const start = page.getByRole("button", { name: nl["start-button"], exact: true });
  await start.focus();
  release();
  await appStarted(page);
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nl["question-title-themes"]);
});

for (const [label, hash, heading, waiting] of [
  ["another language", "#gemeente=heusden&taal=ar", ftlMessages("ar")["start-title"], ftlMessages("ar")["boot-starting"]],
  ["a share link's answers", "#gemeente=heusden&antwoorden=1~", null, nl["boot-starting"]],
]) {
  test(`${label}: the Dutch start page never paints, the loading message does`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`/${hash}`, { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("status")).toHaveText(waiting);
    await expect(page.locator(".rk-shell")).toBeHidden();
    await checkA11y(page, `waiting for ${label}`);
    release();
    await appStarted(page);
    await expect(page.locator(".rk-shell")).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-rk-wacht", /.*/);
    if (heading) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  });
}
