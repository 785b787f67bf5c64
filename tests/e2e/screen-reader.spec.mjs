// A virtual screen reader (@guidepup/virtual-screen-reader,
// pinned in package.json) walks the main journey, a kiosk wipe and the
// widget, and these tests assert what it announces: the question on arrival,
// the error, "Begin hier", a card's first step, and the message while a
// gemeente's information loads. It reads the page's accessibility tree as
// the specifications define it; it does not replace a real screen reader
// (the accessibility statement says which were tried by hand).
import { readFileSync } from "node:fs";
import { test, expect, ftlMessages, openWidgetRootsForTests } from "./harness.mjs";
import { answerAll } from "./journey.mjs";

const NL = ftlMessages("nl");

// The reader's browser build is one ES module; its single export statement
// becomes a global, and the script is evaluated through the DevTools
// protocol (as axe is), so the pages' strict CSP does not stop it.
const READER = (() => {
  const src = readFileSync("node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js", "utf8");
  const at = src.lastIndexOf("export{");
  const end = src.indexOf("}", at);
  if (at < 0 || end < 0) throw new Error("the virtual screen reader's build has no export statement");
  const names = src
    .slice(at + "export{".length, end)
    .split(",")
    .map((part) => {
      const [local, , exported] = part.trim().split(/\s+/);
      return `${JSON.stringify(exported ?? local)}:${local}`;
    });
  return `${src.slice(0, at)};window.__screenReader={${names.join(",")}};${src.slice(end + 1)}`;
})();

