import {
  test, expect, open, seed, savedWith, answersWhere, calm, tapAnswer, BANK, TOTAL, holdApp,
} from "./fixtures.js";

const NEUTRAL = "https://www.bbc.com/weather";
test.use({ allowedForeign: [NEUTRAL] });

/** Serves the neutral page, after `delay` ms when the moment of leaving matters. */
async function neutralSite(page, delay = 0) {
  await page.route("https://www.bbc.com/**", async (route) => {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await route.fulfill({ contentType: "text/html", body: "<title>Weather</title><p>Sunny</p>" });
  });
}

const historyLength = (page) => page.evaluate(() => history.length);
const fulcrumKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("fulcrum")));

/** Answers every question on screen by tapping, from wherever the check-up is. */
async function answerByTouch(page, pick = calm) {
  for (const [i, item] of BANK.entries()) {
    await expect(page.locator(".progress .count")).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    await page.locator(".option").nth(pick(item)).tap();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
}

test("a whole check-up and a tour of the app add no history entries", async ({ page }) => {
  await open(page, "/");
  const before = await historyLength(page);
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await answerByTouch(page);
  await page.locator('.wedge[data-dimension="money"]').tap();
  await expect(page).toHaveURL(/\/results\/part\/money/);
  await page.getByRole("link", { name: "Next: Emotional" }).tap();
  await page.getByRole("link", { name: "All six parts" }).tap();
  await page.getByRole("link", { name: "Share with your partner" }).tap();
  await page.getByRole("link", { name: "Privacy & data" }).tap();
  await page.getByRole("link", { name: "If you don't feel safe" }).tap();
  await page.getByRole("link", { name: "Fulcrum", exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  expect(await historyLength(page)).toBe(before);
});

for (const how of ["button", "Shift pressed three times"]) {
  test(`after quick exit by ${how}, Back never shows Fulcrum`, async ({ page, baseURL }) => {
    await neutralSite(page);
    await open(page, "/");
    await page.getByRole("link", { name: "Start the check-up" }).tap();
    await page.getByRole("button", { name: "Start", exact: true }).tap();
    // Decisions: four balance questions, then how fair it feels.
    for (let i = 0; i < 4; i++) await tapAnswer(page, "About equal");
    await tapAnswer(page, "Fair to both of us");
    await expect(page.locator(".progress .count")).toHaveText(`Question 6 of ${TOTAL}`);
    if (how === "button") await page.getByRole("button", { name: "Quick exit" }).tap();
    else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack().catch(() => {});
    expect(page.url().startsWith(baseURL)).toBe(false);
    await expect(page.locator(".progress, .page")).toHaveCount(0);
  });
}

test("the page is blank at the moment of exit, before the neutral site loads", async ({ page }) => {
  await neutralSite(page, 2500);
  await open(page, "/check-up?q=1");
  // Read the page in the same moment as the press, before anything loads.
  const shown = await page.evaluate(() => {
    document.querySelector(".quick-exit").click();
    return { display: getComputedStyle(document.body).display, title: document.title };
  });
  expect(shown).toEqual({ display: "none", title: "" });
  await expect(page).toHaveURL(NEUTRAL, { timeout: 10_000 });
});

test("Escape, held Shift and Shift typed in a text field never exit", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]), "/check-up?q=1");
  await page.keyboard.press("Escape");
  await open(page, "/privacy");
  await page.getByRole("button", { name: "Erase everything" }).tap();
  await expect(page.getByRole("button", { name: "Yes, erase everything" })).toBeVisible();
  await page.keyboard.press("Escape");
  // A held key repeats: one press, however long.
  await page.evaluate(() => {
    for (let i = 0; i < 6; i++) {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "Shift", repeat: i > 0 }));
    }
  });
  await page.getByRole("button", { name: "Cancel" }).tap();
  await open(page, "/results/share");
  await page.getByRole("button", { name: "Make the link" }).tap();
  await page.locator("#share-link").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe("/results/share");
  await expect(page.getByRole("heading", { level: 1, name: "Share with your partner" })).toBeVisible();
});

test("private mode keeps nothing through a check-up, results and a link", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await expect(page.getByText("If someone may look at this phone")).toBeVisible();
  await page.getByLabel("Don't keep anything on this device").check();
  await expect(page.locator(".private-marker")).toContainText("nothing is kept on this device");
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await answerByTouch(page);
  await page.getByRole("link", { name: "Share with your partner" }).tap();
  await page.getByRole("button", { name: "Make the link" }).tap();
  await expect(page.locator("#share-link")).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // A reload says plainly that nothing was kept, with no error.
  await page.reload();
  await expect(page.locator(".private-marker")).toContainText("nothing from before was kept");
  await expect(page.getByText("There is no finished check-up on this device yet.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test("switching private mode on later offers to erase what is kept", async ({ page }) => {
  await seed(page, savedWith([answersWhere(calm)]), "/privacy");
  await page.getByLabel("Don't keep anything on this device").check();
  await page.getByRole("button", { name: "Yes, erase them" }).tap();
  expect(await fulcrumKeys(page)).toEqual([]);
  // What was on screen stays for this visit; nothing new is written.
  await open(page, "/check-up?q=1");
  await page.locator(".option").first().tap();
  expect(await fulcrumKeys(page)).toEqual([]);
});

test("erase on exit empties everything Fulcrum keeps", async ({ page, context }) => {
  await neutralSite(page);
  await seed(page, savedWith([answersWhere(calm)]), "/privacy");
  await page.getByLabel("Quick exit also erases everything").check();
  expect((await fulcrumKeys(page)).length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Quick exit" }).tap();
  await expect(page).toHaveURL(NEUTRAL);
  const again = await context.newPage();
  await open(again, "/");
  expect(await fulcrumKeys(again)).toEqual([]);
});

test("the neutral title is in place before the app starts", async ({ page }) => {
  await seed(page, savedWith([], { settings: { neutral_title: true } }), "/");
  // Hold the app back, and read the title before it can start.
  const release = await holdApp(page);
  await page.goto("/results", { waitUntil: "domcontentloaded" });
  await expect(page.locator("main#content")).toHaveCount(0);
  expect(await page.title()).toBe("Notes");
  release();
  await expect(page.locator("main#content")).toBeVisible();
  expect(await page.title()).toBe("Notes");
});

test("one damaged check-up is set aside, named, and the rest still open", async ({ page }) => {
  const data = savedWith([answersWhere(calm), answersWhere(calm)]);
  data.history[1].answers["home.chores"] = { choice: 9 };
  await seed(page, data, "/results");
  await expect(page.getByRole("alert")).toContainText("a finished check-up from");
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(saved.history).toHaveLength(1);
  const backup = await page.evaluate(() => localStorage.getItem("fulcrum.backup"));
  expect(backup).toContain('"choice":9');
});

test("the calm word before the first question can be skipped next time", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await page.getByLabel("Don't show this next time").check();
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 1 of ${TOTAL}`);
  await open(page, "/");
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 1 of ${TOTAL}`);
});
