// "Lees voor" (issue 30, item 5): each question, the direct help and each
// "Begin hier" entry can be read aloud by the browser's own speech synthesis,
// with a voice on the device only (localService), so no text leaves it. The
// browser's speech synthesis is stubbed before the app loads: what is spoken,
// in which language and voice, and every cancel, are recorded here (through
// page.exposeFunction, which outlives the kiosk's reload).
import { test, expect, checkA11y, ftlMessages } from "./harness.mjs";

const NL = ftlMessages("nl");
const SHARED = "gemeente=heusden&antwoorden=1~t:geld~s:-~a:40~h:alleen~w:uitkering~d:1";

/// A fake `speechSynthesis`: a local Dutch voice and a remote English one
/// (or `voices`), listed at once or only after `__rkVoicesReady()` fires
/// `voiceschanged`, as Chrome does a moment after the page loads.
function stub({ voices, late }) {
  const listeners = [];
  let listed = late ? [] : voices;
  let current = null;
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => listed.slice(),
    speak(u) {
      current = u;
      synth.speaking = true;
      window.__rkSpeech({ kind: "speak", text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
    },
    cancel() {
      window.__rkSpeech({ kind: "cancel" });
      const u = current;
      current = null;
      synth.speaking = false;
      if (u && u.onerror) u.onerror({ error: "canceled" });
    },
    pause() {},
    resume() {},
    addEventListener(type, f) {
      if (type === "voiceschanged") listeners.push(f);
    },
    removeEventListener() {},
    dispatchEvent() {
      return true;
    },
  };
  Object.defineProperty(window, "speechSynthesis", { get: () => synth, configurable: true });
  window.SpeechSynthesisUtterance = function SpeechSynthesisUtterance(text) {
    this.text = text;
    this.lang = "";
    this.voice = null;
    this.onend = null;
    this.onerror = null;
  };
  window.__rkVoicesReady = () => {
    listed = voices;
    for (const f of listeners) f(new Event("voiceschanged"));
    if (synth.onvoiceschanged) synth.onvoiceschanged(new Event("voiceschanged"));
  };
}

const LOCAL_NL = { name: "Lokale Xander", lang: "nl-NL", localService: true, default: true, voiceURI: "lokaal-nl" };
const REMOTE_EN = { name: "Cloud English", lang: "en-GB", localService: false, default: false, voiceURI: "cloud-en" };

async function withSpeech(page, { voices = [LOCAL_NL, REMOTE_EN], late = false } = {}) {
  const log = [];
  await page.exposeFunction("__rkSpeech", (e) => log.push(e));
  await page.addInitScript(stub, { voices, late });
  return {
    log,
    spoken: () => log.filter((e) => e.kind === "speak"),
    cancels: () => log.filter((e) => e.kind === "cancel").length,
  };
}

const readButton = (scope) => scope.getByRole("button", { name: NL["read-aloud"], exact: true });

test("a question is read aloud in Dutch with the local voice; it stops on Volgende and on Terug", async ({ page }) => {
  const speech = await withSpeech(page);
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(NL["question-title-themes"]);
  const button = readButton(page);
  await expect(button).toHaveCount(1);
  await button.click();
  await expect.poll(() => speech.spoken().length).toBe(1);
  const said = speech.spoken()[0];
  expect(said.lang).toBe("nl");
  expect(said.voice).toBe("Lokale Xander");
  expect(said.text).toContain(NL["question-title-themes"]);
  for (const label of await page.locator(".rk-choice__label").allTextContents()) expect(said.text).toContain(label.trim());
  // While it reads, the same button stops it.
  await expect(page.getByRole("button", { name: NL["read-aloud-stop"] })).toBeVisible();
  await checkA11y(page, "question while it is read aloud");
  let before = speech.cancels();
  await page.getByRole("button", { name: NL["read-aloud-stop"] }).click();
  await expect.poll(() => speech.cancels()).toBeGreaterThan(before);
  await expect(button).toBeVisible();

  // Volgende: the next page does not go on reading the last one.
  await button.click();
  await expect.poll(() => speech.spoken().length).toBe(2);
  before = speech.cancels();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(h1).not.toHaveText(NL["question-title-themes"]);
  await expect.poll(() => speech.cancels(), "cancel on Volgende").toBeGreaterThan(before);
  // Terug too.
  await readButton(page).click();
  await expect.poll(() => speech.spoken().length).toBe(3);
  expect(speech.spoken()[2].text).toContain((await h1.textContent()).trim());
  before = speech.cancels();
  await page.getByRole("link", { name: "Terug" }).click();
  await expect(h1).toHaveText(NL["question-title-themes"]);
  await expect.poll(() => speech.cancels(), "cancel on Terug").toBeGreaterThan(before);
});

test("no local voice for the language, no button: English has only a remote voice here", async ({ page }) => {
  const speech = await withSpeech(page);
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(readButton(page)).toHaveCount(1);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ftlMessages("en")["question-title-themes"]);
  await expect(page.getByRole("button", { name: ftlMessages("en")["read-aloud"] })).toHaveCount(0);
  await expect(page.locator(".rk-read-aloud")).toHaveCount(0);
  expect(speech.spoken()).toEqual([]);
});

