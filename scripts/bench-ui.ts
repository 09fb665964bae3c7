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

/** A free loopback port. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 3300));
    });
  });

/** Waits until `url` answers 2xx. */
export async function waitFor(url: string, timeoutMs = 60_000) {
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
  const tags = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2] ?? "",
    noModule: /\snomodule/i.test(`${m[1] ?? ""} ${m[3] ?? ""}`),
  }));
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
  // Inline scripts with any attributes (a nonce, an id), not only a bare <script>: the page's data, if any.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + Buffer.byteLength(m[1] ?? ""), 0);
  return { files: modern.length, sources: new Set(tags.map((t) => new URL(t.src, base).pathname)), raw, gzip, noModuleGzip, inline };
}

/** Moves reported apart as the first after load (still warming up) in the slider figure's split. */
const COLD_MOVES = 10;

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
    // The charts load as they come into view: scroll through the page once, then back to the form.
    await page.getByTestId("nearest-heading").scrollIntoViewIfNeeded();
    await page.getByTestId("chart-agents").scrollIntoViewIfNeeded();
    await page.getByTestId("chart-agents").locator("g.curve-marks").waitFor();
    await page.getByTestId("chart-architectures").locator("svg").first().waitFor();
    await page.getByTestId("chart-costs").locator("svg").first().waitFor();
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((n) => n.endsWith(".js")),
    );
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
        // The planner answers from its Web Worker later, by design: its section is timed apart below.
        // A batch counts when it changes something outside the planner: React re-renders a controlled
        // input by writing the same attributes again (when the URL catches up with the state, after
        // the charts are drawn), which is a mutation record but no change on screen.
        const observer = new MutationObserver((records) => {
          const outside = records.filter((r) => (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(".planner") === null);
          const before = new Map<Node, Map<string, string | null>>();
          for (const r of outside) {
            if (r.type === "childList") continue;
            const seen = before.get(r.target) ?? new Map<string, string | null>();
            const key = r.type === "attributes" ? `@${r.attributeName ?? ""}` : "#text";
            if (!seen.has(key)) seen.set(key, r.oldValue);
            before.set(r.target, seen);
          }
          const changed = outside.some((r) => {
            if (r.type === "childList") return true;
            const old = before.get(r.target)?.get(r.type === "attributes" ? `@${r.attributeName ?? ""}` : "#text");
            const now = r.type === "attributes" && r.target instanceof Element ? r.target.getAttribute(r.attributeName ?? "") : r.target.textContent;
            return now !== old;
          });
          if (changed) last = performance.now();
        });
        observer.observe(results, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
          attributeOldValue: true,
          characterDataOldValue: true,
        });
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
    // The planner: input to its new plan on screen (its section stops being busy), 20 moves.
    const planner = await page.evaluate(async (moves) => {
      const slider = document.querySelector<HTMLInputElement>("#tools");
      const section = document.querySelector(".planner");
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      if (!slider || !section || !setValue) throw new Error("planner not found");
      const out: number[] = [];
      for (let i = 0; i < moves; i++) {
        const start = performance.now();
        setValue.call(slider, String(3 + (i % 12)));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        while (section.getAttribute("aria-busy") === "true") await new Promise((r) => setTimeout(r, 2));
        out.push(performance.now() - start);
      }
      return out;
    }, 20);
    await browser.close();
    const ms = (x: number) => x.toFixed(1);
    return [
      `slider input -> every chart updated (Chromium, 100 moves of Tools; performance marks, to the last DOM change that changes something)`,
      `  median ${ms(quantile(durations, 0.5))} ms   p95 ${ms(quantile(durations, 0.95))} ms   max ${ms(Math.max(...durations))} ms   (target p95 <= 16 ms)`,
      // The same 100 moves split: the first moves after load run code V8 has not optimised yet.
      `  first ${COLD_MOVES} moves after load: median ${ms(quantile(durations.slice(0, COLD_MOVES), 0.5))} ms   max ${ms(Math.max(...durations.slice(0, COLD_MOVES)))} ms;   the other ${durations.length - COLD_MOVES}: median ${ms(quantile(durations.slice(COLD_MOVES), 0.5))} ms   p95 ${ms(quantile(durations.slice(COLD_MOVES), 0.95))} ms`,
      `pilot planner: input -> its new plan on screen, computed in a Web Worker (Chromium, 20 moves)`,
      `  median ${ms(quantile(planner, 0.5))} ms   p95 ${ms(quantile(planner, 0.95))} ms   (no target: the page stays responsive while it plans)`,
      `first-load JavaScript of / (${js.files} files from the production build; Chromium fetched ${fetchedOfTags} of the page's script tags)`,
      `  ${(js.gzip / 1024).toFixed(1)} kB gzipped, ${(js.raw / 1024).toFixed(1)} kB raw   (target <= 160 kB gzipped); plus ${(js.inline / 1024).toFixed(1)} kB of inline page data`,
      `  not counted: ${(js.noModuleGzip / 1024).toFixed(1)} kB gzipped of nomodule polyfills, which only browsers without ES modules download`,
      `  the charts load as they scroll into view: a further ${(lazyGzip / 1024).toFixed(1)} kB gzipped once all are shown`,
    ];
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  }
}

