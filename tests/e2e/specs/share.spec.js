import {
  test, expect, open, seed, savedWith, answersWhere, calm, takeCheckup,
} from "./fixtures.js";

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A's answers: money almost always A, the rest about equal and fair. */
const aAnswers = answersWhere((item) =>
  item.dimension === "money" && item.kind === "balance" ? 0 : calm(item));

async function makeLink(page) {
  await page.getByRole("button", { name: "Make the link" }).tap();
  const link = await page.locator("#share-link").inputValue();
  return link;
}

test("two partners share, compare and share back", async ({ page, browser, baseURL }) => {
  // A finishes and shares.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await seed(page, savedWith([aAnswers]), "/results/share");
  const panel = page.locator(".share-panel");
  await expect(panel.locator("table.reveals tbody tr")).toHaveCount(6);
  await expect(panel.locator("table.reveals tr", { hasText: "Money" })).toContainText("+100");
  // Leaving fairness out shows in the preview before any link exists.
  await panel.getByLabel("Include how fair each part feels to me").uncheck();
  await expect(panel.locator("table.reveals tr", { hasText: "Money" })).toContainText("left out");
  const withoutFairness = await makeLink(page);
  await panel.getByLabel("Include how fair each part feels to me").check();
  await expect(page.locator("#share-link")).toHaveCount(0);
  const linkA = await makeLink(page);
  expect(linkA).not.toBe(withoutFairness);
  expect(linkA.startsWith(`${baseURL}/shared#`)).toBe(true);
  expect(linkA.split("#")[1].length).toBeLessThan(64);
  await panel.getByRole("button", { name: "Copy the link" }).tap();
  await expect(panel.getByRole("status")).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(linkA);
  await panel.getByRole("button", { name: "Show a QR code" }).tap();
  await expect(panel.locator("svg.qr path.qr-dark")).toBeVisible();

  // B opens A's link on another phone and sees A's view mirrored.
  const contextB = await browser.newContext(phone);
  const pageB = await contextB.newPage();
  const problemsB = [];
  pageB.on("pageerror", (e) => problemsB.push(e.message));
  pageB.on("console", (m) => m.type() === "error" && problemsB.push(m.text()));
  await pageB.goto(linkA);
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("How your partner sees it");
  const moneyB = pageB.locator('article[data-dimension="money"]');
  await expect(moneyB.locator(".side")).toHaveText("They see themselves as holding more say over money.");
  await expect(moneyB.locator("svg.beam")).toHaveAttribute("data-tilt", "partner");
  await expect(pageB.locator('article[data-dimension="home"] .side')).toHaveText("They see home & time as about even.");
  // B is told they need not reply, and nothing is kept until B says so.
  await expect(pageB.getByText("You do not have to reply")).toBeVisible();
  expect(await pageB.evaluate(() => localStorage.getItem("fulcrum"))).toBeNull();
  await pageB.getByRole("button", { name: "Keep it on this device" }).tap();
  await expect(pageB.getByText("Your partner's view is kept on this device.")).toBeVisible();

  // B takes the check-up: money almost always the partner, home almost always B.
  await pageB.getByRole("link", { name: "Take the check-up" }).tap();
  await takeCheckup(pageB, (item) => {
    if (item.kind !== "balance") return calm(item);
    if (item.dimension === "money") return 4;
    if (item.dimension === "home") return 0;
    return 2;
  });
  await pageB.getByRole("link", { name: /Compare with your partner's view/ }).tap();
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  const cmpMoney = pageB.locator('.compare-card[data-dimension="money"]');
  await expect(cmpMoney).toHaveAttribute("data-agree", "yes");
  await expect(cmpMoney.locator("svg.comparison")).toHaveAttribute("data-theirs", "-100");
  await expect(pageB.locator('.compare-card[data-dimension="home"]')).toHaveAttribute("data-agree", "no");
  await expect(pageB.locator(".talk h3").first()).toHaveText("Home & time");
  // Opening the same link again keeps one copy.
  await pageB.goto(linkA);
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  const kept = await pageB.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")).comparisons);
  expect(kept).toHaveLength(1);
  expect(kept[0].code).toBe(linkA.split("#")[1]);

  // B shares back; A opens it and sees the comparison from A's side.
  await expect(pageB.getByRole("heading", { name: "Share your view back" })).toBeVisible();
  const linkB = await makeLink(pageB);
  expect(problemsB).toEqual([]);
  await contextB.close();
  await page.goto(linkB);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  const cmpA = page.locator('.compare-card[data-dimension="money"] svg.comparison');
  await expect(cmpA).toHaveAttribute("data-mine", "100");
  await expect(cmpA).toHaveAttribute("data-theirs", "100");
  await expect(page.locator('.compare-card[data-dimension="home"]')).toHaveAttribute("data-agree", "no");
});

test("any sign of control puts a caution before sharing and leaves fairness out", async ({ page }) => {
  // "Sometimes" is below the safety notice, but the sign came up.
  const cameUp = answersWhere((item) => (item.id === "warn.tracks.partner" ? 2 : calm(item)));
  await seed(page, savedWith([cameUp]), "/results/share");
  await expect(page.locator("#safety")).toHaveCount(0);
  const panel = page.locator(".share-panel");
  await expect(panel.locator(".share-caution")).toContainText("You do not have to share");
  await expect(panel.getByRole("button", { name: "Make the link" })).toHaveCount(0);
  await panel.getByRole("button", { name: /show the sharing options/ }).tap();
  await expect(panel.getByRole("button", { name: "Make the link" })).toHaveClass(/secondary/);
  await expect(panel.getByLabel("Include how fair each part feels to me")).not.toBeChecked();
  await expect(panel.locator("table.reveals tr", { hasText: "Money" })).toContainText("left out");
});

test("damaged, empty and future links get a kind message and nothing is kept", async ({ page }) => {
  const good = "AQABATycfwARZP8CfwB__lc0jzM";
  const changed = good.slice(0, 10) + (good[10] === "A" ? "B" : "A") + good.slice(11);
  for (const [fragment, message] of [
    [changed, /missing or was changed/],
    [good.slice(0, 15), /missing or was changed/],
    ["", /no result in it/],
    ["%%%%", /missing or was changed/],
    ["A".repeat(500), /missing or was changed/],
  ]) {
    await open(page, `/shared#${fragment}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be opened");
    await expect(page.getByRole("alert")).toHaveText(message);
    await expect(page.getByRole("link", { name: "Start your own check-up" })).toBeVisible();
  }
  const saved = await page.evaluate(() => localStorage.getItem("fulcrum"));
  expect(saved === null || JSON.parse(saved).comparisons.length === 0).toBe(true);
  // A good link still opens after all that.
  await open(page, `/shared#${good}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How your partner sees it");
});
