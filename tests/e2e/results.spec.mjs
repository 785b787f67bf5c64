// The right help first (issue 12): "Begin hier" on the first phone screen,
// a results page a resident takes in at a glance, cards that open and close
// by keyboard, print with everything, and urgent needs as direct help.
import { test, expect, checkA11y, ftlMessages } from "./harness.mjs";
import { answerAll } from "./journey.mjs";

// Residents as share links (the codes of src/core/questions.rs), each with
// the help that must be in "Begin hier".
const RESIDENTS = [
  { name: "debts and a teenager, Almere", gemeente: "almere", answers: "1~t:geld+opvoeden~s:-~h:alleen_met_kinderen~k:12-17~a:41~i:tot_110~w:uitkering~d:1", key: "schuldhulp" },
  { name: "mantelzorger, Leidschendam-Voorburg", gemeente: "leidschendam-voorburg", answers: "1~t:mantelzorg+dagelijks+gezondheid~s:-~v:naaste~a:58~h:samen~w:werkend~c:ouder~g:0", key: "mantelzorgondersteuning" },
  { name: "older and lonely, Heusden", gemeente: "heusden", answers: "1~t:contact+gezondheid+dagelijks~s:-~a:79~h:alleen~i:110_130~w:gepensioneerd~c:-~g:1", key: null },
  // Help for a group or condition is key help once the resident named it ("o": the topics question).
  { name: "discrimination, Leidschendam-Voorburg", gemeente: "leidschendam-voorburg", answers: "1~t:veiligheid+contact~s:-~a:27~h:alleen~w:werkend~c:-~g:0~o:discriminatie", key: "nl-discriminatie" },
];
const PHONE = { width: 360, height: 740 };

for (const r of RESIDENTS) {
  test(`phone: "Begin hier" on the first screen and a short page (${r.name})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/#gemeente=${r.gemeente}&antwoorden=${r.answers}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
    const begin = page.locator(".rk-begin");
    await expect(begin.getByRole("heading", { name: "Begin hier" })).toBeVisible();
    const first = begin.locator(".rk-begin__item").first();
    const box = await first.boundingBox();
    expect(box.y + box.height, "the best match ends on the first screen").toBeLessThanOrEqual(PHONE.height);
    if (r.key) {
      const ids = await begin.locator(".rk-begin__link").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
      expect(ids, `${r.key} in Begin hier`).toContain(`#rk-card-${r.key}`);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${r.name}: page ${height} px = ${(height / PHONE.height).toFixed(1)} phone screens`);
    expect(height, "collapsed results at most 4 phone screens").toBeLessThanOrEqual(4 * PHONE.height);
    await checkA11y(page, `results (${r.name})`);
  });
}

