import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MODELLED_ARCHITECTURES } from "../model/architect/evidence-rows";
import { at } from "../model/stats/checked";
import { seededRandom } from "../model/stats/random";
import { plainNumberAt, spansOf } from "./cell-spans";
import { createRunLogTotals, createTableReader, DEFAULT_READ_RULES, type RunLogSummary } from "./run-log";
import { perTaskRowSchema, PILOT_ARCHITECTURES, RUN_LOG_COLUMNS } from "./run-log-schema";
import { resolveColumns } from "./columns";

const PerTaskRowSchema = perTaskRowSchema();
const PER_TASK = ["task", "architecture", "agents", "solved", "tokens_in", "tokens_out", "turns", "seconds", "cost"];
type Row = Record<string, string | undefined>;

/** Feeds rows of a CSV with `header` (line 2 onwards), as spans or as JSON Lines objects, and returns the summary. */
function summaryOf(header: readonly string[], rows: readonly Row[], options: { maxErrors?: number; spans?: boolean; headerLine?: number } = {}): RunLogSummary {
  const totals = createRunLogTotals({ maxErrors: options.maxErrors });
  const report = totals.startFile("pilot.csv", "csv");
  const table = createTableReader(totals, report, DEFAULT_READ_RULES, {}, header, options.headerLine ?? 1);
  rows.forEach((row, i) => {
    if (options.spans) table.addRow(spansOf(header.map((h) => row[h])), i + 2);
    else table.addObject(Object.fromEntries(header.map((h) => [h, row[h]])), i + 2);
  });
  return totals.summary();
}

const at2 = (line: number, field: string, reason: string) => ({ file: "pilot.csv", line, sample: null, field, reason });

describe("the pilot architectures", () => {
  test("are the calculator's (one list in the browser, one in the model; they must agree)", () => {
    assert.deepEqual([...PILOT_ARCHITECTURES], [...MODELLED_ARCHITECTURES]);
  });
});

