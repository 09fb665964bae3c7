import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { strToU8, zipSync } from "fflate";
import { parseRunLogFiles, parseRunLogText } from "./parse-run-log";
import { sampleRow } from "./inspect-log";
import { SHARED, skipWithoutShared } from "../../test-support/shared-folder";

/**
 * Real Inspect logs (written by Inspect itself; provenance and licence in their README), in shared/
 * beside the repository: CI has it there; a clone without it skips these tests and says why.
 */
export const INSPECT_FIXTURES = join(SHARED, "fixtures", "inspect");
const skip = skipWithoutShared(INSPECT_FIXTURES);
const fixture = (name: string) => readFileSync(join(INSPECT_FIXTURES, name));
const POPULARITY = "2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval";
const single = { design: { architecture: "single" as const, agents: 1 } };

describe("the Inspect logs in shared/fixtures/inspect", { skip }, () => {
  test("every fixture is read, and yields what its samples hold", () => {
    const names = readdirSync(INSPECT_FIXTURES)
      .filter((f) => /\.(eval|json)$/.test(f))
      .sort();
    const found = Object.fromEntries(
      names.map((name) => {
        const s = parseRunLogText(fixture(name), name, { settings: single });
        return [name, { kind: s.files[0]?.kind, valid: s.rows.valid, invalid: s.rows.invalid, designs: s.designs.map((d) => [d.model, d.tasks, d.solved]) }];
      }),
    );
    assert.deepEqual(found, {
      // Ten samples of gpt-4o-mini that were never scored (every sample's scores is {}, results.scores is []).
      [POPULARITY]: { kind: "inspect-eval", valid: 0, invalid: 10, designs: [] },
      "log_formats.eval": { kind: "inspect-eval", valid: 1, invalid: 0, designs: [["ollama/llama3.1", 1, 0]] },
      "log_read_sample.eval": { kind: "inspect-eval", valid: 1, invalid: 0, designs: [["ollama/gemma3", 1, 1]] },
      "log_read_sample.json": { kind: "inspect-json", valid: 1, invalid: 0, designs: [["ollama/gemma3", 1, 1]] },
      // A stripped log: one sample (epoch 4) without scores, usage or events.
      "log_tool_call_error.json": { kind: "inspect-json", valid: 0, invalid: 1, designs: [] },
      "mmlu-summary-choices.eval": { kind: "inspect-eval", valid: 1, invalid: 0, designs: [["openai/gpt-4o", 1, 0]] },
    });
  });

  test("a sample's tokens, time and turns: model_usage (cache reads apart), working_time, model events", () => {
    const eval_ = parseRunLogText(fixture("log_read_sample.eval"), "log_read_sample.eval", { settings: single });
    assert.deepEqual(eval_.designs[0]?.means, { tokensIn: 66, tokensOut: 3, turns: 1, seconds: 0.3 });
    const json = parseRunLogText(fixture("log_read_sample.json"), "log_read_sample.json", { settings: single });
    assert.deepEqual(json.designs[0]?.means, { tokensIn: 66, tokensOut: 3, turns: 1, seconds: 1.952 });
    const mmlu = parseRunLogText(fixture("mmlu-summary-choices.eval"), "mmlu.eval", { settings: single });
    assert.deepEqual(mmlu.designs[0]?.means, { tokensIn: 153, tokensOut: 3, turns: 1, seconds: 1.458, tokensCached: 0 });
  });

  test("each unscored sample is listed by its id and epoch, with the reason", () => {
    const popularity = parseRunLogText(fixture(POPULARITY), POPULARITY, { settings: single });
    assert.equal(popularity.errors.length, 10);
    assert.deepEqual(popularity.errors[0], {
      file: POPULARITY,
      line: null,
      sample: "5 (epoch 1)",
      field: "scores",
      reason: "no score: the sample was not scored",
    });
    assert.equal(parseRunLogText(fixture("log_tool_call_error.json"), "x.json", { settings: single }).errors[0]?.sample, "1 (epoch 4)");
  });

  test("a log that names no design, given none, is refused sample by sample, saying how", () => {
    const s = parseRunLogText(fixture("log_read_sample.eval"), "log_read_sample.eval");
    assert.deepEqual([s.rows, s.files[0]?.design], [{ valid: 0, invalid: 1 }, "needed"]);
    assert.equal(s.errors[0]?.reason, "the log names no design for this row (no architecture): choose the design the file measured");
  });

  test("read as a stream from a Blob, in chunks of any size, the same", async () => {
    const bytes = fixture(POPULARITY);
    const whole = parseRunLogText(bytes, POPULARITY, { settings: single });
    const streamed = await parseRunLogFiles([{ blob: new Blob([new Uint8Array(bytes)]), name: POPULARITY, settings: single }]);
    assert.deepEqual(streamed, whole);
  });
});

