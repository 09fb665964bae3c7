import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { DataError } from "../../data/data-error";
import { dataVersion, readDataTexts } from "../../data/load";
import { servedDataVersion } from "./served-dataset";

const root = mkdtempSync(path.join(tmpdir(), "served-data-"));
after(() => rmSync(root, { recursive: true, force: true }));

test("the data version is kept with the files' stamps, and any edit is read and hashed again", () => {
  const dir = path.join(root, "data");
  const cache = path.join(root, "cache");
  const known = path.join(cache, "data-versions.json");
  cpSync("data", dir, { recursive: true });
  const truth = () => dataVersion(readDataTexts(dir));
  const original = truth();

  // Files changed a moment ago are not trusted: nothing is kept.
  assert.equal(servedDataVersion(dir, cache), original);
  assert.equal(existsSync(known), false);

  // Settled files: their version is kept, and read back while the stamps hold (a planted version shows it).
  const later = Date.now() + 10_000;
  assert.equal(servedDataVersion(dir, cache, later), original);
  const kept = JSON.parse(readFileSync(known, "utf8")) as Record<string, { stamp: string; version: string }>;
  const entry = kept[path.resolve(dir)];
  assert.ok(entry !== undefined && entry.version === original);
  writeFileSync(known, JSON.stringify({ [path.resolve(dir)]: { ...entry, version: "0123456789ab" } }));
  assert.equal(servedDataVersion(dir, cache, later), "0123456789ab");

  // An edit that keeps the file's size changes its times: the text is hashed again.
  const runs = path.join(dir, "runs.csv");
  const text = readFileSync(runs, "utf8");
  const digit = /\d/.exec(text.slice(text.indexOf("\n")));
  assert.ok(digit !== null);
  const at = text.indexOf("\n") + digit.index;
  writeFileSync(runs, `${text.slice(0, at)}${text[at] === "1" ? "2" : "1"}${text.slice(at + 1)}`);
  assert.notEqual(truth(), original);
  assert.equal(servedDataVersion(dir, cache, later + 10_000), truth());

  // A garbled file of versions is ignored; a missing data file is the DataError loadDataset gives.
  writeFileSync(known, '{"x": {"stamp": 1}}');
  assert.equal(servedDataVersion(dir, cache), truth());
  rmSync(path.join(dir, "prices.csv"));
  assert.throws(() => servedDataVersion(dir, cache, later + 20_000), DataError);
});
