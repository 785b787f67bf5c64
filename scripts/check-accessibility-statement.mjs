// Keeps the draft accessibility statement honest:
// public/toegankelijkheidsverklaring.html must
//  * name every WCAG 2.2 success criterion of level A and AA (55: 4.1.1 is
//    obsolete in 2.2), each once, with its own level, and no other;
//  * cite only files that exist, and only end-to-end tests that exist: each
//    <q lang="en"> after a <code>tests/e2e/….spec.mjs</code> is the title of
//    a test in that spec (a title with ${…} matches any text there);
//  * stay a plain page: lang="nl", one h1, headings in order, no scripts, no
//    inline styles, marked as a draft ("concept") and dated;
//  * reach the build: index.html copies it and its stylesheet into dist/.
// It then proves itself on broken copies, which must each be refused.
//
// Usage: node scripts/check-accessibility-statement.mjs
import { existsSync, readFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
const STATEMENT = "public/toegankelijkheidsverklaring.html";
const STYLESHEET = "public/toegankelijkheidsverklaring.css";

// WCAG 2.2 (W3C Recommendation, 12 December 2024), every success criterion of
// level A and AA in the order of the guidelines; 4.1.1 Parsing is obsolete.
const CRITERIA = {
  "1.1.1": "A", "1.2.1": "A", "1.2.2": "A", "1.2.3": "A", "1.2.4": "AA", "1.2.5": "AA",
  "1.3.1": "A", "1.3.2": "A", "1.3.3": "A", "1.3.4": "AA", "1.3.5": "AA",
  "1.4.1": "A", "1.4.2": "A", "1.4.3": "AA", "1.4.4": "AA", "1.4.5": "AA", "1.4.10": "AA",
  "1.4.11": "AA", "1.4.12": "AA", "1.4.13": "AA",
  "2.1.1": "A", "2.1.2": "A", "2.1.4": "A", "2.2.1": "A", "2.2.2": "A", "2.3.1": "A",
  "2.4.1": "A", "2.4.2": "A", "2.4.3": "A", "2.4.4": "A", "2.4.5": "AA", "2.4.6": "AA",
  "2.4.7": "AA", "2.4.11": "AA",
  "2.5.1": "A", "2.5.2": "A", "2.5.3": "A", "2.5.4": "A", "2.5.7": "AA", "2.5.8": "AA",
  "3.1.1": "A", "3.1.2": "AA", "3.2.1": "A", "3.2.2": "A", "3.2.3": "AA", "3.2.4": "AA",
  "3.2.6": "A", "3.3.1": "A", "3.3.2": "A", "3.3.3": "AA", "3.3.4": "AA", "3.3.7": "A",
  "3.3.8": "AA", "4.1.2": "A", "4.1.3": "AA",
};
if (Object.keys(CRITERIA).length !== 55) throw new Error("the list of WCAG 2.2 A and AA criteria must have 55 entries");

const decode = (s) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The titles of a spec's tests, as regular expressions (${…} matches any text). */
const titlesCache = new Map();
function testTitles(spec) {
  if (titlesCache.has(spec)) return titlesCache.get(spec);
  const text = read(spec);
  const out = [];
  for (const m of text.matchAll(/\btest\(\s*(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`)/g)) {
    const raw = (m[1] ?? m[2] ?? m[3]).replace(/\\(["'`\\])/g, "$1");
    const parts = raw.split(/\$\{[^}]*\}/).map(escapeRegExp);
    out.push(new RegExp(`^${parts.join(".+")}$`));
  }
  titlesCache.set(spec, out);
  return out;
}