/** A .eval log as Inspect lays it out, made here: start journal, samples, header last. */
function evalLog(
  samples: readonly object[],
  evalSpec: object = { model: "openai/gpt-5-mini", task_args: { architecture: "centralized", agents: 4 } },
  options: { journal?: boolean } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  if (options.journal !== false) files["_journal/start.json"] = strToU8(JSON.stringify({ version: 2, eval: evalSpec }));
  samples.forEach((s, i) => (files[`samples/${i + 1}_epoch_1.json`] = strToU8(JSON.stringify(s))));
  files["header.json"] = strToU8(JSON.stringify({ version: 2, status: "success", eval: evalSpec }));
  return zipSync(files);
}

describe("an Inspect log made here", () => {
  const scored = (id: number, value: unknown, extra: object = {}) => ({ id, epoch: 1, scores: { match: { value } }, ...extra });

  test("scores: C/I, booleans, numbers against the threshold, P by the user's rule; a dict is an invalid sample", () => {
    const log = evalLog([scored(1, "C"), scored(2, "I"), scored(3, true), scored(4, 0.8), scored(5, "P"), scored(6, { accuracy: 1 }), scored(7, "N")]);
    const strict = parseRunLogText(log, "a.eval");
    assert.deepEqual(
      [strict.designs[0]?.architecture, strict.designs[0]?.agents, strict.designs[0]?.model],
      ["centralized", 4, "openai/gpt-5-mini"],
      "the design from task_args, the model from eval.model",
    );
    assert.deepEqual([strict.designs[0]?.tasks, strict.designs[0]?.solved], [6, 2]);
    assert.deepEqual(
      strict.errors.map((e) => [e.sample, e.field]),
      [["6 (epoch 1)", "scores"]],
    );
    assert.match(strict.errors[0]?.reason ?? "", /the score of "match" is an object; expected C, I, P, N, a number or a boolean/);
    const lenient = parseRunLogText(log, "a.eval", { rules: { score: { threshold: 0.5, partialSolved: true } } });
    assert.equal(lenient.designs[0]?.solved, 4, "0.8 at threshold 0.5 and P counted");
  });

  test("samples before any header wait for it; a log without a header still reads with the chosen design", () => {
    const noJournal = parseRunLogText(evalLog([scored(1, "C"), scored(2, "I")], undefined, { journal: false }), "a.eval");
    assert.deepEqual(
      noJournal.designs.map((d) => [d.architecture, d.tasks, d.solved]),
      [["centralized", 2, 1]],
    );
    const files: Record<string, Uint8Array> = { "samples/1_epoch_1.json": strToU8(JSON.stringify(scored(1, "C"))) };
    const headless = parseRunLogText(zipSync(files), "h.eval", { settings: single });
    assert.deepEqual(
      [headless.rows.valid, headless.errors.map((e) => e.reason)],
      [1, ["no header.json or _journal/start.json: the log's model and design are unknown"]],
    );
  });

  test("two logs of two designs on the same samples are one paired upload", async () => {
    const samples = [scored(1, "C"), scored(2, "I"), scored(3, "C")];
    const one = evalLog(samples, { model: "openai/gpt-5-mini", task_args: {} });
    const two = evalLog(samples, { model: "openai/gpt-5-mini", metadata: { architecture: "hybrid", agents: "3" } });
    const summary = await parseRunLogFiles([
      { blob: new Blob([new Uint8Array(one)]), name: "single.eval", settings: single },
      { blob: new Blob([new Uint8Array(two)]), name: "hybrid.eval" },
    ]);
    assert.deepEqual(
      summary.designs.map((d) => [d.architecture, d.agents, d.tasks]),
      [
        ["single", 1, 3],
        ["hybrid", 3, 3],
      ],
    );
    assert.equal(summary.paired, true);
    assert.deepEqual(
      summary.files.map((f) => [f.name, f.design, f.rows.valid]),
      [
        ["single.eval", "chosen", 3],
        ["hybrid.eval", "log", 3],
      ],
    );
  });

  test("a file that is no zip, or is cut short, says so and loads nothing", () => {
    assert.match(parseRunLogText(strToU8("not a zip at all"), "x.eval").errors[0]?.reason ?? "", /^not a readable zip \(no zip entry at byte 0\)/);
    const log = evalLog([scored(1, "C"), scored(2, "C")]);
    const cut = parseRunLogText(log.subarray(0, Math.floor(log.length / 2)), "cut.eval");
    assert.match(cut.errors.map((e) => e.reason).join(" "), /cut short/);
  });

  test("sampleRow: the id and epoch name the task; the first scorer decides", () => {
    assert.deepEqual(sampleRow({ id: "a-1", epoch: 3, scores: { one: { value: "I" }, two: { value: "C" } } }), {
      record: { task: "a-1#3", solved: "I" },
      place: { line: null, sample: "a-1 (epoch 3)" },
    });
    assert.deepEqual(sampleRow({ epoch: 1 }, "samples/x.json"), {
      place: { line: null, sample: "samples/x.json" },
      field: "id",
      reason: "expected a sample id (a string or a number), got nothing",
    });
    assert.match(JSON.stringify(sampleRow({ id: 1, error: { message: "boom" }, scores: {} })), /no score: the sample errored \(boom\)/);
  });
});
