import { describe, expect, it } from "vitest";
import { itemNumberReference, parseKanjiNumber } from "../../src/ask/item-number.ts";

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
