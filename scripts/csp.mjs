// Post-build step (scripts/build-release.sh): gives each built page a strict
// Content-Security-Policy. Trunk writes one inline module script (the loader
// that starts the wasm); the policy allows exactly that script by its
// SHA-256 hash, the app's own files, and WebAssembly compilation — no
// 'unsafe-inline', no other origin. Usage: node scripts/csp.mjs PAGE.html...
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";

for (const file of process.argv.slice(2)) {
  let html = readFileSync(file, "utf8");
  // Data blocks (the list of gemeenten, the loading messages) never run.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) {
    console.error(`csp: no inline script in ${file}: has trunk's loader changed?`);
    process.exit(1);
  }
  const hash = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
  const hashes = inline.map(hash);
  // The resident's page carries its stylesheets inline (inline-critical.mjs).
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(" ")} 'wasm-unsafe-eval'`,
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, "");
  // Right after the charset, before any script or stylesheet.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) {
    console.error(`csp: no <meta charset> in ${file}`);
    process.exit(1);
  }
  html = html.replace(charset[0], charset[0] + meta);
  writeFileSync(file, html);
  console.log(`csp: ${file}: ${inline.length} inline script(s) allowed by hash`);
}
