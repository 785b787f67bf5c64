// Issue 27: what residents stumbled over on phones, kiosks, in the widget,
// in Arabic, in "Alle hulp" and on paper. Each test failed on main before
// its fix (measured in the closing note).
import { test, expect, checkA11y, openWidgetRootsForTests } from "./harness.mjs";
import { CHECK_TITLE } from "./journey.mjs";

const PHONE = { width: 360, height: 740 };

/// Answers every question with `answers` (title → labels or {age}) or the
/// honest fallback, and on each question page first asserts that the next
/// step is on screen without scrolling.
async function walkWithNextInView(page, answers, { nextInView = true } = {}) {
  const seen = [];
  for (let step = 0; step < 20; step++) {
    await page.locator("form.rk-form .rk-fieldset, dl.rk-summary").first().waitFor();
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toBeFocused();
    const title = (await h1.textContent()).trim();
    if (CHECK_TITLE.test(title)) return seen;
    seen.push(title);
    // The next step comes right after the answers ("Waarom vragen wij
    // dit?" below it), and is on the first screen wherever the answers fit
    // on it (a list of ten life areas does not, on 740 px).
    const next = page.getByRole("button", { name: "Volgende" });
    expect(await next.evaluate((b) => b.previousElementSibling?.tagName), `Volgende right after the answers on “${title}”`).toBe("FIELDSET");
    const answersEnd = await page.locator(".rk-fieldset").evaluate((f) => f.getBoundingClientRect().bottom);
    if (nextInView && answersEnd < page.viewportSize().height - 60) await expect(next, `Volgende in view on “${title}”`).toBeInViewport();
    const answer = answers[title];
    if (answer?.age) {
      await page.getByRole("textbox").fill(answer.age);
    } else if (answer) {
      for (const label of [].concat(answer)) await page.getByLabel(label, { exact: true }).check();
    } else {
      for (const label of ["Zeg ik liever niet", "Weet ik niet", "Nee", "Voor mijzelf"]) {
        const option = page.getByLabel(label, { exact: true });
        if (await option.count()) {
          await option.check();
          break;
        }
      }
    }
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(h1).not.toHaveText(title);
  }
  throw new Error("no check page after 20 steps");
}

const OLDER_RESIDENT = {
  "Waar wilt u hulp bij?": ["Gezondheid en zorg", "Contact met anderen", "Dagelijks leven en huishouden"],
  "Hoe oud bent u?": { age: "82" },
  "Met wie woont u?": "Alleen",
  "In welke kern of wijk woont u?": "Drunen",
};

test("phone: Start and every Volgende are in view, the languages behind one Taal button", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Start" })).toBeInViewport();
  // One control for the languages; the six open from it and close on a choice.
  const taal = page.locator(".rk-header summary");
  await expect(taal).toHaveText("Taal · Language");
  const menu = page.locator(".rk-lang__menu");
  await expect(taal).toBeVisible();
  await expect(menu).not.toHaveAttribute("open");
  await expect(page.getByRole("button", { name: "English" })).toBeHidden();
  const header = await page.locator(".rk-header").boundingBox();
  expect(header.height, "the header is one or two short lines, not rows of six languages").toBeLessThan(110);
  await taal.click();
  await expect(menu).toHaveAttribute("open", "");
  await expect(page.getByRole("button", { name: "العربية" })).toBeVisible();
  // The open list takes its own line: the gemeente's name keeps its width
  // and nothing scrolls sideways.
  expect((await page.locator(".rk-header__name").boundingBox()).width).toBeGreaterThan(120);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checkA11y(page, "phone: languages open");
  // A choice closes the menu; the page is then in that language.
  await page.getByRole("button", { name: "English" }).click();
  await expect(menu).not.toHaveAttribute("open");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help that suits you");
  await taal.click();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await page.getByRole("button", { name: "Start" }).click();
  const asked = await walkWithNextInView(page, OLDER_RESIDENT);
  expect(asked.length).toBeGreaterThan(3);
  await checkA11y(page, "phone: check page");
});

