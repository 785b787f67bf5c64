// End-to-end tests in Debian's Chromium (never a downloaded browser) against
// the release build in dist/, served on 127.0.0.1 twice: by Debian's nginx
// with the hosting configuration (scripts/hosting/nginx-server.conf, started
// by tests/e2e/nginx.mjs) for the specs a host's server can break, and by the
// small Node server tests/e2e/server.mjs for the rest.
import { defineConfig } from "@playwright/test";
import { PORT, NODE, NGINX_PORT, NGINX, EMBEDDER, STRANGER, SITES } from "./tests/e2e/origins.mjs";

// E2E_BASE_URL=http://127.0.0.1:8080 runs the specs against an already
// running server (for example `scripts/serve.sh`) instead of starting them;
// the hosting and embedding specs need the nginx set-up and are left out.
const EXTERNAL = process.env.E2E_BASE_URL;
// Against nginx: the pages, the kiosk, the widget on a host page and on
// another origin, offline, and the headers themselves.
const ON_NGINX = ["start", "resident", "kiosk", "widget", "embed", "offline", "hosting"].map((name) => `**/${name}.spec.mjs`);
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
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: chromiumArgs,
    },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  },
  projects: EXTERNAL
    ? [{ name: "extern", testIgnore: ["**/hosting.spec.mjs", "**/embed.spec.mjs"], use: { baseURL: EXTERNAL } }]
    : [
        { name: "node", testIgnore: ON_NGINX, use: { baseURL: NODE } },
        { name: "nginx", testMatch: ON_NGINX, use: { baseURL: NGINX } },
      ],
  webServer: EXTERNAL ? undefined : [
    {
      command: `node tests/e2e/server.mjs dist ${PORT}`,
      url: `${NODE}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Copies dist/ with EMBEDDER among its insluiters and starts nginx;
      // SIGTERM stops it when the run ends, passed or failed.
      command: `node tests/e2e/nginx.mjs dist ${NGINX_PORT} ${EMBEDDER}`,
      url: `${NGINX}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    // Two gemeente sites for embed.spec.mjs, one listed, one not.
    ...[EMBEDDER, STRANGER].map((origin) => ({
      command: `node tests/e2e/server.mjs ${SITES} ${new URL(origin).port}`,
      port: Number(new URL(origin).port),
      reuseExistingServer: false,
      timeout: 30_000,
    })),
  ],
});
