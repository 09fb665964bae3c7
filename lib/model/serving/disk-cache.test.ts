import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, test } from "node:test";
import { diskCached, servedCacheFile } from "./disk-cache";

describe("diskCached", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "served-cache-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("computes once per data version and code key, then reads the file", () => {
    let calls = 0;
    const compute = () => ({ calls: ++calls, coefficients: [0.1, -2.5e-9, 3] });
    const first = diskCached("models", "v1", compute, "code1", dir);
    const again = diskCached("models", "v1", compute, "code1", dir);
    assert.equal(calls, 1);
    assert.deepEqual(again, first);
    assert.deepEqual(JSON.parse(readFileSync(servedCacheFile(dir, "models", "v1", "code1"), "utf8")), first);
    diskCached("models", "v2", compute, "code1", dir);
    diskCached("models", "v1", compute, "code2", dir);
    assert.equal(calls, 3, "a new data version or new code computes again");
  });

  test("without a code key (no sources beside a bundle, no SERVED_CODE_KEY) it always computes and writes nothing", () => {
    let calls = 0;
    diskCached("models", "v1", () => ++calls, null, dir);
    diskCached("models", "v1", () => ++calls, null, dir);
    assert.equal(calls, 2);
    assert.deepEqual(readdirSync(dir), []);
  });

  test("NaN, the infinities and -0 are written and read back as themselves", () => {
    const odd = { nan: Number.NaN, up: Number.POSITIVE_INFINITY, down: [Number.NEGATIVE_INFINITY], zero: -0, plain: { $number: 1 } };
    diskCached("odd", "v1", () => odd, "code", dir);
    const read = diskCached<typeof odd>("odd", "v1", () => assert.fail("read from the file"), "code", dir);
    assert.ok(Number.isNaN(read.nan) && read.up === Infinity && read.down[0] === -Infinity && Object.is(read.zero, -0));
    assert.deepEqual(read.plain, { $number: 1 });
  });

  test("reads a special number however its key is spelled, and plain data as written", () => {
    // "\u0024number" is "$number" escaped: not how JSON.stringify writes it, but JSON all the same.
    writeFileSync(servedCacheFile(dir, "odd", "v1", "code"), '{"a":{"\\u0024number":"NaN"},"b":[{"$num":"1"}]}');
    const read = diskCached<{ a: number; b: unknown[] }>("odd", "v1", () => assert.fail("read from the file"), "code", dir);
    assert.ok(Number.isNaN(read.a));
    assert.deepEqual(read.b, [{ $num: "1" }]);
    const plain = { rates: [0.1, 1e-300, -2.5], label: "a text", rows: [{ a: null, b: true }] };
    diskCached("plain", "v1", () => plain, "code", dir);
    assert.deepEqual(
      diskCached("plain", "v1", () => assert.fail("read from the file"), "code", dir),
      plain,
    );
  });

  test("a value JSON would not give back (a Map, a Date, an array with a hole) is returned but never written", () => {
    for (const bad of [{ x: new Map([["a", 1]]) }, { x: new Date(0) }, { x: [1, undefined] }, { x: () => 1 }]) {
      assert.equal(
        diskCached("bad", "v1", () => bad, "code", dir),
        bad,
      );
    }
    assert.deepEqual(readdirSync(dir), []);
  });

  test("a corrupt file is recomputed and replaced", () => {
    writeFileSync(servedCacheFile(dir, "models", "v1", "code"), "{ not json");
    assert.deepEqual(
      diskCached("models", "v1", () => ({ ok: true }), "code", dir),
      { ok: true },
    );
    assert.deepEqual(
      diskCached("models", "v1", () => assert.fail("read from the file"), "code", dir),
      { ok: true },
    );
  });

  test("waits for the value another live process is computing instead of computing it too", () => {
    const file = servedCacheFile(dir, "models", "v1", "code");
    // Another process holds the lock and writes the value 300 ms later.
    const other = spawn(process.execPath, ["-e", `setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(file)}, '{"from":"other"}'), 300)`]);
    writeFileSync(`${file}.lock`, String(other.pid));
    try {
      assert.deepEqual(
        diskCached("models", "v1", () => assert.fail("computed while another process was"), "code", dir),
        { from: "other" },
      );
    } finally {
      other.kill();
    }
  });

  test("takes over a lock whose process has ended, computes, and removes the lock", () => {
    const file = servedCacheFile(dir, "models", "v1", "code");
    const ended = spawnSync(process.execPath, ["-e", "process.pid"]);
    writeFileSync(`${file}.lock`, String(ended.pid));
    assert.deepEqual(
      diskCached("models", "v1", () => ({ computed: true }), "code", dir),
      { computed: true },
    );
    assert.deepEqual(readdirSync(dir), [path.basename(file)]);
  });

  test("keeps the newest four files of a name", () => {
    for (let v = 0; v < 6; v++) diskCached("models", `v${v}`, () => v, "code", dir);
    assert.equal(readdirSync(dir).filter((f) => f.startsWith("models-")).length, 4);
  });
});