/** Every problem with the statement's text (and index.html's), as sentences. */
function problems(html, indexHtml) {
  const out = [];
  // A plain, accessible, Dutch page marked as a draft.
  if (!/^<!DOCTYPE html>\s*<html lang="nl">/i.test(html)) out.push('the page must start with <!DOCTYPE html> and <html lang="nl">');
  if (/<script\b/i.test(html)) out.push("the page must have no scripts");
  if (/<style\b|\sstyle="/i.test(html)) out.push("the page must have no inline styles (a strict style-src may be sent)");
  const headings = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  if (headings.filter((h) => h === 1).length !== 1 || headings[0] !== 1) out.push("the page must have exactly one h1, first");
  headings.forEach((h, i) => {
    if (i > 0 && h > headings[i - 1] + 1) out.push(`heading ${i + 1} (h${h}) skips a level after h${headings[i - 1]}`);
  });
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
  const h1 = html.match(/<h1\b[^>]*>([^<]*)<\/h1>/)?.[1] ?? "";
  if (!/concept/i.test(title) || !/concept/i.test(h1)) out.push("the title and the h1 must say it is a draft (concept)");
  if (!html.includes("7 december 2026")) out.push("the page must carry its date, 7 december 2026");
  if (!/<h2\b[^>]*>Status: [A-E] – /.test(html)) out.push("the page must state its status (A to E) in a heading");
  if (!/class="invullen"/.test(html)) out.push("the contact details must be marked as placeholders for the gemeente");

  // Every WCAG 2.2 A and AA criterion, once, with its level; nothing else.
  const listed = new Map();
  for (const m of html.matchAll(/<dt id="sc-(\d+)-(\d+)-(\d+)">([^<]*)<\/dt>/g)) {
    const sc = `${m[1]}.${m[2]}.${m[3]}`;
    if (listed.has(sc)) out.push(`${sc} is listed twice`);
    listed.set(sc, m[4]);
  }
  for (const [sc, level] of Object.entries(CRITERIA)) {
    const dt = listed.get(sc);
    if (dt === undefined) out.push(`WCAG 2.2 ${sc} (${level}) is missing`);
    else if (!dt.startsWith(`${sc} `) || !dt.endsWith(`(${level})`)) out.push(`${sc}: its entry must start with "${sc} " and end with "(${level})", not "${dt}"`);
  }
  for (const sc of listed.keys()) {
    if (!(sc in CRITERIA)) out.push(`${sc} is not a WCAG 2.2 A or AA success criterion`);
  }

  // Only files that exist, only tests that exist.
  for (const m of html.matchAll(/<code>((?:tests|scripts|src|style|public)\/[^<\s]+)<\/code>/g)) {
    if (!existsSync(new URL(m[1], root))) out.push(`cites ${m[1]}, which does not exist`);
  }
  for (const block of html.split(/<\/(?:dd|li|p)>/)) {
    let spec = null;
    for (const m of block.matchAll(/<code>(tests\/e2e\/[^<]+\.spec\.mjs)<\/code>|<q lang="en">([^<]+)<\/q>/g)) {
      if (m[1]) {
        spec = m[1];
        continue;
      }
      const cited = decode(m[2]);
      if (!spec) out.push(`the test "${cited}" is cited without its spec file before it`);
      else if (existsSync(new URL(spec, root)) && !testTitles(spec).some((re) => re.test(cited))) {
        out.push(`${spec} has no test "${cited}"`);
      }
    }
  }

  // The build copies the page and its stylesheet (trunk's copy-file).
  for (const file of [STATEMENT, STYLESHEET]) {
    if (!indexHtml.includes(`<link data-trunk rel="copy-file" href="${file}">`)) out.push(`index.html does not copy ${file} into the build`);
  }
  const css = html.match(/<link rel="stylesheet" href="([^"]+)">/)?.[1];
  if (css !== STYLESHEET.replace("public/", "")) out.push(`the page must link its stylesheet ${STYLESHEET.replace("public/", "")}`);
  return out;
}

const html = read(STATEMENT);
const indexHtml = read("index.html");
const found = problems(html, indexHtml);
if (found.length) {
  console.error(`check-accessibility-statement: ${STATEMENT}:\n  ${found.join("\n  ")}`);
  process.exit(1);
}

// The check must refuse broken statements: each copy breaks one rule.
const broken = {
  "a criterion left out (2.5.8)": [html.replace(/<dt id="sc-2-5-8">[^<]*<\/dt>/, ""), indexHtml],
  "a wrong level (1.4.3 as A)": [html.replace("1.4.3 Contrast (minimum) (AA)", "1.4.3 Contrast (minimum) (A)"), indexHtml],
  "the obsolete 4.1.1 listed": [html.replace("<dt id=\"sc-4-1-2\">", '<dt id="sc-4-1-1">4.1.1 Parsing (A)</dt><dd>x</dd><dt id="sc-4-1-2">'), indexHtml],
  "a spec file that does not exist": [html.replace("tests/e2e/kiosk.spec.mjs", "tests/e2e/kiosks.spec.mjs"), indexHtml],
  "a test that does not exist": [html.replace("a whole journey by keyboard alone", "a whole journey by voice alone"), indexHtml],
  "a test cited from the wrong spec": [html.replace("<code>tests/e2e/journeys.spec.mjs</code>: <q", "<code>tests/e2e/search.spec.mjs</code>: <q"), indexHtml],
  "a second h1": [html.replace("<h2 id=\"melden\">", '<h1>x</h1><h2 id="melden">'), indexHtml],
  "a skipped heading level": [html.replace('<h3 id="richtlijn-1-1">', '<h4 id="richtlijn-1-1">'), indexHtml],
  "a script": [html.replace("</main>", "<script>1</script></main>"), indexHtml],
  "not marked as a draft": [html.replace(/<h1>[^<]*<\/h1>/, "<h1>Toegankelijkheidsverklaring Routekaart</h1>"), indexHtml],
  "not copied by the build": [html, indexHtml.replace(/ *<link data-trunk rel="copy-file" href="public\/toegankelijkheidsverklaring\.html">\n/, "")],
};
const missed = [];
for (const [what, [h, i]] of Object.entries(broken)) {
  if (h === html && i === indexHtml) missed.push(`${what} (the broken copy is the same as the file: update this test)`);
  else if (problems(h, i).length === 0) missed.push(what);
}
if (missed.length) {
  console.error(`check-accessibility-statement: the check accepts broken statements:\n  ${missed.join("\n  ")}`);
  process.exit(1);
}
const cited = [...html.matchAll(/<q lang="en">/g)].length;
console.log(
  `check-accessibility-statement: ${STATEMENT} names all ${Object.keys(CRITERIA).length} WCAG 2.2 A and AA criteria; ` +
    `${cited} cited tests exist; copied by the build; ${Object.keys(broken).length} broken copies refused`,
);
