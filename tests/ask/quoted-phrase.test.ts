/**
 * A phrase quoted in a question and held word for word by one item's text decides the answer; a quoted phrase
 * that several items hold is weighed like any other words. So does a long word that only one item's text uses,
 * however much hiragana phrasing surrounds it.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";

const answerer = createAnswerer(loadPlan(resolve(import.meta.dirname, "../../data")));
const numbers = (question: string) => {
  const a = answerer.answer(question);
  return a.kind === "item"
    ? [a.item.number]
    : a.kind === "none" || a.kind === "help"
      ? []
      : a.items.map((i) => i.number);
};

describe("a quoted phrase", () => {
  it.each([
    ["「職種ごとに採用人数の調整」ってどこに書いてある？", 7],
    ["「広報おおさきの作成」はどの取組", 3],
    ["報告書の「ｱｳﾄｿｰｼﾝｸﾞを実施」という記述", 3],
  ])("「%s」 held by one item's text is that item (No.%i)", (question, n) => {
    expect(numbers(question)).toEqual([n]);
  });

  it("held by several items decides nothing: the answer is the one its words give without quotes", () => {
    expect(numbers("「指定管理者」の話")).toEqual(numbers("指定管理者の話"));
    expect(numbers("「指定管理者」の話").length).toBeGreaterThan(1);
  });
});

describe("a long word only one item uses", () => {
  it.each([
    ["うちの係でkintoneを使ってみたいという話が出ています。もう使ってたりするんでしょうか", 12],
    ["うちでも移動市長室みたいなのをやってみたいという話があって、もうやってたりするんでしょうか", 6],
    // A Latin word of three letters that one item's text alone has is as good a name.
    ["係でRPAを使ってみたいという話が出ていますが、市ではもうやってたりするんでしょうか", 12],
    ["係でOJTをやってみたいという話が出ていますが、市ではもうやってたりするんでしょうか", 8],
  ])("「%s」 names that item among a sentence of phrasing (No.%i)", (question, n) => {
    expect(numbers(question)).toEqual([n]);
  });
});
