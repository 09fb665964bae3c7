/**
 * One load run of `npm run bench` (scripts/bench-speed.ts), in a process of its own: autocannon on
 * loopback, so the client's event loop is not the bench's (which holds the logs and pages it measured
 * before, and whose pauses would count as the server's latency). Reads its spec as JSON on stdin and
 * prints the result as JSON on stdout:
 *
 *   { base, connections, seconds, paths: { list: [path, ...] } }             the paths cycled, one per request
 *   { base, connections, seconds, paths: { variants: [path, ...], offset } } request i asks for variant
 *     k mod n with value=1 + floor(k / n) / 100 (k = i + offset): a different scenario on every request
 */
import autocannon from "autocannon";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { base, connections, seconds, paths } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const n = paths.list?.length ?? paths.variants.length;
const path = paths.list
  ? (i) => paths.list[i % n]
  : (i) => {
      const k = i + paths.offset;
      return `${paths.variants[k % n]}&value=${(1 + Math.floor(k / n) / 100).toFixed(2)}`;
    };
let i = 0;
const result = await autocannon({
  url: base,
  connections,
  duration: seconds,
  timeout: 10,
  // What a browser or a link-preview bot accepts: a page made for one link pays for its compression.
  headers: { "accept-encoding": "br, gzip" },
  requests: [{ setupRequest: (request) => ({ ...request, path: path(i++) }) }],
});
process.stdout.write(
  `${JSON.stringify({ rps: result.requests.average, p99: result.latency.p99, timeouts: result.timeouts, errors: result.errors, non2xx: result.non2xx })}\n`,
);
