import { test, expect, checkA11y } from "./harness.mjs";
import { answerAll, resultIds, groupTitles } from "./journey.mjs";

async function start(page, gemeente) {
  await page.goto(`/#gemeente=${gemeente}`);
  await page.getByRole("button", { name: "Start" }).click();
}

test("an older resident in Chaam who feels lonely (mouse)", async ({ page, guards }) => {
  await start(page, "alphen-chaam");
  const asked = await answerAll(page, {
    "Waar wilt u hulp bij?": "Contact met anderen",
    "Is er nu gevaar, of voelt u zich niet veilig?": "Nee, niets hiervan",
    "In welke kern of wijk woont u?": "Chaam",
    "Hoe oud bent u?": { age: "78" },
    "Met wie woont u?": "Alleen",
    // In euros for her household: 110% of the AOW-age social minimum for one.
    "Hoe hoog is het inkomen van uw huishouden?": "Minder dan €\u00a01.750 per maand",
    "Wat doet u op dit moment vooral?": "Ik ben met pensioen (AOW)",
    "Zorgt u voor iemand die ziek is of hulp nodig heeft?": "Nee",
    "Heeft u een ziekte, beperking of psychische klachten?": "Nee",
    "Wilt u hulp met de Nederlandse taal?": "Nee, dat is niet nodig",
    "Heeft u al hulp gehad die niet genoeg hielp?": "Nee",
  });
  expect(asked.length).toBeLessThanOrEqual(12);
  await expect(page).toHaveTitle(/^Kloppen uw antwoorden\? – Routekaart Alphen-Chaam$/);
  await expect(page.getByText("78 jaar")).toBeVisible();
  await checkA11y(page, "check page");
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const ids = await resultIds(page);
  expect(ids).toContain("effe-buurten-chaam");
  expect(ids).not.toContain("inburgering");
  const groups = await groupTitles(page);
  expect(groups.indexOf("Binnenlopen zonder afspraak")).toBeGreaterThan(groups.indexOf("Zelf en samen"));
  expect(groups).not.toContain("Direct hulp");
  // The walk-in card tells when it is open next.
  // A date says its month by name ("dinsdag 8 december"), never "8-12", which reads as a range (issue 27).
  await expect(page.locator('[data-service="effe-buurten-chaam"] .rk-opening')).toHaveText(
    /Nu open tot|Volgende inloop: [a-z]+ \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) van \d/,
  );
  // Where she lives no longer changes her first screen, so it is asked
  // after the results ("Maak uw uitkomst preciezer"); then the card says so.
  await page.getByTestId("refine").click();
  await answerAll(page, { "Voor wie zoekt u hulp?": "Voor mijzelf", "In welke kern of wijk woont u?": "Chaam" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.locator('[data-service="effe-buurten-chaam"]')).toContainText("Dit is in uw kern of wijk: Chaam.");
  await checkA11y(page, "results");
  // No answer ever travels in a request URL: every request is one of the
  // app's own files (a content hash may contain "78" by chance, the age may not
  // appear anywhere else).
  const ownFile = /^\/(|boot\.js|[a-z]+-[0-9a-f]+(_bg)?\.(js|css|wasm)|catalogus\/(teksten\/)?[a-z-]+\.json)$/;
  for (const url of guards.requests) {
    const { pathname, search, hash } = new URL(url);
    expect(pathname, url).toMatch(ownFile);
    expect(search + hash, url).toBe("");
  }
});

test("danger puts direct help first (Heusden)", async ({ page }) => {
  await start(page, "heusden");
  await answerAll(page, {
    "Waar wilt u hulp bij?": ["Veiligheid", "Geld"],
    "Is er nu gevaar, of voelt u zich niet veilig?": "Ik voel me thuis niet veilig, of er is geweld",
  });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  const groups = await groupTitles(page);
  expect(groups[0]).toBe("Direct hulp");
  const ids = await resultIds(page);
  expect(ids[0]).toBe("nl-veilig-thuis");
  await expect(page.locator('[data-service="nl-veilig-thuis"] a[href="tel:08002000"]')).toBeVisible();
  await checkA11y(page, "results with direct help");
});

