/**
 * The whole-report search: grams, scoring, the sentences quoted as 「質問に関係する記述」, and a check that every
 * quoted sentence and every figure set in bold is the report's own.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAnswerer } from "../../src/ask/answer.ts";
import {
  gramsOf,
  type Passage,
  PassageIndex,
  passageSourceLabel,
  passagesOf,
} from "../../src/ask/passage-index.ts";
import { fold } from "../../src/ask/text.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);

describe("gramsOf", () => {
  it("cuts Japanese into bigrams with katakana folded, keeps Latin words whole, drops digits", () => {
    expect(gramsOf("移動市長室")).toEqual(["移動", "動市", "市長", "長室"]);
    expect(gramsOf("マイナンバー")).toEqual(gramsOf("まいなんばー"));
    expect(gramsOf("ＡＩ－ＯＣＲを2023年に")).toEqual(
      ["ai", "ocr", "を", "年に"].flatMap((g) => (g === "を" ? ["を"] : [g])),
    );
  });

  it("joins words a 中黒 joins, half-width or not, so 統合・連携 meets 統合連携", () => {
    expect(gramsOf("事業統合・連携")).toEqual(["事業", "業統", "統合", "合連", "連携"]);
    expect(gramsOf("統合･連携")).toEqual(gramsOf("統合連携"));
    // Before a Latin word the dot separates, as any punctuation does.
    expect(gramsOf("見直し・AI")).toEqual(["見直", "直し", "ai"]);
  });

  it("leaves a lone character out of a question", () => {
    expect(gramsOf("課", true)).toEqual([]);
    expect(gramsOf("課")).toEqual(["課"]);
  });
});

describe("PassageIndex on a small plan", () => {
  const p = (item: number, kind: Passage["kind"], text: string): Passage => ({ item, kind, text });
  const small = new PassageIndex([
    p(1, "title", "多様な話し合いの場づくり"),
    p(1, "activity", "大崎市政策アドバイザーを設置し，活用を図った。"),
    p(2, "title", "市民ニーズの業務への反映"),
    p(2, "activity", "移動市長室を開催した。"),
    p(2, "keyword", "政策アドバイザー"),
    p(3, "title", "ふるさと納税制度の活用"),
    p(3, "activity", "LINE 公式アカウントとeLTAX導入を進めた。"),
    p(1, "activity", "オンライン予約を始めた。"),
  ]);

  it("ranks the item whose text explains the question, and measures how much it explains", () => {
    const [best, second] = small.search("移動市長室の開催状況");
    expect(best?.item).toBe(2);
    expect(best?.longestTerm).toBe(5);
    expect(best?.distinctiveTerm).toBe(5);
    expect(second === undefined || second.score < (best?.score ?? 0)).toBe(true);
  });

  it("does not count a single shared bigram as a term", () => {
    const hit = small.search("市長の明日の予定").find((h) => h.item === 2);
    expect(hit?.longestTerm).toBe(2);
  });

  it("finds every item whose text contains a phrase", () => {
    expect(small.itemsContaining(fold("政策アドバイザー")).sort()).toEqual([1, 2]);
    expect(small.itemsContaining(fold("移動市長室"))).toEqual([2]);
    expect(small.itemsContaining(fold("存在しない語句"))).toEqual([]);
  });

  it("says whether any item contains a phrase, as itemsContaining would", () => {
    for (const phrase of [
      "政策アドバイザー",
      "移動市長室",
      "存在しない語句",
      "LINE",
      "eLTAX導入",
      "ライン",
      "市長",
      "明日",
    ]) {
      expect(small.anyContains(fold(phrase))).toBe(small.itemsContaining(fold(phrase)).length > 0);
    }
    expect(small.anyContains(fold("移動市長室"))).toBe(true);
    expect(small.anyContains(fold("存在しない語句"))).toBe(false);
  });

  it("says whether any item contains a phrase with one character past its head typed otherwise (a typo)", () => {
    const index = new PassageIndex(passagesOf(plan.byNumber.get(7) as (typeof plan.items)[number]));
    // No.7 writes 定員管理 and 暫定再任用職員.
    expect(index.anyContainsBut1(fold("定員菅理"))).toBe(true);
    expect(index.anyContainsBut1(fold("暫定再人用"))).toBe(true);
    // Two characters changed, or the head: no typo of anything it writes.
    expect(index.anyContainsBut1(fold("定員菅利"))).toBe(false);
    expect(index.anyContainsBut1(fold("基本理念"))).toBe(false);
  });

  it("finds a phrase with Latin words, which the index keeps whole, and only as a whole word", () => {
    expect(small.itemsContaining(fold("LINE"))).toEqual([3]);
    expect(small.itemsContaining(fold("LINE公式アカウント"))).toEqual([3]);
    expect(small.itemsContaining(fold("eLTAX導入"))).toEqual([3]);
    expect(small.itemContains(3, fold("eLTAX導入"))).toBe(true);
    expect(small.mayContain(fold("LINE公式"))).toBe(true);
    expect(small.mayContain(fold("ZOOM公式"))).toBe(false);
    // オンライン is no Latin word: LINE is not found in it.
    expect(small.itemsContaining(fold("ライン"))).toEqual([1]);
  });
});

describe("PassageIndex with more distinct characters than small gram keys hold", () => {
  // Grams are keyed by their characters' numbers (in the order first met); past 32,768 characters a bigram's key
  // leaves V8's small integers. Such a report is unlikely (a plan uses a few thousand), but its grams must still be
  // told apart: no two bigrams may share a key, whichever side of the limit their characters fall on.
  const cjk = (k: number) => String.fromCodePoint(0x4e00 + k);
  const extA = (k: number) => String.fromCodePoint(0x3400 + k);
  const extB = (k: number) => String.fromCodePoint(0x20000 + k);
  // Item 1 spends the first 20,000 kanji, item 2 6,000 of Extension A and 10,000 of Extension B (past the limit).
  const filler = (from: number, to: number, char: (k: number) => string) =>
    Array.from({ length: to - from }, (_, k) => char(from + k)).join("");
  const many = new PassageIndex([
    { item: 1, kind: "activity", text: filler(0, 20000, cjk) },
    { item: 2, kind: "activity", text: filler(0, 6000, extA) + filler(0, 10000, extB) },
    { item: 3, kind: "title", text: `${extB(9000)}${extB(9001)}${cjk(5)}${cjk(7)}` },
    // Numbered 35,001 and 2,233: keyed naively (first × 32,768 + second), this pair's key would be that of
    // extB(9000)extB(9001) (35,000 and 35,001).
    { item: 4, kind: "activity", text: `${extB(9001)}${cjk(2233)}` },
  ]);

  it("finds a bigram of two characters numbered past the limit in the items that write it, and only there", () => {
    const pair = `${extB(9000)}${extB(9001)}`;
    expect(many.itemsContaining(pair).sort()).toEqual([2, 3]);
    // The postings themselves, before any text is read: the search weighs the items whose grams hold it.
    expect(
      many
        .search(pair)
        .map((hit) => hit.item)
        .sort(),
    ).toEqual([2, 3]);
    // The same two characters the other way round are no gram of any item.
    expect(many.itemsContaining(`${extB(9001)}${extB(9000)}`)).toEqual([]);
  });

  it("tells a bigram below the limit from one above it", () => {
    expect(many.itemsContaining(`${cjk(5)}${cjk(6)}`)).toEqual([1]);
    expect(many.itemsContaining(`${cjk(5)}${cjk(7)}`)).toEqual([3]);
    expect(many.itemsContaining(`${extB(9001)}${cjk(5)}`)).toEqual([3]);
    expect(many.itemsContaining(`${extA(10)}${extA(11)}`)).toEqual([2]);
  });
});

describe("the sentences quoted for a question", () => {
  it("puts the asked year's line first for a figure question", () => {
    const a = answerer.answer("5年度のハラスメント研修の受講者は何人？");
    expect(a.kind).toBe("item");
    if (a.kind !== "item") return;
    expect(a.item.number).toBe(8);
    // The report: 令和5年度 ハラスメント研修（84 人）, while 令和6・7年度 plan 80 人.
    expect(a.passages?.[0]).toMatchObject({ text: "ハラスメント研修（84 人）", fiscalYear: 2023 });
    expect(answerText(a, plan.meta).split("\n").slice(0, 2).join("\n")).toContain("84 人");
  });

  it("labels each sentence with where it stands in the report", () => {
    expect(
      passageSourceLabel({ item: 1, kind: "activity", text: "x", fiscalYear: 2023, basis: "actual" }),
    ).toBe("令和5年度の取組");
    expect(
      passageSourceLabel({ item: 1, kind: "activity", text: "x", fiscalYear: 2025, basis: "plan" }),
    ).toBe("令和7年度の取組（計画）");
    expect(
      passageSourceLabel({ item: 6, kind: "review", text: "x", fiscalYear: 2023, department: "政策課" }),
    ).toBe("令和5年度総評 ＜政策課＞");
  });

  it("says so where a row was reported by its owner from Slack (exported, not in a published report)", () => {
    const no16 = plan.byNumber.get(16);
    if (!no16) throw new Error("no No.16");
    const exported = {
      ...no16,
      activities: [
        ...no16.activities.filter((a) => a.fiscal_year !== 2024),
        {
          fiscal_year: 2024,
          basis: "actual" as const,
          entries: ["催告書を送付した。"],
          origin: "owner_report" as const,
        },
      ],
    };
    const labels = passagesOf(exported).map((p) => [p.text, passageSourceLabel(p)]);
    expect(labels).toContainEqual(["催告書を送付した。", "令和6年度の取組（担当課からの報告）"]);
    // The report's own rows keep their labels.
    expect(labels.filter(([, l]) => l?.includes("担当課からの報告"))).toHaveLength(1);
  });
});

/** Every question of the three evaluation sets, for checks over all answers. */
const allQuestions = ["eval-questions.yml", "persona-questions.yml", "blind-questions.yml"].flatMap((f) =>
  (parse(readFileSync(resolve(REPO_ROOT, "tests/ask", f), "utf8")) as { q: string }[]).map((q) => q.q),
);

