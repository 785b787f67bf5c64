// Post-build step (scripts/build-release.sh, before csp.mjs): every file a
// page or the widget runs is checked against its Subresource Integrity hash,
// so a changed wasm or JS file on a server, a proxy or in a cache is refused
// instead of run.
// - Trunk's loader fetches the wasm by its address, and Chromium ignores the
//   integrity of the `preload as=fetch` link: the loader now fetches it with
//   `fetch(url, { integrity })` (wasm-bindgen's init takes a Response).
// - The JS glue is imported by the loader: an import map's `integrity` entry
//   (Chromium 127 and later) makes the import check it; the modulepreload
//   link checks it too.
// - widget.js gets the hashes of the files it loads (its INTEGRITY table),
//   and so does the service worker (sw.js), which checks what it keeps.
// Hashes are computed here from the final files (after minifying).
// Runs before sw.js is minified. Usage: node scripts/integrity.mjs DIST PAGE.html...
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const [dist, ...pages] = process.argv.slice(2);
const sri = (file) => "sha384-" + createHash("sha384").update(readFileSync(join(dist, file))).digest("base64");
const fail = (message) => {
  console.error(`integrity: ${message}`);
  process.exit(1);
};

for (const page of pages) {
  const path = join(dist, page);
  let html = readFileSync(path, "utf8");
  const js = html.match(/import init, \* as bindings from '\.\/(routekaart-[0-9a-f]+\.js)'/)?.[1];
  const wasm = html.match(/module_or_path: '\.\/(routekaart-[0-9a-f]+_bg\.wasm)'/)?.[1];
  if (!js || !wasm) fail(`${page}: trunk's loader not found: has it changed?`);
  html = html.replace(`module_or_path: './${wasm}'`, `module_or_path: fetch('./${wasm}', { integrity: '${sri(wasm)}' })`);
  // Trunk's own hashes stay where they are; they must agree with the files.
  for (const [, file, hash] of html.matchAll(/href=["']?\.\/([^\s>"']+)["']? integrity=["']?(sha384-[A-Za-z0-9+/=]+)/g)) {
    if (sri(file) !== hash) fail(`${page}: the integrity of ${file} does not match the file`);
  }
  const map = `<script type=importmap>${JSON.stringify({ integrity: { [`./${js}`]: sri(js) } })}</script>`;
  // Before any module is loaded (the modulepreload link included).
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) fail(`${page}: no <meta charset>`);
  html = html.replace(charset[0], charset[0] + map);
  writeFileSync(path, html);
  console.log(`integrity: ${page}: ${js}, ${wasm}`);
}

// The service worker checks every hashed file it keeps or serves.
const swPath = join(dist, "sw.js");
let sw = readFileSync(swPath, "utf8");
if (!sw.includes("var INTEGRITY = {};")) fail("sw.js has no INTEGRITY table: has public/sw.js changed?");
const hashed = readdirSync(dist).filter((f) => /^(routekaart|main|tokens)-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(f)).sort();
sw = sw.replace("var INTEGRITY = {};", `var INTEGRITY = ${JSON.stringify(Object.fromEntries(hashed.map((f) => [f, sri(f)])))};`);
writeFileSync(swPath, sw);
console.log(`integrity: sw.js: ${hashed.length} hashed files`);

const widgetPath = join(dist, "widget.js");
let widget = readFileSync(widgetPath, "utf8");
if (!widget.includes("const INTEGRITY = {};")) fail("widget.js has no INTEGRITY table: has scripts/make-widget.mjs changed?");
const files = [...new Set([...widget.matchAll(/"((?:routekaart|main|tokens)-[0-9a-f]+(?:_bg)?\.(?:js|wasm|css))"/g)].map((m) => m[1]))];
if (files.length < 3) fail(`widget.js names ${files.length} files, expected its glue, wasm and stylesheets`);
widget = widget.replace("const INTEGRITY = {};", `const INTEGRITY = ${JSON.stringify(Object.fromEntries(files.map((f) => [f, sri(f)])))};`);
writeFileSync(widgetPath, widget);
console.log(`integrity: widget.js: ${files.join(", ")}`);
