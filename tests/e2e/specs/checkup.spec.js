import { test, expect, open, tapAnswer, BANK, TOTAL } from "./fixtures.js";

const count = (page) => page.locator(".progress .count");

/** Taps "About equal"-like middle answers until the results page shows. */
async function answerAll(page, from = 1) {
  for (let n = from; n <= TOTAL; n++) {
    await expect(count(page)).toHaveText(`Question ${n} of ${TOTAL}`);
    const options = page.locator(".option");
    if (n < TOTAL) {
      const before = await count(page).textContent();
      await options.nth(n % 3 === 0 ? 0 : 2).tap();
      await expect(count(page)).not.toHaveText(before);
    } else {
      await options.nth(0).tap();
    }
  }
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
}

test("answer the whole check-up by touch and see the result", async ({ page }) => {
  await open(page);
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Before you start" })).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await expect(page.locator(".interstitial")).toHaveText(/how the two of you make decisions/);
  await expect(page.getByRole("group", { name: /final say/ })).toBeVisible();
  await answerAll(page);
  await expect(page.locator(".part-list li")).toHaveCount(6);
  await expect(page.locator('.part-list [data-dimension="money"] .part-side')).not.toBeEmpty();
  // The finished check-up is listed on the home screen.
  await page.getByRole("link", { name: "Fulcrum" }).first().tap();
  await expect(page.getByRole("heading", { name: "Your check-ups" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your latest result" })).toBeVisible();
  await page.getByRole("link", { name: "See the result" }).tap();
  await expect(page.locator(".part-list li")).toHaveCount(6);
});

test("reload mid-way continues at the same question with answers intact", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  await tapAnswer(page, "More often my partner");
  await tapAnswer(page, "About equal");
  await expect(count(page)).toHaveText(`Question 4 of ${TOTAL}`);
  await page.reload();
  await expect(count(page)).toHaveText(`Question 4 of ${TOTAL}`);
  await page.getByRole("button", { name: "Back" }).tap();
  await expect(page.getByRole("radio", { name: "About equal" })).toBeChecked();
  // Home offers to continue where the person stopped.
  await open(page, "/");
  await expect(page.getByRole("link", { name: `Continue (question 4 of ${TOTAL})` })).toBeVisible();
  await page.getByRole("link", { name: /Continue/ }).tap();
  await expect(count(page)).toHaveText(`Question 4 of ${TOTAL}`);
});

test("going back shows the earlier answer and lets it change", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  await page.getByRole("button", { name: "Back" }).tap();
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  await expect(page.getByRole("radio", { name: "Almost always me" })).toBeChecked();
  await tapAnswer(page, "Almost always my partner");
  // Fulcrum's own Back button goes back; the browser's leaves no trail.
  await page.getByRole("button", { name: "Back" }).tap();
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  await expect(page.getByRole("radio", { name: "Almost always my partner" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Almost always me" })).not.toBeChecked();
});

test("a skipped-ahead address returns to the first unanswered question", async ({ page }) => {
  await open(page, "/check-up?q=30");
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  await open(page, "/check-up?q=banana");
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
});

test("the whole check-up works by keyboard alone", async ({ page }) => {
  await open(page, "/");
  // Quick exit first, then the skip link, brand, privacy, support, the
  // language menu, start.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Language" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Focus follows into the calm word before the first question.
  await expect(page.getByRole("heading", { level: 1, name: "Before you start" })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  // Arrow keys browse the options without moving on; Enter goes on.
  await expect(page.getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "More often me" })).toBeChecked();
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  await page.keyboard.press("Enter");
  await expect(count(page)).toHaveText(`Question 2 of ${TOTAL}`);
  // Number keys answer and move on.
  for (let n = 2; n <= TOTAL; n++) {
    await expect(count(page)).toHaveText(`Question ${n} of ${TOTAL}`);
    await page.keyboard.press(String((n % 5) + 1));
    if (n < TOTAL) await expect(count(page)).toHaveText(`Question ${n + 1} of ${TOTAL}`);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
});

test("corrupt saved data is explained and kept aside, not destroyed", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  await page.evaluate(() => localStorage.setItem("fulcrum", "{this is not json"));
  await page.reload();
  await expect(page.getByText("Some saved data could not be read")).toBeVisible();
  const backup = await page.evaluate(() => localStorage.getItem("fulcrum.backup"));
  expect(backup).toBe("{this is not json");
  // The app still works and saves new answers alongside the backup.
  await expect(count(page)).toHaveText(`Question 1 of ${TOTAL}`);
  await tapAnswer(page, "About equal");
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("fulcrum")));
  expect(saved.in_progress.answers["decisions.final_say"]).toEqual({ choice: 2 });
  // Download a copy, then erase it.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a copy" }).tap();
  expect((await download).suggestedFilename()).toBe("fulcrum-unreadable-data.txt");
  await page.getByRole("button", { name: "Erase it" }).tap();
  await expect(page.getByText("Some saved data could not be read")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("fulcrum.backup"))).toBeNull();
});

