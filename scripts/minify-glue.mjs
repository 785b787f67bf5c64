// Trunk post-build hook, release builds only: minifies the JS glue that
// wasm-bindgen writes (trunk's own minifier leaves it alone) with terser,
// and updates its Subresource Integrity hash in index.html to match.
// 47 KB → 21 KB raw, 7.0 → 5.2 KB brotli: about 9 ms less on a slow line.
// Before that it drops what the wasm no longer uses (trimGlue below) and
// gives the wasm's imports short names (shortImports below).
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
const wasmBefore = readFileSync(wasmFile);
const trimmed = trimGlue(before.toString("utf8"), new WebAssembly.Module(wasmBefore));
const short = shortImports(wasmBefore, trimmed);
const out = await minify(short.js, { module: true, compress: true, mangle: true });
const after = Buffer.from(out.code, "utf8");
writeFileSync(file, after);
writeFileSync(wasmFile, short.wasm);

// Trunk writes every build's page as index.html (the kiosk build's is
// renamed kiosk.html by scripts/build-release.sh).
const page = "index.html";
const htmlPath = join(dir, page);
let html = readFileSync(htmlPath, "utf8");
for (const [name, old, now] of [
  [glue[0], before, after],
  [wasmFile, wasmBefore, short.wasm],
]) {
  if (html.includes(sri(old))) {
    html = html.replaceAll(sri(old), sri(now));
  } else if (html.includes("integrity=")) {
    // Trunk hashes every asset it links; a hash we cannot find would leave
    // a stale one behind, and the browser would refuse the file.
    fail(`the integrity hash of ${name} is not in ${page}`);
  }
}
writeFileSync(htmlPath, html);
console.log(`minify-glue: ${glue[0]} ${before.length} → ${after.length} bytes, wasm ${wasmBefore.length} → ${short.wasm.length}`);

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

// wasm-bindgen names each import after its JS function and a 16-digit hash
// (`__wbg_createElement_de4a31ed2fb252be`): 164 names, 5.4 KB, written in
// the wasm's import section and again as keys of the glue's imports object,
// and the hashes do not compress. They get short names instead (a, b, …,
// aa, …), in both places: the wasm's import section is rewritten (every
// other byte stays as it is) and so are the object's keys. Any import left
// without its function in the glue stops the build.
function shortImports(wasmBytes, js) {
  const bytes = new Uint8Array(wasmBytes);
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  };
  const writeLeb = (n) => {
    const out = [];
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
    return out;
  };
  const text = (n) => Buffer.from(bytes.subarray(at, (at += n))).toString("utf8");
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const shortName = (n) => {
    let name = letters[n % letters.length];
    for (n = Math.floor(n / letters.length); n > 0; n = Math.floor(n / letters.length)) name += letters[n % letters.length];
    return name;
  };
  const renamed = new Map();
  while (at < bytes.length) {
    const header = at;
    const id = bytes[at++];
    const size = leb();
    const start = at;
    if (id !== 2) {
      at = start + size;
      continue;
    }
    // The import section: module, name, kind and its description.
    const out = [];
    const count = leb();
    out.push(...writeLeb(count));
    for (let i = 0; i < count; i++) {
      const module = text(leb());
      const name = text(leb());
      const descStart = at;
      const kind = bytes[at++];
      if (kind !== 0) fail(`import ${module}.${name} is not a function; shortImports reads functions only`);
      leb(); // its type
      const own = module.startsWith("./routekaart");
      const now = own ? shortName(renamed.size) : name;
      if (own) renamed.set(name, now);
      for (const part of [module, now]) {
        const b = Buffer.from(part, "utf8");
        out.push(...writeLeb(b.length), ...b);
      }
      out.push(...bytes.subarray(descStart, at));
    }
    if (at !== start + size) fail("the import section did not read to its end");
    const section = Uint8Array.from([2, ...writeLeb(out.length), ...out]);
    const wasm = Buffer.concat([bytes.subarray(0, header), section, bytes.subarray(at)]);
    // The keys of the imports object (8 spaces in, as trimGlue reads them).
    let keys = 0;
    const renamedJs = js.replace(/^( {8})(\w+)(: )/gm, (whole, indent, key, colon) => {
      if (!renamed.has(key)) return whole;
      keys++;
      return indent + renamed.get(key) + colon;
    });
    if (keys !== renamed.size) fail(`the glue has ${keys} of the wasm's ${renamed.size} imports`);
    new WebAssembly.Module(wasm); // still a valid module
    return { wasm, js: renamedJs };
  }
  return { wasm: Buffer.from(wasmBytes), js };
}
