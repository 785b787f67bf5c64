// The browser half of scripts/bench.sh: what residents feel, measured in
// headless Chromium with Lighthouse's mobile throttling (4x CPU slowdown,
// 150 ms round trip, 1.6 Mbit/s down), served compressed from 127.0.0.1.
// Usage: node scripts/bench.mjs APP_DIST HELLO_DIST ENGINE_DIR
//        node scripts/bench.mjs --engine-only ENGINE_DIR   (the engine alone)
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { brotliSize, gzipSize } from "./size-report.mjs";

const engineOnly = process.argv[2] === "--engine-only";
const [appDir, helloDir, engineDir] = engineOnly ? [null, null, process.argv[3]] : process.argv.slice(2);
const LOADS = Number(process.env.BENCH_LOADS || 7);
const DOWN = 1.6e6 / 8; // bytes per second
const RTT = 150; // ms
const CPU = 4;
const GEMEENTE = "heusden";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * p) - 1)];
const spread = (xs) => `median ${median(xs).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)} (n=${xs.length})`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function serve(dir, port) {
  const child = spawn("node", ["tests/e2e/server.mjs", dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => child.stdout.once("data", () => resolve(child)));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
});

if (engineOnly) {
  await engineInBrowser();
  await browser.close();
  process.exit(0);
}

async function throttledPage({ cpu = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: RTT, downloadThroughput: DOWN, uploadThroughput: 750e3 / 8 });
  if (cpu) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
  const requests = [];
  page.on("requestfinished", async (req) => {
    const t = req.timing();
    const resp = await req.response();
    requests.push({ url: req.url(), start: t.startTime, end: t.startTime + t.responseEnd, encoding: (await resp?.allHeaders())?.["content-encoding"] ?? "none" });
  });
  return { context, page, requests };
}

/// Sequential request waves: a request is one wave after the latest request
/// that had finished before it started. The load's floor needs that many round trips.
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const wave = new Map();
  for (const r of sorted) {
    let w = 1;
    for (const q of sorted) if (q !== r && q.end <= r.start) w = Math.max(w, (wave.get(q) ?? 1) + 1);
    wave.set(r, w);
  }
  return Math.max(...wave.values());
}