/** What one read of the pilot log in the page measured: worker time and the main thread's long tasks. */
type WorkerRun = { ms: number; longestTaskMs: number; longTasks: number; valid: number };

/**
 * The pilot-log worker in Chromium: the worker file bundled with esbuild (it comes with tsx; the
 * production build holds no worker chunk until the upload form is mounted on a page), started from a
 * Blob URL in a blank page, sent `content` as a File named `fileName` (bytes travel as base64). Times the
 * read, from posting the file to the summary, and records the main thread's long tasks
 * (PerformanceObserver "longtask": tasks over 50 ms).
 */
export async function benchRunLogWorker(content: string | Uint8Array, fileName = "bench.csv", runs = 3): Promise<string[]> {
  const { build } = await import("esbuild");
  const bundle = await build({
    entryPoints: ["components/calculator/run-log.worker.ts"],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    tsconfig: "tsconfig.json",
    logLevel: "silent",
  });
  const workerSource = bundle.outputFiles[0]?.text;
  if (workerSource === undefined) throw new Error("esbuild produced no worker bundle");
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route("http://bench.local/", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>run-log worker bench</title>" }));
    await page.goto("http://bench.local/");
    // The file is made before the observer starts: building 40 MB in the page is not the worker's cost.
    const sent = typeof content === "string" ? { text: content, base64: null } : { text: null, base64: Buffer.from(content).toString("base64") };
    await page.evaluate(
      ({ file, name }) => {
        const bytes = file.base64 === null ? null : Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        Object.assign(globalThis, { benchFile: new File([bytes ?? file.text ?? ""], name) });
      },
      { file: sent, name: fileName },
    );
    const results: WorkerRun[] = [];
    for (let run = 0; run <= runs; run++) {
      const result = await page.evaluate(async (source): Promise<WorkerRun> => {
        const file: unknown = Reflect.get(globalThis, "benchFile");
        if (!(file instanceof File)) throw new Error("no bench file in the page");
        const long: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
        observer.observe({ type: "longtask" });
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
        const start = performance.now();
        const valid = await new Promise<number>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<{ type: string; summary?: { rows: { valid: number } }; message?: string }>) => {
            if (event.data.type === "summary") resolve(event.data.summary?.rows.valid ?? -1);
            else if (event.data.type === "failed") reject(new Error(event.data.message));
          };
          worker.postMessage({ files: [{ file, name: file.name, settings: { design: { architecture: "single", agents: 1 } } }], rules: {} });
        });
        const ms = performance.now() - start;
        worker.terminate();
        await new Promise((r) => setTimeout(r, 200));
        observer.disconnect();
        return { ms, longestTaskMs: Math.max(0, ...long), longTasks: long.length, valid };
      }, workerSource);
      if (run > 0) results.push(result);
    }
    const times = results.map((r) => r.ms);
    const longest = Math.max(...results.map((r) => r.longestTaskMs));
    const valid = results[0]?.valid ?? 0;
    return [
      `parse + aggregate the same log in Chromium's Web Worker (esbuild bundle of components/calculator/run-log.worker.ts; ${valid.toLocaleString("en-US")} valid ${fileName.endsWith(".eval") ? "samples" : "rows"})`,
      `  median ${quantile(times, 0.5).toFixed(0)} ms   min ${Math.min(...times).toFixed(0)} ms   (${times.length} runs after 1 warm-up)`,
      `  main thread meanwhile: ${longest === 0 ? "no task over 50 ms" : `longest task ${longest.toFixed(0)} ms (${results.reduce((s, r) => s + r.longTasks, 0)} over 50 ms)`}   (target: none over 50 ms)`,
    ];
  } finally {
    await browser.close();
  }
}
