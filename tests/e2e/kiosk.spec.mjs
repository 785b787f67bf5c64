import { readFileSync } from "node:fs";
import { test, expect, checkA11y } from "./harness.mjs";
import { answerAll, resultIds, tickFallback } from "./journey.mjs";

const JSQR = readFileSync("node_modules/jsqr/dist/jsQR.js", "utf8");

async function kioskJourney(page) {
  await page.clock.install();
  await page.goto("/#gemeente=alphen-chaam&modus=kiosk");
  await page.getByRole("button", { name: "Start" }).click();
  await answerAll(page, { "Waar wilt u hulp bij?": "Geld" });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
}

/// Decodes the QR code in `locator` with a real decoder (jsQR), in a blank
/// page of its own: the kiosk page's Content-Security-Policy rightly refuses
/// a test's inline script.
async function decodeQr(page, locator) {
  const svg = await locator.locator("svg").evaluate((el) => new XMLSerializer().serializeToString(el));
  const decoder = await page.context().newPage();
  try {
    await decoder.addScriptTag({ content: JSQR });
    return await decoder.evaluate(async (svgText) => {
      const img = new Image();
      img.src = "data:image/svg+xml;base64," + btoa(svgText);
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 400;
      const g = canvas.getContext("2d");
      g.fillStyle = "#fff";
      g.fillRect(0, 0, 400, 400);
      g.drawImage(img, 0, 0, 400, 400);
      const data = g.getImageData(0, 0, 400, 400);
      return window.jsQR(data.data, 400, 400)?.data ?? null;
    }, svg);
  } finally {
    await decoder.close();
  }
}

/// Issue 28, defect 1: after a wipe, Back through every history entry of
/// the session shows the start page only, never a screen of the previous
/// visitor (a question names what they asked about).
async function backShowsNothingOfTheLastVisitor(page) {
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Vind hulp die bij u past");
  const entries = await page.evaluate(() => history.length);
  expect(entries, "the journey left entries to walk back through").toBeGreaterThan(5);
  // The first entry is the blank page the browser opened with.
  for (let i = 0; i < entries - 2; i++) {
    await page.goBack();
    await expect(h1, `Back ${i + 1} of ${entries - 2}`).toHaveText("Vind hulp die bij u past");
    expect(await page.locator("input:checked").count()).toBe(0);
  }
}

test("kiosk: the idle dialog appears and 'Ik ben er nog' keeps everything", async ({ page }) => {
  await kioskJourney(page);
  const before = await resultIds(page);
  await page.clock.fastForward("02:01");
  const dialog = page.getByRole("alertdialog", { name: "Bent u er nog?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Ik ben er nog" })).toBeFocused();
  await checkA11y(page, "kiosk idle dialog");
  await dialog.getByRole("button", { name: "Ik ben er nog" }).click();
  await expect(dialog).toBeHidden();
  expect(await resultIds(page)).toEqual(before);
  // Activity resets the timer: just under two minutes later there is no dialog.
  await page.clock.fastForward("01:50");
  await expect(page.getByRole("alertdialog")).toBeHidden();
});

test("kiosk: the timeout wipes answers, storage, language and history", async ({ page }) => {
  await kioskJourney(page);
  await page.getByRole("button", { name: "English" }).click();
  // English is fetched when chosen: wait until it is the language.
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.clock.fastForward("02:01");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward("00:31");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  expect(page.url()).not.toContain("antwoorden");
  // The next person pressing Back finds no screen of the last one.
  await backShowsNothingOfTheLastVisitor(page);
  await expect(page.locator(".rk-card")).toHaveCount(0);
});