describe("resolveColumns", () => {
  test("detects each format by task or tasks, in any case and with spaces", () => {
    assert.equal(resolveColumns([" Task", "ARCHITECTURE", "agents ", "solved", "model"]).format, "per-task");
    assert.equal(resolveColumns(["architecture", "agents", "tasks", "solved", "cost"]).format, "aggregate");
  });

  test("names every missing column, for the format the header leans to or for both, with the names that would have been read", () => {
    assert.equal(
      resolveColumns(["architecture", "agents", "tasks"]).reason,
      'missing column "solved" (an aggregate log needs architecture, agents, tasks, solved; also read as solved: success, resolved, passed, correct, score)',
    );
    const none = resolveColumns(["name", "agents"]);
    assert.deepEqual(none.missing, ["task", "architecture", "solved"]);
    assert.match(
      none.reason ?? "",
      /^missing columns "task", "architecture", "solved" \(a per-task log needs task, architecture, agents, solved; an aggregate log needs architecture, agents, tasks, solved; also read as task: task_id, instance_id, sample_id, id;/,
    );
    assert.match(resolveColumns(["task", "tasks", "architecture", "agents", "solved"]).reason ?? "", /^both "task" and "tasks" columns/);
  });

  test("reads the common aliases, a mapping the user gives, and milliseconds as seconds", () => {
    const swe = resolveColumns(["instance_id", "architecture", "agents", "resolved", "prompt_tokens", "completion_tokens", "latency_ms"]);
    assert.equal(swe.format, "per-task");
    assert.deepEqual([swe.position.task, swe.position.solved, swe.position.tokens_in, swe.position.tokens_out, swe.position.seconds], [0, 3, 4, 5, 6]);
    assert.equal(swe.scale.seconds, 1e-3);
    const mapped = resolveColumns(["problem", "arch", "agents", "ok"], { task: "problem", solved: "OK" });
    assert.equal(mapped.format, "per-task");
    assert.deepEqual([mapped.position.task, mapped.position.solved], [0, 3]);
    assert.match(
      resolveColumns(["problem", "arch", "agents", "ok"], { task: "nope", solved: "ok" }).reason ?? "",
      /mapped column not in the header: task=nope/,
    );
    assert.equal(resolveColumns(["id", "architecture", "agents", "tasks", "solved"]).format, "aggregate", "an id beside tasks is a row id, not a task");
    assert.equal(
      resolveColumns(["task_id", "solved"], {}, ["architecture", "agents"]).format,
      "per-task",
      "a design chosen for the file stands for its columns",
    );
  });
});

describe("a per-task log", () => {
  const rows: Row[] = [
    { task: "t1", architecture: "single", agents: "1", solved: "1", tokens_in: "1000", cost: "0.5" },
    { task: "t2", architecture: "single", agents: "1", solved: "false", tokens_in: "", cost: "1.5" },
    { task: "t1", architecture: "centralized", agents: "3", solved: "TRUE", tokens_in: "3000" },
    { task: "t2", architecture: "Centralized", agents: " 3 ", solved: "0", tokens_in: "2e3" },
    { task: "t3", architecture: "single", agents: "2", solved: "1" },
    { task: "t4", architecture: "swarm", agents: "x", solved: "maybe", cost: "-1" },
    { task: "", architecture: "hybrid", agents: "65", solved: "1" },
    { task: "t2", architecture: "centralized", agents: "3", solved: "1" },
    { task: "t5", architecture: "hybrid", agents: "3.0", solved: "1", turns: "7" },
    { task: "  ", architecture: " ", agents: "", solved: "" },
  ];

  for (const spans of [false, true]) {
    test(`keeps every good row and names every bad one by line and field (${spans ? "spans, as from CSV" : "records, as from papaparse"})`, () => {
      const summary = summaryOf(PER_TASK, rows, { spans });
      assert.equal(summary.format, "per-task");
      assert.deepEqual(summary.designs, [
        { architecture: "single", agents: 1, model: null, tasks: 2, solved: 1, means: { tokensIn: 1000, cost: 1 } },
        { architecture: "centralized", agents: 3, model: null, tasks: 2, solved: 1, means: { tokensIn: 2500 } },
        { architecture: "hybrid", agents: 3, model: null, tasks: 1, solved: 1, means: { turns: 7 } },
      ]);
      assert.deepEqual(summary.rows, { valid: 5, invalid: 4 }, "the all-blank row is skipped, not counted");
      assert.deepEqual(summary.errors, [
        at2(6, "agents", "expected 1 for a single agent, got 2"),
        at2(7, "architecture", 'expected one of single, independent, centralized, decentralized, hybrid, got "swarm"'),
        at2(7, "agents", 'expected an integer in [1, 16], got "x"'),
        at2(7, "solved", 'expected 0, 1, true, false, C, I, P or a score (solved at 1 or more), got "maybe"'),
        at2(7, "cost", 'expected a number in [0, 10000], got "-1"'),
        at2(8, "task", "missing value"),
        at2(8, "agents", 'expected an integer in [1, 16], got "65"'),
        at2(9, "task", 'task "t2" is already in the log for centralized with 3 agents (the first is kept)'),
      ]);
      assert.equal(summary.moreErrors, 0);
    });
  }

  test("a repeated task is a repeat only within one design", () => {
    const summary = summaryOf(PER_TASK, [
      { task: "a", architecture: "hybrid", agents: "3", solved: "1" },
      { task: "a", architecture: "hybrid", agents: "4", solved: "1" },
      { task: "a", architecture: "hybrid", agents: "3", solved: "0" },
    ]);
    assert.deepEqual(summary.rows, { valid: 2, invalid: 1 });
    assert.deepEqual(
      summary.designs.map((d) => [d.agents, d.tasks, d.solved]),
      [
        [3, 1, 1],
        [4, 1, 1],
      ],
      "the first of the repeats is kept",
    );
  });

  test("is paired when every design ran the same task ids, and not otherwise", () => {
    const design = (architecture: string, agents: string, tasks: string[]) => tasks.map((task) => ({ task, architecture, agents, solved: "1" }));
    const paired = summaryOf(PER_TASK, [
      ...design("single", "1", ["a", "b", "c"]),
      ...design("centralized", "3", ["c", "a", "b"]),
      ...design("hybrid", "5", ["b", "c", "a"]),
    ]);
    assert.equal(paired.paired, true);
    assert.equal(
      summaryOf(PER_TASK, [...design("single", "1", ["a", "b", "c"]), ...design("centralized", "3", ["a", "b"])]).paired,
      false,
      "one design lacks a task",
    );
    assert.equal(
      summaryOf(PER_TASK, [...design("single", "1", ["a", "b"]), ...design("centralized", "3", ["a", "c"])]).paired,
      false,
      "same size, other tasks",
    );
    assert.equal(summaryOf(PER_TASK, design("single", "1", ["a", "b"])).paired, false, "one design alone is no pair");
    const repeated = summaryOf(PER_TASK, [...design("single", "1", ["a", "b"]), ...design("centralized", "3", ["a", "a", "b"])]);
    assert.equal(repeated.paired, true, "a rejected repeat does not unpair");
  });

  test("keeps the first maxErrors problems and counts the rest", () => {
    const bad = Array.from({ length: 25 }, (_, i) => ({ task: `t${i}`, architecture: "single", agents: "1", solved: "maybe" }));
    const summary = summaryOf(PER_TASK, bad, { maxErrors: 10 });
    assert.equal(summary.errors.length, 10);
    assert.equal(summary.moreErrors, 15);
    assert.deepEqual(
      summary.errors.map((e) => e.line),
      Array.from({ length: 10 }, (_, i) => i + 2),
      "the first ones, in file order",
    );
    assert.deepEqual(summary.rows, { valid: 0, invalid: 25 });
  });

  test("columns the header lacks are blank: optional ones absent, required ones missing", () => {
    const summary = summaryOf(["task", "architecture", "agents", "solved"], [{ task: "t", architecture: "single", agents: "1", solved: "1", cost: "9" }]);
    assert.deepEqual(
      summary.designs,
      [{ architecture: "single", agents: 1, model: null, tasks: 1, solved: 1, means: {} }],
      "a key outside the header is not read",
    );
  });
});

describe("the fast check agrees with the schema", () => {
  // Cells drawn from well-formed and odd spellings; the fast check takes only plain ones and must
  // then read exactly what the schema reads, and leave everything else to it.
  const pick = <T>(random: () => number, items: readonly T[]): T => at(items, Math.floor(random() * items.length));
  // Each cell is plain four times in five, else drawn from spellings the schema may or may not accept.
  const ODD = {
    task: [" t4", "t5 ", "", "é", "x".repeat(201), "task 3"],
    architecture: ["Hybrid", " single", "swarm", ""],
    agents: ["03", "16", "17", "64", "0", "3.0", " 3", "+3", "x", ""],
    solved: ["TRUE", " 1", "2", "yes", ""],
    measure: ["1.", ".5", "1e3", " 7", "-1", "abc", "12345678901234567", "0.1234567890123456789"],
  };

  test("on 3,000 random rows, the aggregator's summary equals one computed by the schema alone", () => {
    const random = seededRandom(7);
    const cell = (plain: () => string, odd: readonly string[]) => (random() < 0.8 ? plain() : pick(random, odd));
    const rows: Row[] = Array.from({ length: 3000 }, () => {
      const architecture = cell(() => pick(random, PILOT_ARCHITECTURES), ODD.architecture);
      return {
        task: cell(() => `t${Math.floor(random() * 500)}`, ODD.task),
        architecture,
        agents: cell(() => (architecture === "single" ? "1" : String(3 + Math.floor(random() * 3))), ODD.agents),
        solved: cell(() => pick(random, ["0", "1", "true", "false"]), ODD.solved),
        ...Object.fromEntries(
          RUN_LOG_COLUMNS["per-task"].slice(4, -1).map((c) => [c, cell(() => pick(random, ["", "0", "12", "0.0421", "3.5"]), ODD.measure)]),
        ),
      };
    });
    const summary = summaryOf([...PER_TASK, "tokens_cached"], rows, { spans: true, maxErrors: 100_000 });
    // The record sink's own fast path (JSON Lines objects, Inspect samples, traces) reads the same.
    const records = summaryOf([...PER_TASK, "tokens_cached"], rows, { spans: false, maxErrors: 100_000 });
    assert.deepEqual([records.rows, records.designs, records.errors], [summary.rows, summary.designs, summary.errors]);
    const tally = new Map<string, { tasks: Set<string>; solved: number; cost: number[] }>();
    let invalid = 0;
    let blank = 0;
    for (const row of rows) {
      if (Object.values(row).every((v) => v === undefined || v.trim() === "")) {
        blank++;
        continue;
      }
      const parsed = PerTaskRowSchema.safeParse(row);
      if (!parsed.success) {
        invalid++;
        continue;
      }
      const key = `${parsed.data.architecture}/${parsed.data.agents}`;
      // A log holds at most 12 designs (the pilots a scenario takes): rows of a 13th are invalid.
      if (!tally.has(key) && tally.size >= 12) {
        invalid++;
        continue;
      }
      const t = tally.get(key) ?? { tasks: new Set<string>(), solved: 0, cost: [] };
      tally.set(key, t);
      if (t.tasks.has(parsed.data.task)) {
        invalid++;
        continue;
      }
      t.tasks.add(parsed.data.task);
      t.solved += parsed.data.solved;
      if (parsed.data.cost !== undefined) t.cost.push(parsed.data.cost);
    }
    assert.deepEqual(summary.rows, { valid: rows.length - invalid - blank, invalid });
    for (const d of summary.designs) {
      const expected = tally.get(`${d.architecture}/${d.agents}`);
      assert.ok(expected, `${d.architecture}/${d.agents} is a design the schema accepts`);
      assert.equal(d.tasks, expected.tasks.size);
      assert.equal(d.solved, expected.solved);
      const cost = expected.cost.reduce((s, c) => s + c, 0) / expected.cost.length;
      assert.ok(
        expected.cost.length === 0 ? d.means.cost === undefined : Math.abs((d.means.cost ?? Number.NaN) - cost) <= 1e-9 * Math.max(1, cost),
        `${d.architecture}/${d.agents} cost mean`,
      );
    }
    assert.equal(summary.designs.length, [...tally.values()].filter((t) => t.tasks.size > 0).length);
    assert.ok(summary.rows.valid > 100 && invalid > 100, `both kinds drawn (${summary.rows.valid} valid, ${invalid} invalid)`);
  });

  test("plainNumberAt reads exactly what Number() reads, and declines what it does not handle", () => {
    const random = seededRandom(3);
    for (let i = 0; i < 20_000; i++) {
      const whole = String(Math.floor(random() * 10 ** Math.floor(random() * 8)));
      const text = random() < 0.3 ? whole : `${whole}.${String(Math.floor(random() * 1e7)).padStart(1 + Math.floor(random() * 7), "0")}`;
      const value = plainNumberAt(text, 0, text.length);
      if (text.length <= 16) assert.equal(value, Number(text), text);
      else assert.equal(value, -1, text);
    }
    for (const odd of ["", ".5", "5.", "1e3", "-1", " 1", "1,5", "1.2.3", "99999999999999999"]) assert.equal(plainNumberAt(odd, 0, odd.length), -1, odd);
  });
});

describe("an aggregate log", () => {
  const HEADER = ["architecture", "agents", "tasks", "solved", "cost", "turns"];

  test("adds rows of one design up, weighting means by tasks, and names bad rows", () => {
    const summary = summaryOf(HEADER, [
      { architecture: "hybrid", agents: "3", tasks: "10", solved: "4", cost: "0.5", turns: "" },
      { architecture: "hybrid", agents: "3", tasks: "30", solved: "6", cost: "0.1", turns: "12" },
      { architecture: "single", agents: "1", tasks: "5", solved: "6" },
      { architecture: "single", agents: "1", tasks: "0", solved: "0" },
      { architecture: "single", agents: "1", tasks: "20", solved: "9", cost: "" },
    ]);
    assert.equal(summary.format, "aggregate");
    assert.equal(summary.paired, false);
    assert.deepEqual(summary.designs, [
      { architecture: "single", agents: 1, model: null, tasks: 20, solved: 9, means: {} },
      { architecture: "hybrid", agents: 3, model: null, tasks: 40, solved: 10, means: { cost: (0.5 * 10 + 0.1 * 30) / 40, turns: 12 } },
    ]);
    assert.deepEqual(summary.errors, [at2(4, "solved", "expected at most tasks (5), got 6"), at2(5, "tasks", 'expected an integer in [1, 100000], got "0"')]);
    assert.deepEqual(summary.rows, { valid: 3, invalid: 2 });
  });
});

describe("a header the reader cannot use", () => {
  test("gives one error naming the missing columns on the header's line, and ignores the rows", () => {
    const summary = summaryOf(["task", "kind", "agents", "solved"], [{ task: "t", kind: "single", agents: "1", solved: "1" }], { headerLine: 3, spans: true });
    assert.deepEqual(summary.designs, []);
    assert.deepEqual(summary.rows, { valid: 0, invalid: 0 });
    assert.deepEqual(summary.errors, [
      at2(3, "header", 'missing column "architecture" (a per-task log needs task, architecture, agents, solved; also read as architecture: arch, design)'),
    ]);
    assert.deepEqual(summary.files[0]?.missing, ["architecture"]);
    assert.deepEqual(summary.files[0]?.columns, ["task", "kind", "agents", "solved"]);
  });
});
