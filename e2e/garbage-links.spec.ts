import { expect, test } from "./fixtures";

test.describe("a reviewer opens a broken or old link", () => {
  test("garbage values open with defaults, a notice naming them, and a clean URL", async ({ page }) => {
    await page.goto("/?tools=abc&agents=1e309&arch=<script>alert(1)</script>&decomp=0.8");
    const notices = page.getByTestId("notices");
    await expect(notices).toContainText('Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.');
    await expect(notices).toContainText("Agents: expected an integer in [1, 16]");
    await expect(notices).toContainText("Your design: expected one of none, single, independent");
    await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("5");
    await expect(page.getByRole("combobox", { name: "Your design" })).toHaveValue("none");
    await expect(page.getByRole("slider", { name: "Agents" })).toHaveValue("1");
    await expect(page.getByRole("slider", { name: "Decomposability" })).toHaveValue("0.8");
    await expect(page).toHaveURL(/^[^?]*\?decomp=0\.8$/);
  });

  test("values thousands of characters long are named, cut short, and ignored", async ({ page }) => {
    const long = "9".repeat(5000);
    await page.goto(`/?tools=${long}&model=${"x".repeat(3000)}&baseline=${"0.".padEnd(4000, "5")}`);
    const notices = page.getByTestId("notices");
    await expect(notices).toContainText(
      'Tools: expected at most 64 characters, got "9999999999999999999999999999999999999999…" (5000 characters). Showing 5 instead.',
    );
    await expect(notices).toContainText("Model: expected at most 64 characters");
    await expect(notices).toContainText("Single-agent baseline: expected at most 64 characters");
    await expect(page.getByText("Single-agent success from the link")).toHaveCount(0);
    expect((await notices.innerText()).length).toBeLessThan(2000);
  });

  test("a query over Node's default 16 kB header limit reaches the page (no bare 431) and its value is ignored with a notice", async ({ page }) => {
    const response = await page.goto(`/?tools=${"9".repeat(20_000)}&decomp=0.8`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("notices")).toContainText(
      'Tools: expected at most 64 characters, got "9999999999999999999999999999999999999999…" (20000 characters). Showing 5 instead.',
    );
    await expect(page.getByRole("slider", { name: "Decomposability" })).toHaveValue("0.8");
  });

  test("a link made on another data version opens with a notice", async ({ page }) => {
    await page.goto("/?tools=7&v=0123456789ab.0");
    await expect(page.getByTestId("notices")).toContainText("This link was made with data and model version 0123456789ab.0");
    await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("7");
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByTestId("notices")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Recommendation" })).toBeFocused();
  });

  test("a share typed as a percentage says what a share is, and a repeated parameter is named", async ({ page }) => {
    await page.goto("/?min_success=50&tools=6&tools=9");
    const notices = page.getByTestId("notices");
    await expect(notices).toContainText('Min success: expected a number in [0, 1] (a share: 0.5 is 50%), got "50". Showing no floor instead.');
    await expect(notices).toContainText("Tools appears more than once in the link; using the first, 6.");
    await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("6");
  });
});
