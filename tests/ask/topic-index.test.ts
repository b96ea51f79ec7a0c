/**
 * The topic index keeps its per-question counts in reused buffers (issue 14): the first question on a fresh
 * index, and every later one, must see clean counts.
 */
import { describe, expect, it } from "vitest";
import { fold } from "../../src/ask/text.ts";
import { coordinated, TopicIndex } from "../../src/ask/topic-index.ts";

const docs = [
  { id: 1, title: "ふるさと納税の推進", aliases: ["ふるさと納税"], keywords: ["寄附"], body: [] },
  { id: 2, title: "マイナンバーカードの利用拡大", aliases: [], keywords: ["マイナンバー"], body: [] },
  { id: 3, title: "公共施設の適正配置", aliases: ["施設総量"], keywords: [], body: ["集会施設の譲与"] },
];

describe("TopicIndex", () => {
  it("answers the first question on a fresh index, and the same question the same way every time", () => {
    const index = new TopicIndex(docs);
    const q = fold("ふるさと納税の実績");
    const first = index.search(q, [fold("ふるさと納税"), fold("実績")]);
    expect(first[0]?.id).toBe(1);
    expect(first[0]?.matched).toContain(fold("ふるさと納税"));
    for (let i = 0; i < 3; i++) expect(index.search(q, [fold("ふるさと納税"), fold("実績")])).toEqual(first);
    expect(index.phrasesIn(fold("マイナンバーカードの利用拡大について"))).toEqual([
      fold("マイナンバーカードの利用拡大"),
      fold("マイナンバー"),
    ]);
  });

  it("finds a near match for a typo among the phrases sharing the most bigrams", () => {
    const index = new TopicIndex(docs);
    const hits = index.search(fold("マイナンバーカート"), [fold("マイナンバーカート")]);
    expect(hits[0]?.id).toBe(2);
  });
});

describe("words joined by ＆ or ・ before a shared word", () => {
  it("are each a word with the shared one (No.8's keyword 接遇＆マナー研修: 接遇研修, マナー研修)", () => {
    expect(coordinated("接遇＆マナー研修")).toEqual(["接遇研修", "マナー研修"]);
  });

  it("are left whole where the split is not certain", () => {
    expect(coordinated("AI・RPA")).toEqual([]);
    expect(coordinated("事業統合・連携")).toEqual([]);
  });
});
