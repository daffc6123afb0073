// No unsafe path: for a check-up with control, a calm check-up after an
// older one with control, and a skipped sign, every results view (overview,
// each part, plan, share, history, an older check-up by id) and home are
// read whole, details open, and must show no word that calls things even,
// balanced or low concern without naming control, no practice that is not
// safe, nothing to tick among the safety practices, and no starters.
import { test, expect, open, seed, savedWith, answersWhere, calm } from "./fixtures.js";
import { BANK, BANK_VERSION } from "../saved-data.mjs";

const PARTS = ["decisions", "money", "emotional", "intimacy", "social", "home"];

// Words that must never show while the safety rules apply, each allowed
// only in the form that names control.
const NAMED = "(signs of control came up|some questions about control were not answered)";
const FORBIDDEN = [
  new RegExp(`\\bBalanced\\b(?! in say only: ${NAMED})`),
  new RegExp(`About even(?! in say, but ${NAMED})`),
  /It is about even/,
  new RegExp(`Low concern(?! in this part's answers alone, but ${NAMED})`),
  /Nothing here raised concern/,
  /Nothing stands out/,
  /[Ww]orth talking about/,
  /talk about it/,
  /None of the signs of control came up/,
  /Say one honest no/,
];

// Practices that confront, test, repair, forgive, thank, open money or
// bring in couples counselling.
const UNSAFE = [
  "open_communication.weekly_checkin", "healthy_boundaries.one_no",
  "money_transparency.money_date", "money_transparency.both_see",
  "consistent_trust.repair", "consistent_trust.small_promise",
  "forgiveness.let_one_go", "forgiveness.apology",
  "emotional_reciprocity.name_thanks", "outside_support.find_one",
];

/** Opens every closed disclosure, so its words are read too. */
async function openAll(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
}

/** Reads the whole visible page and fails on anything unsafe. */
async function expectSafe(page, where) {
  await openAll(page);
  const text = await page.locator("body").innerText();
  for (const word of FORBIDDEN) expect(text, `${where}: ${word}`).not.toMatch(word);
  for (const id of UNSAFE) {
    await expect(page.locator(`[data-practice="${id}"]`), `${where}: ${id}`).toHaveCount(0);
  }
  await expect(page.locator("input[data-practice]"), `${where}: a practice to tick`).toHaveCount(0);
  await expect(page.locator(".starters"), `${where}: conversation starters`).toHaveCount(0);
  return text;
}

