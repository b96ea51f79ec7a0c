/**
 * Answerer.answer keeps the answers to recent questions (an answer depends only on the plan and the question).
 * What that must not change: a cached answer is the same answer, it stays unchanged however it is shown, the cache
 * forgets old questions, and a reloaded plan starts with none of the old plan's answers.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAnswerer } from "../../src/ask/answer.ts";
import { withFeedback } from "../../src/listeners/record-question.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { answerToJson } from "../../src/wording/answer-json.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { REPO_ROOT } from "../support/seed.ts";

const dataDir = resolve(REPO_ROOT, "data");

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const v of Object.values(value)) deepFreeze(v, seen);
  return Object.freeze(value);
}

describe("recent answers", () => {
  it("answers a repeated question with the same answer, and it equals a fresh one", () => {
    const answerer = createAnswerer(loadPlan(dataDir));
    const first = answerer.answer("ふるさと納税の実績は?");
    expect(answerer.answer("ふるさと納税の実績は?")).toBe(first);
    expect(createAnswerer(loadPlan(dataDir)).answer("ふるさと納税の実績は?")).toEqual(first);
  });

  it("is never changed by being shown: a frozen answer goes through every view", () => {
    // A cached answer is shared by every later asker, so a view that sorted or filled in one in place would change
    // the next person's answer. Frozen, any such write throws (ES modules are strict).
    const plan = loadPlan(dataDir);
    const answerer = createAnswerer(plan);
    const questions = (
      parse(readFileSync(resolve(REPO_ROOT, "tests/ask/eval-questions.yml"), "utf8")) as { q: string }[]
    )
      .map((q) => q.q)
      .concat(["help", "No.99", "遅れ", "納税課", "仙台市の人口は?"]);
    for (const q of questions) {
      const answer = deepFreeze(answerer.answer(q));
      expect(() => withFeedback(answerMessage(answer, plan.meta), answer, q), q).not.toThrow();
      expect(() => answerText(answer, plan.meta), q).not.toThrow();
      expect(() => answerToJson(answer), q).not.toThrow();
      expect(answerer.answer(q), q).toBe(answer);
    }
  });

  it("forgets the oldest questions once it holds a few hundred", () => {
    const answerer = createAnswerer(loadPlan(dataDir));
    const first = answerer.answer("No.1");
    for (let n = 0; n < 1_000; n++) answerer.answer(`No.${(n % 21) + 1} の件 ${n}`);
    const again = answerer.answer("No.1");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("keeps none when asked to (the matcher benchmark times the matching)", () => {
    const answerer = createAnswerer(loadPlan(dataDir), { recentAnswers: 0 });
    const first = answerer.answer("No.1");
    expect(answerer.answer("No.1")).not.toBe(first);
    expect(answerer.answer("No.1")).toEqual(first);
  });

  it("does not keep a question too long to be read whole (a pasted document)", () => {
    const answerer = createAnswerer(loadPlan(dataDir));
    const pasted = `ふるさと納税の実績は?${"あ".repeat(1_000)}`;
    const first = answerer.answer(pasted);
    expect(first).toMatchObject({ note: expect.stringContaining("最初の 500 文字") });
    expect(answerer.answer(pasted)).not.toBe(first);
  });
});
