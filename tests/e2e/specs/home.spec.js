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

test("a first visit to home downloads no questions or advice; starting the check-up brings them", async ({ page }) => {
  const words = [];
  page.on("request", (req) => {
    if (req.url().includes("/locales/")) words.push(new URL(req.url()).pathname);
  });
  await open(page);
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(words, "home needs only the built-in words").toEqual([]);
  await page.getByRole("link", { name: "Start the check-up" }).tap();
  // The calm word before the first question comes first, with the focus on
  // its heading as after any move; then the question itself, in words.
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  expect(words).toEqual(["/locales/en.lines"]);
  await expect(page.locator("main#content h1").first()).toBeFocused();
  await page.getByRole("button", { name: "Start", exact: true }).tap();
  await expect(page.locator(".progress .count")).toHaveText(/^Question 1 of \d+$/);
  await expect(page.locator(".checkup legend, .checkup h1").first()).not.toHaveText("");
});