/// Starts the reader on `selector` (the page's body, or the widget's root
/// inside its shadow root), from its first element.
async function startReader(page, selector = "body") {
  await page.evaluate(READER);
  await page.evaluate(async (selector) => {
    const find = (root) => root.querySelector(selector) ?? [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    await window.__screenReader.virtual.start({ container: find(document) });
  }, selector);
}

/// Everything the reader has said since it started.
const spoken = (page) => page.evaluate(() => window.__screenReader.virtual.spokenPhraseLog());

/// Reads on from where the reader is, item by item, to the end of what it
/// reads (at most `steps` items); returns what it said on the way.
async function readOn(page, steps = 400) {
  return page.evaluate(async (steps) => {
    const reader = window.__screenReader.virtual;
    const from = (await reader.spokenPhraseLog()).length;
    for (let i = 0; i < steps; i++) {
      const before = (await reader.spokenPhraseLog()).length;
      await reader.next();
      const log = await reader.spokenPhraseLog();
      if (log.length === before || log[log.length - 1] === "end of document") break;
    }
    return (await reader.spokenPhraseLog()).slice(from);
  }, steps);
}

test("the journey as a screen reader says it: loading, the question, the error, Begin hier, a first step", async ({ page }) => {
  // The gemeente's information waits until the reader has heard the
  // loading message.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/catalogus/heusden.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/#gemeente=heusden");
  const start = page.getByRole("button", { name: "Start" });
  await expect(start).toBeVisible();
  await startReader(page);
  await start.click();
  await expect.poll(() => spoken(page), { message: "the loading message is announced" }).toContain(`heading, ${NL["catalogue-loading"]}, level 1`);
  release();

  // On arrival the question is said: focus goes to its heading.
  await expect.poll(() => spoken(page)).toContain(`heading, ${NL["question-title-themes"]}, level 1`);
  // Reading on: the hint and each answer, as a checkbox with its name.
  const question = await readOn(page, 60);
  expect(question).toContain(NL["question-hint-themes"]);
  expect(question.some((p) => p.startsWith(`checkbox, ${NL["theme-label-geld"]}, `) && p.endsWith("not checked")), question.join("\n")).toBe(true);

  // Volgende without an answer: the error is announced, and reading on
  // from it gives what is wrong.
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect.poll(() => spoken(page)).toContain(`alert, ${NL["error-summary-title"]}`);
  const error = await page.locator(".rk-error-summary a").first().textContent();
  expect((await readOn(page, 8)).join("\n")).toContain(error.trim());

  await page.getByLabel(NL["theme-label-geld"], { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await answerAll(page, {});
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await expect.poll(() => spoken(page)).toContain("heading, Hulp die bij u past, level 1");

  // The whole results page read from the top: "Begin hier" is a region
  // with its heading, and its first entry's first step is read out.
  await page.evaluate(() => window.__screenReader.virtual.stop());
  await startReader(page);
  const results = await readOn(page, 1500);
  expect(results.some((p) => p.startsWith(`region, ${NL["begin-here-title"]}`)), results.join("\n")).toBe(true);
  const firstStep = (await page.locator(".rk-begin__item").first().locator("p").last().textContent()).trim();
  expect(firstStep.length).toBeGreaterThan(10);
  expect(results.join("\n")).toContain(firstStep);
});

test("kiosk: the wipe's question is read next to its button; afterwards nothing of the visit is read", async ({ page }) => {
  await page.goto("/kiosk.html#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel(NL["theme-label-geld"], { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(NL["question-title-themes"]);
  await startReader(page);
  const stop = page.getByRole("button", { name: NL["kiosk-stop"] });
  await stop.focus();
  await expect.poll(() => spoken(page)).toContain(`button, ${NL["kiosk-stop"]}, not expanded`);
  await stop.click();
  // A disclosure: the button is expanded and its question is the next
  // thing read, with the two answers.
  await expect(stop).toHaveAttribute("aria-expanded", "true");
  const asked = await readOn(page, 6);
  expect(asked).toContain(`group, ${NL["wipe-confirm"]}`);
  expect(asked).toContain(`button, ${NL["wipe-confirm-yes"]}`);

  await page.getByRole("button", { name: NL["wipe-confirm-yes"] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NL["start-title"]);
  // The next visitor's reader: the start page, Dutch chosen, no answer.
  await startReader(page);
  const after = await readOn(page, 200);
  expect(after).toContain(`heading, ${NL["start-title"]}, level 1`);
  expect(after).toContain("button, Nederlands, pressed");
  expect(after.filter((p) => / checked$|, pressed$/.test(p) && !p.startsWith("button, Nederlands"))).toEqual([]);
  expect(after.join("\n")).not.toContain(NL["theme-label-geld"]);
  // What the next visitor hears is what a kiosk just switched on says,
  // word for word: nothing of the visit before, not even its echo.
  const fresh = await page.context().newPage();
  // Read only once the app runs and the gemeente is in, as after the wipe.
  await fresh.addInitScript(() => addEventListener("TrunkApplicationStarted", () => (window.__rkStarted = true)));
  await fresh.goto("/kiosk.html#gemeente=heusden");
  await fresh.waitForFunction(() => window.__rkStarted === true);
  await expect(fresh.locator(".rk-header")).toContainText("Heusden");
  await expect(page.locator(".rk-header")).toContainText("Heusden");
  await expect(fresh.getByRole("button", { name: "Start" })).toBeVisible();
  await startReader(fresh);
  expect(after).toEqual(await readOn(fresh, 200));
  await fresh.close();
});

test("widget: read inside its shadow root, the question comes after the host's heading level", async ({ page }) => {
  await openWidgetRootsForTests(page);
  await page.goto("/demo-gemeente.html");
  const widget = page.locator("[data-routekaart]").first();
  await widget.getByRole("button", { name: "Start" }).click();
  await expect(widget.getByRole("heading", { name: NL["question-title-themes"] })).toBeVisible();
  await startReader(page, ".rk-root");
  const read = await readOn(page, 200);
  // The demo page embeds it under an h1 with data-kopniveau="2": the
  // question is a level-2 heading, its answers checkboxes.
  expect(read).toContain(`heading, ${NL["question-title-themes"]}, level 2`);
  expect(read.some((p) => p.startsWith(`checkbox, ${NL["theme-label-wonen"]}, `)), read.join("\n")).toBe(true);
  expect(read).toContain(`button, ${NL["next"]}`);
});
