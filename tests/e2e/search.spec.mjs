// "Alle hulp" (issue 18): search and browse the gemeente's help without the
// questions; forgiving Dutch search, filters that combine, A–Z, privacy.
import { test, expect, checkA11y } from "./harness.mjs";

async function openAllHelp(page, gemeente = "heusden") {
  await page.goto(`/#gemeente=${gemeente}`);
  // The resident's page links to alle-hulp.html (the search is not in its wasm).
  await page.getByRole("link", { name: "Zoek zelf in alle hulp" }).click();
  await expect(page).toHaveURL(new RegExp(`/alle-hulp\\.html#gemeente=${gemeente}&taal=nl$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle hulp");
  return page.getByRole("searchbox", { name: "Zoek op een woord" });
}

const titles = (page) => page.locator(".rk-search__results .rk-card__title").allTextContents();

test("typing schuld, Schuldhulp, a typo and a synonym each find the gemeente's debt help", async ({ page, guards }) => {
  const field = await openAllHelp(page);
  const top3 = () => page.locator(".rk-search__results .rk-card").evaluateAll((cs) => cs.slice(0, 3).map((c) => c.dataset.service));
  for (const words of ["schuld", "Schuldhulp", "schuldhlp", "geldzorgen"]) {
    await field.fill(words);
    await expect.poll(top3, `${words}: schuldhulp among the first three`).toContain("schuldhulp");
  }
  // The typed words are in no address and no request, and not in storage.
  expect(page.url()).not.toContain("geldzorgen");
  expect(guards.requests.filter((u) => /schuld|geld/.test(decodeURIComponent(u)))).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + JSON.stringify(history.state))).not.toContain("geldzorgen");
  await checkA11y(page, "alle hulp with results");
});

test("with no words: every service once, A to Z; filters combine", async ({ page, request }) => {
  await openAllHelp(page);
  const cat = await (await request.get("/catalogus/heusden.json")).json();
  const nat = await (await request.get("/catalogus/landelijk.json")).json();
  // A page of 15 cards at a time: "Toon nog" until the list is whole.
  await expect(page.locator(".rk-search__results .rk-card")).toHaveCount(15);
  for (let i = 0; i < 10 && (await page.getByRole("button", { name: /^Toon nog/ }).count()); i++) {
    await page.getByRole("button", { name: /^Toon nog/ }).click();
  }
  const all = await page.locator(".rk-search__results .rk-card").evaluateAll((cs) => cs.map((c) => c.dataset.service));
  expect(all.length).toBe(cat.services.length + nat.services.length);
  expect(new Set(all).size, "every service once").toBe(all.length);
  // The gemeente's own help A to Z, then the national entries A to Z.
  const names = await titles(page);
  const az = (list) => [...list].sort((a, b) => a.localeCompare(b, "nl"));
  const local = names.filter((_, i) => !all[i].startsWith("nl-"));
  const national = names.filter((_, i) => all[i].startsWith("nl-"));
  expect(names, "A to Z").toEqual([...az(local), ...az(national)]);
  // "Toon nog" added to this search only: a word typed and taken away
  // again starts the whole list at one page.
  await page.getByRole("searchbox").fill("geld");
  await expect(page.locator(".rk-search__results .rk-card")).not.toHaveCount(all.length);
  await page.getByRole("searchbox").fill("");
  await expect(page.locator(".rk-search__results .rk-card")).toHaveCount(15);
  // A subject, then "only free and without applying": each narrows the list.
  await page.getByRole("button", { name: "Geld" }).click();
  await expect(page.getByRole("button", { name: "Geld" })).toHaveAttribute("aria-pressed", "true");
  const money = await page.locator(".rk-search__results .rk-card").count();
  expect(money).toBeLessThan(all.length);
  // The other filters fold under the subjects (issue 27).
  await page.locator("summary", { hasText: "Meer filters" }).click();
  await page.getByLabel("Alleen gratis en zonder aanvraag").check();
  const free = await page.locator(".rk-search__results .rk-card").count();
  expect(free).toBeLessThan(money);
  expect(free).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Geld" }).click();
  expect(await page.locator(".rk-search__results .rk-card").count()).toBeGreaterThanOrEqual(free);
});

test("keyboard only: the field, a subject and a card's details", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const field = await openAllHelp(page);
  await field.focus();
  await page.keyboard.type("voedselbank");
  await expect(page.locator(".rk-search__results .rk-card").first()).toBeVisible();
  const summary = page.locator(".rk-search__results .rk-card").first().locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".rk-search__results .rk-card").first().locator("details")).toHaveJSProperty("open", true);
  await checkA11y(page, "alle hulp on a phone, a card open");
});

test("a professional chooses cards and prints them as one sheet, also in the client's language", async ({ page }) => {
  const field = await openAllHelp(page);
  await field.fill("schuld");
  const cards = page.locator(".rk-search__results .rk-card");
  const first = await cards.nth(0).getAttribute("data-service");
  const second = await cards.nth(1).getAttribute("data-service");
  await cards.nth(0).getByLabel(/^Kies om te printen/).check();
  await cards.nth(1).getByLabel(/^Kies om te printen/).check();
  await expect(page.getByRole("button", { name: "Print de gekozen hulp (2)" })).toBeVisible();
  // Other words: the chosen cards stay chosen.
  await field.fill("voedselbank");
  // The client reads English: the choice survives the language switch.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Print the chosen help (2)" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator(".rk-card:visible").evaluateAll((cs) => cs.map((c) => c.dataset.service));
  expect(printed.sort()).toEqual([first, second].sort());
  await expect(page.getByRole("heading", { name: "Chosen help" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await checkA11y(page, "alle hulp with two cards chosen");
});