test("kiosk: one 'Stoppen en wissen', always in view, asks once, then wipes", async ({ page }) => {
  await kioskJourney(page);
  // One wipe button on a kiosk, not a second one named otherwise.
  await expect(page.getByRole("button", { name: "Wis mijn antwoorden" })).toHaveCount(0);
  const stop = page.getByRole("button", { name: "Stoppen en wissen" });
  await expect(stop).toHaveCount(1);
  // At the bottom of a long results page it is still on screen.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(stop).toBeInViewport();
  await stop.click();
  // Asked once: "Nee" keeps everything.
  await page.getByRole("button", { name: "Nee, niet wissen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator(".rk-begin__item").first()).toBeVisible();
  await checkA11y(page, "kiosk results after a wipe not confirmed");
  await stop.click();
  await expect(page.getByText("Wilt u echt alles wissen?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, wis alles" })).toBeInViewport();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await backShowsNothingOfTheLastVisitor(page);
  await page.goForward();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  await expect(page.getByLabel("Geld", { exact: true })).not.toBeChecked();
});

test("kiosk: the QR code decodes to a link that restores the same results; links do not navigate", async ({ page, context }) => {
  await kioskJourney(page);
  const ids = await resultIds(page);
  const link = await decodeQr(page, page.getByTestId("share-qr"));
  expect(link).toMatch(/#gemeente=alphen-chaam&antwoorden=1~/);
  await expect(page.getByTestId("share-qr")).toContainText(link);
  // No anchors that leave the app, and no tel: links on a public terminal.
  expect(await page.locator('#rk-main a[href^="http"], #rk-main a[href^="tel:"]').count()).toBe(0);
  await checkA11y(page, "kiosk results");
  const phone = await context.newPage();
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  expect(await resultIds(phone)).toEqual(ids);
});

test("kiosk: direct help after a danger signal shows numbers as text, not tel: links", async ({ page }) => {
  await page.goto("/#gemeente=leidschendam-voorburg&modus=kiosk");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Gezondheid en zorg", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByLabel("Ik denk aan zelfdoding", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  const panel = page.locator(".rk-direct");
  await expect(panel).toContainText("113 Zelfmoordpreventie");
  await expect(panel).toContainText("0800 0113");
  // As plain text the two numbers must still read as two.
  await expect(panel).toContainText("113, 0800 0113");
  expect(await page.locator('#rk-main a[href^="tel:"], #rk-main a[href^="http"]').count()).toBe(0);
  await checkA11y(page, "kiosk direct help");
});

test("kiosk: Snel weg wipes and restarts the app instead of leaving a blank page", async ({ page }) => {
  await page.goto("/#gemeente=heusden&modus=kiosk");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Veiligheid", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Snel weg" }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1.*#gemeente=heusden&modus=kiosk$/);
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
  expect(await page.locator("input:checked").count()).toBe(0);
});

test("kiosk: the age is given with the on-screen number pad; nothing needs typing, and type is large", async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto("/#gemeente=heusden&modus=kiosk");
  await page.getByRole("button", { name: "Start" }).click();
  const asked = await answerAll(page, { "Waar wilt u hulp bij?": "Geld", "Hoe oud bent u?": { pad: "42" } });
  expect(asked).toContain("Hoe oud bent u?");
  // The check page lists the age given with the pad.
  await expect(page.locator("dl.rk-summary")).toContainText("42");
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  // Read at arm's length: body text at least 28 px, every key at least 72 px.
  expect(await page.locator(".rk-shell--kiosk").evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28);
});

test("kiosk: the pad's keys erase and type, and the field asks for no on-screen keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto("/#gemeente=heusden&modus=kiosk");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  for (let i = 0; i < 8 && !(await page.getByRole("group", { name: "Cijfertoetsen" }).count()); i++) {
    await tickFallback(page);
    await page.getByRole("button", { name: "Volgende" }).click();
  }
  const pad = page.getByRole("group", { name: "Cijfertoetsen" });
  await expect(pad).toBeVisible();
  const field = page.getByRole("textbox");
  await expect(field).toHaveAttribute("inputmode", "none");
  for (const k of ["1", "0", "7"]) await pad.getByRole("button", { name: k, exact: true }).click();
  await pad.getByRole("button", { name: "Wis cijfer" }).click();
  await expect(field).toHaveValue("10");
  const key = await pad.getByRole("button", { name: "5", exact: true }).boundingBox();
  expect(key.height).toBeGreaterThanOrEqual(72);
  await checkA11y(page, "kiosk age question with the number pad");
});
