// A catalogue's rules and its texts apart (the first visit under 192 KB):
// the start page downloads only the rules (catalogus/<file>), the texts
// (catalogus/teksten/<file>: descriptions, steps, sources) come when the
// resident leaves it, and no card ever shows without them. Offline after
// one visit: offline.spec.mjs.
import { test, expect, checkA11y } from "./harness.mjs";
import { answerAll } from "./journey.mjs";

const SHARE = "gemeente=heusden&antwoorden=1~t:geld~s:-~a:40~h:alleen~w:uitkering~d:1";
const TEXTS = /\/catalogus\/teksten\/[a-z0-9-]+\.json$/;
const isTexts = (u) => TEXTS.test(new URL(u).pathname);

/// The app has mounted (trunk's loader sets this after the wasm's start ran).
const appStarted = (page) => page.waitForFunction(() => window.wasmBindings !== undefined);

/// Holds every request for a texts file until `release()` (returned).
async function holdTexts(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(TEXTS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// Every card shows its own texts, as in catalogus/teksten/: what it is
/// (the description, or its first sentence) and every next step.
async function expectWholeCards(page, request, gemeente, scope = page) {
  const texts = {};
  for (const file of [gemeente, "landelijk"]) {
    Object.assign(texts, (await (await request.get(`/catalogus/teksten/${file}.json`)).json()).services);
  }
  // Cards of a route step are folded (a closed details): there, not visible.
  const cards = scope.locator(".rk-card");
  await expect(cards.first()).toBeAttached();
  const shown = await cards.evaluateAll((cs) =>
    cs.map((c) => ({ id: c.dataset.service, what: c.querySelector(".rk-card__what").textContent.trim(), steps: c.querySelectorAll(".rk-step").length })),
  );
  for (const card of shown) {
    const own = texts[card.id];
    expect(own, `${card.id} has texts`).toBeDefined();
    const description = own.description["nl-B1"] ?? own.description.nl;
    expect(card.what.length, `${card.id}: what it is`).toBeGreaterThan(0);
    expect(description.startsWith(card.what), `${card.id}: “${card.what}” is its description`).toBe(true);
    expect(card.steps, `${card.id}: its steps`).toBe((own.next_steps ?? []).length);
  }
  return shown.length;
}

test("a first visit to the start page downloads the rules, not the texts; Start asks for them", async ({ page, request, guards }) => {
  const finished = [];
  page.on("requestfinished", (r) => finished.push(new URL(r.url()).pathname));
  await page.goto("/#gemeente=heusden");
  await appStarted(page);
  // The app has read the rules (both answered), and the page is quiet.
  await expect.poll(() => finished).toEqual(expect.arrayContaining(["/catalogus/heusden.json", "/catalogus/landelijk.json"]));
  await page.waitForLoadState("networkidle");
  expect(guards.requests.filter(isTexts), "no texts on the start page").toEqual([]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");

  const asked = Promise.all([
    page.waitForRequest(/\/catalogus\/teksten\/heusden\.json$/),
    page.waitForRequest(/\/catalogus\/teksten\/landelijk\.json$/),
  ]);
  await page.getByRole("button", { name: "Start" }).click();
  await asked;
  await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const n = await expectWholeCards(page, request, "heusden");
  expect(n).toBeGreaterThan(3);
  // Each file once.
  expect(guards.requests.filter(isTexts).map((u) => new URL(u).pathname).sort()).toEqual(["/catalogus/teksten/heusden.json", "/catalogus/teksten/landelijk.json"]);
});

test("the questions do not wait for the texts, and what is ticked stays ticked when they arrive", async ({ page, request }) => {
  const release = await holdTexts(page);
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Waar wilt u hulp bij?");
  await expect(h1).toBeFocused();
  const money = page.getByLabel("Geld", { exact: true });
  await money.check();
  // Whether the question's form is ever rebuilt (its ticks and focus lost).
  await page.evaluate(() => {
    window.__rebuilt = false;
    const form = document.querySelector("form.rk-form");
    new MutationObserver(() => (window.__rebuilt ||= !form.isConnected)).observe(document.body, { childList: true, subtree: true });
  });
  const arrived = Promise.all([
    page.waitForEvent("requestfinished", (r) => /teksten\/heusden\.json$/.test(r.url())),
    page.waitForEvent("requestfinished", (r) => /teksten\/landelijk\.json$/.test(r.url())),
  ]);
  release();
  await arrived;
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => window.__rebuilt), "the question stayed as it was").toBe(false);
  await expect(money).toBeChecked();
  await expect(money).toBeFocused();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(h1).not.toHaveText("Waar wilt u hulp bij?");
  await answerAll(page, {});
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(h1).toHaveText("Hulp die bij u past");
  await expectWholeCards(page, request, "heusden");
});

test("a share link straight to the results shows whole cards, and the loading message until the texts are here", async ({ page, request }) => {
  const release = await holdTexts(page);
  const asked = page.waitForRequest(TEXTS);
  await page.goto(`/#${SHARE}`);
  // The rules are here, the texts are not: no card without its texts.
  const loading = page.getByRole("status").filter({ hasText: "laadt de informatie" });
  await expect(loading).toBeVisible();
  await asked;
  await expect(loading).toBeVisible();
  await expect(page.locator(".rk-card")).toHaveCount(0);
  release();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Hulp die bij u past");
  await expect(h1).toBeFocused();
  await expectWholeCards(page, request, "heusden");
  await checkA11y(page, "results from a share link");
});

test("texts that cannot come: the questions still work, the results say so and try again", async ({ page, request, guards }) => {
  guards.allowConsoleErrors.push(/status of 500/);
  let fail = true;
  await page.route("**/catalogus/teksten/heusden.json", (route) => (fail ? route.fulfill({ status: 500, body: "" }) : route.continue()));
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("De informatie van uw gemeente kan nu niet geladen worden (foutcode 500)");
  await expect(page.locator(".rk-card")).toHaveCount(0);
  await checkA11y(page, "texts that cannot come");
  fail = false;
  await page.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expectWholeCards(page, request, "heusden");
});

for (const [what, url] of [
  ["Alle hulp", "/alle-hulp.html#gemeente=heusden"],
  ["the kiosk", "/kiosk.html#gemeente=heusden&modus=kiosk"],
]) {
  test(`${what} asks for the rules and the texts at once`, async ({ page, request }) => {
    // The rules are held back: the texts are asked for meanwhile.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\/catalogus\/heusden\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    const texts = page.waitForRequest(/\/catalogus\/teksten\/heusden\.json$/);
    await page.goto(url);
    await texts;
    release();
    if (what === "Alle hulp") {
      await expect(page.locator(".rk-search__results .rk-card").first()).toBeVisible();
      await expectWholeCards(page, request, "heusden", page.locator(".rk-search__results"));
    } else {
      await page.getByRole("button", { name: "Start" }).click();
      await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
      await page.getByRole("button", { name: "Bekijk de hulp" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
      await expectWholeCards(page, request, "heusden");
    }
  });
}