/** Every results view of one check-up (`id`, or the latest), and home. */
async function visitEverything(page, id) {
  const q = id ? `?id=${id}` : "";
  await open(page, `/results${q}`);
  await expect(page.locator(".part-list")).toBeVisible();
  const overview = await expectSafe(page, `overview ${q}`);
  await expect(page.locator("#safety")).toBeVisible();
  for (const part of PARTS) {
    await open(page, `/results/part/${part}${q}`);
    await expect(page.locator(".part-view h1")).toBeVisible();
    await expectSafe(page, `part ${part} ${q}`);
  }
  await open(page, `/results/plan${q}`);
  await expect(page.locator('.advice [data-strategy="support_for_you"]')).toBeVisible();
  // Safety practices are read, not ticked: here, and only here, they show.
  await expect(page.locator('li[data-practice="keep_safe.safe_place"]')).toBeVisible();
  await expect(page.locator(".read-only-note").first()).toContainText("not saved anywhere");
  await expectSafe(page, `plan ${q}`);
  await open(page, `/results/share${q}`);
  const panel = page.locator(".share-panel");
  await expect(panel.locator(".share-caution")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Make the link" })).toHaveCount(0);
  await expectSafe(page, `share ${q}`);
  // What the link will show, once the person chooses to see it.
  await panel.getByRole("button", { name: /show the sharing options/ }).tap();
  await expect(panel.locator(".reveals")).toBeVisible();
  await expectSafe(page, `share options ${q}`);
  await open(page, `/results/history${q}`);
  await expectSafe(page, `history ${q}`);
  await open(page, "/");
  // Safety practices are read where advice is, never shown on home.
  const home = await expectSafe(page, "home");
  expect(home).not.toContain("Keep it in your head");
  return overview;
}

test.describe("no unsafe path", () => {
  test.use({ locale: "en-GB" });

  test("a check-up with control", async ({ page }) => {
    await seed(page, savedWith([answersWhere((item) =>
      item.id === "warn.threatens.partner" ? 2 : calm(item))]));
    const overview = await visitEverything(page);
    expect(overview).toContain("Some of your answers describe signs of control");
  });

  test("an older check-up with control and a newer calm one", async ({ page }) => {
    const older = answersWhere((item) => (item.id === "warn.isolate.partner" ? 3 : calm(item)));
    const data = savedWith([older, answersWhere(calm)]);
    const [oldId, newId] = data.history.map((h) => h.id);
    // A plan of couples practices chosen for the calm check-up.
    data.plan = {
      practices: ["open_communication.weekly_checkin", "forgiveness.apology"],
      chosen_at: data.history[1].finished_at,
      checkup: newId,
    };
    await seed(page, data);
    const overview = await visitEverything(page);
    expect(overview).toMatch(/came up in your check-up of \d{1,2} \w{3} 2023/);
    await open(page, "/results/plan");
    await expect(page.locator(".plan-hidden")).toHaveText(
      "2 practices from your plan are hidden: after what came up in your answers, they are not safe to try with your partner.",
    );
    await open(page, "/");
    await expect(page.locator(".home .plan")).toHaveCount(0);
    // The trend marks where control came up.
    await open(page, "/results/history");
    await openAll(page);
    await expect(page.locator(".trend-figure").first().locator("tr.control-came-up")).toHaveCount(1);
    // The older check-up opened by its id follows the same rules.
    await visitEverything(page, oldId);
  });

  test("a skipped sign", async ({ page }) => {
    await seed(page, savedWith([answersWhere((item) =>
      item.id === "warn.sex.partner" ? "declined" : calm(item))]));
    const overview = await visitEverything(page);
    expect(overview).toContain("You chose not to answer 1 question about your partner");
    await open(page, "/results");
    await openAll(page);
    await expect(page.locator(".control-signs .note", { hasText: "chose not to answer" })).toHaveText(
      "You chose not to answer 1 question about your partner, so this cannot say that no signs came up.",
    );
  });

  test("sign questions name the past year and can be left unanswered", async ({ page }) => {
    // Everything before the signs answered: the check-up resumes at the first sign.
    const answers = answersWhere((item) => (item.kind === "sign" ? undefined : calm(item)));
    const first = BANK.findIndex((i) => i.kind === "sign");
    await seed(page, {
      ...savedWith([]),
      in_progress: { bank_version: BANK_VERSION, started_at: 1_700_000_000_000, answers },
      settings: { skip_intro: true },
    }, `/check-up?q=${first + 1}`);
    await expect(page.locator(".progress .count")).toHaveText(`Question ${first + 1} of ${BANK.length}`);
    await expect(page.locator(".time-frame")).toHaveText("In the past year");
    const skip = page.locator(".option.declined");
    await expect(skip).toHaveText(/I'd rather not say/);
    await skip.tap();
    await expect(page.locator(".progress .count")).toHaveText(`Question ${first + 2} of ${BANK.length}`);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
    expect(saved.in_progress.answers[BANK[first].id]).toBe("declined");
  });

  test("a version 2 check-up still opens and names the danger signs it did not ask", async ({ page }) => {
    const v2 = savedWith([{
      "decisions.final_say": { choice: 0 }, "decisions.everyday": { choice: 0 },
      "decisions.big_choices": { choice: 0 }, "social.family": { choice: 2 },
      "warn.isolate.partner": { choice: 0 },
    }]);
    v2.history[0].bank_version = 2;
    await seed(page, v2);
    await expect(page.locator(".overview-table tr", { hasText: "Decisions" })).toContainText("+100");
    await openAll(page);
    await expect(page.locator(".control-signs .note", { hasText: "did not ask about" })).toHaveText(
      "It did not ask about: Choking or strangling, A weapon or a threat to kill, Following you or turning up uninvited, Threats to take or harm the children and Harm or threats getting worse.",
    );
  });
});