test("data from a newer version is left untouched", async ({ page }) => {
  await open(page);
  const newer = JSON.stringify({ schema: 99, future: true });
  await page.evaluate((v) => localStorage.setItem("fulcrum", v), newer);
  await page.reload();
  await expect(page.getByText("A newer version of Fulcrum saved data here")).toBeVisible();
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await tapAnswer(page, "Almost always me");
  expect(await page.evaluate(() => localStorage.getItem("fulcrum"))).toBe(newer);
});

test("two pages on the same origin see each other's answers", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, "/check-up?q=1");
  await open(second, "/");
  await tapAnswer(first, "Almost always me");
  await tapAnswer(first, "More often me");
  // The second page learns of the answers without a reload.
  await expect(second.getByRole("link", { name: `Continue (question 3 of ${TOTAL})` })).toBeVisible();
  await second.getByRole("link", { name: /Continue/ }).tap();
  await tapAnswer(second, "About equal");
  // Back in the first page, question 3's answer from the second page is there
  // and the first page's own answers are intact.
  await first.goto("/check-up?q=3");
  await expect(first.getByRole("radio", { name: "About equal" })).toBeChecked();
  const saved = JSON.parse(await first.evaluate(() => localStorage.getItem("fulcrum")));
  expect(Object.keys(saved.in_progress.answers).length).toBe(3);
});

test("an answer written elsewhere a moment ago is kept, even before the page hears of it", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  // Another tab writes; a page gets no storage event for its own writes, so
  // this page can only know by checking what is stored when it saves.
  await page.evaluate((id) => {
    const saved = JSON.parse(localStorage.getItem("fulcrum"));
    saved.in_progress.answers[id] = { choice: 4 };
    localStorage.setItem("fulcrum", JSON.stringify(saved));
  }, BANK[2].id);
  await tapAnswer(page, "About equal");
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("fulcrum")));
  expect(Object.keys(saved.in_progress.answers).sort()).toEqual(
    [BANK[0].id, BANK[1].id, BANK[2].id].sort(),
  );
});

test("erase everything wipes the device after confirmation", async ({ page }) => {
  await open(page, "/check-up?q=1");
  await tapAnswer(page, "Almost always me");
  await page.getByRole("link", { name: "Privacy & data" }).tap();
  await page.getByRole("button", { name: "Erase everything" }).tap();
  await page.getByRole("button", { name: "Yes, erase everything" }).tap();
  await expect(page.getByText("has been erased")).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("fulcrum")));
  expect(keys).toEqual([]);
  await page.getByRole("link", { name: "Fulcrum" }).first().tap();
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeVisible();
});

test("with storage blocked the check-up works in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page, "/check-up?q=1");
  await expect(page.getByText("not letting Fulcrum save anything")).toBeVisible();
  await tapAnswer(page, "Almost always me");
  await page.getByRole("button", { name: "Back" }).tap();
  await expect(page.getByRole("radio", { name: "Almost always me" })).toBeChecked();
});