function filesOf(requests, origin, dir) {
  return [...new Set(requests.map((r) => new URL(r.url).pathname))].map((p) => {
    const path = join(dir, p === "/" ? "index.html" : decodeURIComponent(p.slice(1)));
    const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
    return { file: p, raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  });
}

// ---- the app: cold loads to the first question ----
const app = await serve(appDir, 4301);
const hello = await serve(helloDir, 4302);
const loads = [];
const phases = { wasm: [], start: [], painted: [], toQuestion: [], own: [], inPage: [] };
let firstVisit = null;
let chain = 0;
let encodings = new Set();
for (let i = 0; i < LOADS; i++) {
  const { context, page, requests } = await throttledPage();
  // In-page timestamps: when the start page's button appears, when the click
  // arrives, when the first question's first option appears. They separate
  // the app's own time from the test driver's time to perform the click.
  await page.addInitScript(() => {
    window.__t = {};
    new MutationObserver(() => {
      const t = performance.now();
      if (!window.__t.start && [...document.querySelectorAll("button")].some((b) => b.textContent.trim() === "Start" && b.offsetParent)) window.__t.start = t;
      if (!window.__t.question && document.getElementById("rk-q-t-0")) window.__t.question = t;
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener("click", (e) => { window.__t.click ??= e.timeStamp; }, true);
  });
  await page.goto(`http://127.0.0.1:4301/#gemeente=${GEMEENTE}`, { waitUntil: "commit" });
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("#rk-q-t-0").waitFor();
  loads.push(await page.evaluate(() => performance.now()));
  const t = await page.evaluate(() => ({
    ...window.__t,
    wasm: performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"))?.responseEnd ?? 0,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
  }));
  phases.wasm.push(t.wasm);
  phases.start.push(t.start);
  // Start page painted: its Start button is in the page and something has
  // been painted (a prerendered page: its first paint; otherwise the paint
  // after the app rendered it, approximated by the moment it was inserted).
  phases.painted.push(Math.max(t.start, t.fcp));
  phases.toQuestion.push(t.question - t.click);
  phases.own.push(t.start + (t.question - t.click));
  // When the first question was in the page, by the page's own clock: the
  // click included, the driver's time to notice it (polling over CDP under
  // the CPU throttling) not.
  phases.inPage.push(t.question);
  await page.waitForTimeout(200);
  if (i === 0) {
    firstVisit = filesOf(requests, "http://127.0.0.1:4301", appDir);
    chain = waves(requests);
    requests.forEach((r) => encodings.add(r.encoding));
  }
  await context.close();
}

console.log(`\nFirst visit of the app (/#gemeente=${GEMEENTE}): every file downloaded`);
for (const f of firstVisit) console.log(`  ${f.file.padEnd(44)} raw ${kb(f.raw).padStart(9)}  gzip ${kb(f.gzip).padStart(9)}  brotli ${kb(f.brotli).padStart(9)}`);
const total = (k) => firstVisit.reduce((a, f) => a + f[k], 0);
console.log(`  ${"TOTAL".padEnd(44)} raw ${kb(total("raw")).padStart(9)}  gzip ${kb(total("gzip")).padStart(9)}  brotli ${kb(total("brotli")).padStart(9)}`);
console.log(`  (content-encoding the browser received: ${[...encodings].join(", ")})`);

// ---- hello world ----
const helloLoads = [];
let helloFiles = null;
for (let i = 0; i < LOADS; i++) {
  const { context, page, requests } = await throttledPage();
  await page.goto("http://127.0.0.1:4302/", { waitUntil: "commit" });
  await page.getByText("Hello, world!").waitFor();
  helloLoads.push(await page.evaluate(() => performance.now()));
  await page.waitForTimeout(100);
  if (i === 0) helloFiles = filesOf(requests, "http://127.0.0.1:4302", helloDir);
  await context.close();
}
const helloTotal = (k) => helloFiles.reduce((a, f) => a + f[k], 0);

const bytesSent = encodings.has("br") ? total("brotli") : total("gzip");
const floor = (bytesSent / DOWN) * 1000 + chain * RTT;
console.log(`\nLoad under throttling (${CPU}x CPU, ${RTT} ms RTT, 1.6 Mbit/s), ${LOADS} cold loads each`);
// The floor of the start page's paint: the page, its stylesheets and boot.js
// (what must arrive before it paints), in two round trips.
const paintFiles = firstVisit.filter((f) => f.file === "/" || f.file.endsWith(".css") || f.file.endsWith("/boot.js"));
const paintFloor = (paintFiles.reduce((a, f) => a + (encodings.has("br") ? f.brotli : f.gzip), 0) / DOWN) * 1000 + 2 * RTT;
const helloMedian = median(helloLoads);
const ratios = (ms, floorMs) => `${(ms / floorMs).toFixed(2)}x the floor (${floorMs.toFixed(0)} ms), ${(ms / helloMedian).toFixed(2)}x a Leptos hello world's text (${helloMedian.toFixed(0)} ms)`;
console.log(`  app: navigation → start page painted: ${spread(phases.painted)}`);
console.log(`    ${ratios(median(phases.painted), paintFloor)}`);
console.log(`  app: navigation → first question interactive (the driver clicks Start as soon as it shows): ${spread(loads)}`);
console.log(`    ${ratios(median(loads), (bytesSent / DOWN) * 1000 + chain * RTT)}`);
console.log(`    of which: wasm downloaded ${median(phases.wasm).toFixed(0)} ms, start page ready ${median(phases.start).toFixed(0)} ms, click → first question ${median(phases.toQuestion).toFixed(0)} ms (medians)`);
console.log(`    without the test driver's time to click (start page ready + click → question): ${spread(phases.own)}`);
console.log(`    the first question in the page, by the page's clock (the click included, not the driver's time to notice it): ${spread(phases.inPage)}`);
console.log(`    ${ratios(median(phases.inPage), (bytesSent / DOWN) * 1000 + chain * RTT)}`);
console.log(`  hello world: navigation → text shown: ${spread(helloLoads)}`);
console.log(`  transfer: app ${kb(total("brotli"))} brotli / hello world ${kb(helloTotal("brotli"))} brotli = ${(total("brotli") / helloTotal("brotli")).toFixed(2)}x`);
console.log(`  floor: ${kb(bytesSent)} sent ÷ 1.6 Mbit/s + ${chain} sequential round trips × ${RTT} ms = ${floor.toFixed(0)} ms; app median / floor = ${(median(loads) / floor).toFixed(2)}x (without the driver's click: ${(median(phases.own) / floor).toFixed(2)}x)`);

// ---- whole journeys: answer → next question, results, memory ----
// Several journeys (BENCH_JOURNEYS, default 4), so the p95 of the answers
// is not just the second slowest of 13.
async function journey() {
  const { context, page } = await throttledPage();
  await page.addInitScript(() => {
    window.__lat = [];
    addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
    // The time inside history.pushState (one history entry per answer).
    // With a test driver attached Chromium waits there for its DevTools
    // client: several ms under the CPU throttling, where a browser without
    // one takes about 0.1 ms (measured with --dump-dom). Reported apart.
    window.__pushState = 0;
    const pushState = history.pushState.bind(history);
    history.pushState = (...args) => {
      const t = performance.now();
      pushState(...args);
      window.__pushState += performance.now() - t;
    };
    document.addEventListener("click", (e) => {
      const b = e.target.closest && e.target.closest("button");
      if (!b || !/^(Volgende|Bekijk de hulp)$/.test(b.textContent.trim())) return;
      const t0 = e.timeStamp;
      // Input delay: from the click's timestamp to the page seeing it (the
      // browser's mouse handling, the driver's own listeners included).
      const input = performance.now() - t0;
      const push0 = window.__pushState;
      const before = document.querySelector("[data-rk-page-heading]")?.textContent;
      const mo = new MutationObserver(() => {
        const h = document.querySelector("[data-rk-page-heading]");
        if (h && h.textContent !== before) {
          mo.disconnect();
          requestAnimationFrame(() => setTimeout(() => window.__lat.push({ kind: b.textContent.trim(), ms: performance.now() - t0, input, pushState: window.__pushState - push0 }), 0));
        }
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, true);
  });
  await page.goto(`http://127.0.0.1:4301/#gemeente=${GEMEENTE}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("#rk-q-t-0").waitFor();
  await page.getByLabel("Geld", { exact: true }).check();
  await page.getByLabel("Wonen", { exact: true }).check();
  for (let i = 0; i < 20; i++) {
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.waitForFunction((n) => window.__lat.length > n, i);
    if (await page.getByRole("heading", { name: "Kloppen uw antwoorden?" }).isVisible()) break;
    const number = page.locator('input[inputmode="numeric"]');
    if (await number.count()) await number.fill("45");
    else await page.locator("form input").first().check();
  }
  await page.getByRole("button", { name: "Bekijk de hulp" }).click();
  await page.waitForFunction(() => window.__lat.some((l) => l.kind === "Bekijk de hulp"));
  const lat = await page.evaluate(() => window.__lat);
  const steps = lat.filter((l) => l.kind === "Volgende").map((l) => l.ms);
  const parts = lat.filter((l) => l.kind === "Volgende");
  const results = lat.filter((l) => l.kind === "Bekijk de hulp").map((l) => l.ms);
  const mem = await page.evaluate(() => ({ heap: performance.memory?.usedJSHeapSize ?? 0, wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0 }));
  await context.close();
  return { steps, parts, results, mem };
}
{
  const JOURNEYS = Number(process.env.BENCH_JOURNEYS || 4);
  const runs = [];
  for (let j = 0; j < JOURNEYS; j++) runs.push(await journey());
  const steps = runs.flatMap((r) => r.steps);
  console.log(`\n${JOURNEYS} journeys (${runs[0].steps.length} answers each, ${CPU}x CPU)`);
  console.log(`  answer → next question painted: median ${median(steps).toFixed(1)} ms, p95 ${pct(steps, 0.95).toFixed(1)} ms (all ${steps.length} answers); p95 per journey: ${runs.map((r) => pct(r.steps, 0.95).toFixed(1)).join(", ")} ms`);
  // Where an answer's milliseconds go, beyond the page's own work.
  const parts = runs.flatMap((r) => r.parts);
  const of = (f) => { const xs = parts.map(f); return `median ${median(xs).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms`; };
  console.log(`    of which input delay (click timestamp → the page sees it): ${of((l) => l.input)}; history.pushState: ${of((l) => l.pushState)}`);
  console.log(`    without those two (the page's own work, style, layout and the frame): ${of((l) => l.ms - l.input - l.pushState)}`);
  console.log(`  results page rendered: median ${median(runs.map((r) => r.results[0])).toFixed(1)} ms`);
  const mem = runs[runs.length - 1].mem;
  console.log(`  memory after a journey: wasm ${kb(mem.wasm)} (wasm memory only grows: this is its peak), JS heap ${kb(mem.heap)}`);
}

// ---- the engine in the browser ----
// Matching, then search per keystroke ("Alle hulp"), at each size. Chromium
// rounds performance.now() to 0.1 ms on this page (not cross-origin isolated).
async function engineInBrowser() {
  writeFileSync(join(engineDir, "bench.html"), `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><script type="module">
import init, { bench_engine, bench_search } from "./bench_wasm.js";
await init();
const resident = (await (await fetch("resident.txt")).text()).trim();
const out = {};
for (const n of [100, 1000, 10000]) {
  const json = await (await fetch("bench-" + n + ".json")).text();
  bench_engine(json, resident, 5); // warm up
  const engine = bench_engine(json, resident, 50);
  bench_search(json, 1); // warm up
  // Rounds of every typed prefix, as tests/search_bench.rs does natively.
  out[n] = { engine, search: bench_search(json, n >= 10000 ? 3 : 10) };
}
window.__result = out;
</script></body></html>`);
  const server = await serve(engineDir, 4303);
  for (const cpu of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (cpu) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: CPU });
    await page.goto("http://127.0.0.1:4303/bench.html");
    await page.waitForFunction(() => window.__result, null, { timeout: 300_000 });
    const r = await page.evaluate(() => window.__result);
    console.log(`\nEngine in Chromium (wasm)${cpu ? `, ${CPU}x CPU slowdown` : ", no throttling"}`);
    for (const [n, { engine: [parse, med, p95, count], search: [build, sMed, sP95, sMax, keys] }] of Object.entries(r)) {
      console.log(`  ${String(n).padStart(5)} services: parse ${parse.toFixed(1)} ms, one full match median ${med.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${count} suggestions)`);
      console.log(`${" ".repeat(18)}search per keystroke: median ${sMed.toFixed(2)} ms, p95 ${sP95.toFixed(2)} ms, max ${sMax.toFixed(2)} ms (${keys} keystrokes), index built in ${build.toFixed(1)} ms`);
    }
    await context.close();
  }
  server.kill();
}

await engineInBrowser();
await browser.close();
for (const child of [app, hello]) child.kill();
