// Post-build step for the resident's page (scripts/build-release.sh), after
// `catalogue prerender`: puts what its first paint waits for into the page
// itself, so the prerendered start page paints after one round trip instead
// of three. Measured with scripts/bench.sh: boot.js is a blocking
// script, so the stylesheets were only requested after it arrived, and both
// then shared the line with the wasm; first paint came at about 1,000 ms.
//   * boot.js (already minified) becomes an inline script;
//   * the stylesheets become <style> elements.
// scripts/csp.mjs then allows exactly these by their hashes. The files stay
// in dist/ for the other pages (kiosk, Alle hulp, beheer) and the widget.
// Usage: node scripts/inline-critical.mjs dist/index.html
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const file = process.argv[2] || "dist/index.html";
const dir = dirname(file);
let html = readFileSync(file, "utf8");
const fail = (why) => {
  console.error(`inline-critical: ${file}: ${why}`);
  process.exit(1);
};

const boot = html.match(/<script src="?boot\.js"?><\/script>/);
if (!boot) fail("no <script src=boot.js>");
const bootJs = readFileSync(join(dir, "boot.js"), "utf8").trim();
if (bootJs.includes("</script")) fail("boot.js contains </script");
html = html.replace(boot[0], () => `<script>${bootJs}</script>`);

const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => m[0]);
if (sheets.length === 0) fail("no stylesheet link");
for (const link of sheets) {
  const href = link.match(/href="?\.?\/?([^"\s>]+\.css)/)?.[1];
  if (!href) fail(`no href in ${link}`);
  const css = readFileSync(join(dir, href), "utf8").trim();
  if (css.includes("</style")) fail(`${href} contains </style`);
  html = html.replace(link, () => `<style>${css}</style>`);
}
writeFileSync(file, html);
console.log(`inline-critical: ${file}: boot.js and ${sheets.length} stylesheet(s) inline`);
