import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { transformSync } from "esbuild";
import { docExamples, freeNames, mismatch, parseValue, splitExample, statementsAndValue, type DocExample } from "../test-support/doc-examples";
import { EXAMPLE_FIXTURES } from "../test-support/example-fixtures";
import { ROOT, sourceFiles } from "../test-support/import-graph";

/*
 * Every @example in lib/ and scripts/ runs here, read from its doc comment: the code is evaluated with
 * its file's exports, the fixtures of test-support/example-fixtures.ts and any function lib/ exports
 * under that name in scope, and its value checked against the pattern the comment states
 * (test-support/doc-examples.ts says how a value is written). A doc comment is its own test: there is
 * no second copy of an example to keep in step.
 */

const files = ["lib", "scripts"]
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .filter((f) => !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
  .sort();
const examples: DocExample[] = files.flatMap((file) => docExamples(path.relative(ROOT, file), readFileSync(file, "utf8")));

/** Which files export each name (read from the text: `export function|const|class NAME`). */
const exporters = new Map<string, string[]>();
for (const file of files.filter((f) => f.includes(`${path.sep}lib${path.sep}`))) {
  for (const m of readFileSync(file, "utf8").matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([A-Za-z_$][\w$]*)/gm)) {
    if (m[1] !== undefined) exporters.set(m[1], [...(exporters.get(m[1]) ?? []), file]);
  }
}

/** The example's value: its code run with the names it reads in scope. */
async function evaluate(example: DocExample, code: string): Promise<unknown> {
  const own = (await import(path.join(ROOT, example.file))) as Record<string, unknown>;
  const scope = new Map<string, unknown>();
  for (const name of freeNames(code)) {
    if (name in own) scope.set(name, own[name]);
    else if (EXAMPLE_FIXTURES[name] !== undefined) scope.set(name, EXAMPLE_FIXTURES[name]());
    else {
      const from = exporters.get(name) ?? [];
      if (from.length > 1) throw new Error(`${name} is exported by ${from.map((f) => path.relative(ROOT, f)).join(" and ")}: the example cannot tell which`);
      const file = from[0];
      if (file !== undefined) scope.set(name, ((await import(file)) as Record<string, unknown>)[name]);
    }
  }
  const { statements, expression } = statementsAndValue(code);
  const body = transformSync(`const __example = (() => { ${statements}\nreturn (${expression}); })();`, { loader: "ts" }).code;
  // The example's own text is the test: its code runs as written, with the names it reads in scope.
  return new Function(...scope.keys(), `${body}\nreturn __example;`)(...scope.values());
}

describe("every @example gives the value its doc comment states", () => {
  test("the scan reads the examples it is meant to", () => {
    assert.ok(
      examples.some((e) => e.file === "lib/model/stats/normal.ts"),
      "lib/model/stats/normal.ts is scanned",
    );
    assert.ok(examples.length >= 100, `${examples.length} examples found`);
  });

  for (const example of examples) {
    test(`${example.file}:${example.line}: ${example.text}`, async () => {
      const split = splitExample(example.text);
      assert.ok(split !== null && split.code !== "" && split.value !== "", "an @example is written CODE // VALUE");
      const { pattern } = parseValue(split.value);
      const actual = await evaluate(example, split.code);
      const m = mismatch(actual, pattern);
      assert.equal(m, null, m ?? "");
    });
  }
});

/** Doc-comment lines that show a call and its value inline ("e.g. f(x) // 1") instead of as an @example. */
function inlineExamples(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => /^\s*(\/\*\*|\*)/.test(line) && !line.includes("@example") && /e\.g\.\s+`?[A-Za-z_$][\w$.]*\(.*\)`?\s*\/\/\s/.test(line));
}

test("no doc comment shows a call and its value inline: such examples are written as @example, so they run", () => {
  assert.deepEqual(inlineExamples("/** Doubles, e.g. twice(2) // 4. */"), ["/** Doubles, e.g. twice(2) // 4. */"]);
  assert.deepEqual(
    files.flatMap((file) => inlineExamples(readFileSync(file, "utf8")).map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`)),
    [],
  );
});

describe("the example reader", () => {
  test("splits code from value outside strings and brackets, and joins continued lines", () => {
    assert.deepEqual(
      docExamples("f.ts", "/**\n * @example f(1) // 2\n * // (more)\n */\n/** @example g() // 3 */").map((e) => e.text),
      ["f(1) // 2\n// (more)", "g() // 3"],
    );
    assert.deepEqual(splitExample('f("a // b", [1]) // "x"'), { code: 'f("a // b", [1])', value: '"x"' });
    assert.deepEqual(statementsAndValue("const a = [1; 2]; a.length"), { statements: "const a = [1; 2];", expression: "a.length" });
  });

  test("a stated value fails when the value differs (the check can fail)", () => {
    const fails = (value: unknown, stated: string) =>
      assert.notEqual(mismatch(value, parseValue(stated).pattern), null, `${JSON.stringify(value)} passed ${stated}`);
    const holds = (value: unknown, stated: string) => assert.equal(mismatch(value, parseValue(stated).pattern), null);
    holds(0.514, "≈ 0.51");
    fails(0.516, "≈ 0.51");
    holds(1.3862, "1.386...");
    fails(1.388, "1.386...");
    holds(0.1, "0.1");
    fails(0.1000001, "0.1");
    holds(0.1000001, "0.1 (to 1e-6)");
    holds({ a: 1, b: [2, 3] }, "{ a: 1, ... }");
    fails({ a: 1, b: 2 }, "{ a: 1 }");
    holds([1, 2, 3], "[1, 2, ...]");
    fails([1, 2], "[1, 2, 3]");
    holds(new Map([["k", 1]]), 'Map { "k" => 1 }');
    fails("−1.0 points", '"-1.0 points"');
    assert.throws(() => parseValue("fits once per data version"), SyntaxError);
  });

  test("reads the free names an example uses, not keys or members", () => {
    assert.deepEqual(freeNames('f({ tools: 3 }, dataset.runs, "g(x)")').sort(), ["dataset", "f"]);
  });
});
