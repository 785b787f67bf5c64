import { test, expect, checkA11y } from "./harness.mjs";
import { answerAll, resultIds, groupTitles, openCardWith } from "./journey.mjs";

async function start(page, gemeente) {
  await page.goto(`/#gemeente=${gemeente}`);
  await page.getByRole("button", { name: "Start" }).click();
}

test("a parent in Almere with debts (mouse)", async ({ page }) => {
  await start(page, "almere");
  await answerAll(page, {
    "Waar wilt u hulp bij?": ["Geld", "Opvoeden en jeugd"],
    "Is er nu gevaar, of voelt u zich niet veilig?": "Nee, niets hiervan",
    "Met wie woont u?": "Alleen met mijn kinderen",
    "Hoe oud zijn de kinderen die bij u wonen?": ["4 tot 12 jaar", "12 tot 18 jaar"],
    // In euros for a single parent: 110% of the social minimum.
    "Hoe hoog is het inkomen van uw huishouden?": "Minder dan €\u00a01.560 per maand",
    "Heeft u schulden of betalingsachterstanden?": "Ja",
    "Hoe oud bent u?": { age: "38" },
  });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const groups = await groupTitles(page);
  expect(groups).toContain("Regelingen");
  expect(groups.indexOf("Regelingen")).toBeGreaterThan(groups.indexOf("Gratis hulp, zonder aanvraag"));
  await expect(page.getByText("U heeft schulden of betalingsachterstanden.").first()).toBeVisible();
  // A card's own reasons are in its details.
  const card = await openCardWith(page, /Er wonen kinderen van .* bij u\./);
  await expect(card.getByText(/Er wonen kinderen van .* bij u\./)).toBeVisible();
  await checkA11y(page, "Almere results");
});

test("direct help shows at once on the next question after a danger signal", async ({ page }) => {
  await start(page, "leidschendam-voorburg");
  await page.getByLabel("Gezondheid en zorg", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is er nu gevaar, of voelt u zich niet veilig?");
  await page.getByLabel("Ik denk aan zelfdoding", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/gevaar/);
  const panel = page.locator(".rk-direct");
  await expect(panel).toContainText("113 Zelfmoordpreventie");
  await expect(panel.locator('a[href="tel:113"]')).toBeVisible();
  await checkA11y(page, "question with direct help panel");
});

// Issue 28, defect 7: Back after "Snel weg" led to Routekaart again, and the
// tab's history kept an entry (with its title) for every question asked.
test("Snel weg leaves no Routekaart screen behind: Back goes to the page before it", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const history = async () => (await cdp.send("Page.getNavigationHistory")).entries.map((e) => ({ url: e.url, title: e.title }));
  // What the resident had open before: a page of the gemeente's site.
  await page.goto("/demo-gemeente.html");
  const before = page.url();
  await start(page, "heusden");
  await page.getByLabel("Veiligheid", { exact: true }).check();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  const asked = await page.getByRole("heading", { level: 1 }).textContent();
  // A reload in between: the first entry is then another page load's.
  await page.reload();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Veiligheid", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Snel weg" }).click();
  await page.waitForURL("about:blank");
  const left = await history();
  expect(left.filter((e) => e.title.includes(asked.trim()) || /gevaar|schulden/i.test(e.title)), JSON.stringify(left)).toEqual([]);
  // Back: the page before Routekaart, not Routekaart.
  await page.goBack();
  expect(page.url()).toBe(before);
  // Forward shows at most the start page, with nothing of the answers.
  await page.goForward();
  if (page.url().startsWith("http")) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(asked);
    expect(await page.locator("input:checked").count()).toBe(0);
  }
});

test("Snel weg without a reload: the steps back are the app's own and leave no Forward screen", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await page.goto("/demo-gemeente.html");
  const before = page.url();
  await start(page, "heusden");
  await page.getByLabel("Veiligheid", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Snel weg" }).click();
  await page.waitForURL("about:blank");
  const { entries, currentIndex } = await cdp.send("Page.getNavigationHistory");
  expect(entries[currentIndex - 1].url, "Back is the page before").toBe(before);
  const app = entries.filter((e) => e.url.startsWith("http") && e.url !== before);
  expect(app.length, `at most the start page stays, as a Forward entry: ${JSON.stringify(entries)}`).toBeLessThanOrEqual(1);
  await page.goBack();
  expect(page.url()).toBe(before);
});

