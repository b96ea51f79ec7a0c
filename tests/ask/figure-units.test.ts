/**
 * Areas are figures too: a question for 何㎡ (何平方メートル, 何平米) or 何ha quotes the report's sentence that
 * states the area, as 何件 quotes the one that counts.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { askedUnit } from "../../src/ask/question-text.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerText } from "../../src/wording/plain-text.ts";

const plan = loadPlan(resolve(import.meta.dirname, "../../data"));
const answerer = createAnswerer(plan);

describe("areas asked for", () => {
  it.each([
    ["何㎡", "m2"],
    ["何平方メートル", "m2"],
    ["何平米", "m2"],
    ["何ha", "ha"],
    ["何ヘクタール", "ha"],
  ])("「%s」 asks for %s", (question, unit) => {
    expect(askedUnit(question)).toBe(unit);
  });

  it.each([
    ["旧消防庁舎跡地の全体面積は何平方メートル？", 19, "3,086"],
    ["古川処理区の事業計画区域は何ha？", 21, "968.6"],
  ])("「%s」 is No.%i and quotes %s", (question, n, figure) => {
    const a = answerer.answer(question);
    expect(a.kind).toBe("item");
    if (a.kind === "item") expect(a.item.number).toBe(n);
    expect(answerText(a, plan.meta).normalize("NFKC")).toContain(figure);
  });
});

describe("words beyond the item's name that its text never uses", () => {
  it("still quote the sentences about the name (実際 of 「実際の職員数は？」)", () => {
    const a = answerer.answer("実際の職員数は？");
    expect(a.kind).toBe("item");
    if (a.kind !== "item") return;
    expect(a.item.number).toBe(7);
    expect(a.passages?.[0]?.text).toContain("時点の職員数");
    expect(answerText(a, plan.meta)).toContain("979 人");
  });
});

describe("a count the item found does not state", () => {
  it.each([
    ["施設の数っていくつ", "施設"],
    ["団体数は", "団体"],
    ["施設っていくつ", "施設"],
    // A year or a word of time between the thing counted and いくつ.
    ["公の施設って、令和５年度時点でいくつ？", "施設"],
    ["団体はR5でいくつ", "団体"],
  ])("「%s」 asks for %s", (question, unit) => {
    expect(askedUnit(question)).toBe(unit);
  });

  it.each(["公共施設の数を減らしていく取組", "公共施設の数や延床面積を減らしていく取組", "施設数の削減"])(
    "「%s」 asks for no count: the number is what changes",
    (question) => {
      expect(askedUnit(question)).toBeNull();
    },
  );

  it("「集会施設って全部でいくつ」 names no unit: the report counts them in 件 (対象施設数 51 件), not in 施設", () => {
    expect(askedUnit("集会施設って全部でいくつ")).toBeNull();
  });

  it("keeps the item that reduces the number, not one that counts facilities (No.14, not No.9's 公共施設数 2施設)", () => {
    const a = answerer.answer("公共施設の数を減らしていく取組の進み具合を教えて");
    expect(a.kind === "item" && a.item.number).toBe(14);
  });

  it("is answered by the one item whose sentence counts a word of the question in that unit", () => {
    // No.15 shares 指定管理 but counts only 集会施設 (目標 4 施設に対し 1 施設); No.3 writes
    // 「（公の施設 38 施設，指定管理者 36 団体）」.
    const a = answerer.answer("指定管理者制度を導入している公の施設の数は何施設ですか");
    expect(a.kind === "item" && a.item.number).toBe(3);
    expect(answerText(a, plan.meta)).toContain("38 施設");
  });

  it("keeps the item that counts it itself (集会施設: No.15)", () => {
    const a = answerer.answer("集会施設の地域への譲与は何施設でしたか");
    expect(a.kind === "item" && a.item.number).toBe(15);
  });
});

/** The first sentence an item answer quotes (「質問に関係する記述」), as the report writes it after NFKC. */
function firstQuote(question: string): string {
  const a = answerer.answer(question);
  if (a.kind !== "item") throw new Error(`「${question}」 is answered with ${a.kind}, not an item`);
  return (a.passages?.[0]?.text ?? "").normalize("NFKC");
}

