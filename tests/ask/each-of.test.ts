/**
 * A question that asks for each of several items (「それぞれ」「どれとどれ」「まとめて」) is answered with all of them,
 * one line each, not with one of them or a 「もしかして」 to pick from. A question for the items that mention a term
 * (「鹿島台に関係する項目」) is offered every one of them, from the report's text, under a heading that says why.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type Answer, createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { mentionsHeading } from "../../src/wording/plain-text.ts";

const plan = loadPlan(resolve(import.meta.dirname, "../../data"));
const answerer = createAnswerer(plan);

const numbers = (a: Answer) =>
  a.kind === "item"
    ? [a.item.number]
    : a.kind === "list" || a.kind === "candidates"
      ? a.items.map((i) => i.number)
      : [];

/** The heading of items offered because they mention a term; fails when the answer is anything else. */
function heading(a: Answer): string {
  if (a.kind !== "candidates" || !a.mentions) throw new Error(`not offered by a term: ${a.kind}`);
  return mentionsHeading(a.mentions, a.items.length);
}

describe("each of several items", () => {
  it.each([
    // No.12 AI や RPA 等を活用した業務の効率化, No.13 内部情報系システムの運用の見直し (ペーパーレス会議).
    ["AI・RPAとペーパーレス会議の実績をそれぞれ教えて", [12, 13]],
    // No.18 ふるさと納税制度の活用, No.16 滞納整理の推進.
    ["ふるさと納税と滞納整理、それぞれの実績は？", [16, 18]],
  ])("「%s」 lists items %j", (question, expected) => {
    const a = answerer.answer(question);
    expect(a.kind).toBe("list");
    // In the plan's order.
    expect(numbers(a)).toEqual(expected);
  });

  it("keeps one item one item (「まとめて」 with a single topic)", () => {
    const a = answerer.answer("ふるさと納税の実績をまとめて");
    expect(a.kind).toBe("item");
    expect(numbers(a)).toEqual([18]);
  });

  it("lists what it would have offered as 「もしかして」 when every one is asked for", () => {
    const offered = answerer.answer("統廃合");
    expect(offered.kind).toBe("candidates");
    const each = answerer.answer("統廃合の取組をどれとどれか全部並べて");
    expect(each.kind).toBe("list");
    expect(numbers(each).sort()).toEqual(numbers(offered).sort());
  });
});

describe("item numbers in hiragana", () => {
  it.each([
    ["19ばん 総評", 19],
    ["3ばんめの項目", 3],
  ])("「%s」 is item %i", (question, n) => {
    expect(numbers(answerer.answer(question))).toEqual([n]);
  });
});

