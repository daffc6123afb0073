import AxeBuilder from "@axe-core/playwright";
import {
  test, expect, open, tapAnswer, seed, savedWith, answersWhere, calm,
} from "./fixtures.js";

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

    test("every result view, sharing and comparison have no violations", async ({ page }) => {
      const leaning = answersWhere((item) =>
        item.dimension === "home" && item.kind === "balance" ? 4 : calm(item));
      await seed(page, savedWith([answersWhere(calm), leaning]), "/results");
      await page.locator(".figures-details > summary").tap();
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
      for (const [path, heading] of [
        ["/results/part/home", "Home & time"],
        ["/results/plan", "What you could try"],
        ["/results/history", "Your check-ups"],
      ]) {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        const figures = page.getByText("Show the figures");
        if (await figures.count()) await figures.first().tap();
        expect(await violations(page), path).toEqual([]);
      }
      await open(page, "/results/share");
      await page.getByRole("button", { name: "Make the link" }).tap();
      await page.getByRole("button", { name: "Show a QR code" }).tap();
      expect(await violations(page)).toEqual([]);
      const link = await page.locator("#share-link").inputValue();
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await open(page, "/privacy");
      await open(page, `/shared#${link.split("#")[1]}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("How your partner sees it");
      expect(await violations(page)).toEqual([]);
      await open(page, "/shared#broken");
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("every control on the results and shared pages is at least 44 px tall", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm), answersWhere(calm)]), "/results/share");
  await page.getByRole("button", { name: "Make the link" }).tap();
  const link = await page.locator("#share-link").inputValue();
  for (const path of ["/results", "/results/part/money", "/results/plan", "/results/history", "shared"]) {
    if (path === "shared") await page.goto(link);
    else await open(page, path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, a, label, summary, [role=button], input")]
        .filter((el) => el.getBoundingClientRect().height > 0 && !el.classList.contains("skip-link"))
        .filter((el) => !el.closest("label") || el.tagName === "LABEL")
        .filter((el) => !el.closest("p, li, td"))
        // A label tied to a text field names it; the field is the target.
        .filter((el) => !(el.tagName === "LABEL" && el.htmlFor))
        .map((el) => [el.tagName, (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40), el.getBoundingClientRect().height])
        .filter(([, , h]) => h < 44));
    expect(small).toEqual([]);
  }
});

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

test("the skip link moves to the screen's content and keeps the person where they are", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  const address = page.url();
  await page.getByRole("button", { name: "Quick exit" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
  expect(page.url()).toBe(address);
  await expect(page.locator(".progress .count")).toContainText("2");
});
