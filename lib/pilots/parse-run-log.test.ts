import assert from "node:assert/strict";
import { describe, test } from "node:test";
import Papa from "papaparse";
import { seededRandom } from "../model/stats/random";
import { cellAt } from "./cell-spans";
import { createCsvReader } from "./csv-reader";
import { CHUNK_SIZE, createRunLogUpload, parseRunLogFiles, parseRunLogText } from "./parse-run-log";
import type { RunLogError, RunLogSummary } from "./run-log";

const parseRunLogBlob = (blob: Blob, name: string) => parseRunLogFiles([{ blob, name }]);
/** An error of one file at a line. */
const at =
  (file: string) =>
  (line: number, field: string, reason: string): RunLogError => ({ file, line, sample: null, field, reason });
const csvAt = at("pilot.csv");
/** A summary without its per-file reports, for comparisons of what was read. */
const core = (s: RunLogSummary) => ({ format: s.format, designs: s.designs, paired: s.paired, rows: s.rows, errors: s.errors, moreErrors: s.moreErrors });

const HEADER = "task,architecture,agents,solved,tokens_in,cost";

/** The text pushed in chunks of random sizes (1 to `max` characters). */
function inPieces(text: string, fileName: string, seed: number, max: number): RunLogSummary {
  const random = seededRandom(seed);
  const bytes = new TextEncoder().encode(text);
  const upload = createRunLogUpload();
  const reader = upload.file({ name: fileName });
  for (let start = 0; start < bytes.length;) {
    const size = 1 + Math.floor(random() * max);
    reader.push(bytes.subarray(start, start + size));
    start += size;
  }
  reader.end();
  return upload.summary();
}

