import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { PAPER_COEFFICIENT_KEYS } from "../model/paper-terms";
import { runCli } from "./run-cli";

const cli = (...argv: string[]) => runCli(argv, () => loadDataset());

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
});

test("the real process prints only the JSON object on stdout and exits 0", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "reproduce", "--fit", "v3", "--json"], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim().split("\n").length, 1);
  assert.equal(JSON.parse(result.stdout).fit, "v3");
});
