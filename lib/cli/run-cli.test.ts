import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { corruptedCopy, findCsvRow, setCsvCell } from "../data/test-helpers";
import { PAPER_COEFFICIENT_KEYS } from "../model/paper/terms";
import { runCli } from "./run-cli";
import { simulatePilotFusion } from "../model/validation/pilot-fusion";
import { binomialPilots } from "../model/validation/pilot-sources";
import { pilotFusionText } from "./validate-command";
import { SHARED, skipWithoutShared } from "../../test-support/shared-folder";

const cli = (...argv: string[]) => runCli(argv, () => loadDataset());
/** Real Inspect logs beside the repository (shared/fixtures/inspect; CI has it); without them those tests are skipped, saying why. */
const INSPECT_FIXTURES = join(SHARED, "fixtures", "inspect");
const INSPECT_SKIP = skipWithoutShared(INSPECT_FIXTURES);

describe("cli reproduce", () => {
  test("--json prints one object with the documented keys and the v2 figures", () => {
    const result = cli("reproduce", "--fit", "v2", "--json");
    assert.equal(result.status, 0);
    assert.equal(result.stderr, "");
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ["fit", "rows", "rank", "meanIntelligence", "r2Train", "r2CvMean", "r2CvSd", "aic", "coefficients", "identified"]);
    assert.deepEqual(Object.keys(json.coefficients), PAPER_COEFFICIENT_KEYS);
    assert.deepEqual(Object.keys(json.identified), PAPER_COEFFICIENT_KEYS);
    assert.equal(json.fit, "v2");
    assert.equal(json.rows, 180);
    assert.equal(json.rank, 17);
    assert.ok(Math.abs(json.r2CvMean - 0.5241) < 0.0005);
    assert.equal(Object.values(json.identified).filter(Boolean).length, 13);
  });

  test("defaults to the v3 fit", () => {
    const json = JSON.parse(cli("reproduce", "--json").stdout);
    assert.equal(json.fit, "v3");
    assert.equal(json.rows, 260);
  });

  test("the table marks every non-identified term and shows the printed figures", () => {
    const result = cli("reproduce", "--fit", "v3");
    assert.equal(result.status, 0);
    assert.equal(result.stdout.match(/not identified †/g)?.length, 7);
    assert.match(result.stdout, /R² CV {4}0\.3728 ± 0\.1702 over the paper's 5 folds \(printed 0\.3728 ± 0\.1702\)/);
    assert.match(result.stdout, /P·log\(1\+n\) +−0\.2359 /);
  });

  test("a printed figure it cannot reproduce exits 1, naming file, row and field", () => {
    const text = readFileSync(join(process.cwd(), "data", "paper-coefficients.csv"), "utf8");
    const row = findCsvRow(text, (r) => r.fit === "v3" && r.term === "I");
    const printed = loadDataset().paperCoefficients[row - 1]?.coefficient ?? Number.NaN;
    const copy = corruptedCopy("paper-coefficients.csv", (t) => setCsvCell(t, row, "coefficient", String(-printed)));
    try {
      const result = runCli(["reproduce", "--fit", "v3"], () => loadDataset(copy.dir));
      assert.equal(result.status, 1);
      assert.match(result.stdout, /R² CV/, "the table is still printed");
      assert.match(
        result.stderr,
        new RegExp(
          `^reproduce: 1 printed figure not reproduced:\\n  data/paper-coefficients\\.csv row ${row} \\(fit v3, term I\\), field coefficient: reproduced ${printed.toFixed(4)}, printed −${printed.toFixed(4)}`,
        ),
      );
      assert.equal(runCli(["reproduce", "--fit", "v2"], () => loadDataset(copy.dir)).status, 0, "the other fit still reproduces");
    } finally {
      copy.cleanup();
    }
  });

  test("an unknown command exits 2 naming it, with the usage", () => {
    const result = cli("reproduse");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown command "reproduse"/);
    assert.match(result.stderr, /usage: npm run -s cli -- <command>/);
    assert.equal(result.stdout, "");
  });

  test("an unknown flag exits 2 naming it", () => {
    const result = cli("reproduce", "--fits", "v2");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown flag "--fits" for "reproduce"/);
  });

  test("a bad value exits 2 naming the flag and the allowed values", () => {
    const result = cli("reproduce", "--fit", "v4");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--fit: expected one of v2, v3, got "v4"/);
  });

  test("a missing value, a value on a switch and a stray argument exit 2", () => {
    assert.match(cli("reproduce", "--fit").stderr, /--fit needs a value/);
    assert.match(cli("reproduce", "--json=yes").stderr, /--json takes no value/);
    assert.match(cli("reproduce", "extra").stderr, /unexpected argument "extra"/);
    assert.equal(cli().status, 2);
  });

  test("a flag with no value before another flag is named as the one lacking it, not the stray value after", () => {
    const result = cli("predict", "--tools", "--decomposability", "0.5");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^error: --tools needs a value/);
    assert.doesNotMatch(result.stderr, /unexpected argument/);
    assert.match(cli("predict", "--decomposability", "0.5", "--tools", "-h").stderr, /^error: --tools needs a value/);
  });

  test("a negative number is still a value, checked against the flag's range", () => {
    assert.match(cli("predict", "--tools", "-3").stderr, /^error: --tools: expected an integer in \[0, 64\], got "-3"/);
  });

  test("values are checked before strays: a bad value is reported even after a stray word", () => {
    assert.match(cli("reproduce", "extra", "--fit", "v4").stderr, /^error: --fit: expected one of v2, v3, got "v4"/);
    assert.match(cli("reproduce", "extra", "--fit", "v3").stderr, /^error: unexpected argument "extra" for "reproduce"/);
  });
});