test("the language switch keeps the answers", async ({ page }) => {
  await start(page, "alphen-chaam");
  await page.getByLabel("Wonen", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  await page.getByRole("button", { name: "English" }).click();
  // English is fetched when chosen: wait until it is the language.
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What would you like help with?");
  await expect(page.getByLabel("Housing", { exact: true })).toBeChecked();
});

test("on the results, the language switch rebuilds the page in English, keeps the print choice and the focus", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.evaluate(() => { location.hash = "#gemeente=heusden&antwoorden=1~t:geld~d:1"; });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // The page moves focus to its h1 once the results are there: only then move it on.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const cards = await resultIds(page);
  await page.getByLabel("Print ook mijn antwoorden").check();
  const english = page.getByRole("button", { name: "English" });
  await english.focus();
  await english.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help that suits you");
  await expect(page.getByText("You have debts or payment arrears.").first()).toBeVisible();
  expect(await resultIds(page)).toEqual(cards);
  await expect(page.getByLabel("Also print my answers")).toBeChecked();
  await expect(english).toBeFocused();
  await expect(english).toHaveAttribute("aria-pressed", "true");
  await checkA11y(page, "results in English");
});

test("wiping leaves no answer in memory: the questions start empty again", async ({ page }) => {
  await start(page, "alphen-chaam");
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Wis mijn antwoorden" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  await expect(page.getByLabel("Geld", { exact: true })).not.toBeChecked();
});

for (const [name, viewport] of [["320 px wide", { width: 320, height: 640 }], ["400% zoom of 1280 px", { width: 320, height: 180 }]]) {
  test(`no horizontal scroll and 44 px targets at ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await start(page, "heusden");
    await answerAll(page, { "Waar wilt u hulp bij?": ["Geld", "Wonen"] });
    await page.getByRole("button", { name: "Bekijk de hulp" }).click();
    // Every step of the route open, so the cards are measured too.
    for (const step of await page.locator(".rk-stepgroup__summary").all()) await step.click();
    await expect(page.locator(".rk-card:visible").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("#rk-main button, .rk-header button, #rk-main summary")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ text: el.textContent.trim(), w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height }))
        .filter((r) => r.w < 44 || r.h < 44),
    );
    expect(small, "buttons smaller than 44×44 px").toEqual([]);
  });
}

test("an outdated or damaged share link gets a clear message", async ({ page }) => {
  await page.goto("/#gemeente=heusden&antwoorden=9~t:geld");
  await expect(page.getByRole("status").filter({ hasText: "oudere versie" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await checkA11y(page, "outdated link");
  // A fresh load (the answers of a link leave the address once read, so a
  // reload would no longer carry them).
  await page.goto("about:blank");
  await page.goto("/#gemeente=heusden&antwoorden=1~t:geld~a:abc");
  await expect(page.getByRole("status").filter({ hasText: "beschadigd" })).toBeVisible();
});

test("a share link opened in the same tab shows its results", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.evaluate(() => { location.hash = "#gemeente=heusden&antwoorden=1~t:geld~d:1"; });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.getByText("U heeft schulden of betalingsachterstanden.").first()).toBeVisible();
});

test("a share link without a gemeente asks for the gemeente first", async ({ page }) => {
  await page.goto("/#antwoorden=1~t:geld~d:1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("In welke gemeente woont u?");
  await expect(page.getByLabel("Heusden")).toBeVisible();
  await checkA11y(page, "share link without gemeente");
});

test("the privacy page says in plain words what happens to the answers", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Privacy: wat gebeurt er met uw antwoorden?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gebeurt er met uw antwoorden?");
  await expect(page.getByText("Wij sturen uw antwoorden nergens naartoe. Ook niet naar de gemeente.")).toBeVisible();
  await expect(page).toHaveTitle(/^Wat gebeurt er met uw antwoorden\? – Routekaart/);
  await checkA11y(page, "privacy page");
  await page.getByRole("link", { name: "Terug" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
});

test("when nothing matches, the page says what to do instead", async ({ page }) => {
  const empty = { schema_version: 1, id: "heusden", name: "Heusden", scope: "gemeente", areas: [], services: [] };
  await page.route("**/catalogus/heusden.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(empty) }));
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, { "Waar wilt u hulp bij?": "Taal en inburgering" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { name: "Wij vonden geen hulp die precies past" })).toBeVisible();
  await expect(page.getByText(/Bel uw gemeente of loop binnen bij het wijkteam/)).toBeVisible();
  await checkA11y(page, "no results");
});

test("forced colours and reduced motion: still usable and accessible", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
  await page.goto("/#gemeente=alphen-chaam");
  const start = page.getByRole("button", { name: "Start" });
  // In forced colours the button keeps a visible border (its fill is removed by the system).
  expect(await start.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe("solid");
  expect(await start.evaluate((b) => parseFloat(getComputedStyle(b).borderTopWidth))).toBeGreaterThan(0);
  await start.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
  await checkA11y(page, "forced colours question");
});

test("back at the start page with answers, they can be wiped there too", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Wis mijn antwoorden" })).toHaveCount(0);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await page.getByRole("button", { name: "Wis mijn antwoorden" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByText("Uw antwoorden zijn gewist.")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByLabel("Geld", { exact: true })).not.toBeChecked();
});
