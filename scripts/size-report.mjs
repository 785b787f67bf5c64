// Prints the brotli-compressed size (quality 11, as a static server would
// precompress) of every file in a build directory, and their total.
// Usage: node scripts/size-report.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export function brotliSize(buf) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

export function gzipSize(buf) {
  return gzipSync(buf, { level: 9 }).length;
}

/// Every file of a build, without the .br and .gz copies the release build
/// writes beside them (scripts/precompress.mjs): the report measures those itself.
export function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (!/\.(br|gz)$/.test(name)) out.push(path);
  }
  return out.sort();
}

export function sizeReport(dir) {
  return listFiles(dir).map((path) => {
    const buf = readFileSync(path);
    return { file: relative(dir, path), raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const rows = sizeReport(dir);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log(`${"file".padEnd(48)} ${"raw".padStart(11)} ${"gzip".padStart(11)} ${"brotli".padStart(11)}`);
    for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
    const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
    console.log(`${"TOTAL (all files)".padEnd(48)} ${kb(sum("raw"))} ${kb(sum("gzip"))} ${kb(sum("brotli"))}`);
  }
}
