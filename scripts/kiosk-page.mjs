// Writes a page of its own (not in git) from index.html before its build, so
// the pages cannot drift apart: the same head and body, with one cargo
// feature switched on and the demo files, the accessibility statement and the
// catalogues left to index.html's build. Usage: node scripts/kiosk-page.mjs [kiosk|search|studio|widget]
//   kiosk  -> kiosk.html (the library kiosk, which includes "Alle hulp")
//   search -> alle-hulp.html ("Alle hulp", linked from the resident's page)
//   studio -> beheer.html (the maintainer studio: the full check in the browser)
//   widget -> widget.html (never served: its wasm is the one widget.js loads)
import { readFileSync, writeFileSync } from "node:fs";

// `styles`: the page's own stylesheets after main.css (style/<name>.css),
// which the resident's page and the widget do not carry.
const PAGES = {
  kiosk: { file: "kiosk.html", title: "Routekaart – kiosk", styles: ["kiosk", "search"] },
  search: { file: "alle-hulp.html", title: "Routekaart – alle hulp", styles: ["search"] },
  studio: { file: "beheer.html", title: "Routekaart – beheer", styles: ["studio"] },
  // Never served: built only for its wasm, which widget.js loads.
  widget: { file: "widget.html", title: "Routekaart – widget", styles: [] },
};
const feature = process.argv[2] ?? "kiosk";
const page = PAGES[feature];
if (!page) {
  console.error(`kiosk-page: unknown page ${feature}; use kiosk, search, studio or widget`);
  process.exit(1);
}
let html = readFileSync("index.html", "utf8");
const edits = [
  [/<title>Routekaart<\/title>/, `<title>${page.title}</title>`],
  [/data-cargo-no-default-features /, `data-cargo-no-default-features data-cargo-features="${feature}" `],
  [/ *<link data-trunk rel="copy-file" href="public\/demo-[^"]*">\n/g, ""],
  [/ *<!-- The draft accessibility statement[^\n]*\n(?: *<link data-trunk rel="copy-file" href="public\/toegankelijkheidsverklaring\.[a-z]+">\n)+/, ""],
  [/ *<link data-trunk rel="copy-dir" href="public\/catalogus">\n/, ""],
  [/ *<link data-trunk rel="copy-dir" href="public\/taal">\n/, ""],
  [
    /( *)(<link data-trunk rel="css" href="style\/main\.css">\n)/,
    (_, indent, main) => indent + main + page.styles.map((name) => `${indent}<link data-trunk rel="css" href="style/${name}.css">\n`).join(""),
  ],
];
for (const [pattern, replacement] of edits) {
  if (!pattern.test(html)) {
    console.error(`kiosk-page: index.html no longer matches ${pattern}`);
    process.exit(1);
  }
  pattern.lastIndex = 0;
  html = html.replace(pattern, replacement);
}
// The note goes after the doctype: nothing may precede it.
html = html.replace(/^(<!DOCTYPE html>\n)/i, "$1<!-- Generated from index.html by scripts/kiosk-page.mjs: edit index.html. -->\n");
writeFileSync(page.file, html);
