/** The item numbers an answer names, in order: one for an item, all for a list or candidates, none otherwise. */
import type { Answer } from "../../src/ask/answer.ts";

export function answerNumbers(a: Answer): number[] {
  if (a.kind === "item") return [a.item.number];
  if (a.kind === "list" || a.kind === "candidates") return a.items.map((i) => i.number);
  return [];
}
