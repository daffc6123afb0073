import {
  test, expect, open, seed, savedWith, answersWhere, calm, takeCheckup, cutChartText,
} from "./fixtures.js";

const partLine = (page, id) => page.locator(`.part-list li[data-dimension="${id}"]`);
const beam = (page) => page.locator(".part-view svg.beam");

/** Every SVG text box lies inside its SVG's box: no chart label is cut off. */
async function expectNoCutText(page) {
  expect(await cutChartText(page)).toEqual([]);
}

test("money 'almost always me' reads as strongly yours, on the overview and its own view", async ({ page }) => {
  // Money: almost always me. Home: almost always my partner. The rest: equal.
  await takeCheckup(page, (item) => {
    if (item.kind === "sign") return 0;
    if (item.kind === "fairness") return 2;
    if (item.dimension === "money") return 0;
    if (item.dimension === "home") return 4;
    return 2;
  });
  await expect(page.locator(".overview .summary")).toHaveText(/You hold more say in Money\./);
  await expect(page.locator('.wedge[data-dimension="money"]')).toHaveAttribute("data-tilt", "you");
  await expect(partLine(page, "money")).toContainText("You hold more say");
  await expect(page.locator(".overview-table tr", { hasText: "Money" })).toContainText("+100");
  // One tap opens the part's own view.
  await partLine(page, "money").getByRole("link").tap();
  await expect(page).toHaveURL(/\/results\/part\/money$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Money");
  await expect(beam(page)).toHaveAttribute("data-tilt", "you");
  expect(Number(await beam(page).getAttribute("data-angle"))).toBeLessThan(-5);
  await expect(page.locator(".part-view .band")).toHaveText(/^Strongly imbalanced/);
  // Previous and next are one tap each.
  await page.getByRole("link", { name: "Next: Emotional" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emotional");
  await expect(beam(page)).toHaveAttribute("data-tilt", "level");
  await page.getByRole("link", { name: "Next: Intimacy" }).tap();
  await page.getByRole("link", { name: "Next: Social" }).tap();
  await page.getByRole("link", { name: "Next: Home & time" }).tap();
  await expect(beam(page)).toHaveAttribute("data-tilt", "partner");
  await expect(page.locator(".part-view .band")).toHaveText(/^Leaning/);
  await expect(page.getByRole("link", { name: /^Next:/ })).toHaveCount(0);
});

test("a part's view has its answers, reasons, strategies, starters, and survives reload", async ({ page }) => {
  const answers = answersWhere((item) => (item.dimension === "money" && item.kind === "balance" ? 0 : calm(item)));
  await seed(page, savedWith([answers]));
  await page.locator('.wedge[data-dimension="money"]').tap();
  await expect(page).toHaveURL(/\/results\/part\/money/);
  const heading = page.getByRole("heading", { level: 1, name: "Money" });
  await expect(heading).toBeFocused();
  await expect(page.locator("table.contributions tbody tr")).toHaveCount(5);
  await expect(page.locator("table.contributions")).toContainText("+20 toward you");
  await expect(page.locator(".part-view")).toContainText("Strongly imbalanced: one of you holds most of the say");
  expect(await page.locator(".part-view .strategy").count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator(".part-view .starters li").count()).toBeGreaterThanOrEqual(2);
  // Each reason is said once.
  const reasons = await page.locator(".reasons li").allTextContents();
  expect(new Set(reasons).size).toBe(reasons.length);
  await page.reload();
  await expect(heading).toBeVisible();
  // By keyboard: a wedge takes Enter.
  await page.getByRole("link", { name: "All six parts" }).tap();
  await page.locator('.wedge[data-dimension="social"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Social" })).toBeFocused();
  await page.getByRole("link", { name: "All six parts" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
});

for (const width of [320, 390]) {
  test(`at ${width} px the overview fits in three screens and no chart text is cut`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const tense = answersWhere((item) => {
      if (item.id === "warn.threatens.partner") return 3;
      if (item.kind !== "balance") return calm(item);
      return item.dimension === "home" ? 4 : item.dimension === "money" ? 0 : 2;
    });
    for (const answers of [answersWhere(calm), tense]) {
      await seed(page, savedWith([answersWhere(calm), answers]));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(3 * 844);
      await expectNoCutText(page);
      await page.locator('.wedge[data-dimension="home"] .hit').tap();
      await expect(page.getByRole("heading", { level: 1, name: "Home & time" })).toBeVisible();
      await expectNoCutText(page);
    }
  });
}

test("the first screen holds the summary, the wheel and the next step", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  for (const selector of [".overview .summary", ".wheel", ".next-step h2"]) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box.y + Math.min(box.height, 40)).toBeLessThan(844);
  }
  await expect(page.locator(".next-step")).toContainText("What you could try");
});

test("a sign of control puts support first", async ({ page }) => {
  const answers = answersWhere((item) => (item.id === "warn.checks_phone.partner" ? 4 : calm(item)));
  await seed(page, savedWith([answers]));
  const support = page.locator("#safety");
  await expect(support).toContainText("Your safety comes first");
  const [supportBox, wheelBox] = [await support.boundingBox(), await page.locator(".wheel").boundingBox()];
  expect(supportBox.y).toBeLessThan(wheelBox.y);
  await page.locator(".signs-details > summary").tap();
  await expect(page.locator(".control-signs table")).toContainText("Very often");
  await open(page, "/results/plan");
  await expect(page.locator('.advice [data-strategy="support_for_you"]')).toBeVisible();
});

test("calm answers show the support link but no safety notice", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  await expect(page.locator("#safety")).toHaveCount(0);
  await expect(page.locator(".control-signs")).toContainText("None of the signs of control came up");
  await expect(page.getByRole("link", { name: "If you don't feel safe" })).toBeVisible();
  await expect(page.locator(".overview .summary")).toHaveText(/^It is about even in/);
  await open(page, "/results/plan");
  await expect(page.locator('.advice [data-strategy="support_for_you"]')).toHaveCount(0);
});

test("the plan keeps up to three practices, survives reload and shows on home", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  await page.getByRole("link", { name: "What you could try, and your plan" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "What you could try" })).toBeVisible();
  const boxes = page.locator(".advice input[data-practice]");
  for (const i of [0, 1, 2]) await boxes.nth(i).check();
  // A fourth cannot be added until one is removed.
  await expect(boxes.nth(3)).toBeDisabled();
  await expect(page.locator(".plan .plan-list li")).toHaveCount(3);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(page.locator(".plan .plan-list li")).toHaveCount(3);
  await open(page, "/");
  const plan = page.locator(".home .plan");
  await expect(plan.locator(".plan-list li")).toHaveCount(3);
  await expect(plan.locator(".plan-date")).toHaveText(/^Chosen \d{1,2} \w{3} \d{4}$/);
  await plan.getByRole("button", { name: "Clear the plan" }).tap();
  await plan.getByRole("button", { name: "Yes, clear it" }).tap();
  await expect(page.locator(".home .plan")).toHaveCount(0);
});