test("a card's details open and close by keyboard; jump links move focus, not the address", async ({ page }) => {
  const r = RESIDENTS[0];
  await page.goto(`/#gemeente=${r.gemeente}&antwoorden=${r.answers}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // The page moves focus to its h1 once the results are there: only then move it on.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const url = page.url();
  const link = page.locator(".rk-begin__link").first();
  const target = (await link.getAttribute("href")).slice(1);
  await link.focus();
  await page.keyboard.press("Enter");
  const card = page.locator(`#${target}`);
  await expect(card).toBeFocused();
  expect(page.url(), "a jump link leaves the address alone").toBe(url);
  const details = card.locator("details");
  const summary = details.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(details).toHaveJSProperty("open", true);
  await expect(card.getByRole("heading", { name: "Wat kunt u doen?" })).toBeVisible();
  await checkA11y(page, "results with a card open");
  await page.keyboard.press("Space");
  await expect(details).toHaveJSProperty("open", false);
  // The route's steps open and close by keyboard; the Begin hier link above
  // opened the step its card is in.
  const step = page.locator(".rk-stepgroup", { has: card });
  await expect(step).toHaveJSProperty("open", true);
  const closedId = await page.locator(".rk-stepgroup:not([open])").first().getAttribute("id");
  const closed = page.locator(`#${closedId}`);
  await closed.locator(":scope > summary").focus();
  await page.keyboard.press("Enter");
  await expect(closed).toHaveJSProperty("open", true);
  await expect(closed.locator(".rk-group__intro")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(closed).toHaveJSProperty("open", false);
  // "Toon nog N" folds away the rest of a long group, and opens by keyboard too.
  const long = page.locator(".rk-stepgroup", { has: page.locator(".rk-more") }).first();
  await long.locator(":scope > summary").focus();
  if (!(await long.evaluate((d) => d.open))) await page.keyboard.press("Enter");
  const more = long.locator(".rk-more");
  await more.locator(":scope > summary").focus();
  await page.keyboard.press("Enter");
  await expect(more).toHaveJSProperty("open", true);
  await expect(more.locator(".rk-card").first()).toBeVisible();
  await checkA11y(page, "results with a step and its fold open");
});

test("'Print alle hulp' shows every card and every detail", async ({ page }) => {
  const r = RESIDENTS[0];
  await page.goto(`/#gemeente=${r.gemeente}&antwoorden=${r.answers}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const cards = await page.locator(".rk-card").count();
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole("button", { name: "Print alle hulp" }).click();
  await page.emulateMedia({ media: "print" });
  // Every card shows, also those folded away under "Toon nog N" on screen,
  // with what is in its details.
  const shown = await page.locator(".rk-card").evaluateAll((list) => list.filter((c) => c.getBoundingClientRect().height > 0).length);
  expect(shown).toBe(cards);
  // The route's step titles print too (their disclosure markers do not).
  await expect(page.locator(".rk-stepgroup__title").first()).toBeVisible();
  for (const text of await page.locator(".rk-card .rk-card__list:has(li)").all()) {
    await expect(text).toBeVisible();
  }
});

test("an urgent need today comes first as direct help (no bed tonight, Almere)", async ({ page }) => {
  // In office hours, when the shelter's number answers (tonight.spec.mjs: at night).
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00+01:00"));
  await page.goto("/#gemeente=almere&antwoorden=1~t:wonen~s:-~u:slaapplek~a:19~h:alleen~w:anders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const first = page.locator(".rk-group").first();
  await expect(first).toHaveClass(/rk-group--directhulp/);
  await expect(first.locator(".rk-card").first()).toHaveAttribute("data-service", "maatschappelijke-opvang");
  // Before "Begin hier": on a phone the shelter is on the first screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await first.locator(".rk-card").first().boundingBox();
  expect(box.y, "the shelter's card starts on the first phone screen").toBeLessThan(740);
  const order = await page.evaluate(() => {
    const direct = document.querySelector(".rk-group--directhulp");
    const begin = document.querySelector(".rk-begin");
    return !begin || (direct.compareDocumentPosition(begin) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(order, "direct help comes before Begin hier").toBe(true);
  await checkA11y(page, "urgent need results");
});

test("a javascript: address in a catalogue never becomes a live link", async ({ page }) => {
  // A hostile or mistyped catalogue: every service's web address is a
  // script (a web address is among a catalogue's texts, catalogus/teksten/).
  await page.route(/catalogus\/teksten\/almere\.json$/, async (route) => {
    const response = await route.fetch();
    const texts = await response.json();
    for (const s of Object.values(texts.services)) s.url = "javascript:document.title='pwned'";
    await route.fulfill({ response, json: texts });
  });
  await page.goto(`/#gemeente=almere&antwoorden=${RESIDENTS[0].answers}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  // Shown as text, so a maintainer can see what is wrong.
  expect(await page.getByText("javascript:document.title='pwned'").count()).toBeGreaterThan(0);
  expect(await page.title()).not.toBe("pwned");
});

test("an urgent need nothing in the catalogue meets is said plainly, not dropped (no heating, Heusden)", async ({ page }) => {
  // In office hours, when the gemeente answers.
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00+01:00"));
  // Without the national card on a cut-off of energy or water (the next
  // test), nothing meets "no heating".
  await page.route("**/catalogus/landelijk.json", async (route) => {
    const nat = await (await route.fetch()).json();
    nat.services = nat.services.filter((s) => s.id !== "nl-afsluiting-energie-water");
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(nat) });
  });
  await page.goto("/#gemeente=heusden&antwoorden=1~t:wonen+geld~s:-~u:energie_water+eten~a:40~h:alleen~w:uitkering~d:1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // The food bank meets "no food today" as direct help ...
  await expect(page.locator(".rk-group--directhulp .rk-card").first()).toHaveAttribute("data-service", "nl-voedselbank");
  // ... and "no heating" is named, with what to do now.
  const unmet = page.getByRole("region", { name: "Wat u nu kunt doen" });
  await expect(unmet).toContainText("Hiervoor vonden wij geen hulp voor vandaag");
  await expect(unmet).toContainText("U zei dat u geen verwarming, stroom of water heeft.");
  await expect(unmet).toContainText("Bel de gemeente en zeg dat het dringend is.");
  await expect(unmet).not.toContainText("geen geld heeft voor eten");
  await checkA11y(page, "results with an unmet urgent need");
});

test("no heating, electricity or water: the national card on a cut-off is direct help (Heusden)", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00+01:00"));
  await page.goto("/#gemeente=heusden&antwoorden=1~t:wonen+geld~s:-~u:energie_water~a:40~h:alleen~w:uitkering~d:1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator('.rk-group--directhulp .rk-card[data-service="nl-afsluiting-energie-water"]')).toHaveCount(1);
  // It has no number answered now, so the plain words stay, but the need is met.
  const now = page.getByRole("region", { name: "Wat u nu kunt doen" });
  await expect(now).toContainText("Bel de gemeente en zeg dat het dringend is.");
  await expect(now).not.toContainText("Hiervoor vonden wij geen hulp voor vandaag");
});

// Issue 13: a resident can tell invented details from sourced ones. Checked
// against the catalogue itself, card by card, so the test follows the data.
test("example data says so on the card and its numbers are no links; a sourced card names its source", async ({ page, request }) => {
  const r = RESIDENTS[1];
  // Sources, web sources and check dates are among a catalogue's texts.
  const cat = await (await request.get(`/catalogus/teksten/${r.gemeente}.json`)).json();
  const nat = await (await request.get(`/catalogus/teksten/landelijk.json`)).json();
  const rules = async (file) => (await (await request.get(`/catalogus/${file}.json`)).json()).services;
  const services = new Map([...(await rules(r.gemeente)), ...(await rules("landelijk"))].map((s) => [s.id, { ...s, ...({ ...cat.services, ...nat.services })[s.id] }]));
  const documents = new Map([...(cat.documents ?? []), ...(nat.documents ?? [])].map((d) => [d.id, d]));
  await page.goto(`/#gemeente=${r.gemeente}&antwoorden=${r.answers}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // Open every step and card, as print does, so every detail is in the page.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const cards = page.locator(".rk-card");
  const n = await cards.count();
  let examples = 0;
  let sourced = 0;
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const svc = services.get(await card.getAttribute("data-service"));
    const note = card.locator(".rk-card__example");
    if (svc.example_data) {
      examples++;
      await expect(note).toHaveText("Voorbeeld: naam, adres, tijden en telefoonnummer zijn verzonnen.");
      expect(await card.locator('a[href^="tel:"]').count(), `${svc.id}: an invented number is no link`).toBe(0);
    } else {
      await expect(note).toHaveCount(0);
    }
    const found = svc.source && documents.get(svc.source.document);
    // A document that is the same page as a web source is named once, with its date.
    const samePage = (a, b) => a.replace(/\/$/, "") === b.replace(/\/$/, "");
    const doc = found && !(found.url && (svc.web_sources ?? []).some((w) => samePage(w.url, found.url))) ? found : undefined;
    // Web pages as sources (issue 26): "Bron: <title>, <year>".
    const web = (svc.web_sources ?? []).map((w) => (/^\d{4}/.test(w.date ?? "") ? `${w.title}, ${w.date.slice(0, 4)}` : w.title));
    const line = card.locator(".rk-card__source");
    if (doc || web.length) {
      sourced++;
      const names = [...(doc ? [doc.title] : []), ...web].join("; ");
      await expect(line).toHaveText(`${svc.example_data ? "Gebaseerd op" : "Bron"}: ${names}${svc.assured_date ? `. Gecontroleerd op ${svc.assured_date}` : ""}`);
      // Each page is named once (a news article can be both the document and the web source).
      const titles = names.split("; ").map((x) => x.replace(/, \d{4}$/, ""));
      expect(new Set(titles).size, `${svc.id}: ${names}`).toBe(titles.length);
    } else {
      await expect(line).toHaveCount(0);
    }
  }
  console.log(`${r.name}: ${n} cards, ${examples} example, ${sourced} with a source`);
  expect(examples, "this resident sees example cards").toBeGreaterThan(0);
  expect(sourced, "and cards with a source").toBeGreaterThan(0);
  await checkA11y(page, "results with every card open");
});

test("a regeling with the gemeente's own product page links to it from its card", async ({ page }) => {
  // No shipped catalogue names a product page yet (nobody checked one): add one here.
  await page.route("**/catalogus/heusden.json", async (route) => {
    const cat = await (await route.fetch()).json();
    cat.services.find((s) => s.id === "bijzondere-bijstand").product_page = "https://www.heusden.nl/producten/bijzondere-bijstand";
    await route.fulfill({ json: cat });
  });
  await page.goto("/#gemeente=heusden&antwoorden=1~t:geld~s:-~a:40~h:alleen~w:uitkering~d:1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const card = page.locator("#rk-card-bijzondere-bijstand");
  await card.evaluate((c) => {
    for (let d = c.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
    c.querySelector("details").open = true;
  });
  const link = card.getByRole("link", { name: "Lees meer op de website van de gemeente" });
  await expect(link).toHaveAttribute("href", "https://www.heusden.nl/producten/bijzondere-bijstand");
});

// "Waarom niet?" (issue 25): help one answer left out, folded at the end,
// each with that answer and a way to change it. A 70-year-old in Heusden
// with no debts and an income above every limit.
const WHY_NOT_ANSWERS = "1~t:geld~s:-~a:70~h:alleen~i:boven_150~w:gepensioneerd~d:0";
const WHY_NOT = `/#gemeente=heusden&antwoorden=${WHY_NOT_ANSWERS}`;

test("Waarom niet? names the one answer that left help out, and changes it by keyboard", async ({ page }) => {
  await page.goto(WHY_NOT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const whyNot = page.getByTestId("why-not");
  // Closed, after the route, titled by a heading inside its summary.
  await expect(whyNot).toHaveJSProperty("open", false);
  const summary = whyNot.locator(":scope > summary");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Waarom staat iets er niet bij?");
  const after = await page.evaluate(() => {
    const route = document.querySelector(".rk-route");
    const why = document.querySelector(".rk-whynot");
    return (route.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(after, "Waarom niet? comes after the route").toBe(true);
  await checkA11y(page, "results with Waarom niet? closed");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(whyNot).toHaveJSProperty("open", true);
  const item = (name) => whyNot.locator(".rk-whynot__item", { has: page.locator(".rk-whynot__name", { hasText: name }) });
  await expect(item("Schuldhulpverlening").locator(".rk-whynot__why")).toHaveText("Dit is vooral voor mensen met schulden. U antwoordde: “Nee”.");
  // The income sentence names no percentage.
  await expect(item("HeusdenPas").locator(".rk-whynot__why")).toHaveText("Uw inkomen is hoger dan de grens voor deze hulp.");
  // Suggested help is not in it.
  const suggested = await page.locator(".rk-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-service")));
  expect(suggested).not.toContain("schuldhulp");
  await checkA11y(page, "results with Waarom niet? open");
  // "Wijzig" goes to that question (never through the address), and the
  // changed answer brings the help onto the route.
  const change = item("Schuldhulpverlening").getByRole("button", { name: /^Wijzig ?: Heeft u schulden of betalingsachterstanden\?$/ });
  await change.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heeft u schulden of betalingsachterstanden?");
  expect(page.url()).not.toContain("antwoorden");
  await expect(page.getByLabel("Nee", { exact: true })).toBeChecked();
  await answerAll(page, { "Heeft u schulden of betalingsachterstanden?": "Ja" }, { keyboard: true });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator('.rk-card[data-service="schuldhulp"]')).toHaveCount(1);
  await expect(page.getByTestId("why-not").locator(".rk-whynot__name", { hasText: "Schuldhulpverlening" })).toHaveCount(0);
});

test("Waarom niet? reads right to left in Arabic, the names in their Arabic drafts", async ({ page }) => {
  const ar = ftlMessages("ar");
  await page.goto(`/#gemeente=heusden&taal=ar&antwoorden=${WHY_NOT_ANSWERS}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const whyNot = page.getByTestId("why-not");
  const summary = whyNot.locator(":scope > summary");
  await expect(summary).toHaveText(ar["why-not-title"]);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(whyNot).toHaveJSProperty("open", true);
  // Every catalogue text has its Arabic draft now (issue 26): the name is
  // Arabic, with the Dutch name of the office kept inside it.
  const item = whyNot.locator(".rk-whynot__item", { has: page.locator(".rk-whynot__name", { hasText: "Schuldhulpverlening" }) });
  await expect(item.locator(".rk-whynot__name")).not.toHaveAttribute("lang", "nl");
  expect(await item.locator(".rk-whynot__name").evaluate((n) => getComputedStyle(n).direction)).toBe("rtl");
  await expect(item.locator(".rk-whynot__why")).toContainText(ar["why-not-situation-schulden"]);
  expect(await whyNot.evaluate((d) => getComputedStyle(d).direction)).toBe("rtl");
  await checkA11y(page, "Waarom niet? in Arabic");
});

test("'Print alle hulp' shows Waarom niet? open, with its title and without its buttons; the sheet leaves it out", async ({ page }) => {
  await page.goto(WHY_NOT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await page.evaluate(() => (window.print = () => {}));
  const whyNot = page.getByTestId("why-not");
  await page.getByRole("button", { name: "Printen", exact: true }).click();
  await page.emulateMedia({ media: "print" });
  await expect(whyNot).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print alle hulp" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(whyNot.getByRole("heading", { name: "Waarom staat iets er niet bij?" })).toBeVisible();
  await expect(whyNot.locator(".rk-whynot__why").first()).toBeVisible();
  await expect(whyNot.getByRole("button").first()).toBeHidden();
});

test("Maak uw uitkomst preciezer: the questions left for after the results, one after another", async ({ page }) => {
  // An older resident in Chaam who answered only what changes the first
  // screen: for whom, where she lives and her work are left for later.
  await page.goto("/#gemeente=alphen-chaam&antwoorden=1~t:contact~s:-~a:78~h:alleen~i:tot_110~l:geen~x:0");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.getByRole("heading", { level: 2, name: "Maak uw uitkomst preciezer" })).toBeVisible();
  await checkA11y(page, "results with Maak uw uitkomst preciezer");
  await page.getByTestId("refine").click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Voor wie zoekt u hulp?");
  await checkA11y(page, "a refinement question");
  await page.getByLabel("Voor mijzelf", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  // The next refinement follows, not the check page.
  await expect(h1).not.toHaveText("Voor wie zoekt u hulp?");
  await expect(h1).not.toHaveText(/Kloppen uw antwoorden/);
});

test("help for a group comes first once the resident names it, after the results (issue 25)", async ({ page }) => {
  // Experiences discrimination, but the questions before the results do not
  // ask about it: Discriminatie.nl (the national meldpunt, which replaced the local card with an invented number) is in the route, not in "Begin hier".
  await page.goto("/#gemeente=leidschendam-voorburg&antwoorden=1~t:veiligheid+contact~s:-~a:27~h:alleen~w:werkend~c:-~g:0~l:geen~x:0");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const begin = page.locator(".rk-begin");
  const beginIds = () => begin.locator(".rk-begin__link").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
  await expect(page.locator('[data-service="nl-discriminatie"]')).toHaveCount(1);
  expect(await beginIds()).not.toContain("#rk-card-nl-discriminatie");
  // "Maak uw uitkomst preciezer": the resident names the topic.
  await page.getByTestId("refine").click();
  const topics = "Gaat het om een van deze onderwerpen?";
  await answerAll(page, { [topics]: "Discriminatie" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  expect(await beginIds()).toContain("#rk-card-nl-discriminatie");
  await expect(page.locator('[data-service="nl-discriminatie"]')).toContainText("U zei dat het gaat om discriminatie.");
  await checkA11y(page, "results after naming a topic");
});
