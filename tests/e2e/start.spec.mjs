import { test, expect, checkA11y, ftlMessages, holdWasm, failWasm } from "./harness.mjs";

test.describe("start page", () => {
  test("shows the Dutch start page with the privacy promise, accessibly", async ({ page, guards }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
    await expect(page.getByText("Uw antwoorden blijven op dit apparaat")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    // The static loading message is gone once the app has mounted.
    await expect(page.getByText("Routekaart start")).toHaveCount(0);
    await checkA11y(page, "start page");
    expect(guards.requests.some((u) => u.endsWith(".wasm")), "the wasm was loaded").toBe(true);
  });

  test("switching to English changes the text and the lang attribute", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help that suits you");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await checkA11y(page, "start page in English");
  });

  test("shows an accessible error when the app cannot start", async ({ page, guards }) => {
    // Simulate a failed download of the WebAssembly module.
    await failWasm(page, guards);
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Routekaart kan niet starten");
    await checkA11y(page, "start failure");
  });

  test("a resident who came in Arabic waits in Arabic, right to left", async ({ page }) => {
    const ar = ftlMessages("ar");
    const release = await holdWasm(page);
    await page.goto("/#gemeente=heusden&taal=ar", { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("status")).toHaveText(ar["boot-starting"]);
    const boot = page.locator("main.rk-boot");
    await expect(boot).toHaveAttribute("lang", "ar");
    await expect(boot).toHaveAttribute("dir", "rtl");
    await checkA11y(page, "loading message in Arabic");
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar["start-title"]);
  });

  test("Alle hulp and the kiosk wait in the address's language too", async ({ page }) => {
    await page.route(/\.wasm$/, () => {}); // never answered: the loading message stays
    for (const [path, code] of [["alle-hulp.html#gemeente=heusden&taal=tr", "tr"], ["kiosk.html#gemeente=heusden&taal=pl", "pl"]]) {
      await page.goto(`/${path}`, { waitUntil: "domcontentloaded" });
      await expect(page.getByRole("status")).toHaveText(ftlMessages(code)["boot-starting"]);
      await expect(page.locator("main.rk-boot")).toHaveAttribute("lang", code);
    }
  });

  test("a start that fails says so in the address's language", async ({ page, guards }) => {
    await failWasm(page, guards);
    await page.goto("/#taal=uk");
    const alert = page.getByRole("alert");
    await expect(alert).toHaveText(ftlMessages("uk")["boot-failed"]);
    await expect(page.locator("main.rk-boot")).toHaveAttribute("lang", "uk");
    await checkA11y(page, "start failure in Ukrainian");
  });

  test("shows a loading message before the app starts, where it does not show the static start page", async ({ page }) => {
    // Hold the wasm back so the static loading state can be observed. The
    // resident's page shows its prerendered start page meanwhile
    // (prerender.spec.mjs); in another language it shows this message.
    const release = await holdWasm(page);
    await page.goto("/#taal=en", { waitUntil: "domcontentloaded" });
    // In the address's language, from the translator file (the page's own text is Dutch).
    await expect(page.getByRole("status")).toHaveText(ftlMessages("en")["boot-starting"]);
    await expect(page.locator("main.rk-boot")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Routekaart");
    await checkA11y(page, "loading state");
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help that suits you");
  });
});

test("the page ships a strict Content-Security-Policy and the app runs under it", async ({ page }) => {
  const violations = [];
  await page.exposeFunction("reportViolation", (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("/#gemeente=heusden");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  // Inline scripts (trunk's loader, boot.js, the integrity import map) and
  // the inline stylesheets of the resident's page are allowed by their hashes only.
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+'){3} 'wasm-unsafe-eval';/);
  expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+'){2};/);
  expect(csp).not.toContain("unsafe-inline");
  // boot.js ran inline under the policy: it registered the start page's early Start.
  expect(await page.evaluate(() => typeof window.__routekaartVooraf)).toBe("object");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  expect(violations).toEqual([]);
});
