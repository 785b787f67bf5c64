// Last step of the release build (scripts/build-release.sh): writes FILE.br
// (brotli, quality 11) and FILE.gz (gzip, level 9) beside every text file and
// wasm in a build, so a web server sends them as they are instead of
// compressing on every request: nginx's brotli_static and gzip_static
// (scripts/hosting/nginx-server.conf), Caddy's `precompressed`, Apache with
// rewrite rules. A compressed copy gets its file's modification time; one
// whose time differs from its file's (a catalogue replaced in dist/ by
// hand) is written again, and one whose file is gone is deleted.
// Usage: node scripts/precompress.mjs DIR | FILE...
import { readdirSync, readFileSync, writeFileSync, statSync, utimesSync, existsSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export const COMPRESSED = /\.(html|js|mjs|css|json|wasm|ftl|txt|svg)$/;

function filesIn(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesIn(path));
    else out.push(path);
  }
  return out;
}

/// Writes the .br and .gz of one file unless they are there with its time;
/// returns how many copies it wrote.
export function precompress(file) {
  const { mtime, atime, mtimeMs } = statSync(file);
  let written = 0;
  for (const [ext, compress] of [
    [".br", (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } })],
    [".gz", (buf) => gzipSync(buf, { level: 9 })],
  ]) {
    const out = file + ext;
    // Within a millisecond: utimes stores the time as a float of seconds.
    if (existsSync(out) && Math.abs(statSync(out).mtimeMs - mtimeMs) < 1) continue;
    writeFileSync(out, compress(readFileSync(file)));
    utimesSync(out, atime, mtime);
    written++;
  }
  return written;
}

/// Every compressible file below DIR; stale copies of deleted files go.
export function precompressDir(dir) {
  let written = 0;
  let files = 0;
  for (const path of filesIn(dir)) {
    const source = path.replace(/\.(br|gz)$/, "");
    if (source !== path) {
      if (!existsSync(source)) unlinkSync(path);
      continue;
    }
    if (!COMPRESSED.test(path)) continue;
    files++;
    written += precompress(path);
  }
  return { files, written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error("usage: node scripts/precompress.mjs DIR | FILE...");
    process.exit(2);
  }
  if (args.length === 1 && statSync(args[0]).isDirectory()) {
    const { files, written } = precompressDir(args[0]);
    console.log(`precompress: ${args[0]}: ${files} files, ${written} .br/.gz written`);
  } else {
    for (const file of args) precompress(file);
  }
}
