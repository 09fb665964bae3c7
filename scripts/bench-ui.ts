/**
 * Browser figures for `npm run bench` (printed, never asserted): slider input to every chart updated,
 * and the first-load JavaScript of /. Needs the production build; builds it when missing.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { quantile } from "simple-statistics";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 3300));
    });
  });

async function waitFor(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Sizes of the JavaScript files the HTML of `path` loads (what a first visit downloads before
 * interacting). Scripts marked `nomodule` (Next's polyfills) are counted apart: every browser with ES
 * modules, Chromium included, skips them, and only browsers without modules download them.
 */
async function firstLoadJs(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  const tags = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].map((m) => ({ src: m[2] ?? "", noModule: /\snomodule/i.test(`${m[1] ?? ""} ${m[3] ?? ""}`) }));
  const gz = async (src: string) => {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  let raw = 0;
  let gzip = 0;
  let noModuleGzip = 0;
  const modern = [...new Set(tags.filter((t) => !t.noModule).map((t) => t.src))];
  for (const src of modern) {
    const size = await gz(src);
    raw += size.raw;
    gzip += size.gzip;
  }
  for (const src of new Set(tags.filter((t) => t.noModule).map((t) => t.src))) noModuleGzip += (await gz(src)).gzip;
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + Buffer.byteLength(m[1] ?? ""), 0);
  return { files: modern.length, sources: new Set(tags.map((t) => new URL(t.src, base).pathname)), raw, gzip, noModuleGzip, inline };
}

export async function benchUi(): Promise<string[]> {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("(no production build: running npm run build first)");
    execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  }
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(base + "/");
    const js = await firstLoadJs(base, "/");
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base + "/", { waitUntil: "networkidle" });
    await page.getByTestId("chart-agents").locator("g.curve-marks").waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js")));
    // What Chromium fetched of the page's own script tags: the check that nomodule scripts are skipped.
    const fetchedOfTags = loaded.filter((n) => js.sources.has(new URL(n).pathname)).length;
    let lazyGzip = 0;
    for (const src of loaded.filter((n) => !js.sources.has(new URL(n).pathname))) {
      lazyGzip += gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer()), { level: 9 }).length;
    }
    const durations = await page.evaluate(async (moves) => {
      const slider = document.querySelector<HTMLInputElement>("#tools");
      const results = document.querySelector(".results");
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      if (!slider || !results || !setValue) throw new Error("calculator not found");
      const out: number[] = [];
      for (let i = 0; i < moves; i++) {
        let last = 0;
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(results, { subtree: true, childList: true, attributes: true, characterData: true });
        performance.mark("bench-input");
        const start = performance.getEntriesByName("bench-input").at(-1)?.startTime ?? performance.now();
        setValue.call(slider, String(2 + (i % 14)));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 60));
        observer.disconnect();
        performance.measure("bench-input-to-charts", { start, end: last });
        out.push(last - start);
      }
      return out;
    }, 100);
    await browser.close();
    const ms = (x: number) => x.toFixed(1);
    return [
      `slider input -> every chart updated (Chromium, 100 moves of Tools; performance marks, to the last DOM change)`,
      `  median ${ms(quantile(durations, 0.5))} ms   p95 ${ms(quantile(durations, 0.95))} ms   max ${ms(Math.max(...durations))} ms   (target p95 <= 16 ms)`,
      `first-load JavaScript of / (${js.files} files from the production build; Chromium fetched ${fetchedOfTags} of the page's script tags)`,
      `  ${(js.gzip / 1024).toFixed(1)} kB gzipped, ${(js.raw / 1024).toFixed(1)} kB raw   (target <= 200 kB gzipped); plus ${(js.inline / 1024).toFixed(1)} kB of inline page data`,
      `  not counted: ${(js.noModuleGzip / 1024).toFixed(1)} kB gzipped of nomodule polyfills, which only browsers without ES modules download`,
      `  the charts load after the page is interactive: a further ${(lazyGzip / 1024).toFixed(1)} kB gzipped`,
    ];
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  }
}
