import { existsSync } from "node:fs";

/** Flags that keep Chromium quiet on a closed network and workable as root in CI (docs/architecture.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * The Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present, else
 * undefined (Playwright's own browser, which scripts/ensure-browser.mjs installs on such machines).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}
