// Issue 30, item 1: a gemeente's own look from its NL Design System theme.
// Four published theme packages (pinned dev dependencies, installed by
// `npm ci`): each given as it is to a widget's data-thema on a host page,
// and converted by `catalogue thema` into the --rk-* theme the resident's
// page is built with (README, "Thema"). The colours on a primary button,
// the text and a link must be the theme's, or Routekaart's own where the
// mapping found too little contrast; axe finds nothing; screenshots at a
// phone's and a kiosk screen's size go to test-results/themes/.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { test, expect, checkA11y, openWidgetRootsForTests } from "./harness.mjs";

const THEMES = [
  { id: "utrecht", file: "node_modules/@utrecht/design-tokens/dist/index.css" },
  { id: "denhaag", file: "node_modules/@gemeente-denhaag/design-tokens-components/dist/index.css" },
  { id: "voorbeeld", file: "node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" },
  // The tokens JSON file, not the CSS: the widget reads both.
  { id: "rijkshuisstijl", file: "node_modules/@rijkshuisstijl-community/design-tokens/dist/kern-lintblauw/index.tokens.json" },
];
const SIZES = [
  [360, 740],
  [1080, 1920],
];
const SHOTS = "test-results/themes";
const DEFAULTS = { "--rk-color-primary": "#1f4e8c", "--rk-color-primary-text": "#ffffff", "--rk-color-link": "#1f4e8c", "--rk-color-text": "#1a1a1a", "--rk-color-focus-text": "#0b0c0c" };

