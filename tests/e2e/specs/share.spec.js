import { readFileSync } from "node:fs";
import {
  test, expect, open, seed, savedWith, answersWhere, calm, takeCheckup,
} from "./fixtures.js";

/** The names of the signs of control, as results list them. */
const SIGN_NAMES = [...readFileSync(new URL("../../../locales/en.txt", import.meta.url), "utf8")
  .matchAll(/^sign\.\w+\.name = (.+)$/gm)].map((m) => m[1]);

/** Visible sentences that call something balanced or about even without saying "say". */
async function bareEven(page) {
  const text = await page.locator("body").innerText();
  return text.split(/\n|(?<=[.!?:])\s+/)
    .filter((s) => /\bbalanced\b|about even/i.test(s) && !/\bsay\b/i.test(s));
}

/** What the reader of a shared view must never be handed. */
async function expectNoScript(page) {
  await expect(page.locator(".framing")).toHaveText(FRAMING);
  await expect(page.locator("ul.starters")).toHaveCount(0);
  await expect(page.getByText("A gap is not a verdict")).toHaveCount(0);
  expect(await bareEven(page)).toEqual([]);
  const text = await page.locator("body").innerText();
  expect(SIGN_NAMES.length).toBeGreaterThan(10);
  for (const name of SIGN_NAMES) expect(text, name).not.toContain(name);
  expect(text).not.toMatch(/signs of control came up/i);
}

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const SUGGEST = "Suggest questions to start talking, for the parts we see most differently";
const FRAMING = "The figures show only who has more say, as the other person sees it. "
  + "They cannot show whether anyone feels afraid or pressured. "
  + "The other person's answers are never shared, and their view is not something to argue them out of.";

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
  // Nothing is added unless A adds it: fairness is left out, no starters.
  const fairness = panel.getByLabel("Include how fair each part feels to me");
  const starters = panel.getByLabel(SUGGEST);
  await expect(fairness).not.toBeChecked();
  await expect(starters).not.toBeChecked();
  await expect(panel.locator("table.reveals tr", { hasText: "Money" })).toContainText("left out");
  const withoutFairness = await makeLink(page);
  // Adding fairness shows in the preview and drops the link made before.
  await fairness.check();
  await expect(page.locator("#share-link")).toHaveCount(0);
  await expect(panel.locator("table.reveals tr", { hasText: "Money" })).not.toContainText("left out");
  // A chooses to suggest conversation starters to B.
  await starters.check();
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
  await expect(pageB.locator('article[data-dimension="home"] .side')).toHaveText("They see home & time as about even in say.");
  await expect(pageB.locator('article[data-dimension="home"] dd.band')).toHaveText("Balanced in say");
  await expect(pageB.locator(".framing")).toHaveText(FRAMING);
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
  // A suggested starters, and B's own answers show no control: B gets them.
  await expect(pageB.locator(".talk h3").first()).toHaveText("Home & time");
  await expect(pageB.locator(".talk")).toContainText("They chose to suggest questions");
  await expect(pageB.locator(".framing")).toHaveText(FRAMING);
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
  // B did not suggest starters: A's comparison has none, and says nothing about it.
  await expect(page.locator(".talk")).toHaveCount(0);
  await expect(page.locator(".framing")).toHaveText(FRAMING);
  // Both see decisions as even: the verdict says so in plain words.
  await expect(page.locator('.compare-card[data-dimension="decisions"] .verdict'))
    .toHaveText("0 points apart. You both see it as about even in say.");
});

