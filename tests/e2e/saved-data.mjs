// The question bank and saved data in the app's own format, with no test
// framework: shared by the end-to-end fixtures and the benchmark
// (tools/bench/bench.mjs), which seed the same check-ups.
import { readFileSync } from "node:fs";

export const BANK = JSON.parse(readFileSync(new URL("./bank.json", import.meta.url), "utf8"));
export const TOTAL = BANK.length;

/**
 * Answers for every item: `pick(item)` returns a choice 0–4, "na",
 * "declined" ("I'd rather not say", signs only), or undefined to leave it
 * out. Choices count from the first option shown.
 */
export function answersWhere(pick) {
  const answers = {};
  for (const item of BANK) {
    const choice = pick(item);
    if (choice === undefined) continue;
    answers[item.id] =
      choice === "na" ? "not_applicable" : choice === "declined" ? "declined" : { choice };
  }
  return answers;
}

/** The bank version bank.json describes (the app's current one). */
export const BANK_VERSION = 3;

/** Calm answers: everything about equal and fair, no signs. */
export const calm = (item) => (item.kind === "sign" ? 0 : 2);

/** Saved data with finished check-ups, as the app itself writes it (src/checkup/saved/). */
export function savedWith(checkups, extra = {}) {
  return {
    schema: 3,
    in_progress: null,
    history: checkups.map((answers, i) => ({
      id: String(1_700_000_000_000 + i * 86_400_000 * 30),
      finished_at: 1_700_000_000_000 + i * 86_400_000 * 30,
      bank_version: BANK_VERSION,
      answers,
    })),
    plan: null,
    settings: {},
    comparisons: [],
    ...extra,
  };
}
