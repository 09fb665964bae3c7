import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "./fixtures";

/** What `validate --json` prints, as far as the page's trust box and pooled tables use it. */
type Figures = { maeLoboMas: number; maeLoboMasSe?: number; decisionLobo: number; coverageLoboByBenchmark: Record<string, number | null> };
/** One decision rule's figures on a harness, as validate --json prints them. */
type RuleScore = {
  callsRight: number;
  groups: number;
  multiCalls: number;
  pointsLost: number;
  regret: Record<"0.1" | "1" | "10", number>;
  regretSe: Record<"0.1" | "1" | "10", number>;
};
type Harness = Record<"value" | "confidence" | "old" | "alwaysSingle" | "alwaysMulti", RuleScore>;
type ValidateJson = {
  decisions: Record<"kimLoboPilot" | "kimLoboNoPilot" | "pooledLobo" | "loso" | "evaluationsLoso", Harness>;
  models: Record<"naive" | "architect", Figures>;
  evidence: { studies: number; benchmarks: number; runs: number };
  pooled: Record<"naive" | "architect", Figures>;
  floors: Record<"kim" | "pooled", Record<"sampling" | "benchmarkKnown" | "perfectProperty", { mae: number }>>;
};

/** A share as the page writes it: points with one decimal (0.1099 → "11.0"), a whole percentage, a percentage with one decimal. */
const points = (x: number) => (100 * x).toFixed(1);
const percent = (x: number) => `${Math.round(100 * x)}%`;
const percent1 = (x: number) => `${(100 * x).toFixed(1)}%`;
/** The smallest k whose pilot error at 40% success, sqrt(2/π)·sqrt(0.24/k), lies below an error (recomputed here, not read from the app). */
const pilotTasks = (error: number) => {
  let k = 1;
  while (Math.sqrt(2 / Math.PI) * Math.sqrt(0.24 / k) >= error) k += 1;
  return k;
};