// Under direct help the question started about two phone screens down.
test("phone: direct help in full right after the urgent answer, then folded so Volgende stays in view", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Wonen", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  const next = page.getByRole("button", { name: "Volgende" });
  const answerAnyhow = async () => {
    const title = (await h1.textContent()).trim();
    for (const label of ["Nee, niets hiervan", "Voor mijzelf", "Zeg ik liever niet", "Weet ik niet", "Nee"]) {
      const option = page.getByLabel(label, { exact: true });
      if (await option.count()) {
        await option.check();
        break;
      }
    }
    await next.click();
    await expect(h1).not.toHaveText(title);
  };
  for (let i = 0; i < 4 && !/dringend probleem/.test(await h1.textContent()); i++) await answerAnyhow();
  await page.getByLabel("Ik heb vannacht geen plek om te slapen", { exact: true }).check();
  await next.click();
  await expect(h1).not.toHaveText(/dringend probleem/);
  const panel = page.locator(".rk-direct");
  await expect(panel).toBeVisible();
  await expect(panel, "open on the first question after the answer").toHaveAttribute("open", "");
  await expect(panel.locator(".rk-now")).toBeVisible();
  await checkA11y(page, "phone: direct help in full");
  await answerAnyhow();
  await expect(panel).toBeVisible();
  await expect(panel, "folded on the next question").not.toHaveAttribute("open");
  await expect(panel.getByRole("heading")).toBeVisible();
  await expect(next).toBeInViewport();
  await checkA11y(page, "phone: direct help folded");
  // One tap opens it again, with what to do tonight.
  await panel.locator("summary").click();
  await expect(panel.locator(".rk-now")).toBeVisible();
  await checkA11y(page, "phone: direct help opened again");
});

test("phone: the static start page's Taal button works before the app runs", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.route(/\.wasm$/, () => {}); // never answers: the static page stays
  await page.goto("/");
  await page.locator(".rk-header summary", { hasText: "Taal · Language" }).click();
  await expect(page.locator(".rk-lang__menu")).toHaveAttribute("open", "");
  await expect(page.getByRole("button", { name: "Polski" })).toBeVisible();
});

test("'Wis mijn antwoorden' asks once; 'Nee' keeps the answers", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  const wipe = page.getByRole("button", { name: "Wis mijn antwoorden" });
  await wipe.click();
  await expect(wipe).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("Wilt u echt alles wissen?")).toBeVisible();
  await checkA11y(page, "wipe asks once");
  await page.getByRole("button", { name: "Nee, niet wissen" }).click();
  await expect(page.getByText("Wilt u echt alles wissen?")).toBeHidden();
  await page.goBack();
  await expect(page.getByLabel("Geld", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Wis mijn antwoorden" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByText("Uw antwoorden zijn gewist.")).toBeVisible();
});

test("kiosk.html is a kiosk without modus=kiosk: large type, stop button, idle wipe", async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.clock.install();
  await page.goto("/kiosk.html#gemeente=heusden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await expect(page.getByRole("button", { name: "Stoppen en wissen" })).toBeVisible();
  const size = await page.locator(".rk-shell").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Geld", { exact: true }).check();
  // A finger needs boxes as large as the targets.
  const box = await page.getByLabel("Geld", { exact: true }).boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(44);
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Waar wilt u hulp bij?");
  await page.clock.fastForward("02:01");
  const dialog = page.getByRole("alertdialog", { name: "Bent u er nog?" });
  await expect(dialog).toBeVisible();
  // Nothing of the visit is readable behind the countdown.
  const backdrop = await page.locator(".rk-dialog-backdrop").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(backdrop).toMatch(/^rgb\(/);
  await page.clock.fastForward("00:31");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByLabel("Geld", { exact: true })).not.toBeChecked();
});

