/** Scoring answers against evaluation questions, shared by every evaluation set's test. */
import type { Answer } from "../../src/ask/answer.ts";

/** The item numbers an answer names, in order: one for an item, all for a list or candidates, none otherwise. */
export function answerNumbers(a: Answer): number[] {
  if (a.kind === "item") return [a.item.number];
  if (a.kind === "list" || a.kind === "candidates") return a.items.map((i) => i.number);
  return [];
}

export interface EvalQuestion {
  q: string;
  kind: "item" | "list" | "candidates" | "none" | "help";
  items: number[];
}

export function isCorrect(q: EvalQuestion, a: Answer): boolean {
  const got = answerNumbers(a);
  switch (q.kind) {
    case "item":
      return a.kind === "item" && got[0] === q.items[0];
    case "list":
      // A department with one item is answered with that item's card (issue 9), not a list of one.
      if (q.items.length === 1 && a.kind === "item") return got[0] === q.items[0];
      return a.kind === "list" && got.length === q.items.length && q.items.every((n) => got.includes(n));
    case "candidates":
      return a.kind === "candidates" && q.items.every((n) => got.includes(n));
    default:
      return a.kind === q.kind;
  }
}

export const describeAnswer = (a: Answer) =>
  `${a.kind}${answerNumbers(a).length ? ` [${answerNumbers(a).join(",")}]` : ""}`;
