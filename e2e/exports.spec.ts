import { readFileSync, writeFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { figures, plannerSettled } from "./calculator-helpers";

/** Clicks a button and returns the file it downloads: its suggested name and its bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await (file as Download).path()) };
}

const LINK = "/?tools=8&decomp=0.6&max_cost=0.05&pilot=2_single.1.12.30";

test.describe("an architect exports the decision", () => {
  test("the designs table, the scenario and a memo, each named after the scenario and saying what the page says", async ({ page }) => {
    await page.goto(LINK);
    await plannerSettled(page);
    const csv = await download(page, "export-csv");
    expect(csv.name).toBe("agent-design_tools-8_decomp-0.6_pilot-1_max-cost-0.05.csv");
    const lines = csv.bytes.toString("utf8").trim().split("\n");
    expect(lines[0]).toMatch(/^design,architecture,agents,recommended,extrapolated,success_rate,interval_low,interval_high,chance_beats_single/);
    await expect(page.getByTestId("designs").locator("tbody tr")).toHaveCount(lines.length - 1);

    const json = await download(page, "export-json");
    expect(json.name).toBe("agent-design_tools-8_decomp-0.6_pilot-1_max-cost-0.05.json");
    const file = JSON.parse(json.bytes.toString("utf8"));
    expect(file.format).toBe("agent-scaling-calculator/scenario");
    expect(await page.locator("#share-link").inputValue()).toContain(file.query);
    const sure = await page.getByTestId("how-sure").innerText();
    expect(sure).toContain(`${Math.round(file.recommendation.chance * 100)}%`);
    expect(file.plan.now.chance).toBe(file.recommendation.chance);

    const memo = await download(page, "export-memo");
    expect(memo.name).toBe("agent-design_tools-8_decomp-0.6_pilot-1_max-cost-0.05_memo.md");
    const text = memo.bytes.toString("utf8");
    expect(text).toContain(`**${await page.getByTestId("recommended-design").innerText()}**`);
    expect(text).toContain(sure);
    expect(text).toContain(await page.getByTestId("plan-sentence").innerText());
    expect(text).toContain(file.query);
  });

  test("each chart as SVG (with its legend) and PNG, drawn for the export when not scrolled to yet", async ({ page }) => {
    await page.goto(LINK);
    await page.getByTestId("recommendation").waitFor();
    await expect(page.getByTestId("chart-costs").locator("svg.recharts-surface")).toHaveCount(0);
    const svg = await download(page, "export-cost-and-success-svg");
    expect(svg.name).toBe("agent-design_tools-8_decomp-0.6_pilot-1_max-cost-0.05_cost-and-success.svg");
    const markup = svg.bytes.toString("utf8");
    expect(markup).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain(">Cost and success</text>");
    expect(markup).toContain(">Pareto frontier</text>");
    expect(markup).not.toContain("var(--");
    const png = await download(page, "export-success-by-architecture-png");
    expect(png.bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  test("a saved scenario file reopens the same page; a bad value in it gets the link's notice; a broken file changes nothing", async ({ page }, info) => {
    await page.goto(LINK);
    const original = await figures(page);
    const saved = await download(page, "export-json");
    await page.goto("/?tools=2");
    const path = info.outputPath("scenario.json");
    writeFileSync(path, saved.bytes);
    await page.getByTestId("open-scenario").setInputFiles(path);
    await page.waitForURL(/tools=8/);
    await page.locator('.calculator[data-hydrated="true"]').waitFor();
    expect(await figures(page)).toEqual(original);
    await expect(page.getByTestId("notices")).toHaveCount(0);

    const edited = JSON.parse(saved.bytes.toString("utf8"));
    edited.query = edited.query.replace("tools=8", "tools=abc");
    writeFileSync(path, JSON.stringify(edited));
    await page.getByTestId("open-scenario").setInputFiles(path);
    await expect(page.getByTestId("notices")).toContainText('Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.');
    await expect(page.locator("#share-link")).toHaveValue(/decomp=0\.6/);
    // The page clears the ignored value from the address, as for any link.
    await expect(page).not.toHaveURL(/tools=abc/);

    const before = page.url();
    const broken = info.outputPath("broken.json");
    writeFileSync(broken, "tools=8");
    await page.getByTestId("open-scenario").setInputFiles(broken);
    await expect(page.getByTestId("exports-status")).toContainText("This file is not JSON");
    await expect(page.getByTestId("exports-status")).toContainText("Nothing was changed.");
    expect(page.url()).toBe(before);
  });
});
