// The home screen paints from plain HTML before the WebAssembly arrives; the
// app then takes its place without moving anything, and no other address
// ever shows the home text first.
import {
  test, expect, open, seed, savedWith, holdApp,
} from "./fixtures.js";

/** Starts counting layout shifts from the first paint. */
async function countShifts(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

test("home paints before the app starts, and the app takes over in place", async ({ page }) => {
  await countShifts(page);
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await expect(page.locator("main#content")).toHaveCount(0);
  const heading = page.getByRole("heading", { level: 1, name: "Fulcrum" });
  await expect(heading).toBeVisible();
  await expect(page.getByText("Your answers stay on this device.")).toBeVisible();
  const start = page.getByRole("link", { name: "Start the check-up" });
  await expect(start).toBeVisible();
  const before = { heading: await heading.boundingBox(), start: await start.boundingBox() };

  release();
  await expect(page.locator("main#content")).toBeVisible();
  await expect(page.locator("#boot-shell")).toHaveCount(0);
  await expect(heading).toHaveCount(1);
  expect(await heading.boundingBox()).toEqual(before.heading);
  expect(await start.boundingBox()).toEqual(before.start);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

/** When the page first painted, and when the app's WebAssembly was asked for. */
async function paintAndFetch(page) {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    fetch: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.startTime,
  }));
}

test("home is shown before the app is fetched, so the page has the connection to itself", async ({ page }) => {
  await open(page, "/");
  const { paint, fetch } = await paintAndFetch(page);
  expect(paint).toBeGreaterThan(0);
  expect(fetch).toBeGreaterThanOrEqual(paint);
});

test("away from home the app is asked for at once, before the first paint", async ({ page }) => {
  await open(page, "/check-up?q=1");
  const { paint, fetch } = await paintAndFetch(page);
  expect(fetch).toBeGreaterThan(0);
  expect(fetch).toBeLessThan(paint);
});

for (const path of ["/results", "/check-up?q=3", "/support", "/shared#x"]) {
  test(`${path} never shows the home text before the app starts`, async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(path, { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expect(page.getByText("Your answers stay on this device.")).toBeHidden();
    await expect(page.getByRole("link", { name: "Start the check-up" })).toBeHidden();
    release();
    await expect(page.locator("main#content")).toBeVisible();
  });
}

test("someone who has begun sees no start button until the app offers to continue", async ({ page }) => {
  await seed(page, savedWith([], { in_progress: { started_at: 1_700_000_000_000, bank_version: 2, answers: { "decisions.final_say": { choice: 2 } } } }), "/");
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the check-up" })).toBeHidden();
  release();
  await expect(page.getByRole("link", { name: /^Continue \(question 2 of/ })).toBeVisible();
});

test.describe("before the app starts", () => {
  test.use({ allowedForeign: ["https://www.bbc.com/weather"] });

  test("quick exit already leaves, with no way back", async ({ page }) => {
    await page.route("https://www.bbc.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }),
    );
    await holdApp(page);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Quick exit" }).tap();
    await expect(page).toHaveURL("https://www.bbc.com/weather");
  });

  test("the start link adds no history entry", async ({ page }) => {
    await open(page, "/");
    const release = await holdApp(page);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    const before = await page.evaluate(() => history.length);
    await page.locator("#boot-shell").getByRole("link", { name: "Start the check-up" }).tap();
    await expect(page).toHaveURL(/\/check-up$/);
    release();
    await expect(page.locator("main#content")).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

test("when the app starts at once, the plain-HTML home still counts as the page's largest paint", async ({ page }) => {
  // On a fast load the app could replace the home before the browser had
  // reported its paint; the largest paint would then be the app's copy,
  // timed after the WebAssembly.
  await page.addInitScript(() => {
    window.__largest = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__largest.push(Boolean(entry.element && entry.element.closest("#boot-shell")));
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await open(page, "/");
  await expect(page.locator("#boot-shell")).toHaveCount(0);
  const fromPlainHtml = await page.evaluate(() => window.__largest);
  expect(fromPlainHtml.length).toBeGreaterThan(0);
  expect(fromPlainHtml).toEqual(fromPlainHtml.map(() => true));
});

test.describe("when the app cannot be fetched", () => {
  test.use({ expectedConsole: ["Failed to load resource: net::ERR_FAILED"] });

  for (const path of ["/", "/check-up?q=1", "/results"]) {
    test(`${path} says so on the first screen, and quick exit still works`, async ({ page }) => {
      await page.route("**/*.wasm", (route) => route.abort());
      await page.goto(path);
      const note = page.getByRole("alert");
      await expect(note).toHaveText("This page could not finish loading. Check your connection, then reload the page.");
      await expect(note).toBeInViewport();
      await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
      await expect(page.locator("main#content")).toHaveCount(0);
    });
  }

  test.describe("in German", () => {
    test.use({ locale: "de-DE" });

    test("it says so in German, with no English", async ({ page }) => {
      await page.route("**/*.wasm", (route) => route.abort());
      await page.goto("/check-up?q=1");
      await expect(page.getByRole("alert")).toHaveText(
        "Diese Seite konnte nicht fertig geladen werden. Prüf deine Verbindung und lade die Seite neu.",
      );
      await expect(page.getByRole("button", { name: "Schnell raus" })).toBeVisible();
    });
  });
});
