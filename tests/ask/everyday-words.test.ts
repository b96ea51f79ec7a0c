/**
 * Everyday words for what the report writes in the administration's own words (patterns.ts EVERYDAY_WORDS), and
 * aliases joined by の read in a sentence's forms (市税を滞納). Each expected item was checked against the report:
 * No.3 「広報おおさきの作成，印刷，発送業務のアウトソーシングを実施」; No.16 is 滞納整理の推進 (alias 市税の滞納).
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import type { Plan } from "../../src/plan/model.ts";
import { REPO_ROOT } from "../support/seed.ts";

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
    const own: Plan = {
      ...plan,
      items: plan.items.map((i) =>
        i.number === 21 ? { ...i, objective: `${i.objective}検針業務の外注を進める。` } : i,
      ),
    };
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
