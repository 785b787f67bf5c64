// End-to-end tests in Debian's Chromium (never a downloaded browser) against
// the release build in dist/, served by tests/e2e/server.mjs on 127.0.0.1.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 4173);
// E2E_BASE_URL=http://127.0.0.1:8080 runs the specs against an already
// running server (for example `scripts/serve.sh`) instead of starting one.
const EXTERNAL = process.env.E2E_BASE_URL;
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.mjs",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    // The app's service worker would answer requests that specs route with
    // page.route; offline.spec.mjs and service-worker.spec.mjs allow it
    // where it is the subject.
    serviceWorkers: "block",
    baseURL: EXTERNAL || `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: chromiumArgs,
    },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  },
  webServer: EXTERNAL ? undefined : {
    command: `node tests/e2e/server.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