test("two finished check-ups draw a trend per part, in history and in each part", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]), "/results/history");
  await expect(page.locator(".trends")).toContainText("After your next check-up");
  const later = answersWhere((item) => (item.dimension === "money" && item.kind === "balance" ? 0 : calm(item)));
  await seed(page, savedWith([answersWhere(calm), later]), "/results/history");
  await expect(page.locator(".trend-figure")).toHaveCount(6);
  const money = page.locator('.trend-figure[data-dimension="money"]');
  await expect(money.locator("circle.trend-mark.balance")).toHaveCount(2);
  await expect(money.locator("polyline.balance")).toHaveCount(1);
  await expect(money.locator("svg")).toHaveAttribute("aria-label", /from \+0 to \+100 across 2 check-ups/);
  await money.getByText("Show the figures").tap();
  await expect(money.locator("table tbody tr")).toHaveCount(2);
  await open(page, "/results/part/money");
  await expect(page.locator('.trend-figure[data-dimension="money"]')).toHaveCount(1);
});

test("a check-up can be deleted after confirming", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm), answersWhere(calm)]), "/results/history");
  await expect(page.locator(".history-list li")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete this check-up" }).tap();
  await page.getByRole("button", { name: "Cancel" }).tap();
  await expect(page.locator(".history-list li")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete this check-up" }).tap();
  await page.getByRole("button", { name: "Yes, delete it" }).tap();
  await expect(page.getByRole("status")).toContainText("The check-up was deleted.");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(saved.history).toHaveLength(1);
});

test("export, then import into a cleared browser, gives the same results", async ({ page, browser }) => {
  const later = answersWhere((item) => (item.dimension === "home" && item.kind === "balance" ? 4 : calm(item)));
  await seed(page, savedWith([answersWhere(calm), later], {
    plan: { practices: ["shared_goals.load_list"], chosen_at: 1_700_000_000_000 },
  }));
  const before = await page.locator(".overview-table").textContent();
  await open(page, "/privacy");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all my data" }).tap(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fulcrum-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const other = await fresh.newPage();
  const errors = [];
  other.on("pageerror", (e) => errors.push(e.message));
  await other.goto("/privacy");
  await other.locator('input[type="file"]').setInputFiles(file);
  await expect(other.getByText("Imported 2 check-ups.")).toBeVisible();
  await other.goto("/results");
  await expect(other.locator(".overview-table")).toHaveCount(1);
  expect(await other.locator(".overview-table").textContent()).toBe(before);
  await other.goto("/");
  await expect(other.locator(".home .plan .plan-list li")).toHaveCount(1);
  expect(errors).toEqual([]);
  await fresh.close();
});

test("a damaged or foreign import file is refused and nothing changes", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]), "/privacy");
  const saved = await page.evaluate(() => localStorage.getItem("fulcrum"));
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({ name: "fulcrum.json", mimeType: "application/json", buffer: Buffer.from(saved.slice(0, 80)) });
  await expect(page.getByRole("alert")).toHaveText("This file is not Fulcrum data, or it is damaged. Nothing was changed.");
  await input.setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from('{"schema":99}') });
  await expect(page.getByRole("alert")).toHaveText(/newer version of Fulcrum/);
  // A valid file asks before replacing what is here.
  await input.setInputFiles({ name: "ok.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await expect(page.getByText(/Importing replaces everything/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).tap();
  expect(await page.evaluate(() => localStorage.getItem("fulcrum"))).toBe(saved);
});
