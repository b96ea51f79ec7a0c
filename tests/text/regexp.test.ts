import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/text/regexp.ts";

describe("escapeRegExp", () => {
  it("matches the text itself, whatever characters it holds", () => {
    for (const text of ["1.5ha", "(株)", "R5[実績]", "a+b*c?", "$^|\\", "市の広報", "{2}"]) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, "u");
      expect(pattern.test(text), text).toBe(true);
    }
    // Not what the characters would mean in a pattern: 1.5 does not match 125.
    expect(new RegExp(escapeRegExp("1.5")).test("125")).toBe(false);
  });
});
