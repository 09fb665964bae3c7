import { expect, test } from "./fixtures";

// Issue 11, item 3: the held-out record for tasks like the user's sits beside the overall one.
test("the card shows the nearest held-out benchmark's record beside the overall record, and says when the model lost to the naive rule there", async ({
  page,
}) => {
  // A 3-tool web-research agent with a 40% single-agent pilot: nearest held-out benchmark BrowseComp-Plus.
  await page.goto("/?tools=3&baseline=0.4");
  const near = page.getByTestId("near-record");
  await expect(near).toContainText("For tasks like yours: on BrowseComp-Plus (the held-out benchmark most like your task");
  await expect(near).toContainText(/the call was right in \d+ of \d+ cases/);
  await expect(near).toContainText("Here the model did worse than a naive rule");
  await expect(page.getByTestId("overall-record")).toContainText(/Overall track record \(with a single-agent pilot\): .* right in \d+ of 52 cases/);

  // Naming the benchmark the task resembles moves the record to that benchmark.
  await page.getByRole("combobox", { name: "My task resembles" }).selectOption("swe-bench-verified");
  await expect(near).toContainText("on SWE-bench Verified (the benchmark you said your task resembles)");
});
