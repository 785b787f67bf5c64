// What the architecture step promised residents: a catalogue that cannot be
// shown says why (a mistyped gemeente is not "check your internet") and
// offers the way on; the new "voor wie" question is asked, shown on the
// check page and carried by the share link.
import { test, expect, checkA11y } from "./harness.mjs";
import { answerAll } from "./journey.mjs";

test("a mistyped gemeente says so and offers the chooser", async ({ page, guards }) => {
  // The typo's file does not exist: the server answers 404, which the browser logs.
  guards.allowConsoleErrors.push(/Failed to load resource|404/i);
  await page.goto("/#gemeente=heusdn");
  await page.getByRole("button", { name: "Start" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Wij kennen de gemeente “heusdn” niet");
  await expect(alert).not.toContainText("internet");
  await checkA11y(page, "unknown gemeente");
  await page.getByRole("button", { name: "Kies uw gemeente" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("In welke gemeente woont u?");
  await page.getByLabel("Heusden", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
});

test("a server error is not called a network problem", async ({ page, guards }) => {
  guards.allowConsoleErrors.push(/Failed to load resource|500/i);
  await page.route(/catalogus\/heusden\.json$/, (route) => route.fulfill({ status: 500, body: "" }));
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("alert")).toContainText("foutcode 500");
  await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
  await checkA11y(page, "server error");
});

test("'voor wie' is asked, shown on the check page and kept in the share link", async ({ page }) => {
  await page.goto("/#gemeente=leidschendam-voorburg");
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, {
    // With these life areas "voor wie" changes the first screen, so it is asked.
    "Waar wilt u hulp bij?": ["Zorgen voor iemand (mantelzorg)", "Gezondheid en zorg", "Dagelijks leven en huishouden"],
    "Voor wie zoekt u hulp?": "Voor iemand voor wie ik zorg, zoals mijn partner, ouder of kind",
    "Zorgt u voor iemand die ziek is of hulp nodig heeft?": "Ja, voor mijn vader of moeder",
  });
  await expect(page.locator(".rk-summary")).toContainText("Voor iemand voor wie ik zorg");
  await checkA11y(page, "check page with 'voor wie'");
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  const link = await page.getByTestId("share-link").textContent();
  expect(link).toContain("~v:naaste");
  // Opened afresh, the link gives the same answer on the printed answers.
  await page.goto("about:blank");
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator(".rk-print-answers")).toContainText("Voor iemand voor wie ik zorg");
});
