import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { runCli } from "../lib/cli/run-cli";
import { loadDataset } from "../lib/data/load";

const cache = mkdtempSync(path.join(tmpdir(), "served-cache-"));
after(() => rmSync(cache, { recursive: true, force: true }));

/** The bundled CLI (scripts/cli.mjs), with its disk cache in a folder of its own. */
const bundled = (args: string[]) =>
  spawnSync(process.execPath, ["scripts/cli.mjs", ...args], { encoding: "utf8", env: { ...process.env, SERVED_CACHE_DIR: cache } });

test("the bundled CLI prints what runCli prints, fitting once and then reading the fits from disk", () => {
  const args = ["predict", "--tools", "7", "--decomposability", "0.6", "--value", "10", "--json"];
  const expected = runCli(args, () => loadDataset()).stdout;
  const first = bundled(args);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, expected);
  const files = readdirSync(cache);
  assert.ok(
    files.some((f) => /^models-[0-9a-f]{12}\.\d+-src-[0-9a-f]{12}\.json$/.test(f)),
    files.join(", "),
  );
  assert.ok(
    files.some((f) => f.startsWith("dataset-")),
    files.join(", "),
  );
  const second = bundled(args);
  assert.equal(second.status, 0, second.stderr);
  assert.equal(second.stdout, expected);
});

test("the bundled CLI keeps the exit statuses: a usage error is 2 and names the flag", () => {
  const result = bundled(["predict", "--tools", "abc"]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--tools/);
});
