/**
 * A load smoke test for `npm run bench` (issue 12): the production server on loopback under a few
 * concurrent connections for a few seconds per route, with autocannon. Figures printed, never
 * asserted (timed tests flake on shared machines); what it shows is that nothing errs under load:
 * every page 200 (the missing static file 404), no connection errors or timeouts, the security
 * headers still on /. Bounded: 4 connections, 5 s per route, 6 routes.
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { freePort, waitFor } from "./bench-ui";

/** Routes under load: the dynamic calculator (default and a share link), the static methodology, the evidence, a 20 kB query. */
const ROUTES = [
  { name: "/ (calculator, rendered per request)", path: "/" },
  { name: "/ with a share link", path: "/?tools=12&decomp=0.35&model=claude-sonnet-4-5&arch=decentralized&agents=7&p_in=0&p_out=0&p_cached=0&max_cost=0" },
  { name: "/ with a 20 kB garbage value (over Node's 16 kB default)", path: `/?tools=${"9".repeat(20_000)}` },
  { name: "/methodology (prerendered at build)", path: "/methodology" },
  { name: "/evidence (rendered per request)", path: "/evidence" },
  { name: "/_next/static 404 (no such file)", path: "/_next/static/none.js" },
];

/** Loads each route in turn against `next start` (the build must exist: bench-ui builds it when missing). */
export async function benchLoad(): Promise<string[]> {
  const port = await freePort();
  // The serve script's own flags: a 64 kB header limit, so a long share link reaches the app (README.md, "Security headers").
  const server = spawn("npm", ["run", "-s", "serve", "--", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/`);
    const lines = ["load smoke test (autocannon, loopback, 4 connections, 5 s per route; figures, not assertions)"];
    for (const route of ROUTES) {
      const result = await autocannon({ url: base + route.path, connections: 4, duration: 5 });
      const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code} x${s.count ?? 0}`).join(", ");
      lines.push(
        `  ${route.name}`,
        `    ${result.requests.average.toFixed(0)} req/s   latency median ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms   ` +
          `(${result.requests.total} requests: ${statuses || "none"}; ${result.errors} errors, ${result.timeouts} timeouts)`,
      );
    }
    const headers = (await fetch(`${base}/`)).headers;
    const present = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"].filter((h) => headers.has(h));
    lines.push(`  security headers on / after the load: ${present.length} of 5 (${present.join(", ")})`);
    return lines;
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  }
}
