import { expect, test } from "./fixtures";
import { figures, showCharts } from "./calculator-helpers";

test.describe("an architect explores what-if sliders", () => {
  test("the calculator opens on a default scenario with a recommendation, both charts and evidence", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // The lede's count is spaced from its words (JSX drops a line break before an expression).
    await expect(page.locator(".lede")).toContainText(/a model fitted to \d+ measured success rates/);
    const landmarks = await page.evaluate(() =>
      [...document.querySelectorAll("header, main, footer, nav, form[aria-label], section[aria-label]")].map(
        (el) => el.tagName.toLowerCase() + (el.getAttribute("aria-label") ? `:${el.getAttribute("aria-label")}` : ""),
      ),
    );
    expect(landmarks).toEqual(["header", "nav:Main", "main", "form:Scenario", "section:Results", "footer"]);
    // Without a value per solved task or a pilot, no multi-agent design is shown better: the single agent, and how sure.
    await expect(page.getByTestId("recommended-design")).toHaveText("Not shown better: build the single agent");
    await expect(page.getByTestId("how-sure")).toHaveText(/^How sure: \d+%, the chance that no multi-agent design beats the single agent\.$/);
    await expect(page.getByTestId("value-bands")).toContainText(
      /^What a solved task must be worth for more agents to pay: below \$[\d.,]+ a solved task: the single agent; /,
    );
    await expect(page.getByTestId("recommendation")).toContainText(
      /Overall track record \(without a pilot\): on benchmarks held out of the fit, picking the design with the highest predicted success got the single-vs-multi call right in \d+ of 52 cases/,
    );
    await showCharts(page);
    await expect(page.getByTestId("chart-architectures").locator("g.interval-marks .marker")).toHaveCount(5);
    await expect(page.getByTestId("chart-agents").locator("g.curve-marks")).toBeVisible();
    await expect(page.getByTestId("chart-costs").locator("g.cost-marks")).toBeVisible();
    await expect(page.getByTestId("nearest-runs").locator("tbody tr")).toHaveCount(5);
  });

  for (const [name, param, start] of [
    ["Tools", "tools", "/"],
    ["Decomposability", "decomp", "/"],
    ["Capability index", "cap", "/"],
    // The agent count is that of a design of one's own: choose one first.
    ["Agents", "agents", "/?arch=centralized"],
  ] as const) {
    test(`moving the ${name} slider changes the prediction and the URL`, async ({ page }) => {
      await page.goto(start);
      const before = await figures(page);
      const slider = page.getByRole("slider", { name });
      await slider.focus();
      for (let i = 0; i < 3; i++) await slider.press("ArrowRight");
      await expect
        .poll(async () => (await figures(page)).recommendation + (await figures(page)).architectures)
        .not.toBe(before.recommendation + before.architectures);
      await expect(page).toHaveURL(new RegExp(`[?&]${param}=`));
    });
  }

  test("a number field moves its slider; an out-of-range or fractional entry is marked and the value before editing kept", async ({ page }) => {
    await page.goto("/");
    const field = page.getByRole("spinbutton", { name: "Tools" });
    await field.fill("12");
    await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("12");
    await expect(page).toHaveURL(/tools=12/);
    await field.blur();
    // Typed key by key, 500 passes through 5 and 50 (both valid): the 12 held before editing comes back.
    await field.selectText();
    await field.pressSequentially("500");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await field.blur();
    await expect(page.getByText("Enter a whole number from 0 to 64; still using 12.")).toBeVisible();
    await expect(field).toHaveValue("500");
    await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("12");
    await expect(page).toHaveURL(/tools=12/);
    // A fraction in a whole-number field is marked too, and Escape drops the draft.
    await field.fill("7.5");
    await expect(page.getByText("Enter a whole number from 0 to 64; still using 12.")).toBeVisible();
    await field.press("Escape");
    await expect(field).toHaveValue("12");
  });

  test("the designs table fits the results column at desktop width, an extrapolated row included", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?arch=hybrid&agents=13&tools=16");
    const table = page.getByTestId("designs");
    await expect(table).toContainText("Hybrid, 13 agents (extrapolated)");
    const overflow = await table.evaluate((t) => (t.parentElement ? t.parentElement.scrollWidth - t.parentElement.clientWidth : 0));
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("a link's value between slider steps shows as itself on the slider and in the field", async ({ page }) => {
    await page.goto("/?decomp=0.33");
    await expect(page.getByRole("slider", { name: "Decomposability" })).toHaveValue("0.33");
    await expect(page.getByRole("spinbutton", { name: "Decomposability" })).toHaveValue("0.33");
    await expect(page.getByRole("spinbutton", { name: "Decomposability" })).not.toHaveAttribute("aria-invalid", "true");
  });

  test("choosing a model sets its capability index, and every input has its accessible name", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Model", exact: true }).selectOption("gpt-5");
    await expect(page.getByRole("slider", { name: "Capability index" })).toHaveValue("71");
    for (const [role, name] of [
      ["slider", "Tools"],
      ["slider", "Decomposability"],
      ["combobox", "Design piloted"],
      ["textbox", "Pilot agents"],
      ["textbox", "Tasks run"],
      ["textbox", "Tasks solved"],
      ["combobox", "Model"],
      ["slider", "Capability index"],
      ["combobox", "Your design"],
      ["slider", "Agents"],
      ["combobox", "Prediction model"],
      ["spinbutton", "Value of a solved task"],
    ] as const) {
      await expect(page.getByRole(role, { name, exact: true })).toHaveCount(1);
    }
  });

  test("the agents chart marks its extrapolated stretch: dashed lines, each its own dash, and a marker of its own shape at each measured count", async ({
    page,
  }) => {
    await page.goto("/?arch=centralized");
    await showCharts(page);
    const chart = page.getByTestId("chart-agents");
    await expect(chart.locator("path.extrapolated")).toHaveCount(4);
    const dashes = new Set<string | null>();
    for (const path of await chart.locator("path.extrapolated").all()) {
      await expect(path).toHaveAttribute("stroke-dasharray", /^\d+( \d+)+$/);
      await expect(path).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){12,}$/);
      dashes.add(await path.getAttribute("stroke-dasharray"));
    }
    expect(dashes.size).toBe(4);
    await expect(chart.locator(".measured")).toHaveCount(4);
    expect(new Set(await chart.locator(".measured").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-shape")))).size).toBe(4);
    await expect(chart.locator("path.band")).toHaveCount(1);
    await expect(chart).toContainText("Dashed: extrapolated by the agent-count rule");
    // No design of one's own: no band.
    await page.goto("/");
    await showCharts(page);
    await expect(chart.locator("path.extrapolated")).toHaveCount(4);
    await expect(chart.locator("path.band")).toHaveCount(0);
  });
});
