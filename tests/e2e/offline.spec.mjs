// Offline-first (issue 14): after one visit, the app reopens and works with no
// network, on a phone and on a library kiosk, including a share link. Runs
// against nginx with the hosting configuration (playwright.config.mjs); the
// worker's rules for what it keeps are in service-worker.spec.mjs.
import { test, expect } from "./harness.mjs";
import { answerAll } from "./journey.mjs";

test.use({ serviceWorkers: "allow" });

const SHARE = "gemeente=heusden&antwoorden=1~t:geld~s:-~a:40~h:alleen~w:uitkering~d:1";

async function visitOnceThenGoOffline(page, context, url) {
  await page.goto(url);
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  // The worker runs and has cached this visit (the page, its wasm, the
  // catalogues), and the catalogues' texts, which the start page itself
  // never asked for.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length && (await (await caches.open((await caches.keys())[0])).keys()).map((r) => r.url)))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/_bg\.wasm$/),
        expect.stringMatching(/catalogus\/heusden\.json$/),
        expect.stringMatching(/catalogus\/teksten\/heusden\.json$/),
        expect.stringMatching(/catalogus\/teksten\/landelijk\.json$/),
      ]),
    );
  await context.setOffline(true);
}

/// Every card says what it is: its texts are here.
async function expectWholeCards(page) {
  // Cards of a route step are folded (a closed details): there, not visible.
  const cards = page.locator(".rk-card");
  await expect(cards.first()).toBeAttached();
  const empty = await cards.evaluateAll((cs) => cs.filter((c) => !c.querySelector(".rk-card__what").textContent.trim()).map((c) => c.dataset.service));
  expect(empty, "cards without their texts").toEqual([]);
}

/// Reopens the page offline and walks a journey to the results.
async function journeyOffline(page) {
  await page.reload();
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator(".rk-begin__item").first()).toBeVisible();
  await expectWholeCards(page);
}

test("phone: after one visit the app reopens offline, walks a journey and opens a share link", async ({ page, context, guards }) => {
  guards.allowConsoleErrors.push(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await page.setViewportSize({ width: 360, height: 740 });
  await visitOnceThenGoOffline(page, context, "/#gemeente=heusden");
  await journeyOffline(page);
  // A share link opened offline, in a new tab of the same browser.
  const tab = await context.newPage();
  await tab.goto(`/#${SHARE}`);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expectWholeCards(tab);
});

test("kiosk: a library kiosk whose network drops keeps working", async ({ page, context, guards }) => {
  guards.allowConsoleErrors.push(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await visitOnceThenGoOffline(page, context, "/kiosk.html#gemeente=heusden&modus=kiosk");
  await journeyOffline(page);
});
