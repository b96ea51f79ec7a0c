/**
 * An answer offers each item once: a list or 「もしかして」 that named an item twice (「…市民向けと職員向けの両方」 once
 * listed No.8 twice) reads as two answers. Held over every question of every set in tests/ask.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

const dir = resolve(REPO_ROOT, "tests/ask");
const answerer = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));
// One test per set: answering every question of every set (over 12,000) in one test ran past vitest's 5-second
// limit on a slow machine. A set's questions take well under a second.
const sets = readdirSync(dir)
  .filter((f) => f.endsWith(".yml"))
  .sort()
  .map((f) => ({
    file: f,
    questions: (parse(readFileSync(resolve(dir, f), "utf8")) as { q: string }[]).map((q) => q.q),
  }));

describe("every answer", () => {
  it("is checked over every set question", () => {
    expect(sets.flatMap((s) => s.questions).length).toBeGreaterThan(1_000);
  });

  it.each(sets)("offers each item at most once, over the questions of $file", ({ questions }) => {
    const repeated = questions.flatMap((q) => {
      const a = answerer.answer(q);
      if (a.kind !== "list" && a.kind !== "candidates") return [];
      const numbers = a.items.map((i) => i.number);
      return new Set(numbers).size === numbers.length ? [] : [`「${q}」 → ${numbers.join(",")}`];
    });
    expect(repeated).toEqual([]);
  });

  it("offers the two items a question names for each of its parts (「市民向けと職員向けの両方」: No.6 and No.8)", () => {
    const a = answerer.answer(
      "意識調査の結果を使っている取組はどれですか。市民向けと職員向けの両方あったと思います。",
    );
    expect(a.kind === "list" && a.items.map((i) => i.number)).toEqual([6, 8]);
  });
});
