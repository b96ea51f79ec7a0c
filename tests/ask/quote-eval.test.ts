/**
 * The sentences an item answer quotes (「質問に関係する記述」, issue 9), scored on a quote set written from the report
 * alone by someone who had not seen the matcher (tests/quotes/quote-questions-1.yml, session 23): each question names
 * its item and a fragment of the sentence a careful reader would quote. Scored once before any change: item 90.6%
 * (96/106), first quoted sentence 78.1% (75/96), one of the quoted 89.6% (86/96). The thresholds keep what is reached.
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
const questions = parse(
  readFileSync(resolve(REPO_ROOT, "tests/quotes/quote-questions-1.yml"), "utf8"),
) as QuoteQuestion[];

describe("the sentence quoted first (quote set 1)", () => {
  const score = scoreQuotes(answerer, plan, questions);

  it("has fragments the report's data holds, for all but two questions (which join a table's year to its row)", () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.length - score.quotable).toBeLessThanOrEqual(2);
  });

  it("answers with the asked item for at least 88% of the questions (90.6% now)", () => {
    expect(score.itemRight / score.quotable).toBeGreaterThanOrEqual(0.88);
  });

  it("quotes first the sentence that answers for at least 75% of them (78.1% now), and among its quotes for 87% (89.6%)", () => {
    expect(score.firstRight / score.itemRight).toBeGreaterThanOrEqual(0.75);
    expect(score.anyRight / score.itemRight).toBeGreaterThanOrEqual(0.87);
  });
});