/// The converted theme (`catalogue thema FILE`): its stylesheet, its tokens
/// and its findings (the report's "let op:" lines).
function convert(file) {
  const run = spawnSync("cargo", ["run", "--quiet", "--bin", "catalogue", "--", "thema", file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`catalogue thema ${file}: ${run.stderr}`);
  const css = run.stdout;
  const tokens = Object.fromEntries([...css.matchAll(/(--rk-[a-z0-9-]+): ([^;]+);/g)].map((m) => [m[1], m[2]]));
  const findings = run.stderr.split("\n").filter((l) => l.startsWith("let op: ")).map((l) => l.slice("let op: ".length));
  return { css, tokens, findings };
}

/// A CSS value as the browser computes it (a colour as rgb(…), a font list with its quotes).
const computed = (page, value, property = "color") =>
  page.evaluate(
    ([v, p]) => {
      const d = document.createElement("span");
      d.style[p] = v;
      document.body.append(d);
      const c = getComputedStyle(d)[p];
      d.remove();
      return c;
    },
    [value, property],
  );

/// The colours of the start page's primary button, text and first link in `root`.
async function colours(root) {
  const button = root.locator(".rk-button--primary").first();
  await expect(button).toBeVisible();
  return {
    primary: await button.evaluate((b) => getComputedStyle(b).backgroundColor),
    primaryText: await button.evaluate((b) => getComputedStyle(b).color),
    text: await root.evaluate((r) => getComputedStyle(r).color),
    link: await root.locator("a:not(.rk-skip-link)").first().evaluate((a) => getComputedStyle(a).color),
    focusText: await root.evaluate((r) => getComputedStyle(r).getPropertyValue("--rk-color-focus-text").trim()),
    font: await root.evaluate((r) => getComputedStyle(r).fontFamily),
  };
}

async function expectTheme(page, root, tokens) {
  const want = async (name) => computed(page, tokens[name] ?? DEFAULTS[name]);
  const got = await colours(root);
  expect(got.primary, "primary button").toBe(await want("--rk-color-primary"));
  expect(got.primaryText, "primary button text").toBe(await want("--rk-color-primary-text"));
  expect(got.text, "text").toBe(await want("--rk-color-text"));
  expect(got.link, "link").toBe(await want("--rk-color-link"));
  expect(await computed(page, got.focusText), "focus ring edge").toBe(await want("--rk-color-focus-text"));
  if (tokens["--rk-font-family"]) expect(got.font, "font").toBe(await computed(page, tokens["--rk-font-family"], "fontFamily"));
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

for (const theme of THEMES) {
  test.describe(theme.id, () => {
    const converted = convert(theme.file);

    test("the theme's colours reach the widget, or Routekaart's where contrast is too low", async ({ page }) => {
      await openWidgetRootsForTests(page);
      const warnings = [];
      page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
      const ext = theme.file.endsWith(".json") ? "json" : "css";
      await page.route(`**/gemeente/thema.${ext}`, (route) =>
        route.fulfill({ contentType: ext === "json" ? "application/json" : "text/css", body: readFileSync(theme.file, "utf8") }),
      );
      await page.route("**/gemeente/hulp.html", (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hulp en ondersteuning – Gemeente</title><link rel="icon" href="data:,"></head><body>
            <main><h1>Hulp en ondersteuning</h1>
            <div data-routekaart data-gemeente="heusden" data-kopniveau="2" data-thema="/gemeente/thema.${ext}"></div></main>
            <script type="module" src="/widget.js"></script></body></html>`,
        }),
      );
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto("/gemeente/hulp.html");
        const root = page.locator("[data-routekaart] .rk-root");
        // The theme is fetched after the app is mounted: wait for its primary colour.
        const primary = await computed(page, converted.tokens["--rk-color-primary"] ?? DEFAULTS["--rk-color-primary"]);
        await expect.poll(() => root.locator(".rk-button--primary").first().evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(primary);
        await expectTheme(page, root, converted.tokens);
        await checkA11y(page, `widget, theme ${theme.id}, ${width}x${height}`);
        await page.screenshot({ path: `${SHOTS}/widget-${theme.id}-${width}x${height}.png`, fullPage: true });
      }
      // Each finding of the conversion is a console warning of the widget,
      // in Dutch, once per mount (two viewports: two mounts).
      const said = [...new Set(warnings.filter((w) => w.startsWith("Routekaart: thema")).map((w) => w.replace(/^Routekaart: thema [^:]+: /, "")))];
      expect(said).toEqual(converted.findings);
      if (theme.id === "denhaag") {
        expect(said.some((w) => w.includes("te weinig contrast") && w.includes("--rk-color-focus-text")), said.join("\n")).toBe(true);
        expect(converted.tokens["--rk-color-focus-text"]).toBeUndefined();
      }
    });

    test("the resident's page built with the converted theme", async ({ page }) => {
      // As if style/tokens.css ended with the converted theme: the page's own
      // stylesheets, then the theme's rule (same selector, so it wins).
      await page.route("**/thema-test.css", (route) => route.fulfill({ contentType: "text/css", body: converted.css }));
      await page.route(/\/(index\.html)?(#.*)?$/, async (route) => {
        if (route.request().resourceType() !== "document") return route.continue();
        const res = await route.fetch();
        const html = (await res.text()).replace("</head>", '<link rel="stylesheet" href="/thema-test.css"></head>');
        await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      });
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto("/#gemeente=heusden");
        const root = page.locator(".rk-root").first();
        await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
        await expectTheme(page, root, converted.tokens);
        await checkA11y(page, `resident's page, theme ${theme.id}, ${width}x${height}`);
        await page.screenshot({ path: `${SHOTS}/resident-${theme.id}-${width}x${height}.png`, fullPage: true });
        // One step on: the question page, with its choices and buttons.
        await page.getByRole("button", { name: "Start" }).click();
        await expect(page.getByRole("heading", { name: "Waar wilt u hulp bij?" })).toBeVisible();
        await checkA11y(page, `question page, theme ${theme.id}, ${width}x${height}`);
        await page.screenshot({ path: `${SHOTS}/resident-${theme.id}-vraag-${width}x${height}.png`, fullPage: true });
      }
    });
  });
}
