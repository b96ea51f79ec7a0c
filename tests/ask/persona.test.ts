/**
 * Regression set from persona testing (tests/ask/persona-questions.yml): every question must get its expected
 * answer. Not a blind score (see the file's header). Known limits, deliberately not asserted here:
 * another government named without 市/町/県 (気仙沼, 名取, 国の…) is not recognised, and 宮城県 passes because the
 * plan itself names it; 「病院と水道の経営健全化」 answers No.20 only (病院 is read as the department).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerNumbers } from "../support/answers.ts";
import { REPO_ROOT } from "../support/seed.ts";

const questions = z
  .array(
    z.strictObject({
      q: z.string(),
      kind: z.enum(["item", "list", "candidates", "none", "help"]),
      items: z.array(z.number()).default([]),
      reason: z
        .enum(["no_match", "out_of_range", "not_about_plan", "thanks", "greeting", "not_japanese"])
        .optional(),
      note: z.boolean().optional(),
    }),
  )
  .parse(parse(readFileSync(resolve(REPO_ROOT, "tests/ask/persona-questions.yml"), "utf8")));
const answerer = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));

describe("persona regression questions", () => {
  it.each(questions.map((q) => [q.q, q] as const))("「%s」", (_q, expected) => {
    const a = answerer.answer(expected.q);
    expect(a.kind).toBe(expected.kind);
    expect(answerNumbers(a)).toEqual(expected.items);
    if (expected.reason) expect(a).toMatchObject({ reason: expected.reason });
    if (expected.note) expect(a.note).toContain("令和6年度の実績はまだデータにありません");
  });
});
