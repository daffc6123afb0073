import {
  test, expect, open, seed, savedWith, answersWhere, calm, takeCheckup,
} from "./fixtures.js";

const card = (page, id) => page.locator(`article[data-dimension="${id}"]`);
const beam = (page, id) => card(page, id).locator("svg.beam");

test("money all 'almost always me' tilts the money beam to you, strongly", async ({ page }) => {
  // Money: almost always me. Home: almost always my partner. The rest: equal.
  await takeCheckup(page, (item) => {
    if (item.kind === "sign") return 0;
    if (item.kind === "fairness") return 2;
    if (item.dimension === "money") return 0;
    if (item.dimension === "home") return 4;
    return 2;
  });
  await expect(beam(page, "money")).toHaveAttribute("data-tilt", "you");
  await expect(card(page, "money").locator(".band")).toHaveText(/^Strongly imbalanced/);
  await expect(card(page, "money").locator(".side")).toHaveText("You hold more say");
  const angle = Number(await beam(page, "money").getAttribute("data-angle"));
  expect(angle).toBeLessThan(-5);
  // The others follow their own answers.
  await expect(beam(page, "home")).toHaveAttribute("data-tilt", "partner");
  await expect(card(page, "home").locator(".band")).toHaveText(/^Leaning/);
  for (const id of ["decisions", "emotional", "intimacy", "social"]) {
    await expect(beam(page, id)).toHaveAttribute("data-tilt", "level");
    await expect(beam(page, id)).toHaveAttribute("data-angle", "0");
  }
  // The wheel and its text equivalent say the same.
  await expect(page.locator('.wedge[data-dimension="money"]')).toHaveAttribute("data-tilt", "you");
  await expect(page.locator(".overview .summary")).toHaveText(/You hold more say in Money\./);
  await expect(page.locator(".overview-table tr", { hasText: "Money" })).toContainText("+100");
});

test("a dimension opens its detail by tap on the wheel, and by keyboard", async ({ page }) => {
  const answers = answersWhere((item) => (item.dimension === "money" && item.kind === "balance" ? 0 : calm(item)));
  await seed(page, savedWith([answers]));
  await expect(page.locator("#detail-money")).toHaveCount(0);
  await page.locator('.wedge[data-dimension="money"]').tap();
  const detail = page.locator("#detail-money");
  await expect(detail).toBeVisible();
  await expect(detail).toBeFocused();
  await expect(page).toHaveURL(/d=money/);
  await expect(detail.locator("table.contributions tbody tr")).toHaveCount(5);
  await expect(detail).toContainText("+20 toward you");
  await expect(detail).toContainText("Strongly imbalanced: one of you holds most of the say");
  await expect(detail.locator(".strategy")).toHaveCount(await detail.locator(".strategy").count());
  expect(await detail.locator(".strategy").count()).toBeGreaterThanOrEqual(2);
  expect(await detail.locator(".starters li").count()).toBeGreaterThanOrEqual(2);
  // Keyboard: a wedge takes Enter, the list's button takes Space.
  await page.locator('.wedge[data-dimension="social"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#detail-social")).toBeVisible();
  await expect(page.locator("#detail-money")).toHaveCount(0);
  const toggle = card(page, "home").getByRole("button", { name: "What is behind Home & time" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#detail-home")).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // Reload keeps the choice; pressing again closes it.
  await page.reload();
  await expect(page.locator("#detail-home")).toBeVisible();
  await card(page, "home").getByRole("button", { name: /What is behind/ }).tap();
  await expect(page.locator("#detail-home")).toHaveCount(0);
});

test("a sign of control comes with the safety notice first", async ({ page }) => {
  const answers = answersWhere((item) => (item.id === "warn.checks_phone.partner" ? 4 : calm(item)));
  await seed(page, savedWith([answers]));
  const first = page.locator(".page.results > *").first();
  await expect(first).toHaveClass(/safety/);
  await expect(first).toContainText("Your safety comes first");
  await expect(page.locator(".control-signs table")).toContainText("Very often");
  await expect(page.locator('.advice [data-strategy="support_for_you"]')).toBeVisible();
});

test("calm answers show the support link but no safety notice", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  await expect(page.locator("#safety")).toHaveCount(0);
  await expect(page.locator(".control-signs")).toContainText("None of the signs of control came up");
  await expect(page.getByRole("link", { name: "If you don't feel safe" })).toBeVisible();
  await expect(page.locator(".overview .summary")).toHaveText(/^It is about even in/);
  await expect(page.locator('.advice [data-strategy="support_for_you"]')).toHaveCount(0);
});

test("the plan keeps up to three practices, survives reload and shows on home", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  const boxes = page.locator(".advice input[data-practice]");
  for (const i of [0, 1, 2]) await boxes.nth(i).check();
  // A fourth cannot be added until one is removed.
  await expect(boxes.nth(3)).toBeDisabled();
  await expect(page.locator(".advice .plan-list li")).toHaveCount(3);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(page.locator(".advice .plan-list li")).toHaveCount(3);
  await open(page, "/");
  const plan = page.locator(".home .plan");
  await expect(plan.locator(".plan-list li")).toHaveCount(3);
  await expect(plan.locator(".plan-date")).toHaveText(/^Chosen \d{1,2} \w{3} \d{4}$/);
  await plan.getByRole("button", { name: "Clear the plan" }).tap();
  await plan.getByRole("button", { name: "Yes, clear it" }).tap();
  await expect(page.locator(".home .plan")).toHaveCount(0);
});

test("two finished check-ups draw a trend per dimension", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]));
  await expect(page.locator(".trends")).toContainText("After your next check-up");
  const later = answersWhere((item) => (item.dimension === "money" && item.kind === "balance" ? 0 : calm(item)));
  await seed(page, savedWith([answersWhere(calm), later]));
  await expect(page.locator(".trend-figure")).toHaveCount(6);
  const money = page.locator('.trend-figure[data-dimension="money"]');
  await expect(money.locator("circle.trend-mark.balance")).toHaveCount(2);
  await expect(money.locator("polyline.balance")).toHaveCount(1);
  await expect(money.locator("svg")).toHaveAttribute("aria-label", /from \+0 to \+100 across 2 check-ups/);
  await money.getByText("Show the figures").tap();
  await expect(money.locator("table tbody tr")).toHaveCount(2);
});

test("a check-up can be deleted after confirming", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm), answersWhere(calm)]));
  await expect(page.locator(".checkup-actions .history-list li")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete this check-up" }).tap();
  await page.getByRole("button", { name: "Cancel" }).tap();
  await expect(page.locator(".checkup-actions .history-list li")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete this check-up" }).tap();
  await page.getByRole("button", { name: "Yes, delete it" }).tap();
  await expect(page.getByRole("status")).toContainText("The check-up was deleted.");
  await expect(page.locator(".checkup-actions .history-list li")).toHaveCount(1);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(saved.history).toHaveLength(1);
});

test("export, then import into a cleared browser, gives the same results", async ({ page, browser }) => {
  const later = answersWhere((item) => (item.dimension === "home" && item.kind === "balance" ? 4 : calm(item)));
  await seed(page, savedWith([answersWhere(calm), later], {
    plan: { practices: ["shared_goals.load_list"], chosen_at: 1_700_000_000_000 },
  }));
  const before = await page.locator(".overview-table").innerText();
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
  await expect(other.locator(".overview-table")).toBeVisible();
  expect(await other.locator(".overview-table").innerText()).toBe(before);
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