test("the real process prints only the JSON object on stdout and exits 0", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "reproduce", "--fit", "v3", "--json"], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim().split("\n").length, 1);
  assert.equal(JSON.parse(result.stdout).fit, "v3");
});

describe("cli predict", () => {
  test("--json prints the documented shape: one prediction per architecture at its measured count", () => {
    const result = cli("predict", "--tools", "4", "--decomposability", "0.3", "--baseline", "0.5", "--model", "gpt-5", "--json");
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ["fit", "dataVersion", "scenario", "predictions", "recommendation", "frontier", "query"]);
    assert.equal(json.fit, "architect");
    assert.match(json.dataVersion, /^[0-9a-f]{12}$/);
    assert.equal(json.scenario.capability, 71);
    assert.deepEqual(
      json.predictions.map((p: { architecture: string; agents: number }) => `${p.architecture}:${p.agents}`),
      ["single:1", "independent:3", "decentralized:3", "centralized:4", "hybrid:4"],
    );
    for (const p of json.predictions) {
      assert.deepEqual(Object.keys(p), [
        "architecture",
        "agents",
        "successRate",
        "interval",
        "extrapolated",
        "reasons",
        "turns",
        "tokens",
        "costUsd",
        "costPerSuccessUsd",
        "wallClockSeconds",
        "price",
        "chanceBeatsSingle",
        "verdict",
        "expectedNetValueUsd",
        "chanceHighestNetValue",
        "breakEvenValueUsd",
      ]);
      assert.ok(p.interval[0] <= p.successRate && p.successRate <= p.interval[1]);
      assert.deepEqual(Object.keys(p.tokens), ["input", "output"]);
      assert.deepEqual(p.price, { input: 1.25, output: 10, cached: 0.125, date: "2026-08-05" });
      // No value per solved task: no net values; each multi-agent design has its chance and verdict.
      assert.equal(p.expectedNetValueUsd, null);
      if (p.architecture === "single") assert.deepEqual([p.chanceBeatsSingle, p.verdict], [null, null]);
      else assert.ok(p.chanceBeatsSingle >= 0 && p.chanceBeatsSingle <= 1 && ["better", "worse", "unsure"].includes(p.verdict));
    }
    const single = json.predictions[0];
    assert.equal(single.successRate, 0.5);
    // Hand-computed: 7.2 turns x 3,000 input and 670 output tokens; half the input cached at $0.125.
    assert.equal(single.turns, 7.2);
    assert.deepEqual(single.tokens, { input: 21600, output: 4824 });
    assert.ok(Math.abs(single.costUsd - (10800 * 1.25 + 10800 * 0.125 + 4824 * 10) / 1e6) < 1e-9);
    assert.ok(Math.abs(single.costPerSuccessUsd - single.costUsd / 0.5) < 1e-6);
    assert.equal(single.wallClockSeconds, 43.2);
    // The recommendation: no value stated, so a multi-agent design only when it beats the single agent with 90%.
    const r = json.recommendation;
    assert.deepEqual(Object.keys(r), [
      "architecture",
      "agents",
      "kind",
      "rule",
      "chance",
      "call",
      "shownBetter",
      "contender",
      "constraint",
      "like",
      "valueBands",
      "pilot",
      "breakEvenBaseline",
      "why",
    ]);
    assert.equal(r.rule, "confidence");
    const surest = Math.max(...json.predictions.slice(1).map((p: { chanceBeatsSingle: number }) => p.chanceBeatsSingle));
    assert.equal(r.kind, surest >= 0.9 ? "multi" : "single");
    assert.equal(r.shownBetter, surest >= 0.9);
    assert.ok(r.chance >= 0 && r.chance <= 1);
    assert.deepEqual(r.constraint, { active: false, met: true, overridesCall: false, note: null });
    assert.equal(r.valueBands[0].fromUsd, 0);
    assert.equal(r.valueBands.at(-1).toUsd, null);
    assert.match(r.why, /\.$/);
  });

  test("with --value the rule weighs net value: the highest expected net value is built, and every design has its net value", () => {
    const json = JSON.parse(
      cli("predict", "--tools", "4", "--decomposability", "0.3", "--baseline", "0.5", "--model", "gpt-5", "--value", "2", "--json").stdout,
    );
    assert.equal(json.recommendation.rule, "value");
    const net = json.predictions.map((p: { successRate: number; costUsd: number }) => 2 * p.successRate - p.costUsd);
    const best = json.predictions[net.indexOf(Math.max(...net))];
    assert.deepEqual([json.recommendation.architecture, json.recommendation.agents], [best.architecture, best.agents]);
    assert.equal(json.recommendation.chance, best.chanceHighestNetValue);
    for (const p of json.predictions) assert.ok(Math.abs(p.expectedNetValueUsd - (2 * p.successRate - p.costUsd)) < 1e-4, p.architecture);
    assert.match(cli("predict", "--value", "-1").stderr, /--value: expected a number in \[0, 1000000\], got "-1"/);
  });

  test("a requested agent count adds that design, flagged as extrapolated", () => {
    const json = JSON.parse(cli("predict", "--architecture", "decentralized", "--agents", "7", "--json").stdout);
    assert.equal(json.predictions.length, 6);
    const last = json.predictions[5];
    assert.equal(`${last.architecture}:${last.agents}`, "decentralized:7");
    assert.equal(last.extrapolated, true);
    assert.match(last.reasons[0], /7 agents: the runs measured decentralized only with 3/);
  });

  test("each fit answers, and the paper's differs from the architect's", () => {
    const answers = ["architect", "paper-v3", "paper-v2"].map((fit) => JSON.parse(cli("predict", "--fit", fit, "--baseline", "0.3", "--json").stdout));
    assert.deepEqual(
      answers.map((a) => a.fit),
      ["architect", "paper-v3", "paper-v2"],
    );
    // Every fit keeps the pilot as the single agent's success: only the multi-agent designs can differ.
    assert.deepEqual(
      answers.map((a) => a.predictions[0].successRate),
      [0.3, 0.3, 0.3],
    );
    // Centralized with 4 agents on the default task with a 0.3 pilot: architect 0.479, paper v3 0.497, paper v2 0.647.
    const centralized = answers.map(
      (a) => a.predictions.find((p: { architecture: string; agents: number }) => p.architecture === "centralized" && p.agents === 4)?.successRate,
    );
    assert.ok(Math.abs(centralized[0] - centralized[1]) > 0.01, `architect ${centralized[0]} vs paper v3 ${centralized[1]}`);
    assert.ok(centralized[2] - centralized[1] > 0.1, `paper v2 ${centralized[2]} vs paper v3 ${centralized[1]}`);
  });

  test("a bad value exits 2 naming the flag and its allowed range", () => {
    for (const [flag, value, pattern] of [
      ["--tools", "abc", /--tools: expected an integer in \[0, 64\], got "abc"/],
      ["--decomposability", "1.5", /--decomposability: expected a number in \[0, 1\], got "1\.5"/],
      ["--model", "gpt-9", /--model: expected one of gpt-5, .*got "gpt-9"/],
      ["--fit", "best", /--fit: expected one of architect, paper-v3, paper-v2, got "best"/],
    ] as const) {
      const result = cli("predict", flag, value);
      assert.equal(result.status, 2, `${flag} ${value}`);
      assert.match(result.stderr, pattern);
    }
    assert.match(cli("predict", "--architecture", "centralized", "--agents", "1").stderr, /--agents: centralized takes 2-16 agents, got 1/);
    assert.match(cli("predict", "--tool", "3").stderr, /unknown flag "--tool" for "predict"/);
  });
});