test("validation: Volgende without an answer shows a focused error summary", async ({ page }) => {
  await start(page, "alphen-chaam");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  await page.getByRole("button", { name: "Volgende" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Kies een antwoord.");
  await expect(page).toHaveTitle(/^Fout: /);
  await checkA11y(page, "error summary");
  await summary.getByRole("link").click();
  await expect(page.locator("#rk-q-t-0")).toBeFocused();
});

test("Back and Forward keep answers; Wijzig returns to the check page", async ({ page }) => {
  await start(page, "alphen-chaam");
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  const second = await page.getByRole("heading", { level: 1 }).textContent();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  await expect(page.getByLabel("Geld", { exact: true })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  await answerAll(page, {});
  await page.getByRole("button", { name: /Wijzig.*Waar wilt u hulp bij/ }).click();
  await expect(page.getByLabel("Geld", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kloppen uw antwoorden?");
});

test("the share link restores the results; wiping leaves nothing behind", async ({ page, context }) => {
  await start(page, "alphen-chaam");
  await answerAll(page, { "Waar wilt u hulp bij?": "Zorgen voor iemand (mantelzorg)", "Zorgt u voor iemand die ziek is of hulp nodig heeft?": "Ja, voor mijn vader of moeder" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  const ids = await resultIds(page);
  const link = (await page.getByTestId("share-link").textContent()).trim();
  expect(link).toMatch(/#gemeente=alphen-chaam&antwoorden=1~/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  expect(await resultIds(other)).toEqual(ids);
  await other.close();
  await page.getByRole("button", { name: "Wis mijn antwoorden" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await expect(page.getByText("Uw antwoorden zijn gewist.")).toBeVisible();
  expect(page.url()).not.toContain("antwoorden");
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(history.state))).not.toContain("1~");
});

test("a damaged catalogue shows a clear message with the validator's findings", async ({ page, guards }) => {
  await page.route("**/catalogus/heusden.json", (route) => route.fulfill({ contentType: "application/json", body: '{"schema_version": 1, "id": "heusden", "services": [' }));
  await start(page, "heusden");
  await expect(page.getByRole("alert")).toContainText("De informatie van deze gemeente bevat fouten");
  await page.getByText("Voor beheerders: wat er mis is").click();
  await expect(page.locator(".rk-findings")).toContainText("heusden.json:1:");
  await expect(page.locator(".rk-findings")).toContainText("houdt te vroeg op");
  await checkA11y(page, "broken catalogue");
});

test("an unreachable catalogue offers to try again", async ({ page, guards }) => {
  guards.allowConsoleErrors.push(/Failed to load resource|404/);
  let fail = true;
  await page.route("**/catalogus/almere.json", (route) => (fail ? route.fulfill({ status: 404, body: "" }) : route.continue()));
  await start(page, "almere");
  await expect(page.getByRole("alert")).toContainText("kan nu niet geladen worden");
  fail = false;
  await page.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
});

test("the English journey is fully English", async ({ page }) => {
  await page.goto("/#gemeente=alphen-chaam");
  await page.getByRole("button", { name: "English" }).click();
  // English is fetched when chosen: wait until it is the language.
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, { "What would you like help with?": "Money" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Show the help" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help that suits you");
  const text = await page.locator("#rk-main").innerText();
  for (const dutch of ["Waarom", "Wat kunt u doen", "Bekijk", "Regelingen", "Volgende", "Gratis hulp"]) {
    expect(text, `Dutch word “${dutch}” on the English results`).not.toContain(dutch);
  }
  await checkA11y(page, "English results");
});

test("a whole journey by keyboard alone", async ({ page }) => {
  await page.goto("/#gemeente=leidschendam-voorburg");
  await page.keyboard.press("Tab"); // skip link
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Enter");
  await answerAll(page, { "Waar wilt u hulp bij?": "Zorgen voor iemand (mantelzorg)", "Zorgt u voor iemand die ziek is of hulp nodig heeft?": "Ja, voor mijn partner" }, { keyboard: true });
  await page.getByRole("button", { name: "Bekijk de hulp" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator(".rk-begin__item:visible").first()).toBeVisible();
  // The resident's own answers are said once, at the top.
  await expect(page.locator(".rk-said")).toContainText("U zorgt voor uw partner.");
});

test("print hides navigation and shows answers only when asked", async ({ page }) => {
  await start(page, "alphen-chaam");
  await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Printen" })).toBeHidden();
  await expect(page.locator(".rk-print-answers")).toBeHidden();
  await expect(page.locator(".rk-print-only").first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("Print ook mijn antwoorden").check();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-print-answers")).toBeVisible();
});

test("a daughter answers for her mother: the questions and reasons speak of 'uw naaste'", async ({ page }) => {
  await start(page, "leidschendam-voorburg");
  const asked = await answerAll(page, {
    "Waar wilt u hulp bij?": ["Zorgen voor iemand (mantelzorg)", "Gezondheid en zorg", "Dagelijks leven en huishouden"],
    "Voor wie zoekt u hulp?": "Voor iemand voor wie ik zorg, zoals mijn partner, ouder of kind",
    "Hoe oud is uw naaste?": { age: "84" },
    "Met wie woont uw naaste?": "Alleen",
    "Wat doet uw naaste op dit moment vooral?": "Uw naaste is met pensioen (AOW)",
    "Voor wie zorgt u?": "Voor mijn vader of moeder",
    "Heeft uw naaste een ziekte, beperking of psychische klachten?": "Ja",
  });
  // Asked about the mother from "voor wie" on; not once "Hoe oud bent u?".
  expect(asked).toContain("Hoe oud is uw naaste?");
  expect(asked).not.toContain("Hoe oud bent u?");
  await expect(page.getByText("Uw naaste is met pensioen (AOW)")).toBeVisible();
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // What she told: her own care, and her mother's situation.
  const said = page.locator(".rk-said");
  // "Voor wie zorgt u?" is no longer asked first: "voor wie" already says
  // she cares for someone, which is all the first screen needs.
  await expect(said).toContainText(/U zorgt voor (iemand|uw vader of moeder)\./);
  await expect(said).toContainText("Uw naaste heeft een ziekte, beperking of psychische klachten.");
  await expect(said).not.toContainText("U heeft een ziekte");
  // "Begin hier" holds help for her as a mantelzorger next to help for her
  // mother: at least one of its cards is there because she cares for her.
  const reasons = await page.locator(".rk-begin__link").evaluateAll((links) =>
    links.map((a) => document.querySelector(a.getAttribute("href")).textContent),
  );
  expect(reasons.some((text) => /U zorgt voor (iemand|uw vader of moeder)\./.test(text)), reasons.join("\n")).toBe(true);
  await checkA11y(page, "results for a naaste");
});
