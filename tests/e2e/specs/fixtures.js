// Every test fails on a console error, an uncaught page error, or a request
// to any origin but the local server: the privacy promise, checked always.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  allowedForeign: [[], { option: true }],
  page: async ({ page, baseURL, allowedForeign }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin === origin) return;
      if (allowedForeign.some((allowed) => url.startsWith(allowed))) return;
      problems.push(`request to another origin: ${url}`);
    });
    await use(page);
    expect(problems, "console errors and foreign requests").toEqual([]);
  },
});

export { expect };

/** Waits until the app has mounted. */
export async function open(page, path = "/") {
  await page.goto(path);
  await expect(page.locator("main#content")).toBeVisible();
}

/** Answers the question on screen by tapping the option with this label. */
export async function tapAnswer(page, label) {
  const count = await page.locator(".progress .count").textContent();
  await page.locator(".option", { hasText: label }).first().tap();
  await expect(page.locator(".progress .count")).not.toHaveText(count);
}

export const TOTAL = 48;
