import AxeBuilder from "@axe-core/playwright";
import { test, expect, open } from "./fixtures.js";

test("home page shows Fulcrum, its privacy promise and a way to start", async ({ page }) => {
  await open(page);
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  await expect(page.getByText("Your answers stay on this device.")).toBeVisible();
  await expect(page.getByText("not a diagnosis")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeVisible();
  await expect(page).toHaveTitle("Fulcrum");
});

test("home page has no automated accessibility violations", async ({ page }) => {
  await open(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("/index.html, where a host or a bookmark shows the home, is the home", async ({ page }) => {
  await open(page, "/index.html");
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
});

test("an unknown address gets a friendly not-found page", async ({ page }) => {
  await open(page, "/no/such/page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
});

test.describe("quick exit", () => {
  test.use({ allowedForeign: ["https://www.bbc.com/weather"] });

  test("the button replaces the page with a neutral site", async ({ page }) => {
    await page.route("https://www.bbc.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }),
    );
    await open(page, "/check-up?q=1");
    await page.getByRole("button", { name: "Quick exit" }).tap();
    await expect(page).toHaveURL("https://www.bbc.com/weather");
  });

  test("Shift pressed three times leaves at once", async ({ page }) => {
    await page.route("https://www.bbc.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }),
    );
    await open(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL("https://www.bbc.com/weather");
  });
});