test.describe("a reviewer checks how good the predictions are", () => {
  let figures: ValidateJson;
  test.beforeAll(async () => {
    // The command line computes the same harness from the same data; the page was built from it.
    test.setTimeout(180_000);
    const { stdout } = await promisify(execFile)(process.execPath, ["scripts/cli.mjs", "validate", "--json"], { maxBuffer: 1 << 24 });
    figures = JSON.parse(stdout) as ValidateJson;
  });

  test("the page opens with how far to trust it, every figure as validate --json computes it", async ({ page }) => {
    await page.goto("/methodology");
    const box = page.locator("main > h1 + .lede + [data-testid=trust]");
    await expect(box).toBeVisible();
    await expect(box.getByRole("heading", { name: "How far to trust this" })).toBeVisible();

    const { pooled, models } = figures;
    const error = box.getByTestId("trust-error");
    await expect(error).toContainText(`Typical error on a task unlike the stored ones: ${points(pooled.architect.maeLoboMas)} points.`);
    await expect(error).toContainText(`off by ${points(pooled.architect.maeLoboMas)} percentage points`);
    await expect(error).toContainText(`standard error ${points(pooled.architect.maeLoboMasSe ?? Number.NaN)}`);
    await expect(error).toContainText(`(${points(pooled.naive.maeLoboMas)}, standard error ${points(pooled.naive.maeLoboMasSe ?? Number.NaN)})`);
    await expect(error).toContainText(`off by ${points(models.architect.maeLoboMas)} points, against the naive rule's ${points(models.naive.maeLoboMas)}`);

    const calls = box.getByTestId("trust-calls");
    // Recommendations scored by regret, labelled with and without a pilot; the old rule's calls beside the constant rules'.
    const kim = figures.decisions.kimLoboPilot;
    const usd = (x: number) => `$${x.toFixed(3)}`;
    await expect(calls).toContainText(
      `with a single-agent pilot and a solved task worth $1, the rule gave up ${usd(kim.value.regret["1"])} per task, always one agent ${usd(kim.alwaysSingle.regret["1"])}.`,
    );
    await expect(calls).toContainText(
      `the rule with that value ${usd(kim.value.regret["1"])} (standard error ${usd(kim.value.regretSe["1"])}) and ${usd(kim.value.regret["10"])}`,
    );
    await expect(calls).toContainText(`the old rule (the highest predicted success) ${usd(kim.old.regret["1"])} and ${usd(kim.old.regret["10"])}`);
    await expect(calls).toContainText(
      `in ${kim.confidence.multiCalls} of ${kim.confidence.groups} groups with a pilot and ${figures.decisions.kimLoboNoPilot.confidence.multiCalls} without`,
    );
    await expect(calls).toContainText(`the old rule's call was right in ${percent(models.architect.decisionLobo)} with a pilot`);
    await expect(calls).toContainText(
      `never building multi-agent in ${percent(models.naive.decisionLobo)}, always in ${percent(1 - models.naive.decisionLobo)};`,
    );

    // The decision tables: each harness's rules, as validate --json scores them.
    for (const harness of ["kimLoboPilot", "kimLoboNoPilot", "pooledLobo", "loso", "evaluationsLoso"] as const) {
      const score = figures.decisions[harness];
      const table = page.getByTestId(`decision-table-${harness}`);
      await expect(table.getByRole("row", { name: /^old rule: highest predicted success/ })).toContainText(`${score.old.callsRight}/${score.old.groups}`);
      await expect(table.getByRole("row", { name: /^always a single agent/ })).toContainText(usd(score.alwaysSingle.regret["10"]));
      await expect(table.getByRole("row", { name: /^value of a solved task stated/ })).toContainText(usd(score.value.regret["0.1"]));
    }

    const pilot = box.getByTestId("trust-pilot");
    const every = Math.max(...[pooled.architect, pooled.naive, models.architect, models.naive].map((m) => pilotTasks(m.maeLoboMas)));
    await expect(pilot).toContainText(`A pilot of about ${every} tasks measures a design better than any prediction here.`);
    await expect(pilot).toContainText(`below the model's ${points(pooled.architect.maeLoboMas)} points from ${pilotTasks(pooled.architect.maeLoboMas)} tasks`);
    await expect(pilot).toContainText(`(${pilotTasks(models.architect.maeLoboMas)} against its ${points(models.architect.maeLoboMas)}`);

    await box.getByRole("link", { name: "validation across studies" }).click();
    await expect(page).toHaveURL(/#across-studies$/);
  });

  test("validation across studies lists every held-out benchmark, both models and every study", async ({ page }) => {
    await page.goto("/methodology");
    const { pooled, evidence } = figures;
    const section = page.locator("section", { has: page.locator("#across-studies") });
    await expect(section).toContainText(`${evidence.runs} measured success rates of ${evidence.studies} studies on ${evidence.benchmarks} benchmarks`);

    const table = page.getByTestId("pooled-table");
    const maeRow = table.getByRole("row", { name: /MAE LOBO, multi-agent runs/ });
    for (const m of [pooled.naive, pooled.architect]) {
      await expect(maeRow).toContainText(`${m.maeLoboMas.toFixed(3)} ± ${(m.maeLoboMasSe ?? Number.NaN).toFixed(3)}`);
    }

    const byBenchmark = page.getByTestId("pooled-benchmarks");
    const coverage = Object.entries(pooled.architect.coverageLoboByBenchmark);
    await expect(byBenchmark.locator("tbody tr")).toHaveCount(coverage.length);
    for (const [benchmark, share] of coverage) {
      const row = byBenchmark.getByRole("row", { name: new RegExp(`^${benchmark.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) });
      await expect(row).toContainText(share === null ? "—" : percent1(share));
      // Only a benchmark whose intervals cover under 75% of its rows can be flagged (and then only with 10 rows or more).
      if (share === null || share >= 0.75) await expect(row).not.toHaveClass(/flagged-row/);
    }
    for (const flagged of await byBenchmark.locator("tr.flagged-row").all()) await expect(flagged).toContainText("(low)");

    await expect(page.getByTestId("pooled-studies").getByRole("row", { name: /Kim et al\./ })).toBeVisible();
    await expect(page.getByTestId("method-effect")).toContainText(/score [+−]\d+\.\d points relative to an evaluation's/);
    await expect(page.getByTestId("method-effect")).toContainText("M = 0");
  });

  test("the methodology page shows validation on Kim et al.'s runs against both baselines, the targets, and its charts", async ({ page }) => {
    await page.goto("/methodology");

    const table = page.getByTestId("validation-table");
    for (const column of ["naive (multi = single)", "paper (Eq. 1)", "architect (with pilot)", "architect (no pilot)"]) {
      await expect(table.getByRole("columnheader", { name: column })).toBeVisible();
    }
    const loboRow = table.getByRole("row", { name: /MAE LOBO, multi-agent runs/ });
    await expect(loboRow).toContainText(figures.models.naive.maeLoboMas.toFixed(3));
    await expect(loboRow).toContainText(figures.models.architect.maeLoboMas.toFixed(3));
    await expect(page.getByTestId("noise-floor")).toContainText("Noise floor");
    await expect(page.getByTestId("targets").getByRole("listitem")).toHaveCount(5);
    await expect(page.getByTestId("ablations")).toContainText("domain complexity");
    await expect(page.getByTestId("ablations")).toContainText("printed d");
    // The floors beside the errors (validate --json's figures) and the permutation test of every property.
    const floors = page.getByTestId("floors");
    await expect(floors.getByRole("row", { name: /sampling floor/ })).toContainText(figures.floors.kim.sampling.mae.toFixed(3));
    await expect(floors.getByRole("row", { name: /perfect property/ })).toContainText(figures.floors.pooled.perfectProperty.mae.toFixed(3));
    await expect(floors.getByRole("row", { name: /benchmark known/ })).toContainText(figures.floors.kim.benchmarkKnown.mae.toFixed(3));
    for (const property of ["tool count T", "decomposability d", "T and d together", "domain complexity D"]) {
      await expect(page.getByTestId("permutation").getByRole("row", { name: new RegExp(property) })).toContainText("/720");
    }
    await expect(page.getByText(/Placebo control/)).toHaveCount(0);
    // Intercept and the eight features, under the header row.
    await expect(page.getByTestId("architect-coefficients").getByRole("row")).toHaveCount(10);

    for (const chart of ["chart-predicted-measured", "chart-calibration", "chart-agent-rule"]) {
      // Each chart loads as it scrolls into view; its figures are in the text before.
      await page.getByTestId(chart).scrollIntoViewIfNeeded();
      await expect(page.getByTestId(chart).getByRole("application")).toBeVisible();
    }
    await expect(page.getByTestId("chart-predicted-measured").locator(".recharts-scatter-symbol")).toHaveCount(2 * 208);
  });
});

test("the methodology page fits a 375 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/methodology");
  await expect(page.getByTestId("trust")).toBeVisible();
  await page.getByTestId("chart-calibration").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("chart-calibration").getByRole("application")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the agent-count section checks the rule against the other studies' agent counts, with a keyboard-reachable table", async ({ page }) => {
  await page.goto("/methodology");
  const table = page.getByTestId("agent-count-check");
  await expect(table.locator("tbody tr")).not.toHaveCount(0);
  await expect(page.getByTestId("agent-count-check-text")).toContainText(
    /On the \d+ multi-agent runs the other studies made at agent counts Kim et al\. did not measure/,
  );
  const region = page.getByRole("region", { name: "The agent-count rule against other studies' counts" });
  await region.focus();
  await expect(region).toBeFocused();
});

test("the methodology page explains fusion and shows pilots validated on held-out benchmarks, the planner's calibration and the targets", async ({ page }) => {
  await page.goto("/methodology");
  const section = page.locator("section", { has: page.locator("h2#pilots") });
  await expect(section).toContainText("joint normal distribution");
  await expect(section).toContainText("1,440 paired tasks");
  for (const k of [10, 20, 30, 50]) {
    const table = page.getByTestId(`pilot-validation-${k}`);
    await expect(table.getByRole("row", { name: /the model fused with both pilots/ })).toContainText("/52");
    await expect(table.getByRole("row", { name: /reference: the truly best design piloted/ })).toBeVisible();
  }
  await expect(page.getByTestId("planner-calibration").getByRole("row", { name: /promised 90%-95%/ })).toBeVisible();
  await expect(page.getByTestId("pilot-targets").getByRole("listitem").first()).toBeVisible();
});
