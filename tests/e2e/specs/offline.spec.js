// After the first visit the service worker serves the whole app with no
// network, and a new version never takes over while a tab is open.
import { readFileSync, writeFileSync } from "node:fs";
import { test, expect, open, holdApp, TOTAL } from "./fixtures.js";

const WORKER_FILE = new URL("../../../dist/sw.js", import.meta.url);

test.use({ serviceWorkers: "allow" });

/** Opens the app and waits until its service worker controls the page. */
async function visitOnce(page) {
  await open(page, "/");
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 15_000,
  });
}

test("after one visit the app opens and works with no network", async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Fulcrum" })).toBeVisible();
  await expect(page.locator("main#content")).toBeVisible();

  // Any address of the app, straight from the address bar.
  await page.goto("/check-up?q=1");
  await expect(page.locator(".progress .count")).toHaveText(`Question 1 of ${TOTAL}`);
  await page.locator(".option").first().tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 2 of ${TOTAL}`);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("fulcrum")));
  expect(Object.keys(saved.in_progress.answers)).toHaveLength(1);

  await page.goto("/support");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the worker and the manifest wait for the app, so they never compete with the app's download", async ({ page }) => {
  const registered = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined));
  const asked = [];
  page.on("request", (req) => asked.push(new URL(req.url()).pathname));
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "load" });
  // Long enough for a registration at "load" to have happened.
  await page.waitForTimeout(500);
  expect(await registered()).toBe(false);
  expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
  // The icon is written into the page; nothing but the app is on the way.
  expect(asked.filter((path) => /manifest|icon|sw\.js/.test(path))).toEqual([]);
  release();
  await expect(page.locator("main#content")).toBeVisible();
  await expect.poll(registered).toBe(true);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.webmanifest");
  // One of each, even after the app has moved between screens.
  await page.getByRole("link", { name: /start|begin/i }).first().click();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
});

test("a new version waits until the app is next started", async ({ page }) => {
  await visitOnce(page);
  await page.goto("/check-up?q=1");
  await page.locator(".option").first().tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 2 of ${TOTAL}`);
  // The server now has a different worker (the same code, one more line, so
  // other tests running meanwhile are unaffected): the next check finds it.
  const original = readFileSync(WORKER_FILE, "utf8");
  writeFileSync(WORKER_FILE, `${original}\n// a newer build\n`);
  let state;
  try {
    state = await page.evaluate(async () => {
    const running = navigator.serviceWorker.controller;
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const next = registration.installing ?? registration.waiting;
    if (next && next.state === "installing") {
      await new Promise((done) => next.addEventListener("statechange", () => {
        if (next.state !== "installing") done();
      }));
    }
    // Time enough for a worker that skipped waiting to take over.
    await new Promise((done) => setTimeout(done, 1500));
    return {
      waiting: registration.waiting !== null,
      unchanged: navigator.serviceWorker.controller === running && registration.active === running,
    };
  });
  } finally {
    writeFileSync(WORKER_FILE, original);
  }
  expect(state).toEqual({ waiting: true, unchanged: true });
  // The open check-up goes on with the version it started with.
  await page.locator(".option").first().tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 3 of ${TOTAL}`);
});

test.describe("without a service worker", () => {
  test.use({ expectedConsole: ["A bad HTTP response code (404) was received when fetching the script."] });

  test("the app still works when it cannot be registered", async ({ page, context }) => {
  await context.route("**/sw.js", (route) => route.fulfill({ status: 404, body: "" }));
  await open(page, "/check-up?q=1");
  await page.locator(".option").first().tap();
  await expect(page.locator(".progress .count")).toHaveText(`Question 2 of ${TOTAL}`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});
});

test.describe("in the browser's own language", () => {
  test.use({ locale: "es-ES" });

  test("after one visit the app opens offline in that language, with no note", async ({ page, context }) => {
    const es = Object.fromEntries(
      readFileSync(new URL("../../../locales/es.txt", import.meta.url), "utf8")
        .split("\n").filter((l) => l.includes(" = ") && !l.startsWith("#"))
        .map((l) => [l.slice(0, l.indexOf(" = ")).trim(), l.slice(l.indexOf(" = ") + 3).trim()]),
    );
    await visitOnce(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("link", { name: es["ui.start"] })).toBeVisible();
    await expect(page.locator(".language-note")).toHaveCount(0);
  });
});

test("a language chosen before the service worker existed opens offline too", async ({ page, context }) => {
  // The person chose French on this first visit (the saved choice is there
  // before any script runs): its file is fetched before the worker exists.
  await context.addInitScript(() => {
    if (!localStorage.getItem("fulcrum")) {
      localStorage.setItem("fulcrum", JSON.stringify({ schema: 3, settings: { language: "fr" } }));
    }
  });
  await visitOnce(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator(".language-note")).toHaveCount(0);
});