test("predict --tasks-per-day adds each design's monthly cost (30 days), and --max-cost marks designs over it", () => {
  const json = JSON.parse(
    cli(
      "predict",
      "--sas-turns",
      "10",
      "--price-input",
      "1",
      "--price-output",
      "2",
      "--price-cached",
      "0.5",
      "--cache-hit-rate",
      "0",
      "--input-tokens-per-turn",
      "1000",
      "--output-tokens-per-turn",
      "100",
      "--tasks-per-day",
      "1000",
      "--max-cost",
      "0.05",
      "--json",
    ).stdout,
  );
  const single = json.predictions[0];
  assert.equal(single.monthlyCostUsd, 0.012 * 1000 * 30);
  assert.equal(single.overBudget, false);
  assert.ok(json.predictions.some((p: { overBudget: boolean }) => p.overBudget));
  const text = cli("predict", "--tasks-per-day", "1000").stdout;
  assert.match(text, /cost\/month/);
  assert.match(text, /^At 1,000 tasks a day: \$[\d,.]+ a month \(30 days; single agent: \$[\d,.]+\)\.$/m);
  assert.doesNotMatch(cli("predict").stdout, /cost\/month/);
  assert.match(cli("predict", "--tasks-per-day", "-3").stderr, /--tasks-per-day: expected a number in \[0, 100000000\], got "-3"/);
});

