import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

/*
 * An architect prices a free model, a task with no tokens or a zero budget: the log-scale cost chart
 * still draws every design (at its $0.000001 floor, with a note), never NaN. The fixture fails the test
 * on any console error, such as recharts' "Expected length, NaN".
 */
test.describe("an architect prices a free model, a task with no tokens or a zero budget", () => {
  const CASES = [
    { link: "/?p_in=0&p_out=0&p_cached=0", note: /All 60 designs cost less than \$0\.000001 per task/ },
    { link: "/?in_tok=0&out_tok=0", note: /less than \$0\.000001 per task \(zero prices or tokens\)/ },
    { link: "/?max_cost=0", note: /Your budget of \$0 per task is drawn there too/ },
  ];

  for (const { link, note } of CASES) {
    test(`${link} draws every point, whisker and the frontier with finite coordinates, and says what sits at the floor`, async ({ page }) => {
      await page.goto(link);
      const chart = page.getByTestId("chart-costs");
      await showCharts(page);
      await expect(chart.locator("g.point")).toHaveCount(60);
      await expect(page.getByTestId("cost-floor-note")).toContainText(note);
      const coordinates = await chart
        .locator("g.cost-marks circle, g.cost-marks line, g.cost-marks rect, g.cost-marks polygon")
        .evaluateAll((marks) =>
          marks.flatMap((m) =>
            [
              ...["cx", "cy", "x1", "x2", "y1", "y2", "x", "y", "width", "height"].map((a) => m.getAttribute(a)),
              ...(m.getAttribute("points")?.split(/[ ,]/) ?? []),
            ].filter((v): v is string => v !== null),
          ),
        );
      expect(coordinates.length).toBeGreaterThan(120);
      expect(coordinates.filter((v) => !Number.isFinite(Number(v)))).toEqual([]);
      const frontier = await chart.locator("path.frontier").getAttribute("d");
      expect(frontier ?? "").toMatch(/^M[\d.]+,[\d.]+/);
      expect(frontier ?? "").not.toContain("NaN");
      if (link.includes("max_cost")) await expect(chart.locator("line.budget")).toHaveCount(1);
    });
  }
});
