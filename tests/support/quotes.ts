/**
 * Scoring a quote set (tests/quotes/*.yml): whether an item answer quotes, first, the sentence a careful reader would
 * quote for the question (「質問に関係する記述」, issue 9). Shared by `bench/score-quotes.ts` and
 * `tests/ask/quote-eval.test.ts`.
 */
import type { Answerer } from "../../src/ask/answer.ts";
import { passagesOf } from "../../src/ask/passage-index.ts";
import { fold } from "../../src/ask/text.ts";
import type { Plan } from "../../src/plan/model.ts";

/** A question, its item, and fragments copied from the sentence(s) that answer it (see tests/quotes). */
export interface QuoteQuestion {
  q: string;
  item: number;
  quote: string;
  also?: string[];
}

export interface QuoteScore {
  /** Questions whose fragment some sentence of their item holds (the others are the set's own errors). */
  quotable: number;
  itemRight: number;
  /** Of the questions whose item is right: the first quoted sentence holds a fragment. */
  firstRight: number;
  /** Of the questions whose item is right: one of the quoted sentences holds a fragment. */
  anyRight: number;
  misses: string[];
}

export function scoreQuotes(answerer: Answerer, plan: Plan, questions: readonly QuoteQuestion[]): QuoteScore {
  const score: QuoteScore = { quotable: 0, itemRight: 0, firstRight: 0, anyRight: 0, misses: [] };
  for (const question of questions) {
    const fragments = [question.quote, ...(question.also ?? [])].map(fold);
    const holds = (text: string) => {
      const folded = fold(text);
      return fragments.some((f) => folded.includes(f));
    };
    // A fragment no sentence of the item holds (miscopied, or a line the data does not keep) cannot be quoted:
    // counted apart, so that the set's own errors are seen and not blamed on the ranking.
    const item = plan.byNumber.get(question.item);
    if (!item || !passagesOf(item).some((p) => holds(p.text))) {
      score.misses.push(
        `  data  「${question.q}」 No.${question.item}: no sentence holds 「${question.quote}」`,
      );
      continue;
    }
    score.quotable++;
    const answer = answerer.answer(question.q);
    if (answer.kind !== "item" || answer.item.number !== question.item) {
      score.misses.push(`  item  「${question.q}」 expected No.${question.item}, got ${answer.kind}`);
      continue;
    }
    score.itemRight++;
    const quoted = (answer.passages ?? []).map((p) => p.text);
    if (quoted[0] !== undefined && holds(quoted[0])) score.firstRight++;
    else
      score.misses.push(
        `  quote 「${question.q}」 No.${question.item}\n        want 「${question.quote}」\n        got  「${(quoted[0] ?? "(none)").slice(0, 80)}」`,
      );
    if (quoted.some(holds)) score.anyRight++;
  }
  return score;
}
