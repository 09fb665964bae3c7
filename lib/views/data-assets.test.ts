import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { evidenceRunsAsset, type EvidenceRunsData } from "./data-assets";
import { evidenceRows } from "./evidence-run-rows";

test("/evidence's runs file holds every stored run, named by its content's hash", () => {
  const dataset = loadDataset();
  const asset = evidenceRunsAsset(dataset);
  const hash = createHash("sha256").update(asset.json).digest("hex").slice(0, 12);
  assert.equal(asset.name, `evidence-runs.${hash}.json`);
  assert.equal(asset.bytes, Buffer.byteLength(asset.json));
  const data = JSON.parse(asset.json) as EvidenceRunsData;
  assert.deepEqual(data.rows, evidenceRows(dataset));
  assert.equal(data.rows.length, dataset.runs.length + dataset.studyRuns.length);
});
