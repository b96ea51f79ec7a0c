/**
 * Everyday words for what the report writes in the administration's own words (patterns.ts EVERYDAY_WORDS), and
 * aliases joined by の read in a sentence's forms (市税を滞納). Each expected item was checked against the report:
 * No.3 「広報おおさきの作成，印刷，発送業務のアウトソーシングを実施」; No.16 is 滞納整理の推進 (alias 市税の滞納).
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { EVERYDAY_PARAPHRASES } from "../../src/ask/everyday-paraphrases.ts";
import { loadPlan } from "../../src/plan/load.ts";
import type { Plan } from "../../src/plan/model.ts";
import { compact, REPO_ROOT, readReportText } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);
const itemOf = (a: ReturnType<typeof answerer.answer>) => (a.kind === "item" ? a.item.number : a.kind);

describe("everyday words the report never writes", () => {
  it.each([
    ["外注を進めている取組はどれ？", 3],
    ["市税を払っていない人への対応を強化する取組はどれ？", 16],
    // No.12: 「AI-OCR，RPA の導入業務を拡大した」; No.13: ペーパーレス会議.
    ["書類の文字を読み取るAIの取組", 12],
    ["紙を減らす取組はどれ", 13],
    // No.3 「…印刷，発送の業務を一括し，アウトソーシングする」; No.13 「Web 会議」; No.9 「オンライン予約」.
    ["広報おおさきの印刷まで一括で外に出す件", 3],
    ["ウェブ会議の開催件数", 13],
    ["あすもをネットで予約できるようにした件", 9],
    // 遊休資産: No.19 (遊休資産の活用); the report never writes 使っていない土地.
    ["市の使っていない土地や建物を売ったり貸したりする取組の実績", 19],
    // No.6 市民ニーズの業務への反映; No.1 「各まちづくり協議会代表者による「まちづくり連絡会議」」;
    // No.13 Web 会議; No.8 新規採用職員研修（87 人）.
    ["市民の声を仕事に反映させる取組ってどれ？", 6],
    ["まち協の会長さんたちが集まる連絡会議はどの取組？", 1],
    ["オンライン会議、R5に何回やった？", 13],
    ["新人研修は延べ何人受けた？", 8],
    // No.21 上下水道事業の経営健全化: 上下水道 is the report's word for 水道と下水道.
    ["上水と下水あわせた効果額、令和5年度の実績額は？", 21],
  ])("「%s」 is read in the report's words: No.%i", (question, n) => {
    expect(itemOf(answerer.answer(question))).toBe(n);
  });

  it("are left as they are for a plan whose report writes them itself", () => {
    // The same plan, but No.21's objective says 外注: 外注 is then that report's word, not アウトソーシング.
    const items = plan.items.map((i) =>
      i.number === 21 ? { ...i, objective: `${i.objective}検針業務の外注を進める。` } : i,
    );
    // byNumber too: the report's text is indexed from it.
    const own: Plan = { ...plan, items, byNumber: new Map(items.map((i) => [i.number, i])) };
    const question = "外注を進めている取組はどれ？";
    expect(itemOf(answerer.answer(question))).toBe(3);
    expect(itemOf(createAnswerer(own).answer(question))).not.toBe(3);
  });
});

describe("an alias joined by の", () => {
  it("is found in a sentence's form (市税を滞納している: No.16's 市税の滞納)", () => {
    expect(
      itemOf(answerer.answer("市税を滞納している人への対応を強化する取組って、どれを見ればいいでしょうか")),
    ).toBe(16);
  });
});

describe("the everyday paraphrases of the report's words (src/ask/everyday-paraphrases.ts)", () => {
  const report = compact(readReportText().normalize("NFKC"));
  const writes = (w: string) => report.includes(compact(w.normalize("NFKC")));

  it("pair a word the report writes with phrases it does not write", () => {
    expect(EVERYDAY_PARAPHRASES.length).toBeGreaterThan(100);
    for (const { report: word, everyday } of EVERYDAY_PARAPHRASES) {
      expect(writes(word), word).toBe(true);
      for (const phrase of everyday) expect(writes(phrase), phrase).toBe(false);
    }
  });

  it.each([
    // No.16: アプリ決済サービスで利用可能なスマートフォンアプリの追加.
    ["スマホ決済アプリ増やしたのってどの項目の話？", 16],
    // No.21 上下水道事業の経営健全化 (No.20's 病院の経営改善 no longer competes once 経営改善 reads 経営健全化).
    ["水道と下水道の経営改善の取組、どこ見ればいいですか", 21],
  ])("「%s」 is read in the report's words: No.%i", (question, n) => {
    expect(itemOf(answerer.answer(question))).toBe(n);
  });

  it("reads the longest phrase first (補助金の審査会 is 補助金等審査会, not 補助金等審査会会)", () => {
    const a = answerer.answer("補助金の審査会で出た指摘がその後どうなったか追いかけてるのは、どの項目？");
    expect(itemOf(a)).toBe(4);
  });
});
