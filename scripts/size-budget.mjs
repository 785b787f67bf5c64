// Size budget (deterministic, part of the test command): the brotli total of
// what a first visit downloads — HTML, boot script, JS glue, wasm, CSS, the
// index, one gemeente's catalogue (the largest) and the national one — must
// stay under BUDGET. Lower the budget when the app gets smaller; never raise
// it without saying why in the commit.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliSize } from "./size-report.mjs";

// The customer's limit. How each feature paid for its bytes, with the
// builds that measured it, is in the commit messages that changed this file
// or the size report (`git log -p scripts/size-budget.mjs`).
const BUDGET_KB = 192;
const dist = process.argv[2] || "dist";
// The files index.html loads (the kiosk's own page and wasm are not a
// resident's first visit), plus index.html itself.
const html = readFileSync(join(dist, "index.html"), "utf8");
// sw.js is named by the inline boot script but fetched only after the page
// has loaded, when the browser registers the service worker.
const top = ["index.html", ...readdirSync(dist).filter((f) => /\.(js|wasm|css)$/.test(f) && f !== "sw.js" && html.includes(f))];
// Catalogues only: a gemeente's acceptance tests (*.scenarios.json) are never fetched by a resident.
const cat = readdirSync(join(dist, "catalogus")).filter((f) => f.endsWith(".json") && !f.endsWith(".scenarios.json"));
const gemeenten = cat.filter((f) => !["index.json", "landelijk.json"].includes(f));
const size = (p) => brotliSize(readFileSync(p));
const largest = Math.max(...gemeenten.map((f) => size(join(dist, "catalogus", f))));
// The resident's page carries the list of gemeenten inline (catalogue
// prerender): it then fetches no index.json.
const indexInline = html.includes('id="rk-index"');
let total = largest + (indexInline ? 0 : size(join(dist, "catalogus", "index.json"))) + size(join(dist, "catalogus", "landelijk.json"));
for (const f of top) total += size(join(dist, f));
const kb = total / 1024;
console.log(`first visit (brotli): ${kb.toFixed(1)} KB (${total} bytes), budget ${BUDGET_KB} KB`);
if (kb > BUDGET_KB) {
  console.error(`over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
