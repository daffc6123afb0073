import AxeBuilder from "@axe-core/playwright";
import { test, expect, open, tapAnswer } from "./fixtures.js";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

for (const scheme of ["light", "dark"]) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test("question, results and privacy pages have no violations", async ({ page }) => {
      await open(page, "/check-up?q=1");
      await tapAnswer(page, "Almost always me");
      expect(await violations(page)).toEqual([]);
      // A finished check-up, written as the app would save it.
      await page.evaluate(() => {
        localStorage.setItem(
          "fulcrum",
          JSON.stringify({
            schema: 2,
            in_progress: null,
            history: [
              {
                id: "1",
                finished_at: 1763900000000,
                bank_version: 1,
                answers: {
                  "money.earns": { choice: 0 },
                  "money.access": { choice: 0 },
                  "money.spare": { choice: 1 },
                  "money.fairness": { choice: 0 },
                  "warn.monitor.partner": { choice: 4 },
                },
              },
            ],
            plan: null,
            settings: {},
          }),
        );
      });
      await open(page, "/results");
      await expect(page.getByRole("heading", { name: "Your safety comes first" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await open(page, "/privacy");
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("every control on the question page is at least 44 px tall", async ({ page }) => {
  await open(page, "/check-up?q=1");
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, a, label.option")]
      .filter((el) => el.offsetParent !== null && !el.classList.contains("skip-link"))
      .map((el) => [el.textContent.trim(), el.getBoundingClientRect().height])
      .filter(([, h]) => h < 44),
  );
  expect(small).toEqual([]);
});
