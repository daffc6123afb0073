// Every test fails on a console error, an uncaught page error, or a request
// to any origin but the local server: the privacy promise, checked always.
import { readFileSync } from "node:fs";
import { test as base, expect } from "@playwright/test";
import { BANK, TOTAL, answersWhere, calm, savedWith } from "../saved-data.mjs";

export const test = base.extend({
  allowedForeign: [[], { option: true }],
  // Browser messages a test causes on purpose (exact text).
  expectedConsole: [[], { option: true }],
  page: async ({ page, baseURL, allowedForeign, expectedConsole }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error" && !expectedConsole.includes(msg.text())) {
        problems.push(`console error: ${msg.text()}`);
      }
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin === origin) return;
      if (allowedForeign.some((allowed) => url.startsWith(allowed))) return;
      problems.push(`request to another origin: ${url}`);
    });
    await use(page);
    expect(problems, "console errors and foreign requests").toEqual([]);
  },
});

export { expect };

/** Holds every WebAssembly request until the returned function is called. */
export async function holdApp(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  return release;
}

/** Waits until the app has mounted. */
export async function open(page, path = "/") {
  await page.goto(path);
  await expect(page.locator("main#content")).toBeVisible();
}

/** Answers the question on screen by tapping the option with this label. */
export async function tapAnswer(page, label) {
  const count = await page.locator(".progress .count").textContent();
  await page.locator(".option", { hasText: label }).first().tap();
  await expect(page.locator(".progress .count")).not.toHaveText(count);
}

export { BANK, TOTAL, answersWhere, calm, savedWith };

/** Puts saved data on the device and reloads so the app reads it. */
export async function seed(page, data, path = "/results") {
  await open(page, "/");
  await page.evaluate((raw) => localStorage.setItem("fulcrum", raw), JSON.stringify(data));
  await open(page, path);
}

/**
 * Takes the whole check-up from question 1 by touch, choosing for each item
 * the option `pick(item)` names (0 = the first option shown), and waits for
 * the results page.
 */
export async function takeCheckup(page, pick) {
  await open(page, "/check-up?q=1");
  for (const [i, item] of BANK.entries()) {
    const count = page.locator(".progress .count");
    await expect(count).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    await page.locator(".option").nth(pick(item)).tap();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
}

/** SVG texts whose box leaves their SVG's box: chart labels that are cut off. */
export async function cutChartText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("svg")].flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) return [];
      return [...svg.querySelectorAll("text")]
        .map((t) => [t.textContent, t.getBoundingClientRect()])
        .filter(([, b]) => b.width > 0 && (b.left < frame.left - 0.5 || b.right > frame.right + 0.5
          || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5))
        .map(([text]) => text);
    }));
}

/** A language file's words, as the app reads them. */
export function words(tag) {
  const source = readFileSync(new URL(`../../../locales/${tag}.txt`, import.meta.url), "utf8");
  const entries = {};
  for (const line of source.split("\n")) {
    const at = line.indexOf(" = ");
    if (at > 0 && !line.startsWith("#")) entries[line.slice(0, at).trim()] = line.slice(at + 3).trim();
  }
  return entries;
}

/** A message with its {blanks} filled in. */
export const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