test("predict prints the cost chart's Pareto frontier: measured agent counts only unless --frontier all", () => {
  type Design = { architecture: string; agents: number; successRate: number; costUsd: number; measuredAgents: boolean };
  const frontierOf = (...flags: string[]) =>
    JSON.parse(cli("predict", "--tools", "5", "--decomposability", "0.7", ...flags, "--json").stdout).frontier as { through: string; designs: Design[] };
  const measured = frontierOf();
  const all = frontierOf("--frontier", "all");
  assert.equal(measured.through, "measured");
  assert.ok(measured.designs.length > 0 && measured.designs.every((d) => d.measuredAgents));
  assert.equal(all.through, "all");
  assert.ok(
    all.designs.some((d) => !d.measuredAgents),
    "an extrapolated count cheaper or better than the measured ones joins it",
  );
  for (const { designs } of [measured, all]) {
    // In order of cost, each design more successful than every cheaper one (as printed: to 4 decimals).
    for (let i = 1; i < designs.length; i++) {
      assert.ok(designs[i]!.costUsd >= designs[i - 1]!.costUsd);
      assert.ok(designs[i]!.successRate >= designs[i - 1]!.successRate);
    }
  }
  const text = cli("predict", "--tools", "5", "--decomposability", "0.7").stdout;
  assert.match(text, /^Pareto frontier \(measured agent counts only; --frontier all lets it pass through extrapolated ones\)/m);
  assert.match(cli("predict", "--frontier", "all").stdout, /^Pareto frontier \(extrapolated agent counts included\)/m);
});

test("predict's cost flags reach the costs, and a hand-entered price has no date", () => {
  const json = JSON.parse(
    cli(
      "predict",
      "--input-tokens-per-turn",
      "1000",
      "--output-tokens-per-turn",
      "100",
      "--cache-hit-rate",
      "0",
      "--sas-turns",
      "10",
      "--seconds-per-turn",
      "2",
      "--price-input",
      "1",
      "--price-output",
      "2",
      "--price-cached",
      "0.5",
      "--max-cost",
      "0.5",
      "--min-success",
      "0.2",
      "--json",
    ).stdout,
  );
  const single = json.predictions[0];
  assert.equal(single.turns, 10);
  assert.ok(Math.abs(single.costUsd - (10000 * 1 + 1000 * 2) / 1e6) < 1e-9);
  assert.equal(single.wallClockSeconds, 20);
  assert.deepEqual(single.price, { input: 1, output: 2, cached: 0.5, date: null });
  assert.equal(json.scenario.maxCost, 0.5);
  assert.equal(cli("predict", "--cache-hit-rate", "2").status, 2);
  assert.match(cli("predict", "--min-success", "-1").stderr, /--min-success: expected a number in \[0, 1\] \(a share: 0\.5 is 50%\), got "-1"/);
});

test("cost per success is null below 1% success", () => {
  const json = JSON.parse(cli("predict", "--baseline", "0.005", "--json").stdout);
  assert.equal(json.predictions[0].costPerSuccessUsd, null);
});