test("any sign of control puts a caution saying what sharing reveals before sharing", async ({ page }) => {
  // "Sometimes" is below the safety notice, but the sign came up.
  const cameUp = answersWhere((item) => (item.id === "warn.tracks.partner" ? 2 : calm(item)));
  await seed(page, savedWith([cameUp]), "/results/share");
  await expect(page.locator("#safety")).toHaveCount(0);
  const panel = page.locator(".share-panel");
  await expect(panel.locator(".share-caution")).toContainText("you do not have to share");
  await expect(panel.locator(".share-caution")).toContainText("tells your partner that you use this app");
  await expect(panel.locator(".share-caution")).toContainText("ask to see this phone");
  await expect(panel.getByRole("button", { name: "Make the link" })).toHaveCount(0);
  await panel.getByRole("button", { name: /show the sharing options/ }).tap();
  await expect(panel.getByRole("button", { name: "Make the link" })).toHaveClass(/secondary/);
  // The same defaults as for everyone: nothing here depends on the answers.
  await expect(panel.getByLabel("Include how fair each part feels to me")).not.toBeChecked();
  await expect(panel.getByLabel(SUGGEST)).not.toBeChecked();
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

test("a person whose check-up shows control shares; neither side gets a script", async ({ page, browser }) => {
  // A: money almost always B, the rest about equal; threats sometimes, tracking often.
  const balances = (item) => {
    if (item.kind !== "balance") return calm(item);
    return item.dimension === "money" ? 4 : 2;
  };
  const signs = { "warn.threatens.partner": 2, "warn.tracks.partner": 3 };
  const aAnswers = answersWhere((item) => signs[item.id] ?? balances(item));
  await seed(page, savedWith([aAnswers]), "/results/share");
  const panel = page.locator(".share-panel");
  await panel.getByRole("button", { name: /show the sharing options/ }).tap();
  const linkA = await makeLink(page);
  // The link is byte for byte the one made by someone with the same
  // balances and no signs at all.
  await seed(page, savedWith([answersWhere(balances)]), "/results/share");
  await expect(page.locator(".share-panel .share-caution")).toHaveCount(0);
  expect(await makeLink(page)).toBe(linkA);
  await seed(page, savedWith([aAnswers]), "/results");

  // B opens it: A's view mirrored, framed, with nothing to question A with.
  const contextB = await browser.newContext(phone);
  const pageB = await contextB.newPage();
  const problemsB = [];
  pageB.on("pageerror", (e) => problemsB.push(e.message));
  pageB.on("console", (m) => m.type() === "error" && problemsB.push(m.text()));
  await pageB.goto(linkA);
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("How your partner sees it");
  await expect(pageB.locator('article[data-dimension="money"] .side'))
    .toHaveText("They see you as holding more say over money.");
  await expectNoScript(pageB);

  // B sees money the other way round: the widest gap is where A said B holds the say.
  await pageB.getByRole("link", { name: "Take the check-up" }).tap();
  await takeCheckup(pageB, (item) => {
    if (item.kind !== "balance") return calm(item);
    if (item.dimension === "money") return 4;
    if (item.dimension === "social") return 0;
    return 2;
  });
  await pageB.goto(linkA);
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  await expect(pageB.locator('.compare-card[data-dimension="money"]')).toHaveAttribute("data-agree", "no");
  await expect(pageB.locator(".talk")).toHaveCount(0);
  await expect(pageB.locator('.compare-card[data-dimension="home"] .verdict'))
    .toHaveText("0 points apart. You both see it as about even in say.");
  await expectNoScript(pageB);

  // The reverse: B shares back with the defaults; A compares on A's phone.
  const linkB = await makeLink(pageB);
  expect(problemsB).toEqual([]);
  await contextB.close();
  await page.goto(linkB);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  await expect(page.locator('.compare-card[data-dimension="money"]')).toHaveAttribute("data-agree", "no");
  // A's own answers describe control: support first, never starters.
  await expect(page.locator(".talk")).toContainText("Support for you comes first");
  await expectNoScript(page);
});

test("the safety notice erases this check-up in one tap, with a confirm, leaving no trail", async ({ page }) => {
  const calmFirst = answersWhere(calm);
  const controlled = answersWhere((item) => (item.id === "warn.threatens.partner" ? 2 : calm(item)));
  await seed(page, savedWith([calmFirst, controlled], { plan: { practices: ["support_for_you.reach_out"], chosen_at: 1_800_000_000_000 } }), "/");
  await open(page, "/results");
  const before = await page.evaluate(() => history.length);
  const notice = page.locator("#safety");
  await expect(notice).toBeVisible();
  const erase = notice.getByRole("button", { name: "Erase this check-up from this device" });
  expect((await erase.boundingBox()).height).toBeGreaterThanOrEqual(44);
  await erase.tap();
  // Nothing happens until the person confirms; cancelling keeps everything.
  await expect(notice.getByText("It cannot be undone")).toBeVisible();
  await notice.getByRole("button", { name: "Cancel" }).tap();
  await notice.getByRole("button", { name: "Erase this check-up from this device" }).tap();
  await notice.getByRole("button", { name: "Yes, erase it" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  await expect(page.getByText("The check-up was erased from this device.")).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(saved.history.map((h) => h.id)).toEqual([String(1_700_000_000_000)]);
  expect(saved.plan).toBeNull();
  expect(JSON.stringify(saved)).not.toContain("warn.threatens.partner\":{\"choice\":2");
  expect(await page.evaluate(() => history.length)).toBe(before);
  // The result left is the calm one, with no safety notice.
  await open(page, "/results");
  await expect(page.locator("#safety")).toHaveCount(0);
});

test("a reader whose own answers may frighten their partner gets no starters, and is told why in their own terms", async ({ page }) => {
  await seed(page, savedWith([answersWhere((item) => (item.id === "warn.feared.self" ? 1 : calm(item)))]), "/");
  // A link whose sender suggested starters.
  await open(page, "/shared#AgABAzycfwARZP8CfwB__h6gjoo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
  const talk = page.locator(".talk");
  await expect(talk).toContainText("your partner may be afraid of you");
  await expect(talk).not.toContainText("a partner who controls you");
  await expect(page.locator(".talk .starters")).toHaveCount(0);
});
