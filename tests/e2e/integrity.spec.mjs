// Issue 28, defect 6: a changed wasm or JS file (on the server, a proxy, or
// in the service worker's cache) must be refused, never run. The changes
// here keep the files valid, so without the integrity checks they would run.
import { test, expect, openWidgetRootsForTests } from "./harness.mjs";

/// The wasm with one custom section more: valid, and different.
async function tamperedWasm(route) {
  const res = await route.fetch();
  const body = Buffer.concat([await res.body(), Buffer.from([0x00, 0x02, 0x01, 0x78])]);
  await route.fulfill({ response: res, body, headers: { ...res.headers(), "content-length": String(body.length), "content-encoding": "" } });
}

/// The JS glue with one comment more.
async function tamperedGlue(route) {
  const res = await route.fetch();
  const body = Buffer.concat([await res.body(), Buffer.from("\n// verandert\n")]);
  await route.fulfill({ response: res, body, headers: { ...res.headers(), "content-length": String(body.length), "content-encoding": "" } });
}

const refused = /integrity|Failed to load resource|Failed to fetch|digest/i;

for (const [what, pattern, tamper] of [
  ["wasm", /routekaart-[0-9a-f]+_bg\.wasm$/, tamperedWasm],
  ["JS glue", /routekaart-[0-9a-f]+\.js$/, tamperedGlue],
]) {
  test(`a changed ${what} is refused: the page says it cannot start`, async ({ page, guards }) => {
    guards.allowConsoleErrors.push(refused);
    await page.route(pattern, tamper);
    let started = false;
    await page.exposeFunction("__rkStarted", () => (started = true));
    await page.addInitScript(() => addEventListener("TrunkApplicationStarted", () => window.__rkStarted()));
    await page.goto("/#gemeente=heusden");
    await expect(page.getByRole("alert")).toContainText("Routekaart kan niet starten");
    expect(started, "the changed file never ran").toBe(false);
  });

  test(`the widget refuses a changed ${what}`, async ({ page, guards }) => {
    guards.allowConsoleErrors.push(refused, /Routekaart widget/);
    await openWidgetRootsForTests(page);
    await page.route(pattern, tamper);
    await page.goto("/demo-gemeente.html");
    await expect(page.locator("#widget-heusden").getByRole("alert")).toContainText("Routekaart kan niet starten");
    await expect(page.locator("#widget-heusden").getByRole("button", { name: "Start" })).toHaveCount(0);
  });
}

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a changed copy in the worker's cache is thrown away and fetched again", async ({ page }) => {
    await page.goto("/#gemeente=heusden");
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const findWasm = () =>
      page.evaluate(async () => {
        for (const name of await caches.keys()) {
          const hit = (await (await caches.open(name)).keys()).find((r) => /_bg\.wasm$/.test(r.url));
          if (hit) return hit.url;
        }
        return null;
      });
    await expect.poll(findWasm).not.toBeNull();
    const wasmUrl = await findWasm();
    // Someone changes the kept copy.
    const original = await page.evaluate(async (url) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        const hit = await cache.match(url);
        if (!hit) continue;
        const body = new Uint8Array(await hit.arrayBuffer());
        const changed = new Uint8Array(body.length + 4);
        changed.set(body);
        changed.set([0x00, 0x02, 0x01, 0x78], body.length);
        await cache.put(url, new Response(changed, { headers: { "content-type": "application/wasm" } }));
        return body.length;
      }
    }, wasmUrl);
    let started = false;
    await page.exposeFunction("__rkStarted", () => (started = true));
    await page.addInitScript(() => addEventListener("TrunkApplicationStarted", () => window.__rkStarted()));
    await page.reload();
    await expect.poll(() => started, "the app starts from the server's file").toBe(true);
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar wilt u hulp bij?");
    // The kept copy is the server's again.
    await expect
      .poll(() =>
        page.evaluate(async (url) => {
          for (const name of await caches.keys()) {
            const hit = await (await caches.open(name)).match(url);
            if (hit) return (await hit.arrayBuffer()).byteLength;
          }
          return null;
        }, wasmUrl),
      )
      .toBe(original);
  });
});
