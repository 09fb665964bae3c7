import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createGunzip, gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { gzipSplicer } from "./spliced-gzip";

/** What a streaming decoder (a browser reads the body as it arrives) makes of `gzip`, fed in `chunk`-byte pieces. */
async function streamed(gzip: Buffer, chunk: number): Promise<Buffer> {
  const gunzip = createGunzip();
  const out: Buffer[] = [];
  gunzip.on("data", (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    gunzip.on("end", resolve);
    gunzip.on("error", reject);
  });
  for (let i = 0; i < gzip.length; i += chunk) gunzip.write(gzip.subarray(i, i + chunk));
  gunzip.end();
  await done;
  return Buffer.concat(out);
}

describe("gzipSplicer", () => {
  test("prefix + middle + suffix decodes to the three laid end to end, for any bytes, empty pieces too", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), (a, b, c) => {
        const [prefix, middle, suffix] = [Buffer.from(a), Buffer.from(b), Buffer.from(c)];
        const { raw, gzip } = gzipSplicer(prefix, suffix)(middle);
        const whole = Buffer.concat([prefix, middle, suffix]);
        assert.deepEqual(raw, whole);
        // gunzip checks the trailer's CRC-32 and length: a wrong one throws.
        assert.deepEqual(gunzipSync(gzip), whole);
      }),
      { numRuns: 200 },
    );
  });

  test("one splicer serves many middles; a streaming decoder reads it in small pieces; size near gzip's own", async () => {
    const prefix = Buffer.from(`<!doctype html><html><head><meta charSet="utf-8"/>${'<link rel="stylesheet" href="/a.css"/>'.repeat(40)}`);
    const suffix = Buffer.from(`</head><body>${"<p>the calculator's figures</p>".repeat(300)}</body></html>`);
    const splice = gzipSplicer(prefix, suffix);
    for (const title of ["Hybrid, 4 agents · 58% success", "Not shown better: build the single agent · 50% success"]) {
      const middle = Buffer.from(`<title>${title}</title><meta name="description" content="${title}"/>`);
      const { gzip } = splice(middle);
      const whole = Buffer.concat([prefix, middle, suffix]);
      assert.deepEqual(await streamed(gzip, 7), whole);
      assert.ok(gzip.length <= 1.1 * gzipSync(whole, { level: 9 }).length + 64, `${gzip.length} bytes against gzip's ${gzipSync(whole, { level: 9 }).length}`);
    }
  });
});
