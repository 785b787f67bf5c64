// A way through tonight: the page knows the hour (the device clock, set here
// with Playwright's page.clock). A 19-year-old in Almere with no place to
// sleep, on a Tuesday at 23:00: direct help starts with what can be done
// now, never "Hier kunt u vandaag terecht" above a number that is closed,
// and the results keep "Nu niet bereikbaar" on the closed number.
import { test, expect, checkA11y, ftlMessages } from "./harness.mjs";
import { answerAll, tickFallback } from "./journey.mjs";

const NL = ftlMessages("nl");
// Tuesday 24 November 2026, in the Netherlands (CET, UTC+1).
const TUESDAY_23 = new Date("2026-11-24T23:00:00+01:00");
const TUESDAY_10 = new Date("2026-11-24T10:00:00+01:00");

test("no place to sleep at 23:00: what to do tonight first, the closed number marked (Almere, the whole journey)", async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY_23);
  await page.goto("/#gemeente=almere");
  await page.getByRole("button", { name: "Start" }).click();
  // Every question page is checked with axe on the way.
  await answerAll(page, {
    [NL["question-title-themes"]]: NL["theme-label-wonen"],
    [NL["question-title-safety"]]: "Nee, niets hiervan",
    [NL["question-title-urgent"]]: NL["urgent-label-slaapplek"],
    [NL["question-title-age"]]: { age: "19" },
    [NL["question-title-household"]]: NL["household-label-alleen"],
    [NL["question-title-work"]]: NL["work-label-anders"],
  });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");

  const direct = page.locator(".rk-group--directhulp");
  await expect(direct.getByRole("heading", { level: 2 })).toHaveText("Direct hulp");
  await expect(direct.locator(".rk-group__intro")).toHaveText(NL["group-intro-direct-now"]);
  await expect(direct).not.toContainText(NL["group-intro-direct-today"]);
  // First, in plain words, what the resident can do tonight.
  const first = direct.locator(":scope > .rk-group__intro + *");
  await expect(first).toHaveClass(/rk-now/);
  const now = page.getByRole("region", { name: NL["now-title"] });
  await expect(now).toContainText(NL["now-lead-geen-slaapplek"]);
  await expect(now).toContainText(NL["now-danger"]);
  await expect(now).not.toContainText("Bel de gemeente en zeg dat het dringend is");
  // A line that answers at night, with its number to call now.
  await expect(now).toContainText("De Luisterlijn");
  await expect(now.locator('a[href^="tel:"]').first()).toBeVisible();
  // And when the shelter's number answers again.
  await expect(now).toContainText("bel morgen vanaf 9:00 het nummer 14 036");
  // The shelter stays, after the words, marked closed.
  const shelter = direct.locator('[data-service="maatschappelijke-opvang"]');
  await expect(shelter.locator(".rk-card__closed")).toHaveText(NL["phone-not-answered-now"]);
  const order = await page.evaluate(() => {
    const words = document.querySelector(".rk-group--directhulp .rk-now");
    const card = document.querySelector('.rk-group--directhulp [data-service="maatschappelijke-opvang"]');
    return (words.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(order, "the words come before the closed shelter").toBe(true);
  // On a phone the words start on the first screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await now.boundingBox();
  expect(box.y, "what to do tonight starts on the first phone screen").toBeLessThan(740);
  await checkA11y(page, "results at 23:00, no place to sleep");
});

test("no place to sleep at 23:00: the direct-help panel on the next question says so too", async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY_23);
  await page.goto("/#gemeente=almere");
  await page.getByRole("button", { name: "Start" }).click();
  // The same resident, question by question, up to the urgent one.
  const answers = {
    [NL["question-title-themes"]]: NL["theme-label-wonen"],
    [NL["question-title-safety"]]: "Nee, niets hiervan",
    [NL["question-title-household"]]: NL["household-label-alleen"],
    [NL["question-title-work"]]: NL["work-label-anders"],
  };
  const h1 = page.getByRole("heading", { level: 1 });
  let urgent = false;
  for (let step = 0; step < 12 && !urgent; step++) {
    await expect(h1).toBeFocused();
    const title = (await h1.textContent()).trim();
    urgent = title === NL["question-title-urgent"];
    if (urgent) await page.getByLabel(NL["urgent-label-slaapplek"], { exact: true }).check();
    else if (title === NL["question-title-age"]) await page.getByRole("textbox").fill("19");
    else if (answers[title]) await page.getByLabel(answers[title], { exact: true }).check();
    else await tickFallback(page);
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(h1).not.toHaveText(title);
  }
  expect(urgent, "the urgent question was asked").toBe(true);
  const panel = page.locator(".rk-direct");
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText(NL["group-intro-direct-today"]);
  await expect(panel.getByRole("region", { name: NL["now-title"] })).toContainText(NL["now-lead-geen-slaapplek"]);
  await expect(panel).toContainText(`14 036 (${NL["phone-office-hours"]}) ${NL["phone-not-answered-now"]}`);
  await checkA11y(page, "question with the direct-help panel at 23:00");
});

test("no place to sleep at 10:00 on a Tuesday: the shelter's number comes first", async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY_10);
  await page.goto("/#gemeente=almere&antwoorden=1~t:wonen~s:-~u:slaapplek~a:19~h:alleen~w:anders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const direct = page.locator(".rk-group--directhulp");
  await expect(direct.locator(".rk-group__intro")).toHaveText(NL["group-intro-direct-today"]);
  await expect(direct.locator(".rk-card").first()).toHaveAttribute("data-service", "maatschappelijke-opvang");
  await expect(direct.locator(".rk-card__closed")).toHaveCount(0);
  await expect(direct.locator(".rk-now")).toHaveCount(0);
});
