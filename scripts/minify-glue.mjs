// Trunk post-build hook, release builds only: minifies the JS glue that
// wasm-bindgen writes (trunk's own minifier leaves it alone) with terser,
// and updates its Subresource Integrity hash in index.html to match.
// 47 KB → 21 KB raw, 7.0 → 5.2 KB brotli: about 9 ms less on a slow line.
// Before that it drops what the wasm no longer uses (trimGlue below).
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== "release") process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const glue = readdirSync(dir).filter((f) => /^routekaart-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one JS glue file in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const file = join(dir, glue[0]);
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
const before = readFileSync(file);
const wasmFile = join(dir, glue[0].replace(/\.js$/, "_bg.wasm"));
const wasm = new WebAssembly.Module(readFileSync(wasmFile));
const trimmed = trimGlue(before.toString("utf8"), wasm);
const out = await minify(trimmed, { module: true, compress: true, mangle: true });
const after = Buffer.from(out.code, "utf8");
writeFileSync(file, after);

// Trunk writes every build's page as index.html (the kiosk build's is
// renamed kiosk.html by scripts/build-release.sh).
const page = "index.html";
const htmlPath = join(dir, page);
const html = readFileSync(htmlPath, "utf8");
if (html.includes(sri(before))) {
  writeFileSync(htmlPath, html.replaceAll(sri(before), sri(after)));
} else if (html.includes("integrity=")) {
  // Trunk hashes every asset it links; a glue hash we cannot find would
  // leave a stale one behind, and the browser would refuse the file.
  console.error(`minify-glue: the integrity hash of ${glue[0]} is not in ${page}`);
  process.exit(1);
}
console.log(`minify-glue: ${glue[0]} ${before.length} → ${after.length} bytes`);

// wasm-streams, which leptos' server functions bring in (this app calls no
// server), exports three classes to JS. Every export survives wasm-bindgen
// and wasm-opt's dead-code removal, so each page carried them unused:
// about 1 KB brotli of wasm and 0.6 KB of glue. The pages' wasm-opt drops
// those exports (`--remove-exports` in index.html) and with them the code;
// here the glue loses the classes that call them and every import function
// the wasm no longer imports. Anything the remaining glue calls in the wasm
// must still be there, or the build stops.
function trimGlue(js, module) {
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const imported = new Set(WebAssembly.Module.imports(module).map((e) => e.name));
  const calls = (text) => [...text.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]);
  const lines = js.split("\n");
  const out = [];
  const dropped = new Set();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // An exported class: `export class Name {` up to the `}` that closes it
    // at the start of a line.
    const cls = line.match(/^export class (\w+) \{$/);
    if (cls) {
      const end = lines.indexOf("}", i);
      const body = lines.slice(i, end + 1).join("\n");
      if (end > i && calls(body).some((name) => !exported.has(name))) {
        dropped.add(cls[1]);
        i = end;
        continue;
      }
    }
    // An entry of the imports object: `        name: function(...) {` up to
    // the next entry or the object's end.
    const entry = line.match(/^ {8}(__wbg\w+|__wbindgen\w+): /);
    if (entry && !imported.has(entry[1])) {
      while (i + 1 < lines.length && !/^ {8}\w+: |^ {4}\};/.test(lines[i + 1])) i++;
      continue;
    }
    out.push(line);
  }
  // What referred to a dropped class: its `Symbol.dispose` line and its
  // FinalizationRegistry (a statement of three lines).
  let text = out.join("\n");
  for (const name of dropped) {
    text = text.replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\n`, "m"), "");
    text = text.replace(new RegExp(`^const ${name}Finalization = [^;]*;\n`, "m"), "");
    if (new RegExp(`\\b${name}\\b`).test(text)) fail(`the glue still names ${name}, which was dropped`);
  }
  const missing = [...new Set(calls(text))].filter((name) => !exported.has(name));
  if (missing.length) fail(`the glue calls ${missing.join(", ")}, which the wasm does not export`);
  return text;
}

function fail(message) {
  console.error(`minify-glue: ${message}`);
  process.exit(1);
}
