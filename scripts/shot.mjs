// Screenshots of the release build for review (not a test): serves dist/ on
// 127.0.0.1, opens the page at a viewport and writes PNGs.
// Usage: node scripts/shot.mjs '#gemeente=…' out.png WIDTH HEIGHT [full|parts]
//   full:  one image of the whole page; parts: the page in slices of two
//   screens (out-0.png, out-1.png, …), readable at their real size;
//   card=ID: the card of service ID, its step and details opened.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const [, , url, out, w, h, mode] = process.argv;
const server = spawn("node", ["tests/e2e/server.mjs", "dist", "4199"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  await page.goto("http://127.0.0.1:4199/" + url);
  await page.waitForLoadState("networkidle");
  await page.waitForSelector("[data-rk-page-heading]");
  await page.waitForTimeout(800);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (mode?.startsWith("card=")) {
    const card = page.locator(`#rk-card-${mode.slice(5)}`);
    await card.evaluate((c) => {
      for (let d = c.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
      c.querySelectorAll("details").forEach((d) => (d.open = true));
    });
    await card.screenshot({ path: out });
  } else if (mode === "parts") {
    const slice = 2 * Number(h);
    for (let y = 0, i = 0; y < height; y += slice, i++) {
      const path = out.replace(/\.png$/, `-${i}.png`);
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: Number(w), height: Math.min(slice, height - y) } });
    }
  } else {
    await page.screenshot({ path: out, fullPage: mode === "full" });
  }
  console.log(`${out}: page height ${height} px (${(height / Number(h)).toFixed(1)} screens)`);
} finally {
  await browser.close();
  server.kill();
}
