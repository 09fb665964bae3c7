// Runs before `npm test`: makes sure Playwright has a Chromium to drive. It uses CHROMIUM_PATH or
// Debian's /usr/bin/chromium when present (machines that cannot download browsers) and installs
// Playwright's own Chromium only where neither exists.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv && existsSync(fromEnv)) {
  console.log(`e2e browser: ${fromEnv} (CHROMIUM_PATH)`);
} else if (fromEnv) {
  console.error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  process.exit(1);
} else if (existsSync("/usr/bin/chromium")) {
  console.log("e2e browser: /usr/bin/chromium");
} else {
  console.log("e2e browser: neither CHROMIUM_PATH nor /usr/bin/chromium; installing Playwright's Chromium");
  execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
}
