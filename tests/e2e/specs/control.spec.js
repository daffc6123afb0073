import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {
  test, expect, open, seed, savedWith, answersWhere, calm, takeCheckup,
} from "./fixtures.js";

// Digits of every number in the checked list, the only ones the app may show.
const CHECKED = readFileSync(new URL("../../../docs/support-lines.md", import.meta.url), "utf8");
const checkedDigits = new Set(
  (CHECKED.match(/\+?\d[\d -]*\d/g) ?? []).map((n) => n.replace(/[^\d]/g, "")),
);

/** Every tel: and sms: link on the page, each dialling a checked number. */
async function expectOnlyCheckedNumbers(page) {
  const hrefs = await page.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll(
    (links) => links.map((a) => a.getAttribute("href")),
  );
  for (const href of hrefs) {
    expect(href).toMatch(/^(tel:\+?\d+|sms:\d+(\?body=[A-Z]+)?)$/);
    const digits = href.replace(/^(tel|sms):\+?/, "").replace(/\?.*$/, "");
    expect(checkedDigits.has(digits), `${href} is not in support-lines.md`).toBe(true);
  }
  return hrefs;
}

const UNSAFE = [
  "forgiveness.let_one_go", "forgiveness.apology", "consistent_trust.repair",
  "healthy_boundaries.one_no", "money_transparency.money_date", "money_transparency.both_see",
  "open_communication.weekly_checkin", "outside_support.find_one",
];

test.describe("in the United Kingdom", () => {
  test.use({ locale: "en-GB" });

  test("a threatened person sees support first, safe advice and sharing behind a caution", async ({ page }) => {
    await takeCheckup(page, (item) => (item.id === "warn.threatens.partner" ? 4 : calm(item)));
    const first = page.locator("#safety");
    await expect(first).toHaveClass(/safety/);
    await expect(first.getByRole("link", { name: "If you are in danger now, call 999." }))
      .toHaveAttribute("href", "tel:999");
    await expect(first.locator('a[href="tel:+448082000247"]')).toHaveText("Call 0808 2000 247");
    await expectOnlyCheckedNumbers(page);
    await expect(page.locator(".overview .summary"))
      .toHaveText(/^Some of your answers describe signs of control/);
    await expect(page.locator(".overview .summary")).not.toContainText("It is about even");
    await page.locator(".signs-details > summary").tap();
    await expect(page.locator(".control-signs table")).toContainText("Threats to hurt you");
    await expect(page.locator(".control-signs table")).toContainText("Very often");
    // No part reads as simply "about even".
    await expect(page.locator('.part-list [data-dimension="money"] .part-side'))
      .toHaveText(/but signs of control came up/);
    // Advice: support for the person, nothing that confronts, forgives or opens money.
    await page.getByRole("link", { name: "What you could try, and your plan" }).tap();
    await expect(page.locator('.advice [data-strategy="support_for_you"]')).toBeVisible();
    await expect(page.locator('.advice [data-strategy="keep_safe"]')).toBeVisible();
    await expect(page.locator('.advice [data-strategy]')).toHaveCount(2);
    for (const id of UNSAFE) await expect(page.locator(`[data-practice="${id}"]`)).toHaveCount(0);
    // No conversation starters, not even in a part's own view.
    await open(page, "/results/part/emotional");
    await expect(page.getByRole("heading", { level: 1, name: "Emotional" })).toBeVisible();
    await expect(page.locator(".part-view .side")).toHaveText(/but signs of control came up/);
    await expect(page.locator(".starters")).toHaveCount(0);
    for (const id of UNSAFE) await expect(page.locator(`[data-practice="${id}"]`)).toHaveCount(0);
    // Sharing waits behind the caution.
    await open(page, "/results/share");
    const panel = page.locator(".share-panel");
    await expect(panel.locator(".share-caution")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Make the link" })).toHaveCount(0);
  });

  test("own controlling behaviour gets a calm reflection and the line for it", async ({ page }) => {
    await seed(page, savedWith([answersWhere((item) =>
      item.id === "warn.checks_phone.self" ? 3 : calm(item))]));
    await expect(page.locator("#safety")).toHaveCount(0);
    const reflection = page.locator(".reflection");
    await expect(reflection).toContainText("Seeing that takes honesty");
    await expect(reflection).toContainText("Respect Phoneline");
    await expect(reflection.locator('a[href="tel:+448088024040"]')).toBeVisible();
    await open(page, "/results/share");
    await expect(page.locator(".share-panel .share-caution")).toHaveCount(0);
  });
});

test.describe("in the United States", () => {
  test.use({ locale: "en-US" });

  test("support is one tap from every screen, by country, with checked numbers only", async ({ page }) => {
    for (const path of ["/", "/check-up?q=1", "/privacy"]) {
      await open(page, path);
      await expect(page.getByRole("link", { name: "If you don't feel safe" })).toBeVisible();
    }
    await page.getByRole("link", { name: "If you don't feel safe" }).tap();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and support");
    await expect(page.locator(".emergency a")).toHaveAttribute("href", "tel:911");
    await expect(page.locator('.support-lines [data-line="us_ndvh"] a[href="tel:+18007997233"]')).toBeVisible();
    await expect(page.locator('.support-lines [data-line="us_ndvh"] a[href="sms:88788?body=START"]'))
      .toHaveText("Text START to 88788");
    await expect(page.locator(".support")).toContainText("cannot send help");
    await expect(page.locator(".support")).toContainText("call log");
    await expect(page.locator(".support")).toContainText("checked on 6 Dec 2026");
    await expectOnlyCheckedNumbers(page);

    // The country can be changed, and the choice is kept.
    await page.getByLabel("Show help for").selectOption({ label: "United Kingdom" });
    await expect(page.locator(".emergency a")).toHaveAttribute("href", "tel:999");
    await expect(page.locator(".emergency")).toContainText("then press 55");
    await page.reload();
    await expect(page.locator(".emergency a")).toHaveAttribute("href", "tel:999");
    await page.getByLabel("Show help for").selectOption({ label: "Spain" });
    await expect(page.locator('.support-lines [data-line="es_016"] a')).toHaveAttribute("href", "tel:016");
    await expectOnlyCheckedNumbers(page);
    await page.getByLabel("Show help for").selectOption({ label: "Another country" });
    await expect(page.locator(".support")).toContainText("Search for “domestic abuse helpline”");
    expect(await expectOnlyCheckedNumbers(page)).toEqual([]);
  });

  test("a check-up taken with the first question set still opens and says what it missed", async ({ page }) => {
    const v1 = savedWith([{
      "money.earns": { choice: 0 }, "money.access": { choice: 4 }, "money.spare": { choice: 4 },
      "money.asks_first": { choice: 0 }, "money.knows": { choice: 0 },
      "warn.threaten.partner": { choice: 2 }, "a.future.item": { choice: 1 },
    }]);
    v1.history[0].bank_version = 1;
    await seed(page, v1);
    await expect(page.locator(".overview-table tr", { hasText: "Money" })).toContainText("-20");
    await expect(page.locator(".control-signs")).toContainText("earlier set of questions");
    await expect(page.locator(".control-signs")).toContainText("1 saved answer is to a question");
    // Threats count at any frequency, in old check-ups too.
    await expect(page.locator("#safety")).toBeVisible();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
    expect(saved.history[0].answers["a.future.item"]).toEqual({ choice: 1 });
  });

  for (const scheme of ["light", "dark"]) {
    test(`the support page has no accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, "/support");
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll(".support a, .support select")]
          .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect().height])
          .filter(([, h]) => h < 44));
      expect(small).toEqual([]);
    });
  }
});