describe("which items mention a term", () => {
  it("offers every item whose report text holds it, with a heading that says so", () => {
    // 鹿島台 is written in the report sections of No.3, No.15, No.17, No.19 and No.20, and no other.
    const a = answerer.answer("鹿島台に関係する記載がある項目を全部見せて");
    expect(numbers(a)).toEqual([3, 15, 17, 19, 20]);
    expect(heading(a)).toBe("報告書に「鹿島台」が出てくる項目（5 件）");
  });

  it("finds the term after the words before it, but never inside a word", () => {
    const a = answerer.answer("うちの課で鹿島台に関係する記載がある項目は？");
    expect(heading(a)).toBe("報告書に「鹿島台」が出てくる項目（5 件）");
    expect(numbers(a)).toEqual([3, 15, 17, 19, 20]);
    // Not 開発, which some item writes: 宇宙開発 is the term, and no item writes it.
    expect(answerer.answer("宇宙開発に関係する項目").kind).toBe("none");
  });

  it("answers an item's own name with that item's answer (ふるさと納税: No.18's alias)", () => {
    expect(numbers(answerer.answer("ふるさと納税に関係する取組の実績は？"))).toEqual([18]);
  });

  it("answers with the item itself when only one mentions it", () => {
    // 移動市長室: No.6 only.
    expect(numbers(answerer.answer("移動市長室が出てくる取組は？"))).toEqual([6]);
  });

  it("reads the question as usual when most items mention the term (市民: more than 40% of the plan)", () => {
    const a = answerer.answer("市民に関係する項目");
    expect(a.kind === "candidates" && a.mentions !== undefined).toBe(false);
  });

  it("reads 「〇〇を目的に掲げている項目」 the same way (自主財源の確保: No.18's and No.19's objectives)", () => {
    const a = answerer.answer("自主財源の確保を目的に掲げている項目はどれとどれですか");
    expect(numbers(a)).toEqual([18, 19]);
    expect(heading(a)).toBe("報告書に「自主財源の確保」が出てくる項目（2 件）");
  });

  it.each([
    // 松山: No.14 (松山小) and No.19 (松山地域); 田尻: No.19 and No.20 (田尻診療所); 鳴子: No.14, 19, 20, 21.
    ["松山地域に関わる項目は？", [14, 19]],
    ["田尻の名前が出てくるのはどの項目ですか", [19, 20]],
    ["改革プランで鳴子地域のことが書かれてる項目を全部教えてください", [14, 19, 20, 21]],
  ])("reads 「%s」 the same way", (question, expected) => {
    const a = answerer.answer(question);
    expect(numbers(a)).toEqual(expected);
    expect(a.kind === "candidates" && a.mentions !== undefined).toBe(true);
  });

  it("reads 「〇〇が…したって書いてある項目」 as the items that write 〇〇, the clause's first noun", () => {
    // 新庁舎: No.8 (新庁舎となってから初めての調査) and No.13 (新庁舎が供用開始); 影響した is the asker's summary.
    const a = answerer.answer("新庁舎に移ったことが影響したって書いてある項目");
    expect(numbers(a)).toEqual([8, 13]);
    expect(heading(a)).toBe("報告書に「新庁舎」が出てくる項目（2 件）");
    // A noun most items write decides nothing: the usual reading answers (市民: more than three items).
    expect(answerer.answer("市民が喜んだって書いてある項目").kind === "candidates").toBe(false);
  });

  it("asked where a word appears (「〇〇ってどの取組に出てくる？」), offers every item that writes it, even one's alias", () => {
    // 意見交換会: No.6's alias; No.5 (使用料の意見交換会) and No.18 write it too.
    const a = answerer.answer("意見交換会はどの項目に出てきますか");
    expect(numbers(a)).toEqual([5, 6, 18]);
    expect(a.kind === "candidates" && a.mentions?.term).toBe("意見交換会");
  });

  it("counts a word on an item's 【担当課】 line as appearing on its page (総合支所: No.1 and No.15's 各総合支所地域振興課)", () => {
    expect(numbers(answerer.answer("「総合支所」という言葉が出てくる項目"))).toEqual([1, 3, 6, 14, 15]);
  });

  it("reads 「〇〇の話題が載ってる取組」 as the items that write 〇〇 (鳴子: No.14, 19, 20, 21)", () => {
    expect(numbers(answerer.answer("鳴子の話題が載ってる取組を探しています"))).toEqual([14, 19, 20, 21]);
    // A greeting before it is another clause, not part of the word.
    expect(numbers(answerer.answer("お疲れ様です。鳴子の話題が載ってる取組を探しています"))).toEqual([
      14, 19, 20, 21,
    ]);
  });

  it("reads 「〇〇の結果が載ってる取組」 as the items that write 〇〇, not 結果 (意識調査: No.6 and No.8)", () => {
    expect(numbers(answerer.answer("意識調査の結果が出てくる項目はどれ？"))).toEqual([6, 8]);
  });

  it("reads 「〇〇を指標にしている項目」 as every item that measures by 〇〇 (市民満足度: No.1's figure, No.6's alias)", () => {
    expect(numbers(answerer.answer("市民満足度を指標にしている項目はどれ？"))).toEqual([1, 6]);
  });

  it("reads 「〇〇になってから変わったことが書いてある取組」 as the items that write 〇〇 (新庁舎: No.8 and No.13)", () => {
    expect(numbers(answerer.answer("新庁舎になってから何か変わったことが書いてある取組"))).toEqual([8, 13]);
  });

  it("reads 「〇〇が影響している取組」 the same way: the items that write 〇〇", () => {
    expect(numbers(answerer.answer("新庁舎への移転が影響している取組は？"))).toEqual([8, 13]);
  });

  it("finds a Latin word (LINE) in every item that writes it, and names it as typed", () => {
    // LINE: No.6's 総評 (大崎市公式 LINE), No.9's 令和6年度 plan (LINE 公式アカウント) and 総評 (LINE サービス).
    const a = answerer.answer("LINEが出てくる取組");
    expect(numbers(a)).toEqual([6, 9]);
    expect(heading(a)).toBe("報告書に「LINE」が出てくる項目（2 件）");
  });

  it("reads 〇〇地域 and 〇〇地区 as the place, whatever the report calls what is there", () => {
    // 三本木: No.14's 三本木公民館 and 三本木総合支所, No.15's and No.19's 三本木地域.
    const sanbongi = answerer.answer("三本木地域に関係する取組を教えて");
    expect(numbers(sanbongi)).toEqual([14, 15, 19]);
    expect(heading(sanbongi)).toContain("「三本木」");
    // 鳴子地区 is not written at all; 鳴子 is, in No.14 (鳴子小中学校), 19, 20 (鳴子温泉分院) and 21.
    expect(numbers(answerer.answer("鳴子地区に関係する項目"))).toEqual([14, 19, 20, 21]);
  });

  it("reads 「〇〇にある施設が出てくる項目」 as the place, not the verb's tail or a word most items use", () => {
    const a = answerer.answer("鹿島台にある施設が出てくる項目");
    expect(numbers(a)).toEqual([3, 15, 17, 19, 20]);
    expect(heading(a)).toContain("「鹿島台」");
  });

  it("reads 関係 typed in kana (かんけい) and 「〇〇関係の取組」 the same way", () => {
    expect(numbers(answerer.answer("鳴子かんけいの項目ある？"))).toEqual([14, 19, 20, 21]);
    // 選挙: No.9's 選挙の投開票状況 and No.11's 各選挙時の…投票者数.
    expect(numbers(answerer.answer("選挙関係の取組"))).toEqual([9, 11]);
  });

  it("reads a quoted term (「審査会」が出てくる取組) and 「〇〇について触れている取組」", () => {
    // 審査会: No.1 (公開審査会), No.2 and No.4 (補助金等審査会).
    expect(numbers(answerer.answer("プランの中で「審査会」が出てくる取組はどれでしょうか"))).toEqual([
      1, 2, 4,
    ]);
    // 新庁舎の供用開始: No.8 writes it so, No.13 writes 新庁舎が供用開始.
    const opening = answerer.answer("新庁舎の供用開始について触れている取組をすべて教えて");
    expect(numbers(opening)).toEqual([8, 13]);
    // The heading does not claim the report writes the asked form for both.
    expect(heading(opening)).toBe(
      "報告書に「新庁舎の供用開始」（「新庁舎が供用開始」を含む）が出てくる項目（2 件）",
    );
  });

  it("reads 「〇〇って名前のつく取組」 and 「〇〇という言葉が出てくる項目」 the same way", () => {
    // 包括: No.3's 包括連携協定, No.20's 地域包括ケア病床, No.21's 包括業務委託.
    expect(numbers(answerer.answer("包括って名前のつく取組（協定とか委託とか）"))).toEqual([3, 20, 21]);
    expect(numbers(answerer.answer("鹿島台という言葉が出てくる項目"))).toEqual([3, 15, 17, 19, 20]);
  });

  it("reads the question as usual when no item mentions the term", () => {
    expect(answerer.answer("宇宙開発に関係する項目").kind).toBe("none");
  });
});
