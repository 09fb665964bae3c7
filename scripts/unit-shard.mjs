/**
 * One shard of `npm run test:unit` (scripts/unit.mjs): imports each test file given, in order, into this
 * one process; node:test runs the tests they register and reports them with the reporter given to node.
 * A file that fails to load is reported as a failed test, and the shard's exit status is 1.
 */
import { test } from "node:test";
import { pathToFileURL } from "node:url";

for (const file of process.argv.slice(2)) {
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    test(`${file} loads`, () => {
      throw error;
    });
  }
}