describe("a per-task CSV log", () => {
  const csv = [
    HEADER, //                                   1
    "t1,single,1,1,1000,0.5", //                 2
    "t2,single,1,0,,", //                        3
    "", //                                       4  blank: skipped, counted
    "t1,centralized,3,1,3000,0.25", //           5
    '"t2",centralized,3,0,"2000","0.75"', //     6  quoted cells
    't3,hybrid,3,1,,"a', //                      7  a quoted cell over two lines...
    'b"', //                                     8  ...is one bad row (cost "a\nb")
    "t4,hybrid,three,1,,", //                    9
    "t5,hybrid,3,1", //                          10 too few cells
    ",,,,,", //                                  11 blank: skipped
    "t2,centralized,3,1,,", //                   12 repeat
    "t6,independent,4,true,10,0.1", //           13 last line, no line break
  ].join("\n");

  const expected = {
    format: "per-task",
    designs: [
      { architecture: "single", agents: 1, model: null, tasks: 2, solved: 1, means: { tokensIn: 1000, cost: 0.5 } },
      { architecture: "independent", agents: 4, model: null, tasks: 1, solved: 1, means: { tokensIn: 10, cost: 0.1 } },
      { architecture: "centralized", agents: 3, model: null, tasks: 2, solved: 1, means: { tokensIn: 2500, cost: 0.5 } },
    ],
    paired: false,
    rows: { valid: 5, invalid: 4 },
    errors: [
      csvAt(7, "cost", 'expected a number in [0, 10000], got "a\\nb"'),
      csvAt(9, "agents", 'expected an integer in [1, 16], got "three"'),
      csvAt(10, "row", "expected 6 cells (the header's), got 4"),
      csvAt(12, "task", 'task "t2" is already in the log for centralized with 3 agents (the first is kept)'),
    ],
    moreErrors: 0,
  };

  test("keeps every good row and names every bad one by its line in the file and its field", () => {
    const summary = parseRunLogText(csv, "pilot.csv");
    assert.deepEqual(core(summary), expected);
    assert.deepEqual(summary.files, [
      { name: "pilot.csv", kind: "csv", rows: { valid: 5, invalid: 4 }, models: [], design: "log", columns: HEADER.split(","), missing: [] },
    ]);
  });

  test("gives the same summary whatever the chunks, with Windows line breaks, and from a Blob", async () => {
    for (const [seed, max] of [
      [1, 1],
      [2, 7],
      [3, 64],
    ] as const)
      assert.deepEqual(core(inPieces(csv, "pilot.csv", seed, max)), expected, `chunks up to ${max}`);
    const crlf = core(parseRunLogText(csv.replaceAll("\n", "\r\n"), "pilot.csv"));
    const lineBreakInCell = (e: RunLogError) => ({ ...e, reason: e.reason.replace("\\r\\n", "\\n") });
    assert.deepEqual({ ...crlf, errors: crlf.errors.map(lineBreakInCell) }, expected, "CRLF (the quoted cell keeps its own line break)");
    assert.deepEqual(core(await parseRunLogBlob(new Blob([csv]), "pilot.csv")), expected);
  });

  test("reads a semicolon or tab delimiter, a BOM, a header in capitals, and blank lines before the header", () => {
    const rows = ["t1;single;1;1", "t1;hybrid;3;0"];
    const semicolon = parseRunLogText(`\uFEFF\n\nTask;Architecture;Agents;Solved\n${rows.join("\n")}\nt2;hybrid;x;0\n`, "pilot.txt");
    assert.deepEqual(
      semicolon.designs.map((d) => [d.architecture, d.tasks, d.solved]),
      [
        ["single", 1, 1],
        ["hybrid", 1, 0],
      ],
    );
    assert.equal(semicolon.paired, true);
    assert.deepEqual(
      semicolon.errors,
      [at("pilot.txt")(6, "agents", 'expected an integer in [1, 16], got "x"')],
      "lines count the blank ones before the header",
    );
    const tab = parseRunLogText(`task\tarchitecture\tagents\tsolved\n${rows.join("\n").replaceAll(";", "\t")}\n`, "pilot.tsv");
    assert.deepEqual(tab.rows, { valid: 2, invalid: 0 });
  });

  test("the header alone sets the delimiter: junk rows full of another delimiter cannot outvote it (fast-check's counterexample, seed 215299906)", () => {
    const columns = ["task", "architecture", "agents", "solved", "tokens_in", "tokens_out", "turns", "seconds", "cost"];
    for (const newline of ["\n", "\r\n"]) {
      const summary = parseRunLogText([columns.join(","), " ", "t1,|,,t1,,|,t1,|,t1"].join(newline), "pilot.csv");
      assert.ok(
        !summary.errors.some((e) => e.field === "header") && summary.errors.every((e) => e.line === 3),
        `${JSON.stringify(newline)}: the header is read, the junk row is the one bad row`,
      );
      assert.deepEqual(summary.rows, { valid: 0, invalid: 1 });
    }
    const pipes = parseRunLogText("task|architecture|agents|solved\nt1|single|1|1\nt2,x|single|1|0\n", "pilot.txt");
    assert.deepEqual([pipes.rows, pipes.designs.map((d) => [d.architecture, d.tasks, d.solved])], [{ valid: 2, invalid: 0 }, [["single", 2, 1]]]);
  });

  test("a header the reader cannot use is one error naming the missing columns", () => {
    const summary = parseRunLogText("name,kind,agents,solved\nt1,single,1,1\nt2,single,1,1\n", "pilot.csv");
    assert.equal(summary.errors.length, 1);
    assert.deepEqual([summary.errors[0]?.line, summary.errors[0]?.field], [1, "header"]);
    assert.match(
      summary.errors[0]?.reason ?? "",
      /^missing columns "task", "architecture" \(a per-task log needs task, architecture, agents, solved; an aggregate log needs architecture, agents, tasks, solved; also read as task: task_id, instance_id, sample_id, id; architecture: arch, design\)$/,
    );
    assert.deepEqual([summary.format, summary.designs, summary.rows], [null, [], { valid: 0, invalid: 0 }]);
    assert.deepEqual(summary.files[0]?.missing, ["task", "architecture"]);
  });

  test("an empty file says so; a header alone has no rows and no errors", () => {
    assert.equal(
      parseRunLogText("", "pilot.csv").errors[0]?.reason,
      "the file is empty: a log needs a header row (CSV), one JSON object per line, or an Inspect or OpenTelemetry log",
    );
    assert.deepEqual(core(parseRunLogText(`${HEADER}\n`, "pilot.csv")), {
      format: null,
      designs: [],
      paired: false,
      rows: { valid: 0, invalid: 0 },
      errors: [csvAt(0, "file", "no rows: the file holds a header or objects but no run")].map((e) => ({ ...e, line: null })),
      moreErrors: 0,
    });
  });

  test("an unterminated quote is a bad row with papaparse's reason", () => {
    const summary = parseRunLogText(`${HEADER}\nt1,single,1,1,,\nt2,single,1,"1,,\n`, "pilot.csv");
    assert.deepEqual(summary.rows, { valid: 1, invalid: 1 });
    assert.deepEqual(summary.errors, [csvAt(3, "row", "Quoted field unterminated")]);
  });

  test("keeps 1,000 problems of a file of bad rows and counts the rest", () => {
    const bad = Array.from({ length: 5000 }, (_, i) => `t${i},single,1,maybe,,`);
    const summary = parseRunLogText(`${HEADER}\n${bad.join("\n")}\n`, "pilot.csv");
    assert.equal(summary.errors.length, 1000);
    assert.equal(summary.moreErrors, 4000);
    assert.deepEqual(summary.errors.at(-1), csvAt(1001, "solved", 'expected 0, 1, true, false, C, I, P or a score (solved at 1 or more), got "maybe"'));
    assert.deepEqual(summary.rows, { valid: 0, invalid: 5000 });
  });

  test("reports progress per chunk, rising to 1", () => {
    const text = `${HEADER}\n${Array.from({ length: 60_000 }, (_, i) => `t${i},single,1,1,,`).join("\n")}`;
    const seen: number[] = [];
    const summary = parseRunLogText(text, "pilot.csv", { onProgress: (f) => seen.push(f) });
    assert.equal(summary.rows.valid, 60_000);
    assert.equal(seen.length, Math.ceil(new TextEncoder().encode(text).length / CHUNK_SIZE));
    assert.ok(seen.every((f, i) => f > (seen[i - 1] ?? 0)) && seen.at(-1) === 1, seen.join(", "));
  });

  test("decodes a character split across a Blob's chunks", async () => {
    const filler = `${HEADER}\n`;
    const row = (i: number) => `tâche-${i},single,1,1,,\n`;
    // Rows added until the text passes one chunk, counting bytes as it grows (re-encoding it all each time is quadratic).
    const encoder = new TextEncoder();
    const parts = [filler];
    for (let i = 0, bytes = encoder.encode(filler).length; bytes < CHUNK_SIZE + 100; i++) {
      parts.push(row(i));
      bytes += encoder.encode(row(i)).length;
    }
    const text = parts.join("");
    const summary = await parseRunLogBlob(new Blob([text]), "pilot.csv");
    assert.deepEqual([summary.rows, summary.errors], [parseRunLogText(text, "pilot.csv").rows, []]);
    assert.ok(summary.rows.valid > 30_000);
  });
});

