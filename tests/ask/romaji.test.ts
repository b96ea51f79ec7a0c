import { describe, expect, it } from "vitest";
import { romajiAsKana, romajiToKana } from "../../src/ask/romaji.ts";

describe("romajiToKana", () => {
  it.each([
    ["furusato", "ふるさと"],
    ["nouzei", "のうぜい"],
    ["jisseki", "じっせき"],
    ["nanken", "なんけん"],
    ["shimasu", "します"],
    ["kyouiku", "きょういく"],
    ["konnichiwa", "こんにちわ"],
    ["onna", "おんな"],
    ["hon'ya", "ほんや"],
    ["tsuchi", "つち"],
    ["matcha", "まっちゃ"],
    ["sya", "しゃ"],
  ])("%s → %s", (romaji, kana) => expect(romajiToKana(romaji)).toBe(kana));

  it.each(["plan", "status", "zoom", "item", "kpi", "dx", "web"])("%s is not romaji", (w) =>
    expect(romajiToKana(w)).toBeNull(),
  );
});

describe("romajiAsKana", () => {
  it("reads a question that is mostly romaji, particles as kana writes them", () => {
    expect(romajiAsKana("furusato nouzei no kifu kensuu R5 wa nanken?")).toBe(
      "ふるさとのうぜいのきふけんすう R5 はなんけん?",
    );
  });

  it("keeps capitals, acronyms and numbered no as typed", () => {
    expect(romajiAsKana("DX no jisseki wo oshiete")).toBe("DX のじっせきをおしえて");
    expect(romajiAsKana("No.18 no jisseki wo oshiete")).toBe("No.18 のじっせきをおしえて");
  });

  it("leaves English and Japanese questions alone", () => {
    expect(romajiAsKana("What is the status of item 18?")).toBe("What is the status of item 18?");
    expect(romajiAsKana("ふるさと納税の実績は？")).toBe("ふるさと納税の実績は？");
    expect(romajiAsKana("Zoom会議の件数")).toBe("Zoom会議の件数");
    expect(romajiAsKana("AI data line")).toBe("AI data line");
  });
});