describe("cli predict with pilots", () => {
  const centralized = (json: { predictions: { architecture: string; successRate: number; interval: [number, number] }[] }) =>
    json.predictions.find((p) => p.architecture === "centralized");
  test("--pilot (repeatable) moves the piloted design toward its measurement and narrows it; --paired is recorded", () => {
    const plain = JSON.parse(cli("predict", "--tools", "4", "--json").stdout);
    const piloted = cli("predict", "--tools", "4", "--pilot", "single:12/30", "--pilot", "centralized:4:27/30", "--paired", "--json");
    assert.equal(piloted.status, 0, piloted.stderr);
    const json = JSON.parse(piloted.stdout);
    assert.deepEqual(
      json.scenario.pilots,
      [
        { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true, model: "gpt-5-mini" },
        { architecture: "centralized", agents: 4, tasks: 30, solved: 27, paired: true, model: "gpt-5-mini" },
      ],
      "a --pilot ran with the scenario's model",
    );
    const before = centralized(plain);
    const after = centralized(json);
    assert.ok(before && after);
    assert.ok(after.successRate > before.successRate + 0.1, `${before.successRate} -> ${after.successRate}`);
    assert.ok(after.interval[1] - after.interval[0] < before.interval[1] - before.interval[0]);
    assert.match(cli("predict", "--pilot", "single:12/30").stdout, /Measured on your task: Single agent \(SAS\), 1 agent, 12 of 30 tasks \(40%\)/);
  });

  test("--runs FILE: every valid row kept as pilots with their measured cost, every invalid row on stderr by line and field; nothing valid exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "runs-"));
    const good = join(dir, "pilot.csv");
    writeFileSync(
      good,
      "task,architecture,agents,solved,turns,cost\nt1,single,1,1,7,0.01\nt2,single,1,0,8,0.01\nt1,centralized,4,1,30,0.05\nt2,centralized,4,1,28,0.04\nt3,centralized,4,maybe,28,0.04\n",
    );
    const result = cli("predict", "--runs", good, "--json");
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /pilot\.csv: 4 valid rows kept, 1 invalid:\n  line 6, solved: /);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(
      json.scenario.pilots.map((p: { architecture: string; tasks: number; solved: number; paired: boolean }) => [p.architecture, p.tasks, p.solved, p.paired]),
      [
        ["single", 2, 1, true],
        ["centralized", 2, 2, true],
      ],
    );
    const centralized = json.predictions.find((p: { architecture: string }) => p.architecture === "centralized");
    assert.equal(centralized.costUsd, 0.045);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "foo\n1\n");
    const none = cli("predict", "--runs", bad);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--runs: no valid row in .*bad\.csv \(line 1, header: missing columns/);
    assert.match(cli("predict", "--runs", join(dir, "missing.csv")).stderr, /--runs: cannot read/);
  });

  test(
    "--runs reads Inspect logs: FILE=ARCH[:AGENTS] names the design of a log that names none; one log per design pairs on the same samples",
    { skip: INSPECT_SKIP },
    () => {
      const fixture = (name: string) => join(INSPECT_FIXTURES, name);
      const refused = cli("predict", "--runs", fixture("log_read_sample.eval"));
      assert.equal(refused.status, 2);
      assert.match(
        refused.stderr,
        /--runs: .*log_read_sample\.eval names no design \(its rows or samples give no architecture\): give it as --runs .*log_read_sample\.eval=ARCHITECTURE\[:AGENTS\], e\.g\./,
      );
      const counts = Object.fromEntries(
        ["log_formats.eval", "log_read_sample.eval", "log_read_sample.json", "mmlu-summary-choices.eval"].map((name) => {
          const result = cli("predict", "--runs", `${fixture(name)}=single`, "--json");
          assert.equal(result.status, 0, result.stderr);
          const pilots = [...JSON.parse(result.stdout).scenario.pilots, ...JSON.parse(result.stdout).scenario.otherPilots];
          return [
            name,
            pilots.map((p: { architecture: string; tasks: number; solved: number; model: string }) => [p.architecture, p.tasks, p.solved, p.model]),
          ];
        }),
      );
      assert.deepEqual(counts, {
        "log_formats.eval": [["single", 1, 0, "llama3.1"]],
        "log_read_sample.eval": [["single", 1, 1, "gemma3"]],
        "log_read_sample.json": [["single", 1, 1, "gemma3"]],
        "mmlu-summary-choices.eval": [["single", 1, 0, "gpt-4o"]],
      });
      const unscored = cli("predict", "--runs", `${fixture("2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval")}=single`);
      assert.equal(unscored.status, 2);
      assert.match(unscored.stderr, /no valid row in .*popularity.*\(sample 5 \(epoch 1\), scores: no score: the sample was not scored\)/);
      // A model the calculator cannot predict for is kept, not fused, with a notice; @MODEL counts it as another.
      const other = cli("predict", "--runs", `${fixture("log_read_sample.eval")}=single`);
      assert.match(
        other.stderr,
        /pilots of gemma3 are kept but not fused: the scenario predicts for gpt-5-mini\. --runs FILE=ARCH@gpt-5-mini counts a log as gpt-5-mini's\./,
      );
      const counted = JSON.parse(cli("predict", "--runs", `${fixture("log_read_sample.eval")}=single@gpt-5-mini`, "--json").stdout);
      assert.deepEqual(
        counted.scenario.pilots.map((p: { model: string }) => p.model),
        ["gpt-5-mini"],
      );
    },
  );

  test("--runs takes a task_id/resolved CSV, a --map for other names, and several files that pair", () => {
    const dir = mkdtempSync(join(tmpdir(), "runs-"));
    const swe = join(dir, "swe.csv");
    writeFileSync(swe, "instance_id,architecture,agents,resolved,prompt_tokens,completion_tokens\na,single,1,true,100,10\nb,single,1,false,200,20\n");
    const read = JSON.parse(cli("predict", "--runs", swe, "--json").stdout);
    assert.deepEqual(
      read.scenario.pilots.map((p: { tasks: number; solved: number; measured: object }) => [p.tasks, p.solved, p.measured]),
      [[2, 1, { tokensIn: 150, tokensOut: 15 }]],
    );
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, "problem,ok\na,1\nb,1\n");
    assert.match(cli("predict", "--runs", `${odd}=centralized`).stderr, /missing columns "task", "solved"/);
    const mapped = JSON.parse(cli("predict", "--runs", `${odd}=centralized`, "--runs", `${swe}`, "--map", "task=problem,solved=ok", "--json").stdout);
    assert.deepEqual(
      mapped.scenario.pilots.map((p: { architecture: string; agents: number; paired: boolean }) => [p.architecture, p.agents, p.paired]),
      [
        ["single", 1, true],
        ["centralized", 4, true],
      ],
    );
    assert.match(cli("predict", "--map", "task=x").stderr, /--map: applies to --runs logs, and none was given/);
    assert.match(cli("predict", "--runs", swe, "--map", "tsk=x").stderr, /--map: "tsk" is not a field/);
    assert.match(cli("predict", "--runs", `${swe}=swarm`).stderr, /--runs: .*swe\.csv: architecture expected one of single/);
  });

  test("--runs refuses what is not a regular file (a device, a pipe, a folder) and a log over the size cap, without reading it", () => {
    assert.match(
      cli("predict", "--runs", "/dev/zero").stderr,
      /--runs: cannot read \/dev\/zero \(not a regular file: a device, a pipe or a folder cannot be a log\)/,
    );
    const dir = mkdtempSync(join(tmpdir(), "runs-"));
    assert.match(cli("predict", "--runs", dir).stderr, /not a regular file/);
    const fifo = join(dir, "pipe.csv");
    if (spawnSync("mkfifo", [fifo]).status === 0)
      assert.match(cli("predict", "--runs", fifo).stderr, /--runs: cannot read .*pipe\.csv \(not a regular file/, "a pipe with no writer does not block");
    const huge = join(dir, "huge.csv");
    writeFileSync(huge, "");
    truncateSync(huge, 1024 * 1024 * 1024 + 1);
    assert.match(cli("predict", "--runs", huge).stderr, /--runs: cannot read .*huge\.csv \(1024 MB, larger than the 1024 MB a log may be: split it\)/);
  });

  test("a bad --pilot exits 2 naming the pilot and its field", () => {
    const result = cli("predict", "--pilot", "single:12/30", "--pilot", "centralized:4:40/30");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--pilot: pilot 2: solved expected an integer in \[0, 30\] \(its tasks\), got 40/);
    assert.match(cli("predict", "--pilot", "centralized-4-15-30").stderr, /--pilot: pilot 1: expected ARCHITECTURE\[:AGENTS\]:SOLVED\/TASKS/);
    assert.match(cli("predict", "--paired").stderr, /--paired: needs two or more --pilot values/);
  });
});

