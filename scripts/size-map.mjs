// A size map of a wasm file with a name section (a build before wasm-opt's
// --strip-debug): the bytes of every function body, summed per crate and per
// function. twiggy 0.7 cannot read Leptos' long names; this needs no tool.
// Usage: node scripts/size-map.mjs FILE.wasm [N] [FILTER]
import { readFileSync } from "node:fs";

const [file, topN = "40", filter = ""] = process.argv.slice(2);
const buf = readFileSync(file);
let pos = 8;
const leb = () => {
  let result = 0, shift = 0, byte;
  do { byte = buf[pos++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return result;
};
let imports = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 2; k++) { const l = leb(); pos += l; }
      const kind = buf[pos++];
      if (kind === 0) { imports++; leb(); }
      else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const s = leb(); bodies.push(s); pos += s; }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const l = leb();
    const name = buf.toString("utf8", pos, pos + l);
    pos += l;
    if (name === "name") {
      while (pos < end) {
        const sub = buf[pos++];
        const ssize = leb();
        const send = pos + ssize;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i++) { const idx = leb(); const nl = leb(); names.set(idx, buf.toString("utf8", pos, pos + nl)); pos += nl; }
        }
        pos = send;
      }
    }
  }
  pos = end;
}
const demangle = (s) => {
  const m = /^_ZN(.*)E$/.exec(s);
  if (!m) return s;
  const parts = [];
  let r = m[1];
  while (r.length) { const d = /^(\d+)/.exec(r); if (!d) break; const n = Number(d[1]); parts.push(r.slice(d[1].length, d[1].length + n)); r = r.slice(d[1].length + n); }
  return parts.filter((p) => !/^h[0-9a-f]{16}$/.test(p)).join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$RF\$/g, "&").replace(/\$C\$/g, ",").replace(/\.\./g, "::").replace(/\$u7b\$/g, "{").replace(/\$u7d\$/g, "}");
};
const crateOf = (n) => {
  const s = n.replace(/^<+/, "");
  const m = /^([a-z_][a-z0-9_]*)::/.exec(s);
  return m ? m[1] : "(other)";
};
const total = bodies.reduce((a, b) => a + b, 0);
const perCrate = new Map();
const perFn = [];
bodies.forEach((size, i) => {
  const n = demangle(names.get(i + imports) ?? `func${i + imports}`);
  perFn.push([size, n]);
  const c = crateOf(n);
  perCrate.set(c, (perCrate.get(c) ?? 0) + size);
});
console.log(`code ${(total / 1024).toFixed(1)} KB in ${bodies.length} functions; data ${(dataBytes / 1024).toFixed(1)} KB`);
console.log("per crate (by the function's outermost path; raw bytes):");
for (const [c, s] of [...perCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(s / 1024).toFixed(1).padStart(7)} KB  ${c}`);
console.log(`largest functions${filter ? ` matching ${filter}` : ""}:`);
for (const [s, n] of perFn.filter(([, n]) => n.includes(filter)).sort((a, b) => b[0] - a[0]).slice(0, Number(topN))) console.log(`  ${String(s).padStart(7)}  ${n.slice(0, 160)}`);
