import {
  test, expect, open, seed, savedWith, answersWhere, calm, cutChartText as cutText,
} from "./fixtures.js";

// Every side at its extreme, so labels sit at both ends of each scale.
// "Almost always my partner" to who can say no to sex without worry would
// be a sign of control (sharing then waits behind a caution), so that one
// item does not apply; intimacy still sits at its extreme.
const extremes = answersWhere((item) => {
  if (item.id === "intimacy.says_no") return "na";
  if (item.kind !== "balance") return calm(item);
  return { decisions: 0, money: 4, emotional: 0, intimacy: 4, social: 2, home: 4 }[item.dimension];
});
const opposite = answersWhere((item) => {
  if (item.kind !== "balance") return calm(item);
  return { decisions: 4, money: 0, emotional: 2, intimacy: 0, social: 4, home: 0 }[item.dimension];
});

for (const scheme of ["light", "dark"]) {
  for (const width of [320, 390, 768]) {
    test(`no chart text is cut at ${width} px in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 844 });
      await seed(page, savedWith([opposite, extremes]), "/results");
      expect(await cutText(page), "overview").toEqual([]);
      for (const part of ["money", "home", "social"]) {
        await open(page, `/results/part/${part}`);
        await expect(page.locator("svg.beam")).toBeVisible();
        expect(await cutText(page), part).toEqual([]);
      }
      // The comparison: this result against the other one, shared as a link.
      await seed(page, savedWith([extremes]), "/results/share");
      await page.getByRole("button", { name: "Make the link" }).tap();
      const link = await page.locator("#share-link").inputValue();
      await seed(page, savedWith([opposite]), "/");
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your views side by side");
      await expect(page.locator("svg.comparison")).toHaveCount(6);
      expect(await cutText(page), "comparison").toEqual([]);
    });
  }
}