describe("cli validate", () => {
  test("--json prints the ten figures of naive, paper and architect, then the evidence, pooled and leave-one-study-out figures", () => {
    const result = cli("validate", "--rows", "v3", "--json");
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ["rows", "models", "evidence", "pooled", "leaveOneStudyOut", "floors", "decisions", "decisionsAtReferencePrice"]);
    assert.equal(json.rows, "v3");
    assert.deepEqual(Object.keys(json.models), ["naive", "paper", "architect"]);
    const keys = ["r2CvMean", "maeCv", "maeLobo", "maeLoboMas", "decisionCv", "decisionLobo", "exactBestCv", "exactBestLobo", "coverageCv", "coverageLobo"];
    const fraction = (value: unknown) => value === null || (typeof value === "number" && value >= 0 && value <= 1);
    for (const model of Object.values(json.models) as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(model), [...keys, "maeLoboMasSe", "coverageLoboByBenchmark"]);
      for (const key of keys.filter((k) => k.startsWith("decision") || k.startsWith("exact") || k.startsWith("coverage")))
        assert.ok(fraction(model[key]), `${key} = ${String(model[key])}`);
      assert.deepEqual(Object.keys(model.coverageLoboByBenchmark as object).length, 6);
    }
    assert.equal(json.models.naive.coverageCv, null);
    assert.deepEqual(Object.keys(json.evidence), ["choice", "studies", "benchmarks", "runs"]);
    assert.ok(json.evidence.studies >= 5 && json.evidence.benchmarks >= 12, JSON.stringify(json.evidence));
    assert.deepEqual(Object.keys(json.pooled), ["naive", "architect"]);
    for (const model of Object.values(json.pooled) as Record<string, unknown>[]) {
      assert.ok(typeof model.maeLoboMas === "number" && typeof model.maeLoboMasSe === "number" && fraction(model.decisionLobo));
      assert.ok(Object.keys(model.coverageLoboByBenchmark as object).length >= 12);
    }
    assert.equal(json.pooled.naive.coverageLobo, null);
    assert.ok(typeof json.leaveOneStudyOut.naive === "number" && typeof json.leaveOneStudyOut.architect === "number");
    // Floors beside the errors: every floor of both benchmark sets; sampling noise is below the architect's error.
    // (The other two are models that know more but do not shrink the gain: with the shrinkage, the architect's
    // pooled error falls below the "benchmark known" one, which docs/model.md reports.)
    assert.deepEqual(Object.keys(json.floors), ["kim", "pooled"]);
    for (const [set, architect] of [
      ["kim", json.models.architect.maeLoboMas],
      ["pooled", json.pooled.architect.maeLoboMas],
    ] as const) {
      assert.deepEqual(Object.keys(json.floors[set]), ["sampling", "benchmarkKnown", "perfectProperty"]);
      for (const floor of Object.values(json.floors[set]) as { mae: number; rows: number }[])
        assert.ok(floor.mae > 0 && floor.rows > 0, `${set}: ${JSON.stringify(floor)}`);
      assert.ok(json.floors[set].sampling.mae < architect, `${set}: sampling ${json.floors[set].sampling.mae} vs ${architect}`);
    }
    // Decisions by regret: every harness, every rule, at listed prices and at the reference price.
    for (const decisions of [json.decisions, json.decisionsAtReferencePrice]) {
      assert.equal(typeof decisions.pricing, "string");
      for (const harness of ["kimLoboPilot", "kimLoboNoPilot", "pooledLobo", "loso", "evaluationsLoso"]) {
        for (const rule of ["value", "confidence", "old", "alwaysSingle", "alwaysMulti"]) {
          const score = decisions[harness][rule];
          assert.ok(score.groups > 0 && score.callsRight >= 0 && score.callsRight <= score.groups, `${harness}.${rule}`);
          assert.ok(score.pointsLost >= 0, `${harness}.${rule}`);
          assert.deepEqual(Object.keys(score.regret).sort(), ["0.1", "1", "10"]);
          for (const v of ["0.1", "1", "10"]) assert.ok(score.regret[v] >= 0, `${harness}.${rule} at $${v}`);
        }
      }
    }
    // Kim et al.'s nine models all list prices: every one of the 52 groups is scored; the pooled cells only where priced.
    assert.equal(json.decisions.kimLoboPilot.old.groups, 52);
    assert.ok(json.decisions.pooledLobo.old.groups < json.decisionsAtReferencePrice.pooledLobo.old.groups);
    assert.equal(json.permutation, undefined, "the permutation test runs only with --ablations");
    assert.equal(json.pilotFusion, undefined, "the pilot simulation runs only with --pilots");
  });

  test("a bad --rows exits 2", () => {
    const result = cli("validate", "--rows", "v4");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--rows: expected one of v2, v3, all, got "v4"/);
  });
});

