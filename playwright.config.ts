import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// e2e runs against the production build, served as deployed (`npm run serve`). Two workers: the server
// answers prerendered pages from memory, so each spec's time is its own browser's, and two browsers keep
// both cores of a small machine busy (E2E_WORKERS overrides).
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // On CI one retry, reported as flaky in the list (a test that passes only on its retry is still named
  // there). "Back undoes a change" used to be the one: a Back between the page's pushState and Next's
  // router following it (docs/architecture.md, fixed in url-history.ts).
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    // One browser context per worker, reset between tests (Playwright clears cookies, cache, storage,
    // init scripts and routes, closes extra pages, re-applies viewport and emulation; e2e/fixtures.ts
    // also clears session storage and permissions). A new context per test starts a new renderer
    // process, which on these VMs cost about 2.6 CPU-seconds of page faults and start-up per test: the
    // suite took 330 s and 580 CPU-s with a context per test, 205 s and 393 CPU-s reusing one.
    // A failed test still gets a fresh worker, so a broken page never reaches the next test.
    reuseContext: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The serve script, as deployed: its 64 kB header limit lets a long share link reach the app.
    command: `npm run -s serve -- -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