describe("the CSV reader's own cutting agrees with papaparse", () => {
  test("on random quote-free text: the same rows with the same line numbers; of another width, bad unless blank", () => {
    const random = seededRandom(11);
    for (let round = 0; round < 30; round++) {
      const width = 1 + Math.floor(random() * 5);
      const cell = () => (random() < 0.2 ? "" : random() < 0.1 ? " x " : String(Math.floor(random() * 1000)));
      const lines = Array.from({ length: 50 }, () => (random() < 0.1 ? "" : Array.from({ length: random() < 0.1 ? width + 1 : width }, cell).join(",")));
      const text = `${Array.from({ length: width }, (_, i) => `c${i}`).join(",")}\n${lines.join("\n")}`;
      const ours: string[][] = [];
      const bad: number[] = [];
      const reader = createCsvReader({
        onHeader: () => true,
        onRow: (row, line) => ours.push([String(line), ...Array.from({ length: row.count }, (_, i) => cellAt(row, i))]),
        onBadRow: (line) => bad.push(line),
      });
      for (let start = 0; start < text.length; start += 13) reader.push(text.slice(start, start + 13));
      reader.end();
      const papa = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" }).data;
      const expected = papa.slice(1).flatMap((cells, i) => (cells.length === width ? [[String(i + 2), ...cells]] : []));
      assert.deepEqual(ours, expected, `round ${round}`);
      const wrongWidth = papa.slice(1).flatMap((cells, i) => (cells.length !== width && !cells.every((c) => c.trim() === "") ? [i + 2] : []));
      assert.deepEqual(bad, wrongWidth, `round ${round}: bad rows`);
    }
  });
});