describe("a figure asked outright that no sentence chosen for the question states", () => {
  // Figures as the report prints them: 令和 5 年度 売却額 180,000,000 円 貸付額 36,621,670 円（実績） (No.19),
  // 上下水道事業効果額 7,007,337 円（実績） (No.21), 寄附件数 個人版 98,328 件 1,194,846,047 円 (No.18),
  // 地域への譲与数 1 施設（実績） (No.15).
  it.each([
    // The sentences name the site; the row labels the amount with the word they use (売却).
    ["旧消防庁舎跡地っていくらで売れたんですか", "180,000,000"],
    // A word of the question within the row's label (上下水道事業 of 上下水道事業効果額).
    ["上下水道事業の効果額、R5の合計はいくら？", "7,007,337"],
    ["遊休資産の貸付でいくら入ったか(令和5年度)わかりますか", "36,621,670"],
    ["企業版ふるさと納税の寄附額、R5は総額いくら集まりましたか", "84,000,000"],
    ["集会施設の地域への譲与は令和5年度どのくらい進んだんですか？", "1 施設"],
    // A year in a sentence is no figure: 「令和 4 年度まで課題となっていた…」 does not answer 何件.
    ["企業版ふるさと納税って何件来ました？", "企業版 13 件"],
    // The row holds several figures; the one asked is among them (No.20: 材料調達方法の改善による効果額 69,451,574 円).
    ["病院の材料の買い方を変えて出た効果額っていくらでした？", "69,451,574"],
  ])("「%s」 quotes the year's result row first (%s)", (question, figure) => {
    expect(firstQuote(question)).toContain(figure);
  });

  it.each([
    // A count of another thing in the same unit is no answer: 民間提案の事業の募集 3 件 (No.3) is not the number of
    // agreements, nor 地域への譲与数 1 施設 (No.15) the facilities under designated management.
    ["包括連携協定って何件結んだ？", "3 件"],
    ["指定管理者制度を入れてる公の施設、今いくつ？", "譲与数"],
    // A rate of a row that tells of something else (No.9's results are words, no figure at all).
    ["証明書交付の件数R5どれくらい？", "0件"],
  ])("「%s」 does not quote a row of another figure first (%s)", (question, other) => {
    const a = answerer.answer(question);
    const first = a.kind === "item" ? (a.passages?.[0]?.text ?? "").normalize("NFKC") : "";
    expect(first).not.toContain(other);
  });

  it("quotes the amount to the yen first when it is asked so (「円単位で」), not only the rounded 「11 億 9 千万円」", () => {
    // 寄附件数 個人版 98,328 件 1,194,846,047 円 (No.18's result row for 令和5年度).
    expect(firstQuote("過去最高だったふるさと納税の寄附額、1円単位の正確な数字っていくら？")).toContain(
      "1,194,846,047",
    );
  });

  it("keeps a rounded amount that answers 「いくら」 when no exactness is asked (No.17: 4,517 千円)", () => {
    expect(firstQuote("使用料等の共同催告で回収できた額、令和5年度はいくら？")).toContain("4,517 千円");
  });

  it("keeps a sentence that counts it in another unit of the same things first (対象施設数 51 件 for 何施設)", () => {
    expect(firstQuote("集会施設の譲与、対象施設数は全部でいくつですか")).toContain("51 件");
  });

  it("keeps a sentence that states the figure first when there is one (「寄附額は？」: the result row itself)", () => {
    expect(firstQuote("ふるさと納税の寄附額、令和5年度はいくら？")).toMatch(/1,194,846,047|11 億 9 千万/);
  });
});
