/**
 * `npx tsx bench/score-quotes.ts tests/quotes/quote-questions-1.yml [-v]`: whether an item answer quotes the sentence a
 * careful reader would quote (「質問に関係する記述」, issue 9), as `tests/ask/quote-eval.test.ts` scores it, without the
 * thresholds. Reports the item right, the first quoted sentence right (of the questions whose item is right) and one of
 * the quoted sentences right. For whoever changes how sentences are ranked (`PassageIndex.passagesFor`): score before
 * and after. `-v` lists each miss.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { createAnswerer } from "../src/ask/answer.ts";
import { loadPlan } from "../src/plan/load.ts";
import { isUnread } from "../tests/ask/unread-sets.ts";
import { type QuoteQuestion, scoreQuotes } from "../tests/support/quotes.ts";

const files = process.argv.slice(2).filter((a) => !a.startsWith("-"));
if (files.length === 0) {
  console.error("使い方: npx tsx bench/score-quotes.ts <引用の評価セット.yml> [...] [-v]");
  process.exit(2);
}
const plan = loadPlan(resolve(import.meta.dirname, "..", "data"));
const answerer = createAnswerer(plan, { recentAnswers: 0 });
const pct = (n: number, d: number) => `${d === 0 ? "-" : ((100 * n) / d).toFixed(1)}% (${n}/${d})`;

for (const file of files) {
  const questions = parse(readFileSync(resolve(file), "utf8")) as QuoteQuestion[];
  const s = scoreQuotes(answerer, plan, questions);
  console.log(
    `${file}: item ${pct(s.itemRight, s.quotable)}; first quoted sentence ${pct(s.firstRight, s.itemRight)}; one of the quoted ${pct(s.anyRight, s.itemRight)}; ${questions.length - s.quotable} fragments in no sentence of their item`,
  );
  if (!process.argv.includes("-v")) continue;
  // A set kept unread (tests/ask/unread-sets.ts) shows its score, never a question.
  if (isUnread(file)) console.log("  (読まないことにしているセットなので、質問は出しません)");
  else for (const m of s.misses) console.log(m);
}