describe("every quoted sentence and figure is the report's own", () => {
  const quoted = allQuestions.flatMap((q) => {
    const a = answerer.answer(q);
    return a.kind === "item" ? (a.passages ?? []).map((p) => ({ q, a, p })) : [];
  });

  it("quotes for most item answers", () => {
    expect(quoted.length).toBeGreaterThan(200);
  });

  it("quotes only sentences of the answered item's data, exactly (validate checks each against the report)", () => {
    for (const { a, p } of quoted) {
      if (a.kind !== "item") continue;
      expect(passagesOf(a.item).map((x) => x.text)).toContain(p.text);
    }
  });

  it("sets in bold only figures that are in the quoted sentence", () => {
    for (const { q, a } of quoted.filter((x, i, all) => all.findIndex((y) => y.q === x.q) === i)) {
      const blocks = answerMessage(a, plan.meta).blocks as { type: string; elements?: unknown[] }[];
      const quotes = (a.kind === "item" ? (a.passages ?? []) : []).map((p) => p.text).join("\n");
      const rich = blocks.find((b) => b.type === "rich_text");
      expect(rich, `「${q}」 has its passages block`).toBeDefined();
      const runs = JSON.stringify(rich);
      const bold = [...runs.matchAll(/"text":"([^"]+)","style":\{"bold":true\}/g)].map((m) => m[1] as string);
      // The heading is bold too; every other bold run is a figure of a quoted sentence.
      for (const b of bold.filter((x) => !x.includes("質問に関係する記述"))) {
        expect(quotes, `「${q}」: bold ${b}`).toContain(b);
        expect(b).toMatch(/^[0-9０-９][0-9０-９,，.．]*$/);
      }
    }
  });
});