describe("a JSON Lines log", () => {
  const jsonl = [
    '{"architecture": "hybrid", "agents": 3, "tasks": 10, "solved": 4, "cost": 0.5}', // 1
    '{"Architecture": "hybrid", "agents": 3, "tasks": 30, "solved": 6, "cost": null}', // 2
    "", // 3
    '{"architecture": "single", "agents": 1, "tasks": 5, "solved": 6}', // 4
    "[1, 2]", // 5
    '{"architecture": "single", "agents": 1, "tasks": 5', // 6
    '{"architecture": "single", "agents": true, "tasks": 5, "solved": {"n": 1}}', // 7
    '{"architecture": "single", "agents": 1, "tasks": 8, "solved": 2}', // 8
  ].join("\r\n");

  test("reads numbers, booleans and null as cells and names every bad line", () => {
    const summary = parseRunLogText(jsonl, "pilot.jsonl");
    assert.equal(summary.format, "aggregate");
    assert.deepEqual(summary.designs, [
      { architecture: "single", agents: 1, model: null, tasks: 8, solved: 2, means: {} },
      { architecture: "hybrid", agents: 3, model: null, tasks: 40, solved: 10, means: { cost: 0.5 } },
    ]);
    assert.deepEqual(summary.rows, { valid: 3, invalid: 4 });
    assert.deepEqual(
      summary.errors.map((e) => [e.line, e.field]),
      [
        [4, "solved"],
        [5, "row"],
        [6, "row"],
        [7, "agents"],
        [7, "solved"],
      ],
    );
    assert.equal(summary.errors[1]?.reason, "expected a JSON object, got an array");
    assert.match(summary.errors[2]?.reason ?? "", /^not valid JSON \(/);
    assert.equal(summary.errors[3]?.reason, 'expected an integer in [1, 16], got "true"');
    assert.equal(summary.errors[4]?.reason, 'expected an integer >= 0, got "{\\"n\\":1}"', "an object cell is its JSON");
  });

  test("per-task lines, in chunks of any size, as .json or unnamed", () => {
    const lines = [
      '{"task": "a", "architecture": "single", "agents": 1, "solved": true, "seconds": 30}',
      '{"task": "a", "architecture": "centralized", "agents": 3, "solved": false, "seconds": 90}',
    ];
    const text = lines.join("\n");
    const summary = parseRunLogText(text, "pilot.jsonl");
    assert.deepEqual(
      summary.designs.map((d) => [d.architecture, d.solved, d.means.seconds]),
      [
        ["single", 1, 30],
        ["centralized", 0, 90],
      ],
    );
    assert.equal(summary.paired, true);
    assert.deepEqual(core(inPieces(text, "pilot.json", 5, 3)), core(summary));
    assert.deepEqual(core(parseRunLogText(`\n${text}`, "pilot")), core(summary), "unnamed: sniffed from the first character");
  });

  test("judges each object by itself: a first object missing a field refuses that line only (issue 23's counterexample)", () => {
    const text = [
      '{"task":"t0","architecture":"single","agents":"1"}',
      '{"task":"t1","architecture":"single","agents":"1","solved":1}',
      '{"task":"t2","architecture":"single","agents":"1","solved":0}',
    ].join("\n");
    const summary = parseRunLogText(text, "pilot.jsonl");
    assert.deepEqual(summary.rows, { valid: 2, invalid: 1 });
    assert.deepEqual(
      summary.errors.map((e) => [e.line, e.field]),
      [[1, "solved"]],
    );
    assert.match(
      summary.errors[0]?.reason ?? "",
      /^missing column "solved" \(a per-task log needs task, architecture, agents, solved; also read as solved: success, resolved/,
    );
    assert.deepEqual(
      summary.designs.map((d) => [d.architecture, d.tasks, d.solved]),
      [["single", 2, 1]],
    );
  });

  test("a line that is no object, or an object naming no format, is an invalid row; the others are kept", () => {
    const summary = parseRunLogText('[{"task": "a"}]\n{"id": "a", "architecture": "single", "agents": 1, "resolved": true}\n{"name": "b"}\n', "pilot.jsonl");
    assert.deepEqual(
      summary.errors.map((e) => [e.line, e.field]),
      [
        [1, "row"],
        [3, "task"],
      ],
    );
    assert.equal(summary.errors[0]?.reason, "expected a JSON object, got an array");
    assert.match(summary.errors[1]?.reason ?? "", /^missing columns "task", "architecture", "agents", "solved"/);
    assert.deepEqual(summary.rows, { valid: 1, invalid: 2 }, "id and resolved are read as task and solved");
  });
});
