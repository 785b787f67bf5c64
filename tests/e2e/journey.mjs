// Walks the questionnaire like a resident: answers each question page by its
// h1 (the question), checking accessibility on every page, until the check
// page. `answers` maps question titles to labels to click, or {age: "72"}.
import { expect, checkA11y } from "./harness.mjs";

export const CHECK_TITLE = /Kloppen uw antwoorden\?|Are your answers right\?/;

/// Ticks the first honest fallback option a question offers ("zeg ik liever
/// niet", "weet ik niet", "nee", "voor mijzelf"), within `scope` (a page, or
/// a widget's element). Returns the label ticked, or undefined.
export async function tickFallback(scope) {
  for (const label of ["Zeg ik liever niet", "Weet ik niet", "Nee", "Voor mijzelf"]) {
    const option = scope.getByLabel(label, { exact: true });
    if (await option.count()) {
      await option.check();
      return label;
    }
  }
}

export async function answerAll(page, answers, { keyboard = false, maxSteps = 20 } = {}) {
  const asked = [];
  for (let step = 0; step < maxSteps; step++) {
    // Wait for a question form or the check page (not a loading message).
    await page.locator("form.rk-form .rk-fieldset, dl.rk-summary").first().waitFor();
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toBeFocused();
    const title = (await h1.textContent()).trim();
    if (CHECK_TITLE.test(title)) return asked;
    asked.push(title);
    // Sensitive questions, and every question on a kiosk, are titled by their
    // number only (issue 14, defect 10).
    await expect(page).toHaveTitle(/^(Waar wilt u hulp bij\?|What would you like help with\?)$/.test(title) ? /^(Vraag|Question) 1(: | – )/ : /^(Vraag|Question) \d+ (van|of) \d+(: | – )/);
    await checkA11y(page, `question “${title}”`);
    let answer = answers[title];
    if (answer === undefined) {
      // No answer given for this question: the honest "don't know" options, else "No" or "for myself".
      for (const fallback of ["Zeg ik liever niet", "Weet ik niet", "Nee", "Voor mijzelf", "I'd rather not say", "I don't know", "No", "For myself"]) {
        if ((await page.getByLabel(fallback, { exact: true }).count()) > 0) {
          answer = fallback;
          break;
        }
      }
    }
    if (typeof answer === "object" && answer.pad !== undefined) {
      // A kiosk: the age by its on-screen number pad, no typing.
      const pad = page.getByRole("group", { name: "Cijfertoetsen" });
      for (const digit of answer.pad) await pad.getByRole("button", { name: digit, exact: true }).click();
      await expect(page.getByRole("textbox")).toHaveValue(answer.pad);
    } else if (typeof answer === "object" && answer.age !== undefined) {
      const input = page.getByRole("textbox");
      if (keyboard) {
        await input.focus();
        await page.keyboard.type(answer.age);
      } else {
        await input.fill(answer.age);
      }
    } else {
      for (const label of [].concat(answer)) {
        const option = page.getByLabel(label, { exact: true });
        if (keyboard) {
          await option.focus();
          await page.keyboard.press("Space");
        } else {
          await option.check();
        }
      }
    }
    const next = page.getByRole("button", { name: /^(Volgende|Next)$/ });
    if (keyboard) {
      await next.focus();
      await page.keyboard.press("Enter");
    } else {
      await next.click();
    }
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title);
  }
  throw new Error(`no check page after ${maxSteps} questions: ${asked.join(" | ")}`);
}

/// The service ids of the result cards, in page order.
export async function resultIds(page) {
  return page.locator(".rk-card").evaluateAll((cards) => cards.map((c) => c.dataset.service));
}

/// The group headings (direct help, then the route's steps), in page order.
export async function groupTitles(page) {
  return page.locator(".rk-group__title").allTextContents();
}

/// Opens the details of the first card that contains `text` (and the route
/// step and "Toon nog N" fold around it, if any), as a resident would by
/// clicking.
export async function openCardWith(page, text) {
  const card = page.locator(".rk-card", { hasText: text }).first();
  const folds = page.locator("details", { has: card });
  for (let i = 0; i < (await folds.count()); i++) {
    const fold = folds.nth(i);
    if (!(await fold.evaluate((d) => d.open))) await fold.locator(":scope > summary").click();
  }
  await card.locator("summary").click();
  return card;
}
