/**
 * The sentences an item answer quotes (「質問に関係する記述」, issue 9), scored on quote sets written from the report
 * alone by people who had not seen the matcher (tests/quotes/): each question names its item and a fragment of the
 * sentence a careful reader would quote. Set 1 (session 23) was scored once before any change and then tuned on in
 * session 24; sets 2 and 3 (session 24) were scored before and after that tuning without being read (set 3 was written after it). The thresholds keep
 * what is reached, a little below it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { type QuoteQuestion, scoreQuotes } from "../support/quotes.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan, { recentAnswers: 0 });

const SETS = [
  {
    file: "tests/quotes/quote-questions-1.yml",
    // Fragments no sentence of the data holds: they join a table's year to its row.
    unquotable: 2,
    item: 0.88,
    first: 0.86,
    any: 0.88,
    history:
      "before any change (2b8fbc5 and earlier): item 90.6%, first 78.1% (75/96), any 89.6%; tuned on in session 24: first 84.4% (81/96), any 90.6%; session 26 (効果, 次の, 今後 and why rules) first 89.6% (86/96), any 92.7%",
  },
  {
    file: "tests/quotes/quote-questions-2.yml",
    unquotable: 3,
    item: 0.88,
    first: 0.79,
    any: 0.85,
    history:
      "written in session 24: on 2b8fbc5 item 91.3% (95/104), first 77.9% (74/95), any 85.3%; after the rules tuned on set 1, unread, first 81.1% (77/95), any 87.4%; read afterwards: 82.1% with the 「いつ」 rule, 84.2% (80/95) with the aim and 目標いけた rules; session 26 first 86.3% (82/95), any 91.6%",
  },
  {
    file: "tests/quotes/quote-questions-3.yml",
    unquotable: 6,
    item: 0.87,
    first: 0.82,
    any: 0.8,
    history:
      "written in session 24 after its rules and not read: on 2b8fbc5 item 89.9% (89/99), first 70.8% (63/89), any 82.0%; with the rules tuned on set 1 first 74.2% (66/89), any 82.0%; 76.4% (68/89), any 83.1% with the aim and 目標いけた rules tuned on set 2 (its score was looked at, never its questions); read in session 25; session 26 first 86.5% (77/89), any 93.3%",
  },
  {
    file: "tests/quotes/quote-questions-4.yml",
    unquotable: 4,
    item: 0.85,
    first: 0.8,
    any: 0.87,
    history:
      "written in session 24 after all its ranking rules, not read: on 2b8fbc5 item 87.5% (91/104), first 79.1% (72/91), any 87.9%; at da6df7e first 82.4% (75/91), any 90.1%; session 25 (a comparison asked alone quoted) first 83.5% (76/91), any 91.2%; session 26 first unchanged, any 92.3%",
  },
  {
    file: "tests/quotes/quote-questions-5.yml",
    unquotable: 2,
    item: 0.83,
    first: 0.82,
    any: 0.87,
    history:
      "written at the start of session 25, not read: on 5092d59 item 84.9% (90/106), first 82.2% (74/90), any 90.0% (81/90); session 26 first 85.6% (77/90), any 91.1%",
  },
  {
    file: "tests/quotes/quote-questions-6.yml",
    unquotable: 7,
    item: 0.94,
    first: 0.77,
    any: 0.81,
    history:
      "written in session 25 while its quote rules were made, not read: on e42e352 (the session's start) item 96.0% (97/101), first 74.2% (72/97), any 81.4% (79/97); at the session's end first 76.3% (74/97), any 83.5% (81/97); session 26 first 80.4% (78/97), any 85.6%",
  },
  {
    file: "tests/quotes/quote-questions-7.yml",
    unquotable: 6,
    item: 0.92,
    first: 0.79,
    any: 0.86,
    history:
      "written at the start of session 26, not read: on 710e497 (the session's start) item 92.9% (92/99), first 78.3% (72/92), any 87.0% (80/92); at the session's end first 81.5% (75/92), any 90.2% (83/92)",
  },
];

describe.each(SETS)("the sentence quoted first ($file)", (set) => {
  const questions = parse(readFileSync(resolve(REPO_ROOT, set.file), "utf8")) as QuoteQuestion[];
  const score = scoreQuotes(answerer, plan, questions);

  it(`has fragments the report's data holds, for all but ${set.unquotable} questions`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.length - score.quotable).toBeLessThanOrEqual(set.unquotable);
  });

  it(`answers with the asked item for at least ${set.item * 100}% of the questions (${set.history})`, () => {
    expect(score.itemRight / score.quotable).toBeGreaterThanOrEqual(set.item);
  });

  it(`quotes first the sentence that answers for at least ${set.first * 100}% of them, and among its quotes for ${set.any * 100}%`, () => {
    expect(score.firstRight / score.itemRight).toBeGreaterThanOrEqual(set.first);
    expect(score.anyRight / score.itemRight).toBeGreaterThanOrEqual(set.any);
  });
});