test("no voice at all: no button; voices that arrive later (voiceschanged) bring it", async ({ page }) => {
  await withSpeech(page, { late: true });
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NL["question-title-themes"]);
  await expect(page.locator(".rk-read-aloud")).toHaveCount(0);
  await page.evaluate(() => window.__rkVoicesReady());
  await expect(readButton(page)).toHaveCount(1);
});

test("only a remote Dutch voice: no button anywhere", async ({ page }) => {
  await withSpeech(page, { voices: [{ ...LOCAL_NL, localService: false }] });
  await page.goto(`/#${SHARED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  await expect(page.locator(".rk-begin__item").first()).toBeVisible();
  await expect(page.locator(".rk-read-aloud")).toHaveCount(0);
});

test("direct help and each 'Begin hier' entry are read aloud; 'Wis mijn antwoorden' stops it", async ({ page }) => {
  const speech = await withSpeech(page);
  await page.clock.setFixedTime(new Date("2026-11-24T23:00:00+01:00"));
  await page.goto("/#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  let urgent = false;
  for (let step = 0; step < 12 && !urgent; step++) {
    const title = (await h1.textContent()).trim();
    urgent = title === NL["question-title-urgent"];
    if (urgent) await page.getByLabel(NL["urgent-label-slaapplek"], { exact: true }).check();
    else if (title === NL["question-title-themes"]) await page.getByLabel(NL["theme-label-wonen"], { exact: true }).check();
    else if (title === NL["question-title-age"]) await page.getByRole("textbox").fill("30");
    else await page.locator(".rk-choice__input").last().check();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(h1).not.toHaveText(title);
  }
  expect(urgent, "the urgent question was asked").toBe(true);
  const panel = page.locator(".rk-direct");
  await expect(panel).toBeVisible();
  await readButton(panel).click();
  await expect.poll(() => speech.spoken().length).toBe(1);
  const said = speech.spoken()[0];
  expect(said.lang).toBe("nl");
  expect(said.text).toContain((await panel.getByRole("heading").first().textContent()).trim());
  expect(said.text).toContain(NL["now-lead-geen-slaapplek"]);
  // The panel's button now stops it; the question under the panel has its own.
  await expect(panel.getByRole("button", { name: NL["read-aloud-stop"] })).toHaveCount(1);
  await expect(readButton(page.locator(".rk-fieldset"))).toHaveCount(1);
  await checkA11y(page, "question with the direct-help panel and its read-aloud buttons");
  const before = speech.cancels();
  await page.getByRole("button", { name: "Wis mijn antwoorden" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(h1).toHaveText("Vind hulp die bij u past");
  await expect.poll(() => speech.cancels(), "cancel on wipe").toBeGreaterThan(before);
});

test("results: a button on every 'Begin hier' entry, which reads its name and first step", async ({ page }) => {
  const speech = await withSpeech(page);
  await page.goto(`/#${SHARED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hulp die bij u past");
  const items = page.locator(".rk-begin__item");
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    await readButton(item).click();
    await expect.poll(() => speech.spoken().length).toBe(i + 1);
    const said = speech.spoken()[i];
    expect(said.lang).toBe("nl");
    expect(said.text).toContain((await item.locator(".rk-begin__link").textContent()).trim());
    expect(said.text).toContain((await item.locator(".rk-begin__what").textContent()).trim().slice(0, 40));
  }
  await checkA11y(page, "results with read-aloud buttons");
});

test("kiosk: the question is read aloud and 'Stoppen en wissen' stops it", async ({ page }) => {
  const speech = await withSpeech(page);
  await page.goto("/kiosk.html#gemeente=heusden");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NL["question-title-themes"]);
  await readButton(page).click();
  await expect.poll(() => speech.spoken().length).toBe(1);
  expect(speech.spoken()[0].text).toContain(NL["question-title-themes"]);
  await checkA11y(page, "kiosk question with its read-aloud button");
  const before = speech.cancels();
  await page.getByRole("button", { name: "Stoppen en wissen" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vind hulp die bij u past");
  await expect.poll(() => speech.cancels(), "cancel on the kiosk's wipe").toBeGreaterThan(before);
});
