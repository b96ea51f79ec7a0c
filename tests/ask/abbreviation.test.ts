/**
 * Abbreviations made of the first kanji of each word (新採研修, 包括委託) are read as the one name of the plan
 * they shorten; a run of kanji that shortens none stays as typed.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";

const answerer = createAnswerer(loadPlan(resolve(import.meta.dirname, "../../data")));

describe("abbreviations", () => {
  it.each([
    ["新採研修って今年もやった？", 8], // 新規採用職員研修
    ["包括委託の効果", 21], // 包括業務委託
    ["職定条例の改正", 7], // 職員定数条例
  ])("「%s」 is No.%i", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind).toBe("item");
    if (a.kind === "item") expect(a.item.number).toBe(n);
  });

  it("leaves a run that shortens no name of the plan as it is", () => {
    expect(answerer.answer("宇宙開発計画の進捗").kind).toBe("none");
  });
});
