// Fulcrum in the person's own language: chosen from the browser on a first
// visit, changeable on every screen without losing an answer, right to left
// in Arabic, English (with one line) when a language file cannot be read.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {
  test, expect, open, seed, savedWith, answersWhere, calm, BANK, TOTAL, holdApp, words, fill,
} from "./fixtures.js";

const LANGUAGES = [
  { tag: "es", browser: "es-MX", dir: "ltr" },
  { tag: "pt-BR", browser: "pt-BR", dir: "ltr" },
  { tag: "fr", browser: "fr-FR", dir: "ltr" },
  { tag: "de", browser: "de-AT", dir: "ltr" },
  { tag: "ar", browser: "ar-EG", dir: "rtl" },
];

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

async function noSideways(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
}

/** A finished check-up with money leaning to me and a sign of control. */
const finished = savedWith([
  answersWhere((item) => {
    if (item.dimension === "money" && item.kind === "balance") return 0;
    if (item.id === "warn.monitor.partner") return 3;
    return calm(item);
  }),
]);

for (const { tag, browser, dir } of LANGUAGES) {
  test.describe(`browser in ${browser}`, () => {
    test.use({ locale: browser });
    const w = words(tag);

    test(`home, a question and results are in ${tag}, with no accessibility violations`, async ({ page }) => {
      await open(page, "/");
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.app_name);
      await expect(page.locator("main#content")).toContainText(w.tagline);
      await expect(page.getByRole("combobox", { name: w["ui.language_label"] })).toHaveValue(tag);
      expect(await violations(page)).toEqual([]);
      await noSideways(page);

      await open(page, "/check-up?q=1");
      await expect(page.locator(".progress .count")).toHaveText(fill(w["ui.question_of"], { n: 1, total: TOTAL }));
      await expect(page.locator("main#content")).toContainText(w[`item.${BANK[0].id}`]);
      expect(await violations(page)).toEqual([]);
      await noSideways(page);

      await seed(page, finished, "/results");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w["ui.results_title"]);
      await expect(page.locator("main#content")).toContainText(w["dimension.money.name"]);
      expect(await violations(page)).toEqual([]);
      await noSideways(page);
    });

    test(`a shared link opens in ${tag}, whatever language made it`, async ({ page }) => {
      // Pinned links of both link versions show with the fixed framing line.
      for (const code of ["AQABATycfwARZP8CfwB__lc0jzM", "AgABAzycfwARZP8CfwB__h6gjoo"]) {
        await open(page, `/shared#${code}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(w["share.opened_title"]);
        await expect(page.locator(".framing")).toHaveText(w["share.framing"]);
        // Intimacy is 0 in the link: even, always said with "say".
        await expect(page.locator('article[data-dimension="intimacy"] dd.band')).toHaveText(w["share.band_balanced"]);
      }
    });
  });
}

test.describe("Arabic", () => {
  test.use({ locale: "ar" });
  const w = words("ar");

  test("the whole check-up reads right to left with nothing off the screen", async ({ page }) => {
    await open(page, "/check-up?q=1");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    for (let i = 0; i < TOTAL; i++) {
      await expect(page.locator(".progress .count")).toHaveText(fill(w["ui.question_of"], { n: i + 1, total: TOTAL }));
      await noSideways(page);
      await page.locator(".option").nth(i % 3).tap();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w["ui.results_title"]);
    await noSideways(page);
    // Signed figures keep their sign before the number inside Arabic text.
    const balance = await page.locator("table.data td").filter({ hasText: /\d/ }).first().textContent();
    expect(balance).toMatch(/^\u2066[+-]\d+\u2069$|^—$/);
  });
});

test("changing the language mid-check-up keeps every answer and the place", async ({ page }) => {
  await open(page, "/check-up?q=1");
  for (let i = 0; i < 5; i++) {
    await expect(page.locator(".progress .count")).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    await page.locator(".option").nth(i % 2).tap();
  }
  await expect(page.locator(".progress .count")).toHaveText(`Question 6 of ${TOTAL}`);
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")).in_progress.answers);
  expect(Object.keys(before)).toHaveLength(5);

  const de = words("de");
  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator(".progress .count")).toHaveText(fill(de["ui.question_of"], { n: 6, total: TOTAL }));
  // The menu keeps the focus, so a keyboard user is not sent back to the top.
  await expect(page.getByRole("combobox", { name: de["ui.language_label"] })).toBeFocused();
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(after.in_progress.answers).toEqual(before);
  expect(after.settings.language).toBe("de");

  // Going back shows the earlier answer still chosen, in German.
  await page.getByRole("button", { name: de["ui.back"] }).tap();
  await expect(page.locator(".progress .count")).toHaveText(fill(de["ui.question_of"], { n: 5, total: TOTAL }));
  await expect(page.locator(".option input:checked")).toHaveCount(1);
  await expect(page.locator(".option input").nth(0)).toBeChecked(); // the fifth answer was the first option

  // The choice is kept with the settings: a reload stays in German.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator(".progress .count")).toHaveText(fill(de["ui.question_of"], { n: 5, total: TOTAL }));
});

test.describe("a language Fulcrum lacks", () => {
  test.use({ locale: "ja-JP" });
  test("falls back to English with no note", async ({ page }) => {
    await open(page, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fulcrum");
    await expect(page.locator(".language-note")).toHaveCount(0);
  });
});

for (const [what, respond, console] of [
  ["damaged", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "app_name = Fulcrum\nthis line is not a message\n" }), []],
  // Whole, but built for another order of words (a file an older version cached).
  ["stale", (route) => route.fulfill({
    status: 200,
    contentType: "text/plain",
    body: readFileSync(new URL("../../../locales/built/fr.lines", import.meta.url), "utf8")
      .replace(/^# Fulcrum words [0-9a-f]{16}/, "# Fulcrum words 0123456789abcdef"),
  }), []],
  ["missing", (route) => route.fulfill({ status: 404, body: "" }), [
    "Failed to load resource: the server responded with a status of 404 (Not Found)",
  ]],
]) {
  test.describe(`a ${what} language file`, () => {
    test.use({ locale: "fr-FR", expectedConsole: console });
    test("shows English with one line saying so, never a blank page", async ({ page }) => {
      await page.route("**/locales/fr.lines", respond);
      await open(page, "/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator(".language-note")).toHaveText(
        "The chosen language could not be loaded, so Fulcrum is shown in English.",
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fulcrum");
    });
  });
}

test.describe("before the app starts, in another language", () => {
  test.use({ locale: "de-DE" });
  const de = words("de");

  test("the plain-HTML home shows no English words, and quick exit and the neutral title are German", async ({ page }) => {
    await seed(page, savedWith([], { settings: { neutral_title: true } }), "/");
    const release = await holdApp(page);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await expect(page.locator("main#content")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await page.title()).toBe(de.neutral_title);
    await expect(page.locator("#boot-shell .quick-exit")).toHaveText(de["ui.quick_exit"]);
    await expect(page.locator("#boot-content")).toBeHidden();
    await expect(page.locator("#boot-shell .site-header")).toBeHidden();
    release();
    await expect(page.locator("main#content")).toBeVisible();
    await expect(page.getByRole("button", { name: de["ui.quick_exit"] })).toBeVisible();
    await expect(page.locator("#boot-shell")).toHaveCount(0);
    expect(await page.title()).toBe(de.neutral_title);
  });
});

test("in private mode the language chosen is kept in memory only", async ({ page }) => {
  const fr = words("fr");
  await open(page, "/privacy");
  await page.getByLabel("Don't keep anything on this device").check();
  await expect(page.locator(".private-marker")).toBeVisible();
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator(".private-marker")).toHaveText(fr["ui.private_marker"]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // Closing the tab forgets it: a new visit follows the browser again.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
