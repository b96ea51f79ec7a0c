/**
 * The evaluation set: questions written as city-hall staff would type them, before the matcher was tuned
 * (tests/ask/eval-questions.yml), each with its expected answer. The matcher must get at least 95% right, and
 * no question about something outside the plan may ever be answered with an item.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { describeAnswer, isCorrect } from "../support/answers.ts";
import { REPO_ROOT } from "../support/seed.ts";

const questionSchema = z.strictObject({
  q: z.string(),
  kind: z.enum(["item", "list", "candidates", "none", "help"]),
  items: z.array(z.number().int()).default([]),
});

const questions = z
  .array(questionSchema)
  .parse(parse(readFileSync(resolve(REPO_ROOT, "tests/ask/eval-questions.yml"), "utf8")));
const answerer = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));

const results = questions.map((q) => ({ q, a: answerer.answer(q.q) }));

describe("the evaluation set", () => {
  it("has enough questions of every kind", () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.kind === "none").length).toBeGreaterThanOrEqual(25);
    const covered = new Set(questions.flatMap((q) => (q.kind === "item" ? q.items : [])));
    expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it("is answered correctly at least 95% of the time", () => {
    const misses = results.filter(({ q, a }) => !isCorrect(q, a));
    const accuracy = (results.length - misses.length) / results.length;
    console.log(
      [
        `accuracy: ${(accuracy * 100).toFixed(1)}% (${results.length - misses.length}/${results.length})`,
        ...misses.map(
          ({ q, a }) =>
            `  miss: 「${q.q}」 expected ${q.kind} [${q.items.join(",")}], got ${describeAnswer(a)}`,
        ),
      ].join("\n"),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("never answers a question outside the plan with an item", () => {
    const wrong = results.filter(({ q, a }) => q.kind === "none" && a.kind !== "none" && a.kind !== "help");
    expect(wrong.map(({ q, a }) => `「${q.q}」 → ${describeAnswer(a)}`)).toEqual([]);
  });
});
