/**
 * The question in the report's words, on the real plan: each expected word is one the report writes (レジリエンス研修
 * in No.8, 補助金等審査会 in No.2 and No.4, 新規採用職員研修 in No.8).
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createPassageIndex } from "../../src/ask/passage-index.ts";
import { planSentences, ReportWords } from "../../src/ask/report-words.ts";
import { fold, normalize } from "../../src/ask/text.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const words = new ReportWords(plan, createPassageIndex(plan), planSentences(plan).map(fold).join(""));

describe("ReportWords", () => {
  it("reads a katakana word of the report typed in hiragana, and leaves other hiragana alone", () => {
    expect(words.inKatakana("れじりえんす研修ってどれ")).toBe("レジリエンス研修ってどれ");
    expect(words.inKatakana("ありがとうございます")).toBe("ありがとうございます");
  });

  it("reads everyday phrases in the report's words, the longest first", () => {
    expect(words.inReportWords(normalize("補助金の審査会で出た指摘"))).toBe("補助金等審査会で出た指摘");
    expect(words.inReportWords(normalize("外注を進めている"))).toBe("アウトソーシングを進めている");
  });

  it("joins two words by の into the compound the report writes, a counting kanji after の too (職員の数: 職員数)", () => {
    expect(words.joinedCompounds(normalize("民間の企業と組んだ取組"))).toBe("民間企業と組んだ取組");
    expect(words.joinedCompounds(normalize("職員の数を計画的に管理"))).toBe("職員数を計画的に管理");
    // One kanji that counts nothing is too little to join (職員の方).
    expect(words.joinedCompounds(normalize("職員の方の研修"))).toBe("職員の方の研修");
  });

  it("reads a phrase that starts with one kanji and の only where no kanji stands before it (市の広報, not 大崎市の広報)", () => {
    // No.6's 広報おおさき; 大崎市 is the city's name, and 市の広報 in it is no phrase.
    expect(words.inReportWords(normalize("市の広報の話"))).toBe("広報おおさきの話");
    expect(words.inReportWords(normalize("大崎市の広報おおさき関係"))).toBe("大崎市の広報おおさき関係");
  });

  it("keeps one 旧 when the phrase read was typed after it (旧消防署の跡地: 旧消防庁舎跡地, not 旧旧…)", () => {
    // No.19: 古川北町の旧消防庁舎跡地を売却.
    expect(words.inReportWords(normalize("古川の旧消防署の跡地っていくら"))).toBe(
      "古川の旧消防庁舎跡地っていくら",
    );
    expect(words.inReportWords(normalize("消防署の跡地"))).toBe("旧消防庁舎跡地");
  });

  it("leaves 公の施設 whole when its count is asked (公の施設の数: not 施設数, No.15's 対象施設数)", () => {
    expect(words.joinedCompounds(normalize("公の施設の数は増えた"))).toBe("公の施設の数は増えた");
  });

  it("reads など after a word as the report's 等 where the report writes the word with it", () => {
    expect(words.inReportWords(normalize("使用料などの収入"))).toBe("使用料等の収入");
    expect(words.inReportWords(normalize("市税などの滞納"))).toBe("市税等の滞納");
    // 図書館等 is not written by the report: 図書館など stays.
    expect(words.inReportWords(normalize("図書館などの資料"))).toBe("図書館などの資料");
  });

  it("reads an everyday phrase ending in a verb in its other forms too (施設を減らす: 減らしていく, 減らした)", () => {
    expect(words.inReportWords(normalize("公共施設を減らしていく取組"))).toBe("公共施設総量ていく取組");
    expect(words.inReportWords(normalize("土地を貸した件数"))).toBe("貸付た件数");
    // る ends ichidan verbs as well: no stem is made for it, and kana alone is never read as a verb.
    expect(words.inReportWords(normalize("施設を見て回った"))).toBe("施設を見て回った");
  });

  it("reads the report's kanji terms typed in kana and left unconverted, and leaves other kana alone", () => {
    expect(words.inKanji("ぼうさいポータルサイトの周知")).toBe("防災ポータルサイトの周知");
    expect(words.inKanji("しみんいしきちょうさ")).toBe("市民意識調査");
    expect(words.inKanji("集会所のじょうよ")).toBe("集会所の譲与");
    // Readings of three characters are not kept: なるこ (鳴子) is inside 「…になること」.
    expect(words.inKanji("公開になることはありますか")).toBe("公開になることはありますか");
    expect(words.inKanji("ありがとうございます")).toBe("ありがとうございます");
  });

  it("reads a term's head typed in kana after a word and its particle (大崎市のじんざい育成: 人財育成, No.8's title)", () => {
    expect(words.inKanji("じんざい育成")).toBe("人財育成");
    expect(words.inKanji("大崎市のじんざい育成")).toBe("大崎市の人財育成");
    expect(words.inKanji("道路占用料のたいのう整理")).toBe("道路占用料の滞納整理");
    // Two kana after the particle are too few to be a term's head: なる of 「一緒になる学校」 is no 鳴子.
    expect(words.inKanji("小中一緒になる学校")).toBe("小中一緒になる学校");
  });

  it("expands a kanji abbreviation to the one name it can stand for", () => {
    expect(words.expandAbbreviations("新採研修の人数")).toBe("新規採用職員研修の人数");
  });
});

describe("the report's words include its measures (主な取組内容)", () => {
  it("reads 鉛の水道管 as No.21's 鉛製給水管, which only its measures write", () => {
    expect(words.inReportWords(normalize("鉛の水道管の解消"))).toBe("鉛製給水管の解消");
  });
});
