import { describe, expect, it } from "vitest";
import { fold, normalize, toHiragana } from "../../src/ask/text.ts";

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