/// A municipal page with the common `html { font-size: 62.5% }` and the widget.
async function hostWithSmallRoot(page) {
  await page.route("**/gemeente-625.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="nl" style="font-size:62.5%"><head><title>Gemeente</title></head>
        <body><main><h1>Hulp in de gemeente</h1><p>Tekst van de gemeente.</p>
        <div data-routekaart data-gemeente="heusden" data-kopniveau="2"></div></main>
        <script type="module" src="/widget.js"></script></body></html>`,
    }),
  );
  await openWidgetRootsForTests(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/gemeente-625.html");
}

test("widget: sizes do not follow the host's root font size; Start is on the first screen", async ({ page }) => {
  await hostWithSmallRoot(page);
  const widget = page.locator("[data-routekaart]");
  const start = widget.getByRole("button", { name: "Start" });
  await expect(start).toBeInViewport();
  const text = await widget.locator(".rk-root").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(text, "body text 18 px as on its own page, not 11 px").toBeGreaterThanOrEqual(17);
  expect((await start.boundingBox()).height).toBeGreaterThanOrEqual(44);
  await checkA11y(page, "widget on a 62.5% host");
});

// The demo page's hostile `* { font-size: 30px }` also hits the host
// element, and an outer rule outweighs `:host`: the widget was 33.75 px.
test("widget: a host rule on every element (the demo's 30 px) does not size the widget", async ({ page }) => {
  await openWidgetRootsForTests(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/demo-gemeente.html");
  const widget = page.locator("#widget-heusden");
  const start = widget.getByRole("button", { name: "Start" });
  await expect(start).toBeVisible();
  const text = await widget.locator(".rk-root").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(text, "body text 18 px as on its own page, not 33.75 px").toBeLessThanOrEqual(19);
  expect(text).toBeGreaterThanOrEqual(17);
  expect((await start.boundingBox()).height, "Start as tall as on its own page").toBeLessThan(70);
});

test("widget: after Start and Volgende the new question's heading is in view; the host's address stays", async ({ page }) => {
  await hostWithSmallRoot(page);
  const widget = page.locator("[data-routekaart]");
  const url = page.url();
  await widget.getByRole("button", { name: "Start" }).click();
  await expect(widget.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeInViewport();
  await widget.getByLabel("Wonen", { exact: true }).check();
  await widget.getByRole("button", { name: "Volgende" }).click();
  await expect(widget.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeHidden();
  await expect(widget.locator("[data-rk-page-heading]")).toBeInViewport();
  expect(page.url()).toBe(url);
});

test("widget: with direct help above the question, headings go down one level at a time", async ({ page }) => {
  await hostWithSmallRoot(page);
  const widget = page.locator("[data-routekaart]");
  await widget.getByRole("button", { name: "Start" }).click();
  await widget.getByLabel("Wonen", { exact: true }).check();
  await widget.getByRole("button", { name: "Volgende" }).click();
  // Walk until the urgent-needs question, answer "no place to sleep".
  for (let i = 0; i < 6; i++) {
    const h = (await widget.locator("[data-rk-page-heading]").textContent()).trim();
    if (h.startsWith("Heeft u vandaag of vannacht")) break;
    const fallback = widget.getByLabel("Nee, niets hiervan", { exact: true });
    if (await fallback.count()) await fallback.check();
    else await widget.getByLabel("Voor mijzelf", { exact: true }).check();
    await widget.getByRole("button", { name: "Volgende" }).click();
    await expect(widget.locator("[data-rk-page-heading]")).not.toHaveText(h);
  }
  await widget.getByLabel("Ik heb vannacht geen plek om te slapen", { exact: true }).check();
  await widget.getByRole("button", { name: "Volgende" }).click();
  await expect(widget.locator(".rk-direct")).toBeVisible();
  const levels = await widget.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0], "the widget's first heading is at its start level").toBe(2);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  await checkA11y(page, "widget question with direct help");
});

test("Arabic on a phone: the results show, nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/#gemeente=leidschendam-voorburg&taal=ar&antwoorden=1~t:mantelzorg+contact~s:-~a:58~h:samen~c:ouder~w:werkend");
  await expect(page.locator(".rk-begin")).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checkA11y(page, "Arabic results on a phone");
});

test("Arabic: Dutch steps keep the bullet on the page's side, Back points back, third-person answers", async ({ page }) => {
  await page.goto("/#gemeente=heusden&taal=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("button", { name: "ابدأ" }).click();
  // A back link's chevron is not flipped a second time in right-to-left text.
  const transform = await page.locator(".rk-back-link").first().evaluate((el) => getComputedStyle(el, "::before").transform);
  expect(transform).toBe("none");
  await checkA11y(page, "Arabic question");
});

test("Arabic: a Dutch place line reads name – street, place from left to right", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/#gemeente=leidschendam-voorburg&taal=ar&antwoorden=1~t:mantelzorg+contact~s:-~a:58~h:samen~c:ouder~w:werkend");
  await expect(page.locator(".rk-begin")).toBeInViewport();
  // Unfold the first card with places as a resident would, outermost fold first.
  const summaries = await page.locator(".rk-place").first().evaluate((li) => {
    const folds = [];
    for (let d = li.closest("details"); d; d = d.parentElement.closest("details")) folds.unshift(d);
    return folds.map((d) => d.querySelector(":scope > summary").textContent.trim());
  });
  for (const name of summaries) await page.locator("summary").filter({ hasText: name }).first().click();
  const places = page.locator(".rk-place:visible");
  await expect(places.first()).toBeVisible();
  const lines = await places.evaluateAll((items) =>
    items.map((li) => {
      const name = li.querySelector("strong");
      // The first box of the name and of the street, in the order they were laid out.
      const range = document.createRange();
      range.setStartAfter(name);
      range.setEndAfter(name.parentElement.lastChild);
      const street = range.getClientRects()[0];
      const nameBox = name.getClientRects()[0];
      return { text: li.textContent.trim(), sameLine: Math.abs(street.top - nameBox.top) < 4, nameLeft: nameBox.left, streetLeft: street.left };
    }),
  );
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    // On one line the name stands left of its street; wrapped, the street
    // continues under it. Either way the Dutch run is never mirrored.
    if (line.sameLine) expect(line.nameLeft, line.text).toBeLessThan(line.streetLeft);
  }
  expect(lines.some((l) => l.sameLine), "at least one place line fits on one line").toBe(true);
  await checkA11y(page, "Arabic place lines");
});

test("Alle hulp: results start under the search field; nothing found offers the gemeente's team", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/alle-hulp.html#gemeente=heusden");
  const field = page.getByRole("searchbox");
  await field.fill("schuldhulp");
  const first = page.locator(".rk-search__results .rk-card").first();
  await expect(first).toBeVisible();
  const gap = (await first.boundingBox()).y - ((await field.boundingBox()).y + (await field.boundingBox()).height);
  expect(gap, "results right under the search field").toBeLessThan(400);
  await expect(page.locator(".rk-search__results")).toContainText("Geldfit");
  await field.fill("huiswerk");
  await expect(page.getByText("Het wijkteam of sociaal team helpt u verder")).toBeVisible();
  await expect(page.locator(".rk-search__results .rk-card")).toHaveCount(1);
  await checkA11y(page, "Alle hulp: nothing found");
});

/// The PDF's page count: each page object is "/Type /Page" (the tree is "/Pages").
const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

test("print: a typical older resident's sheet is at most two A4 pages; everything prints on request", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-07T10:00:00"));
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await walkWithNextInView(page, OLDER_RESIDENT, { nextInView: false });
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole("button", { name: "Printen", exact: true }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Gemaakt op 7 december 2026")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aantekeningen" })).toBeVisible();
  await expect(page.locator(".rk-said")).toContainText("82 jaar");
  await expect(page.locator(".rk-said")).toContainText("U woont alleen");
  await expect(page.locator(".rk-group--keukentafelgesprek .rk-card").first()).toBeVisible();
  const sheet = pages(await page.pdf({ format: "A4" }));
  expect(sheet, "the sheet for the keukentafelgesprek").toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print alle hulp" }).click();
  const all = pages(await page.pdf({ format: "A4" }));
  expect(all).toBeGreaterThan(sheet);
});

test("print: a sheet without a keukentafelgesprek has no empty 'Uw route' heading", async ({ page }) => {
  await page.goto("/#gemeente=leidschendam-voorburg&antwoorden=1~t:mantelzorg+contact~s:-~a:58~h:samen~c:ouder~w:werkend");
  await expect(page.locator(".rk-begin")).toBeVisible();
  expect(await page.locator(".rk-group--keukentafelgesprek").count(), "this resident has no keukentafelgesprek").toBe(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-begin")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Uw route" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Aantekeningen" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("heading", { name: "Uw route" })).toBeVisible();
});
