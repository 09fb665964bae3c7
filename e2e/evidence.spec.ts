import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The stored files, read here so the spec counts from the data instead of repeating its figures. */
const table = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, "utf8"), { header: true, skipEmptyLines: true }).data;
const studies = table("studies.csv");
const studyRuns = table("study-runs.csv");
const totalRuns = table("runs.csv").length + studyRuns.length;

/** A study other than Kim et al. and an architecture it ran, giving a table of a few rows (one page). */
const pick = (() => {
  for (const study of studies.slice(1).map((s) => s.study ?? "")) {
    for (const architecture of ["decentralized", "centralized", "independent", "hybrid"]) {
      const rows = studyRuns.filter((r) => r.study === study && r.architecture === architecture).length;
      if (rows > 1 && rows <= 60) return { study, architecture, rows };
    }
  }
  throw new Error("no study and architecture with a few runs");
})();

/** Opens the page and waits until the runs table reacts to its filters. */
async function openEvidence(page: Page, search = "") {
  await page.goto(`/evidence${search}`);
  await page.locator('.runs-explorer[data-hydrated="true"]').waitFor();
}

const bodyRows = (page: Page) => page.getByTestId("evidence-runs").locator("tbody tr");
const count = (n: number) => n.toLocaleString("en-US");

test.describe("a reviewer weighs the evidence behind the calculator", () => {
  test("the page lists every study of data/studies.csv with its citation, link, kind and finding", async ({ page }) => {
    await openEvidence(page);
    const cards = page.getByTestId("study");
    await expect(cards).toHaveCount(studies.length);
    for (const s of studies) {
      const card = cards.filter({ has: page.getByRole("heading", { name: s.label, exact: true }) });
      await expect(card.getByRole("link", { name: s.label, exact: true })).toHaveAttribute("href", s.link ?? "");
      await expect(card).toContainText(s.kind === "method" ? "Method: proposes" : "Evaluation: tests");
      await expect(card).toContainText("What it found.");
    }
    await expect(cards.first()).toContainText(/54 matched success-rate cells: \d+ of 216 multi-agent runs beat their single agent/);
    await expect(page.getByTestId("kind-contrast").getByRole("row")).toHaveCount(3);
    await expect(page.getByTestId("evidence-count")).toHaveText(`All ${count(totalRuns)} stored runs.`);
    await expect(bodyRows(page)).toHaveCount(100);
  });

  test("filtering by a study and an architecture narrows the table, and the link keeps it through a reload", async ({ page }) => {
    await openEvidence(page);
    await page.getByLabel("Study", { exact: true }).selectOption(pick.study);
    await page.getByLabel("Architecture", { exact: true }).selectOption(pick.architecture);
    const narrowed = `${count(pick.rows)} of ${count(totalRuns)} stored runs match the filters.`;
    await expect(page.getByTestId("evidence-count")).toHaveText(narrowed);
    await expect(bodyRows(page)).toHaveCount(pick.rows);
    await expect(page).toHaveURL(new RegExp(`study=${pick.study.replace(/\./g, "\\.")}`));
    await expect(page).toHaveURL(new RegExp(`arch=${pick.architecture}`));

    await page.reload();
    await page.locator('.runs-explorer[data-hydrated="true"]').waitFor();
    await expect(page.getByLabel("Study", { exact: true })).toHaveValue(pick.study);
    await expect(page.getByLabel("Architecture", { exact: true })).toHaveValue(pick.architecture);
    await expect(page.getByTestId("evidence-count")).toHaveText(narrowed);
    await expect(bodyRows(page)).toHaveCount(pick.rows);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByTestId("evidence-count")).toHaveText(`All ${count(totalRuns)} stored runs.`);
    await expect(page).not.toHaveURL(/arch=/);
  });

  test("the CSV download holds exactly the rows shown, with a header, named with the data version", async ({ page }) => {
    await openEvidence(page, `?study=${pick.study}&arch=${pick.architecture}`);
    await expect(bodyRows(page)).toHaveCount(pick.rows);
    const shownMethods = await bodyRows(page).locator("td:nth-child(5)").allTextContents();
    const version = /Data version (\w+)\./.exec(await page.locator(".lede").innerText())?.[1];
    expect(version).toBeTruthy();

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: /Download CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`evidence-runs-${version}.csv`);
    const parsed = Papa.parse<Record<string, string>>(await readFile(await download.path(), "utf8"), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toContain("single_agent_value");
    expect(parsed.data).toHaveLength(pick.rows);
    expect(parsed.data.map((r) => r.method)).toEqual(shownMethods);
    expect(new Set(parsed.data.map((r) => `${r.study}/${r.architecture}`))).toEqual(new Set([`${pick.study}/${pick.architecture}`]));
  });

  test("a link with a bad filter value opens with that filter at all, says so, and cleans the link", async ({ page }) => {
    await openEvidence(page, `?study=no-such-study&arch=${pick.architecture}`);
    await expect(page.getByTestId("evidence-notices")).toContainText('Study: the link\'s value "no-such-study"');
    await expect(page.getByLabel("Study", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Architecture", { exact: true })).toHaveValue(pick.architecture);
    await expect(page).not.toHaveURL(/study=/);
  });
});

test("when the runs' data file cannot be fetched the table says so and the rest of the page stays", async ({ page, consoleErrors }) => {
  await page.route(/\/assets\/evidence-runs\.[0-9a-f]{12}\.json$/, (route) => route.abort());
  await page.goto("/evidence");
  await expect(page.getByTestId("runs-failed")).toHaveText("The stored runs could not be loaded. Reload the page to try again.");
  await expect(page.getByTestId("study")).toHaveCount(studies.length);
  await expect(page.getByTestId("kind-contrast")).toBeVisible();
  // The errors this test causes, and only those: the refused request and React's report of what its boundary caught.
  expect(consoleErrors.length).toBeGreaterThan(0);
  for (const error of consoleErrors) expect(error).toMatch(/^(Failed to load resource: net::ERR_FAILED|TypeError: Failed to fetch)/);
  consoleErrors.length = 0;
});

test("the evidence page fits a 375 px phone; the runs table scrolls in its own focusable region", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openEvidence(page);
  const region = page.getByRole("region", { name: "Stored runs matching the filters" });
  await expect(region).toHaveAttribute("tabindex", "0");
  // Out of view the table is not laid out (content-visibility): scrolled to, as a reader would, it scrolls sideways.
  await region.scrollIntoViewIfNeeded();
  await expect.poll(() => region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
