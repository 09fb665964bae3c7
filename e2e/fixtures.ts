import { expect, test as base } from "@playwright/test";

/**
 * The project's Playwright `test`: every page a spec opens is watched, and the test fails if the page
 * logs a console error or throws (the product's "no console errors" rule). `page.goto` returns once the
 * calculator has hydrated (where there is one): an input changed before React attaches is lost, a race
 * that made tests flaky.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('.calculator[data-hydrated="true"], body:not(:has(.calculator))').first().waitFor();
      return response;
    };
    await provide(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