describe("cli plan", () => {
  test("--json prints the plan: the call now, every design at every pilot size, the choice and its sentence", () => {
    const result = cli("plan", "--tools", "5", "--decomposability", "0.5", "--model", "gpt-5-mini", "--json");
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), [
      "fit",
      "dataVersion",
      "rule",
      "valuePerSuccessUsd",
      "lossUnit",
      "target",
      "draws",
      "seed",
      "designs",
      "now",
      "options",
      "choice",
      "sentence",
      "query",
    ]);
    assert.deepEqual(
      [json.fit, json.rule, json.valuePerSuccessUsd, json.lossUnit, json.target, json.draws, json.seed],
      ["architect", "confidence", null, "share", 0.9, 2000, 2512],
    );
    assert.deepEqual(
      json.designs.map((d: { design: string }) => d.design),
      ["single", "independent", "decentralized", "centralized", "hybrid"],
    );
    assert.deepEqual(Object.keys(json.now), ["call", "chance", "chanceSe", "expectedLoss", "expectedLossSe"]);
    // Each of the four multi-agent designs, and every design at once ("every"), at six sizes.
    assert.equal(json.options.length, 5 * 6);
    assert.deepEqual([...new Set(json.options.map((o: { design: string }) => o.design))], ["independent", "decentralized", "centralized", "hybrid", "every"]);
    for (const o of json.options) {
      assert.deepEqual(Object.keys(o), ["design", "tasks", "withSingle", "pilotCostUsd", "chance", "chanceSe", "expectedLoss", "expectedLossSe"]);
      assert.ok(o.chance >= 0 && o.chance <= 1 && o.expectedLoss >= 0 && o.pilotCostUsd > 0);
    }
    // The call now and how sure it is are predict's: one figure, one rule.
    const predicted = JSON.parse(cli("predict", "--tools", "5", "--decomposability", "0.5", "--model", "gpt-5-mini", "--json").stdout).recommendation;
    assert.equal(json.now.chance, predicted.chance);
    assert.equal(json.now.call, predicted.architecture);
    assert.ok(["none-needed", "plan", "none-affordable"].includes(json.choice.kind));
    assert.match(json.sentence, /\.$/);
    // The same scenario gives the same figures (a fixed seed).
    assert.equal(cli("plan", "--tools", "5", "--decomposability", "0.5", "--model", "gpt-5-mini", "--json").stdout, result.stdout);
  });

  test("a single-agent pilot already run covers plans of up to about its size: the single agent does not join them", () => {
    const json = JSON.parse(cli("plan", "--pilot", "single:12/30", "--json").stdout);
    const joins = (tasks: number) => json.options.filter((o: { tasks: number }) => o.tasks === tasks).map((o: { withSingle: boolean }) => o.withSingle);
    assert.deepEqual(joins(10), [false, false, false, false, false]);
    assert.deepEqual(joins(100), [true, true, true, true, true]);
  });

  test("the text prints the table and the recommendation", () => {
    const result = cli("plan", "--confidence", "0.8");
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Pilot plan \(the architect's model; data [0-9a-f]{12}\), confidence target 80%/);
    assert.match(result.stdout, /none \(the call now: /);
    assert.match(result.stdout, /(No pilot needed|Pilot (\w+|every multi-agent design) on \d+ tasks|No pilot on up to)/);
  });

  test("a bad --confidence exits 2 naming the flag; so does a paper fit", () => {
    for (const bad of ["1.5", "0", "abc"]) {
      const result = cli("plan", "--confidence", bad);
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`--confidence: expected a number in \\[0\\.5, 0\\.99\\], got "${bad}"`));
      assert.match(result.stderr, /usage: npm run -s cli -- plan/);
    }
    const long = cli("plan", "--confidence", `0.${"9".repeat(100_000)}`);
    assert.match(long.stderr, /--confidence: expected at most 64 characters, got "0\.9{38}…" \(100002 characters\)/);
    assert.match(cli("plan", "--confidence", "0x1").stderr, /--confidence: expected a number in \[0\.5, 0\.99\], got "0x1"/);
    assert.match(cli("plan", "--fit", "paper-v3").stderr, /--fit: the planner fuses pilots with the architect's model only/);
    assert.match(cli("plan", "--tools", "99").stderr, /--tools: /);
    assert.match(cli("plan", "--criterion", "best").stderr, /unknown flag "--criterion" for "plan"/);
  });
});

