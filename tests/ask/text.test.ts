import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { itemSentences, planSentences } from "../../src/ask/report-words.ts";
import { fold, foldOnce, normalize, normalizeOnce, remembered, toHiragana } from "../../src/ask/text.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

describe("text folding", () => {
  it("normalizes width and case", () => expect(normalize(" ＡＩとｼｽﾃﾑ１８ ")).toBe("aiとシステム18"));
  it("folds katakana to hiragana, keeping the long vowel mark", () =>
    expect(toHiragana("マイナンバー")).toBe("まいなんばー"));
  it("lets まいなんばー meet マイナンバー", () => expect(fold("まいなんばー")).toBe(fold("マイナンバー")));
  it("drops spacing and punctuation the report uses inconsistently", () =>
    expect(fold("AI や RPA 等を活用した業務の効率化")).toBe(fold("AIやRPA等を活用した業務の効率化")));
  it("drops brackets and middle dots", () =>
    expect(fold("補助金・負担金（見直し）")).toBe("補助金負担金見直し"));
});

describe("folding text met once, as the indexes are built", () => {
  const plan = loadPlan(resolve(REPO_ROOT, "data"));

  it("gives what the remembering forms give, for every sentence of the plan and for text typed in any width", () => {
    const texts = [...planSentences(plan), " ＡＩとｼｽﾃﾑ１８ ", "補助金・負担金（見直し）", "まいなんばー"];
    expect(texts.length).toBeGreaterThan(400);
    // What folding gives, written out: the forms below share their code, so the comparison alone could not fail.
    expect(normalizeOnce(" ＡＩとｼｽﾃﾑ１８ ")).toBe("aiとシステム18");
    expect(foldOnce(" ＡＩとｼｽﾃﾑ１８ ")).toBe("aiとしすてむ18");
    expect(foldOnce("補助金・負担金（見直し）")).toBe("補助金負担金見直し");
    for (const text of texts) {
      expect(normalizeOnce(text)).toBe(normalize(text));
      expect(foldOnce(text)).toBe(fold(text));
    }
  });

  it("reads one item's sentences: its title first, then its objective and the rest of its text", () => {
    const no18 = plan.byNumber.get(18);
    if (!no18) throw new Error("no No.18");
    const sentences = itemSentences(no18);
    expect(sentences.slice(0, 2)).toEqual([no18.title, no18.objective]);
    expect(sentences).toContain(no18.measures[0]);
    expect(sentences.length).toBeGreaterThan(5);
  });
});

describe("remembered (the last few texts' results of a pure reading)", () => {
  it("reads each text once while it is among the last `size`, and again once it has been pushed out", () => {
    const read: string[] = [];
    const lengthOf = remembered((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([lengthOf("公共施設"), lengthOf("公共施設"), lengthOf("ふるさと納税")]).toEqual([4, 4, 6]);
    expect(read).toEqual(["公共施設", "ふるさと納税"]);
    lengthOf("滞納整理"); // pushes 公共施設 out: only the last two are kept
    expect(lengthOf("公共施設")).toBe(4);
    expect(read).toEqual(["公共施設", "ふるさと納税", "滞納整理", "公共施設"]);
  });

  it("keeps a result that is undefined or false as a result, not as a miss", () => {
    let reads = 0;
    const nothing = remembered((_text: string) => {
      reads++;
      return false;
    });
    nothing("a");
    nothing("a");
    expect(reads).toBe(1);
  });
});
