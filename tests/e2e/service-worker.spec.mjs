// The service worker's rules (public/sw.js) for what it keeps and when it
// asks the server (issue 28), against catalogues only the Node test server
// makes (tests/e2e/server.mjs): one sent with no-store, one that changes on
// every request, one answered once and never again. A real host has no such
// files, so this spec runs against that server; offline.spec.mjs walks the
// app offline behind nginx.
import { test, expect } from "./harness.mjs";

test.use({ serviceWorkers: "allow" });

/// The page is controlled by the service worker (it claims its clients on activation).
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const cachedUrls = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });

// Issue 28, defect 2: the worker kept every same-origin file in its scope
// (no-store ones too) under one name for ever.
test("the service worker keeps only the app's own files, never a no-store answer, in a cache named by release", async ({ page }) => {
  // What an older release and another app on the origin left behind.
  await page.addInitScript(() => {
    if (!sessionStorage.length) caches.open("routekaart-1").then((c) => c.put("/oud.txt", new Response("oud")));
    caches.open("andere-app");
  });
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await controlled(page);
  // A page beside the app, and a catalogue its server marks no-store.
  const answers = await page.evaluate(async () => [
    (await fetch("demo-gemeente.html")).status,
    await (await fetch("catalogus/test-bewaar-niet.json")).text(),
  ]);
  expect(answers).toEqual([200, '{"test":"no-store"}']);
  await expect.poll(async () => Object.values(await cachedUrls(page)).flat()).toEqual(
    expect.arrayContaining([expect.stringMatching(/_bg\.wasm$/), expect.stringMatching(/catalogus\/heusden\.json$/)]),
  );
  const caches = await cachedUrls(page);
  const ours = Object.keys(caches).filter((name) => name.startsWith("routekaart-"));
  expect(ours, "one cache, named by this release; the older one is deleted").toEqual([expect.stringMatching(/^routekaart-[0-9a-f]{16}$/)]);
  expect(Object.keys(caches), "another app's cache is left alone").toContain("andere-app");
  const kept = caches[ours[0]];
  expect(kept.filter((url) => /demo-gemeente\.html|test-bewaar-niet/.test(url)), "nothing off the list, nothing no-store").toEqual([]);
  expect(kept.every((url) => /\/(|index\.html|kiosk\.html|alle-hulp\.html|boot\.js|(routekaart|main|tokens)-[0-9a-f]+(_bg)?\.(js|wasm|css)|catalogus\/(teksten\/)?[a-z0-9-]+\.json|taal\/[a-z]{2}\.ftl)$/.test(new URL(url).pathname)), kept.join("\n")).toBe(true);
});

test("online, a corrected catalogue reaches a returning resident at once, and a hung server does not keep them waiting", async ({ page }) => {
  await page.goto("/#gemeente=heusden");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await controlled(page);
  // Sent without Cache-Control, so the browser would guess a lifetime:
  // the worker asks the server every time.
  const counts = await page.evaluate(async () => {
    const n = async () => (await (await fetch("catalogus/test-teller.json")).json()).n;
    return [await n(), await n()];
  });
  expect(counts[1], "the second request reached the server").toBeGreaterThan(counts[0]);
  // Answered once, then never: the kept copy comes after the worker's timeout.
  // This test's own address, so a repeat meets a server that has not seen it.
  const slowUrl = `catalogus/test-traag-${Date.now().toString(36)}.json`;
  const first = await page.evaluate(async (url) => (await (await fetch(url)).json()).n, slowUrl);
  expect(first).toBe(1);
  // The worker writes its copy after answering; the resident's next visit
  // comes later, so wait for the copy rather than race its write.
  await expect.poll(async () => Object.values(await cachedUrls(page)).flat()).toEqual(expect.arrayContaining([expect.stringContaining(slowUrl)]));
  const again = await page.evaluate(async (url) => (await (await fetch(url)).json()).n, slowUrl);
  expect(again).toBe(1);
});
