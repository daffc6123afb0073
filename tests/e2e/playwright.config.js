import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "./specs",
  // A whole check-up is 64 taps, each followed by the 450 ms auto-advance.
  timeout: 120_000,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    // Tests that hold or replace the app's own files need them from the
    // network; offline.spec.js allows the service worker and tests it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  // The release build in dist/ (built and precompressed by scripts/test.sh)
  // served by nginx with the production config, deploy/nginx.conf.
  webServer: {
    command: "bash ../../scripts/nginx_for_tests.sh ../../dist",
    env: { E2E_PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    // nginx_for_tests.sh stops nginx and removes its scratch folder on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
