// Writes kiosk.html (not in git) from index.html before the kiosk build, so
// the two pages cannot drift apart: the same head and body, with the kiosk
// feature switched on and the demo files and catalogues left to index.html's
// build. Usage: node scripts/kiosk-page.mjs
import { readFileSync, writeFileSync } from "node:fs";

let html = readFileSync("index.html", "utf8");
const edits = [
  [/<title>Routekaart<\/title>/, "<title>Routekaart – kiosk</title>"],
  [/data-cargo-no-default-features /, 'data-cargo-no-default-features data-cargo-features="kiosk" '],
  [/ *<link data-trunk rel="copy-file" href="public\/demo-[^"]*">\n/g, ""],
  [/ *<link data-trunk rel="copy-dir" href="public\/catalogus">\n/, ""],
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
writeFileSync("kiosk.html", html);
