import { describe, expect, it } from "vitest";
import {
  explicitItemNumber,
  itemNumberReference,
  ordinalItem,
  parseKanjiNumber,
} from "../../src/ask/item-number.ts";
import { severalItemNumbers } from "../../src/ask/question-text.ts";

describe("parseKanjiNumber", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十八", 18],
    ["二十一", 21],
    ["百", 100],
    ["一〇", 10],
  ])("%s → %i", (text, n) => expect(parseKanjiNumber(text)).toBe(n));

  it("refuses what is not a kanji numeral", () => expect(parseKanjiNumber("十a")).toBeNull());
});

describe("itemNumberReference", () => {
  it.each([
    ["18", 18],
    ["１８", 18],
    ["十八", 18],
    ["No.18", 18],
    ["no 18", 18],
    ["Ｎｏ．１８", 18],
    ["№18", 18],
    ["№.19", 19],
    ["#21", 21],
    ["項目18", 18],
    ["第18", 18],
    ["18番", 18],
    ["No.18の状況は?", 18],
    ["項目１４について教えて", 14],
    ["13番の進捗は？", 13],
    ["22", 22],
    ["0", 0],
  ])("「%s」 refers to %i", (q, n) => expect(itemNumberReference(q)).toBe(n));

  it.each(["2024年度のふるさと納税", "ふるさと納税", "18と16", "令和5年度", "11億", ""])(
    "「%s」 is not a number reference",
    (q) => expect(itemNumberReference(q)).toBeNull(),
  );
});

describe("itemNumberReference edge cases", () => {
  it("does not join two numbers separated by a space", () => expect(itemNumberReference("18 19")).toBeNull());
  it("allows a space between prefix and number", () => expect(itemNumberReference("No. 18")).toBe(18));
  it("refuses a lone one-character kanji numeral but accepts it with a prefix or suffix", () => {
    expect(itemNumberReference("一")).toBeNull();
    expect(itemNumberReference("三番")).toBe(3);
    expect(itemNumberReference("第三")).toBe(3);
  });
  it("refuses malformed kanji numerals", () => expect(itemNumberReference("十十")).toBeNull());
});

describe("explicitItemNumber", () => {
  it.each([
    ["No.18の達成率は", 18],
    ["なぜ#12は達成なの？", 12],
    ["18番の担当課は？", 18],
    ["項目3の担当課", 3],
    ["18の評価はどうして達成なの", 18],
    ["第9項目ってなにやってるの", 9],
    ["第１２番の取組", 12],
    ["ナンバー5の令和6年度の予定は？", 5],
    ["ﾅﾝﾊﾞｰ１２の状況", 12],
    ["項目No.3の担当", 3],
    ["取組番号14について", 14],
    // A comma typed for the dot.
    ["No,4 の6年度の予定", 4],
    // A number right after the plan's name, its katakana typed half-width.
    ["ｼｭｳﾁｭｳ改革の11", 11],
    ["集中改革プランの3って何", 3],
  ])("「%s」 names item %i", (q, n) => expect(explicitItemNumber(q)).toBe(n));

  it.each([
    "第6次集中改革プランの一覧",
    "2024年度のふるさと納税",
    "11億の寄附",
    "5年度の実績",
    "No.16とNo.17の違い",
    "18番号",
    "第6次集中改革プランの第3四半期",
    "集中改革プランの3つの柱",
    "改革の10年",
  ])("「%s」 names no single item", (q) => expect(explicitItemNumber(q)).toBeNull());
});

describe("a number the asker corrected", () => {
  it.each([
    ["2番の実績みせて、いやごめん3番だった 3番のほう", 3],
    ["2番じゃなくて3番", 3],
    ["No.2ではなく18番の状況", 18],
  ])("「%s」 is item %i: the number after the correction", (q, n) => expect(explicitItemNumber(q)).toBe(n));

  it("needs a number after the correction (「18番、いや、やっぱりいいです」 keeps 18)", () => {
    expect(explicitItemNumber("18番、いや、やっぱりいいです")).toBe(18);
  });
});

describe("numbers typed in kana, after a mark, or in English", () => {
  it.each([
    ["じゅうはち番の項目って何でしたっけ", 18],
    ["にじゅういちばんの取組", 21],
    ["このじゅうにばんの項目", 12],
    ["にばんめの項目", 2],
    ["いちばんの項目", 1],
    ["改革プランの項目二十の概要", 20],
    ["No.十八の状況", 18],
    ["item 11 no R5 jisseki", 11],
  ])("「%s」 names item %i", (q, n) => expect(explicitItemNumber(q)).toBe(n));

  it.each([
    "いちばん遅れている項目は", // いちばん: "most", as 一番
    "項目一覧",
    "項目三つを比べたい",
    "かばんの中の資料",
  ])("「%s」 names no item", (q) => expect(explicitItemNumber(q)).toBeNull());
});

describe("an item counted with 項目め", () => {
  it("「21項目めの総評」 is item 21", () => {
    expect(explicitItemNumber("21項目めの総評だけ見たい")).toBe(21);
    expect(explicitItemNumber("3項目目の担当課")).toBe(3);
  });
});

describe("several numbers after the plan's name", () => {
  it("「改革プランの4番と5番」 is items 4 and 5", () => {
    expect(severalItemNumbers("改革プランの4番と5番、何が違うの？")).toEqual([4, 5]);
  });
});

describe("ordinalItem", () => {
  it.each([
    ["プランの一番最初の項目って何でしたっけ", "first"],
    ["最初の取組の進捗", "first"],
    ["最後の項目は？", "last"],
    ["いちばん最後の取り組み", "last"],
  ] as const)("「%s」 → %s", (q, expected) => {
    expect(ordinalItem(q)).toBe(expected);
  });

  it.each(["最初に聞きたいのは納税課の項目です", "一番遅れている項目", "最後に、滞納整理の実績"])(
    "「%s」 names no item by its place",
    (q) => {
      expect(ordinalItem(q)).toBeNull();
    },
  );
});

describe("more forms of an item's number (session 14)", () => {
  it.each([
    ["N0.18の実績", 18], // a zero typed for the O of No.
    ["改革プラン18の状況", 18],
    ["18個目の取組", 18],
    ["3つ目の取組", 3],
    ["第十八の取組", 18],
    ["第18の取組", 18],
    ["項番18", 18],
    ["整理番号18の実績", 18],
    ["(18)の実績", 18],
  ] as const)("「%s」 is item %i", (q, n) => {
    expect(explicitItemNumber(q)).toBe(n);
  });

  it.each(["3つ目の質問です", "第6次集中改革プランの状況", "18個の施設"])("「%s」 names no item", (q) => {
    expect(explicitItemNumber(q)).toBeNull();
  });
});

describe("a range of item numbers", () => {
  it.each([
    ["18〜19番", [18, 19]],
    ["No.18-19", [18, 19]],
    ["18から20番まで", [18, 19, 20]],
  ] as const)("「%s」 is items %j", (q, ns) => {
    expect(severalItemNumbers(q)).toEqual(ns);
  });

  it.each(["1〜3月の実績", "2-3件", "20から18番"])("「%s」 is no range of items", (q) => {
    expect(severalItemNumbers(q)).toEqual([]);
  });
});
