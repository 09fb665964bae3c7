/**
 * Computes what the prerendered pages read from the held-out harnesses (/methodology, /evidence,
 * /api/v1/validation), through the same calls, into the disk cache (lib/model/serving/disk-cache.ts).
 * `npm test` runs it at the head of the lane beside the build (scripts/test.mjs): the build compiles
 * while this computes, and its prerendering then reads what this wrote instead of computing it on the
 * build's lane. Alone it changes nothing: the build computes whatever is not on disk yet.
 */
import { loadDataset } from "../lib/data/load";
import { cachedModels } from "../lib/model/serving/fit-models";
import { cachedEvidenceValidation } from "../lib/model/validation/pooled";
import { cachedReliability } from "../lib/model/validation/track-record";
import { evidenceView } from "../lib/views/evidence-view";
import { cachedValidationAnswer } from "../lib/views/exports-validation";
import { methodologyView } from "../lib/views/methodology-view";

const started = performance.now();
const dataset = loadDataset();
methodologyView(dataset, cachedModels(dataset), cachedReliability(dataset), cachedEvidenceValidation(dataset));
evidenceView(dataset);
cachedValidationAnswer(dataset);
console.log(`precomputed the pages' validation for data version ${dataset.version} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
