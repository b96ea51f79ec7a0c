/**
 * Behaviours of the matcher that the evaluation set measures only in aggregate. Expected items come from the
 * report: 納税課 leads No.16 and No.17; No.20 and No.21 both have 経営健全化 in their titles.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerNumbers } from "../support/answers.ts";
import { REPO_ROOT } from "../support/seed.ts";

const answerer = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));

describe("answer", () => {
  it("offers both items when a question names two topics", () => {
    const a = answerer.answer("ふるさと納税と滞納整理");
    expect(a.kind).toBe("candidates");
    expect(answerNumbers(a)).toEqual([18, 16]);
  });

  it("narrows a topic to a department's items", () => {
    expect(answerNumbers(answerer.answer("納税課の滞納整理"))).toEqual([16]);
    // 使用料 is in No.5's and No.17's titles; among 納税課's items only No.17 has it.
    expect(answerNumbers(answerer.answer("納税課の使用料"))).toEqual([17]);
  });

  it("combines a department with a status", () => {
    const a = answerer.answer("行政管理課で遅れている項目");
    expect(a).toMatchObject({ kind: "list", reason: { type: "department", status: "behind" } });
    // No.14 and No.15 are behind; No.2 (順調, its 総評 says a step was not done) follows apart, as in the plan's list.
    expect(answerNumbers(a)).toEqual([14, 15, 2]);
  });

  it("says which numbers exist instead of guessing for an out-of-range number", () => {
    expect(answerer.answer("No.22")).toMatchObject({
      kind: "none",
      reason: "out_of_range",
      number: 22,
      range: [1, 21],
    });
  });

  it("does not answer about another city", () => {
    expect(answerer.answer("仙台市のふるさと納税は?").kind).toBe("none");
    // A place the plan itself names is not another city.
    expect(answerNumbers(answerer.answer("古川北町の土地の売却"))).toEqual([19]);
  });

  it("treats Slack mentions and fiscal years as context, not topic", () => {
    expect(answerNumbers(answerer.answer("<@U123> 2024年度のふるさと納税"))).toEqual([18]);
  });
});

describe("small talk, other languages and several numbers (issue 15)", () => {
  const a = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));

  it("answers thanks and greetings in kind, not with 「見つかりませんでした」", () => {
    for (const q of ["ありがとう", "ありがとうございます！", "助かりました", "了解です"])
      expect(a.answer(q)).toMatchObject({ kind: "none", reason: "thanks" });
    for (const q of ["こんにちは", "お疲れ様です。", "よろしくお願いします"])
      expect(a.answer(q)).toMatchObject({ kind: "none", reason: "greeting" });
    // A greeting before a question does not make it small talk.
    expect(a.answer("こんにちは、ふるさと納税の実績は?")).toMatchObject({
      kind: "item",
      item: { number: 18 },
    });
  });

  it("says in Japanese that it reads Japanese when asked in English", () => {
    expect(a.answer("What is the status of the hometown tax?")).toMatchObject({
      kind: "none",
      reason: "not_japanese",
    });
    // A single Latin term is still a topic.
    expect(a.answer("kintone")).toMatchObject({ kind: "item", item: { number: 12 } });
  });

  it("answers every number of 「18と19」 and 「No.1と2」, and says which numbers do not exist", () => {
    expect(answerNumbers(a.answer("18と19"))).toEqual([18, 19]);
    expect(answerNumbers(a.answer("No.1と2"))).toEqual([1, 2]);
    expect(answerNumbers(a.answer("#3、#4・5"))).toEqual([3, 4, 5]);
    const partly = a.answer("No.1と25");
    expect(partly).toMatchObject({ kind: "item", item: { number: 1 } });
    expect(partly.note).toContain("No.25 という項目はありません");
  });
});

describe("a department's items in a status it has none of", () => {
  it("lists the department's items and their status, with a note that none is in that status", () => {
    // 納税課 leads No.16 and No.17, both 遅れ in the data: none is 達成.
    const a = answerer.answer("納税課の項目で目標を達成したものは？");
    expect(a.kind).toBe("list");
    if (a.kind !== "list") return;
    expect(a.items.map((i) => i.number)).toEqual([16, 17]);
    expect(a.reason).toMatchObject({ type: "department" });
    expect(a.note).toBe("納税課の担当項目に「達成」はありません。担当の項目と状況は次のとおりです。");
  });
});