test("validate --pilots: the section words a simulation's tables, calibration and targets (tiny synthetic setup; the real one takes a minute)", () => {
  const prior = {
    mean: [0.4, 0.4, 0.5],
    cov: [
      [0.02, 0.01, 0.01],
      [0.01, 0.03, 0.02],
      [0.01, 0.02, 0.03],
    ],
  };
  const groups = [
    { benchmark: "x", model: "m1", designs: ["single", "centralized", "hybrid"], measured: [0.3, 0.35, 0.6], prior },
    { benchmark: "y", model: "m1", designs: ["single", "centralized", "hybrid"], measured: [0.6, 0.3, 0.2], prior },
    { benchmark: "z", model: "m1", designs: ["single", "centralized", "hybrid"], measured: [0.5, 0.8, 0.3], prior },
  ];
  const simulation = simulatePilotFusion(groups, {
    tasks: [30, 50],
    draws: 10,
    seed: 1,
    taskCorrelation: 0.5,
    pilots: binomialPilots(0.5),
    planCosts: [1, 2, 2],
    calibrate: true,
  });
  const empty = simulatePilotFusion([], {
    tasks: [],
    draws: 10,
    seed: 1,
    taskCorrelation: 0.5,
    pilots: binomialPilots(0.5),
    planCosts: [],
    calibrate: false,
  }).rows;
  const v = { ...simulation, taskCorrelation: 0.5, draws: 10, taskSubsets: { groups: 0, benchmarks: [], real: empty, binomial: empty } };
  const text = pilotFusionText(v, loadDataset(), "v3");
  assert.match(text, /^Pilots fused with the model \(v3 rows, 3 groups;/);
  assert.match(text, /A single-agent pilot of 30 tasks, then the design the planner chooses on the same 30 tasks:/);
  assert.match(text, /the model fused with both pilots \(the planner chose the design\) +\d+\.\d\/3 ± \d\.\d \(± \d\.\d\)/);
  assert.match(text, /The pilot planner's calibration, by the chance it promised the call would be right/);
  assert.match(text, /[✓✗] 30 tasks: single vs multi right in ≥ 84\.6% of groups \(44 of Kim et al.'s 52\): \d\.\d\/3/);
  assert.match(text, /[✓✗] the planner right in ≥ 85% of the cases where it promised ≥ 90%/);
  assert.doesNotMatch(text, /Real task subsets/);
});
