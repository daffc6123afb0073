// Help where the person is: the country comes from the browser's first
// language tag only, is asked when that tag names none, is named wherever
// numbers show, and is changed in place. Numbers keep their digit order in
// Arabic.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, open, seed, savedWith, answersWhere, calm, words, fill } from "./fixtures.js";

/** The browser's language list, as navigator.languages gives it. */
const test = base.extend({
  languages: [null, { option: true }],
  page: async ({ page, languages }, use) => {
    if (languages) {
      await page.addInitScript((tags) => {
        Object.defineProperty(navigator, "languages", { get: () => tags });
        Object.defineProperty(navigator, "language", { get: () => tags[0] });
      }, languages);
    }
    await use(page);
  },
});

/** The tel: links on the page, as dialled. */
const dialled = (page) =>
  page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));

/**
 * Where each group of digits of `number` is drawn inside `locator`'s text,
 * left to right on screen: the groups of a number read in order when each
 * one starts to the right of the one before.
 */
async function groupsDrawnInOrder(locator, number) {
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const lefts = [];
      let offset = at;
      for (const group of wanted.split(" ")) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + group.length);
        lefts.push(range.getBoundingClientRect().left);
        offset += group.length + 1;
      }
      return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
    }
    return null;
  }, number);
}

const controlled = savedWith([
  answersWhere((item) => (item.id === "warn.threatens.partner" ? 2 : calm(item))),
]);

test.describe("Arabic, with English second (ar,en-US,en)", () => {
  test.use({ locale: "ar", languages: ["ar", "en-US", "en"] });
  const ar = words("ar");

  test("no US number; the country is asked, then kept, and numbers read in order", async ({ page }) => {
    await open(page, "/support");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // Nothing from the US before the person says where they are.
    expect(await dialled(page)).toEqual([]);
    await expect(page.locator(".support")).not.toContainText("911");
    await expect(page.locator(".support .emergency")).toHaveText(ar["safety.no_emergency_known"]);
    await expect(page.locator(".support")).toContainText(ar["safety.search_hint"]);
    const question = page.getByLabel(ar["safety.ask_country"]);
    await expect(question).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await question.focus();
    await question.selectOption({ label: ar["country.eg"] });
    await expect(page.locator(".support .help-for")).toContainText(fill(ar["safety.help_for"], { country: ar["country.eg"] }));
    await expect(page.locator(".support .emergency a")).toHaveAttribute("href", "tel:122");
    await expect(page.locator('[data-line="eg_ncw"] a[href="tel:15115"]')).toBeVisible();
    expect(await dialled(page)).toEqual(["tel:122", "tel:15115"]);
    // The list stays open after the answer, so focus is not lost.
    await expect(page.getByLabel(ar["safety.country_label"])).toBeFocused();

    await page.reload();
    await expect(page.locator(".support .help-for")).toContainText(ar["country.eg"]);
    await expect(page.locator(".support .emergency a")).toHaveAttribute("href", "tel:122");
    await expect(page.getByLabel(ar["safety.ask_country"])).toHaveCount(0);

    // A number of several groups is drawn in its own order inside Arabic.
    await page.getByRole("button", { name: ar["safety.change_country"] }).tap();
    await page.getByLabel(ar["safety.country_label"]).selectOption({ label: ar["country.lb"] });
    const abaad = page.locator('[data-line="lb_abaad"] a[href="tel:+96181788178"]');
    await expect(abaad).toContainText("\u206681 78 81 78\u2069");
    await page.getByLabel(ar["safety.country_label"]).selectOption({ label: ar["country.gb"] });
    const refuge = page.locator('[data-line="gb_refuge"] a[href="tel:+448082000247"]');
    await expect(refuge).toContainText("\u20660808 2000 247\u2069");
    expect(await groupsDrawnInOrder(refuge, "0808 2000 247")).toBe(true);
    // "(LGBT+)" keeps its plus inside the brackets.
    await expect(page.locator('[data-line="gb_galop"]')).toContainText("(\u2066LGBT+\u2069)");
    const after = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(after.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe("Portuguese from Portugal (pt-PT,pt,en-US,en)", () => {
  test.use({ locale: "pt-PT", languages: ["pt-PT", "pt", "en-US", "en"] });
  const pt = words("pt-BR");

  test("Portugal is preselected and named, with 112", async ({ page }) => {
    await open(page, "/support");
    await expect(page.locator(".support .help-for")).toContainText(fill(pt["safety.help_for"], { country: pt["country.pt"] }));
    await expect(page.locator(".support .emergency a")).toHaveAttribute("href", "tel:112");
    await expect(page.locator('[data-line="pt_sivvd"] a[href="tel:+351800202148"]')).toBeVisible();
    expect(await dialled(page)).not.toContain("tel:180");
  });
});

test.describe("Spanish for Latin America (es-419,es)", () => {
  test.use({ locale: "es-419", languages: ["es-419", "es"] });
  const es = words("es");

  test("the results notice asks, names the country and changes it in place", async ({ page }) => {
    await seed(page, controlled);
    const notice = page.locator("#safety");
    await expect(notice).toBeVisible();
    // No Spanish 112 or 016 for someone who may be in Mexico or Peru.
    expect(await dialled(page)).toEqual([]);
    await expect(notice.locator(".emergency")).toHaveText(es["safety.no_emergency_known"]);
    await notice.getByLabel(es["safety.ask_country"]).selectOption({ label: es["country.mx"] });
    await expect(notice.locator(".help-for")).toContainText(fill(es["safety.help_for"], { country: es["country.mx"] }));
    await expect(notice.locator(".emergency a")).toHaveAttribute("href", "tel:911");
    await expect(notice.locator('[data-line="mx_linea_mujer"] a')).toHaveAttribute("href", "tel:+525555335533");
    await notice.getByLabel(es["safety.country_label"]).selectOption({ label: es["country.ca"] });
    // Canada: the note that there is no national line, never one province's line as the line.
    await expect(notice).toContainText(es["safety.canada_note"]);
    await expect(notice.locator(".first-helpline")).toHaveCount(0);
    await expect(notice.locator(".emergency a")).toHaveAttribute("href", "tel:911");
    // Changed in place: still on the results, and kept for the support page.
    await expect(page).toHaveURL(/\/results$/);
    await open(page, "/support");
    await expect(page.locator(".support .help-for")).toContainText(es["country.ca"]);
    await expect(page.locator('.support-lines [data-line="ca_quebec"] a')).toHaveAttribute("href", "tel:+18003639010");
    // Quebec's line also talks with people questioning their own behaviour.
    await expect(page.locator('.support > .helplines [data-line="ca_quebec"]')).toBeVisible();
  });
});

test.describe("German from Austria (de-AT)", () => {
  test.use({ locale: "de-AT", languages: ["de-AT", "de"] });

  test("Austria's own numbers, never Germany's short code", async ({ page }) => {
    await open(page, "/support");
    await expect(page.locator(".support .emergency a")).toHaveAttribute("href", "tel:133");
    await expect(page.locator('[data-line="at_frauenhelpline"] a')).toHaveAttribute("href", "tel:+43800222555");
    expect(await dialled(page)).not.toContain("tel:116016");
  });
});
