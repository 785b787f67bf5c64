// Trunk post-build hook: writes widget.js, the one module script a municipal
// page includes. It finds the widget build's hashed file names in its built
// page, so the widget always loads the matching build, relative to its
// own URL (never the host page's).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
// Only the widget's own build (widget.html, feature `widget`, see
// scripts/build-release.sh) makes widget.js; the pages' builds do not.
if ((process.env.TRUNK_HTML_FILE || "widget.html").split(/[\\/]/).pop() !== "widget.html") process.exit(0);
const html = readFileSync(join(dir, "index.html"), "utf8");
const js = html.match(/from '\.\/(routekaart-[0-9a-f]+\.js)'/)?.[1];
const wasm = html.match(/module_or_path: '\.\/(routekaart-[0-9a-f]+_bg\.wasm)'/)?.[1];
// Release builds are minified: attribute quotes and order may vary.
const css = [...html.matchAll(/href="?\.\/([^"\s>]+\.css)/g)].map((m) => m[1]);
if (!js || !wasm || css.length === 0) {
  console.error(`make-widget: could not find the app's files in ${dir}/index.html`);
  process.exit(1);
}
const widget = `// Routekaart widget. Include once:
//   <div data-routekaart data-gemeente="heusden"></div>
//   <script type="module" src="…/widget.js"></script>
// Generated at build time by scripts/make-widget.mjs.
const base = new URL("./", import.meta.url);
// Each file's Subresource Integrity hash, written in by scripts/integrity.mjs
// after the release build: a file that does not match is never run.
const INTEGRITY = {};
const get = (f) => fetch(new URL(f, base), { integrity: INTEGRITY[f] || "" });
const FAILED = "Routekaart kan niet starten. Laad de pagina opnieuw.";
const all = [...document.querySelectorAll("[data-routekaart]")].filter((el) => !el.dataset.routekaartKlaar);
all.forEach((el) => (el.dataset.routekaartKlaar = ""));
// data-insluiten="iframe": the app as its own page in a frame, for gemeenten
// that want it fully apart from their site; its height follows the page
// (boot.js in the frame posts it). Only the frame's own messages count.
for (const el of all.filter((el) => el.dataset.insluiten === "iframe")) {
  const settings = new URLSearchParams();
  for (const key of ["gemeente", "taal"]) if (el.dataset[key]) settings.set(key, el.dataset[key]);
  const frame = document.createElement("iframe");
  frame.src = new URL("index.html#" + settings.toString(), base).href;
  frame.title = "Routekaart: vind hulp die bij u past";
  frame.style.cssText = "border:0;width:100%;height:40rem;display:block";
  addEventListener("message", (e) => {
    const h = e.source === frame.contentWindow && e.origin === base.origin && e.data?.routekaartHoogte;
    if (Number.isFinite(h) && h > 0) frame.style.height = Math.min(h, 20000) + "px";
  });
  el.replaceChildren(frame);
}
const hosts = all.filter((el) => el.dataset.insluiten !== "iframe");
if (hosts.length > 0) try {
  // import() takes no integrity: the glue is fetched with it first (a
  // changed file stops here), then imported from the HTTP cache.
  const [glue, css] = await Promise.all([
    get(${JSON.stringify(js)}).then((r) => r.text()).then(() => import(new URL(${JSON.stringify(js)}, base).href)),
    Promise.all(${JSON.stringify(css)}.map((f) => get(f).then((r) => r.text()))).then((t) => t.join("\\n")),
  ]);
  // The wasm's start function mounts the standalone page; on a host page it
  // must not touch an element that happens to be called #rk-app.
  globalThis.__routekaartWidget = true;
  // The widget's sizes come from --rk-rem, 1em on its shadow host: computed
  // there as a length, so the host page's root font size does not leak in.
  try { CSS.registerProperty({ name: "--rk-rem", syntax: "<length>", inherits: true, initialValue: "16px" }); } catch (e) { /* registered by an earlier widget.js */ }
  await glue.default({ module_or_path: get(${JSON.stringify(wasm)}) });
  for (const el of hosts) glue.mount_widget(el, base.href, css);
} catch (err) {
  for (const el of hosts) {
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = FAILED;
    el.replaceChildren(p);
  }
  console.error("Routekaart widget:", err);
}
`;
writeFileSync(join(dir, "widget.js"), widget);
console.log(`make-widget: widget.js → ${js}, ${wasm}, ${css.join(", ")}`);
