/**
 * The blind evaluation sets: questions written from the report alone by someone who had not seen the matcher,
 * weighted toward full sentences, words from inside the items and questions for one figure.
 * - Set 2 (tests/ask/blind-questions.yml, 230 questions): scored before the matcher was changed (60.9%, the asked
 *   figure in 22 of 45 answers) and after, on general rules only (see docs/evaluation.md).
 * - Set 3 (tests/ask/blind-questions-3.yml, 271 questions, written 2026-11-29): 87.8% untuned (238/271, figure in
 *   59 of 64 answers); 96.3% (261/271) after the third pass, 98.1% (254/259) without status questions, figure in
 *   64 of 64 answers.
 * - Set 4 (tests/ask/blind-questions-4.yml, 233 questions in ten staff personas' voices, written 2026-11-29 after
 *   set 3's pass): 83.7% untuned (195/233, figure in 67 of 69, 9 out-of-plan questions answered with an item);
 *   89.3% (208/233) after the fourth round's rules, 92.3% (204/221) without status questions, none out of plan
 *   answered with an item.
 * - Set 5 (tests/ask/blind-questions-5.yml, 176 questions, a realistic mix of a week's questions, written 2026-11-29
 *   after sets 3 and 4 had been tuned on): scored once before any change on it, 92.6% (163/176), 95.9% without
 *   status questions, figure in 40 of 41, 1 out-of-plan question answered with an item; then 165/176.
 *
 * - Set 6 (tests/ask/blind-questions-6.yml, 228 questions, written 2026-11-29 in session 5 after the status change
 *   below): scored once before any change on it, 91.2% (208/228), figure in 65 of 66, 4 out-of-plan questions
 *   answered with an item; then 93.4% (213/228) and none out of plan after the session's general rules.
 *
 * - Set 7 (tests/ask/blind-questions-7.yml, 150 questions in five staff members' voices, written at the end of
 *   session 5 after set 6's rules): scored once before any change on it, 86.7% (130/150), figure in 35 of 36, 4
 *   out-of-plan questions answered with an item; then 89.3% and none out of plan.
 *
 * - Set 8 (tests/ask/blind-questions-8.yml, 148 questions of a busy week, written at the end of session 5 after
 *   set 7's rules): scored once before any change on it, 85.8% (127/148), figure in 27 of 30, 1 out-of-plan
 *   question answered with an item; then 91.9%, figures 30/30.
 *
 * - Sets 9 and 10 (tests/ask/blind-questions-9.yml, 145 questions from staff who are not experts: new hires,
 *   branch offices, citizens' calls; tests/ask/blind-questions-10.yml, 141 questions from experts preparing
 *   documents), written at the start of session 6: scored once before any change on them, 89.0% (129/145, figure
 *   in 29 of 30, 2 out-of-plan questions answered with an item) and 90.1% (127/141, figure in 36 of 38, 1).
 *
 * - Sets 11 and 12 (tests/ask/blind-questions-11.yml, 147 questions of a month in a Slack workspace: fragments,
 *   typos, romaji; tests/ask/blind-questions-12.yml, 148 questions from the departments that own items), written
 *   in session 6 after its first rules: scored once before any change on them, 94.6% (139/147, figure in 32 of
 *   32, none out of plan answered with an item) and 88.5% (131/148, figure in 37 of 39, 2).
 *
 * - Sets 13 and 14 (tests/ask/blind-questions-13.yml, 143 questions of a realistic week from everyone at once;
 *   tests/ask/blind-questions-14.yml, 144 questions from people who never read the report), written in session 6
 *   after the rules of sets 9–12: scored once before any change on them, 88.8% (127/143, figure in 32 of 33, 1
 *   out-of-plan question answered with an item) and 88.9% (128/144, figure in 25 of 28, 3).
 *
 * - Sets 15 and 16 (tests/ask/blind-questions-15.yml, 140 questions of a month in the plan's channel;
 *   tests/ask/blind-questions-16.yml, 144 questions from the branch offices and the people who run facilities),
 *   written at the end of session 6 after every rule of sets 9–14: scored once before any change on them, 91.4%
 *   (128/140, figure in 30 of 31, 1 out-of-plan question answered with an item) and 86.8% (125/144, figure in 35 of
 *   39, 1).
 *
 * - Sets 17 and 18 (tests/ask/blind-questions-17.yml, 148 questions of a month from all over city hall;
 *   tests/ask/blind-questions-18.yml, 144 questions from managers and the mayor's office), written at the very end of
 *   session 6: 89.9% and 91.0% when first scored, 90.5% and 91.7% after the everyday paraphrases (written from the
 *   report alone, before their misses were read), then 92.6% and 95.1% after rules they showed.
 *
 * - Sets 19 and 20 (tests/ask/blind-questions-19.yml, 146 questions from staff who half remember the plan;
 *   tests/ask/blind-questions-20.yml, 148 questions of an ordinary week), written last in session 6 and scored once
 *   once, untuned: 92.5% (figure in 31 of 31, 2 out-of-plan questions answered with an item) and 91.2% (41 of 43,
 *   0); then 93.8% and 91.9% after the rules they showed.
 *
 * - Sets 21 and 22 (tests/ask/blind-questions-21.yml, 146 questions of an ordinary week;
 *   tests/ask/blind-questions-22.yml, 144 questions of half-remembered paraphrases), written last in session 6 and
 *   scored once at its end, untuned: 92.5% (figure in 41 of 42, 2 out-of-plan questions answered with an item) and
 *   93.1% (31 of 31, 2). Session 7 scored them again before any change (the same), then read their misses:
 *   95.2% and 95.1% after its first rules.
 *
 * - Sets 23 and 24 (tests/ask/blind-questions-23.yml, 144 questions of new staff and the council secretariat;
 *   tests/ask/blind-questions-24.yml, 140 questions of the PR section and of staff on a phone), written at the start
 *   of session 7 and scored once before any change: 88.9% (figure in 36 of 40, 1 out-of-plan question answered with
 *   an item) and 91.4% (30 of 30, 1). They were to be kept unread through the session, so that its end measures its
 *   rules on questions nobody tuned on; set 23's misses were printed by a comparison script early on, so it counts as
 *   read (92.4% at the end). Set 24 stayed unread until the session's first rules were done: 91.4% then too.
 *
 * - Sets 25 and 26 (tests/ask/blind-questions-25.yml, 146 questions of auditors and staff inheriting items;
 *   tests/ask/blind-questions-26.yml, 140 questions of branch offices, the hospital and water side, and section chiefs),
 *   written in session 7 and scored once, unread, after its first rules (1f50e08): 93.8% and 93.6% (92.5% and 92.9%
 *   on the code the session began with). Then sets 24–26 were read, and tuned on.
 *
 * - Sets 27 and 28 (tests/ask/blind-questions-27.yml, 141 questions of the mayor's office and of departments that own
 *   no item; tests/ask/blind-questions-28.yml, 146 questions of a month in the plan's channel), written late in
 *   session 7 and scored at its end, unread: 97.2% (figure in 30 of 30, none out of plan answered with an item) and
 *   93.8% (35 of 35, 2); 96.5% and 93.2% on the code the session began with. Session 8 began with the same scores
 *   on them, then read them and tuned on them.
 *
 * - Sets 29–32 (tests/ask/blind-questions-29.yml … -32.yml; 146, 142, 146 and 142 questions: the council secretariat
 *   and finance; departments that own no item; the secretariat's help thread, PR and personnel; staff typing on a
 *   phone), written in session 8. 29 and 30 were scored before any change (94.5%, 93.0%), again unread after the
 *   session's first rules (94.5%, 93.7%), then read and tuned on. 31 and 32 were written mid-session and scored
 *   unread only: 93.8% and 92.3% on the code the session began with, 95.2% and 93.7% at its end (figure in 36 of 36
 *   and 30 of 30; 1 and 1 out-of-plan questions answered with an item). Session 9 began with the same scores on
 *   them, then read them and tuned on them.
 * - Set 33 (tests/ask/blind-questions-33.yml, 228 questions, 106 of them not about the plan but close to its topics),
 *   written in session 8 to test what must not be answered: untuned 84.2%, 31 out-of-plan questions answered with an
 *   item; read and tuned on since.
 * - Sets 34 and 35, written in session 9 (146 and 138 questions: branch offices, the audit office and council
 *   members' questions relayed word for word; new hires, terse section chiefs and voice input). Scored untuned on
 *   the code session 9 began with: 87.0% (figure in 35 of 36; 7 out-of-plan questions answered with an item, 4 of
 *   them a figure of a year the report gives none of) and 95.7% (35 of 35, none). 34 was read and tuned on; 35 is
 *   kept unread, and so is set 36 (143 questions: the public enterprises, schools and facilities, the mayor's
 *   office, follow-up questions), written mid-session: 96.5% on the session's starting code (35 of 35, 1 out of
 *   plan), 97.2% at the end (none; two of its question texts were seen in a diff of answers, not their expected
 *   answers). Set 37 (145 questions: pasted e-mails, keyword-only queries, departments owning no item, English
 *   and romaji), written at the end of session 9: 93.8% on both the starting and the ending code (figure in 34 of
 *   36, 2 out-of-plan questions answered with an item). All three were added with their end scores only, scored
 *   again unread at the start of session 10 (the same: 95.7%, 97.2%, 93.8%), then read and tuned on.
 * - Sets 38 and 39, written in session 10 (146 and 142 questions: the mayor's office, formal keigo, phone typing,
 *   Tohoku dialect, branch offices; the council secretariat and the audit office checking claims, negations,
 *   comparisons, staff from other cities). Untuned on the code session 10 began with: 93.8% (figure in 36 of 36,
 *   none out of plan) and 94.4% (34 of 35, 1). Read and tuned on. Sets 40 and 41 were written alongside and kept
 *   unread for the session's closing measure: after the rules from sets 35-39 they scored as before (93.7% and
 *   98.6%), and were then read as well (sets 40 and 41). Sets 42 (192 questions, 94 of them not about the plan)
 *   and 43 were written next, then 44 and 46 (76 of 151 not about the plan), then 45, 47 (76 of 152) and 48,
 *   and last 49 (75 of 153) and 50. Each was scored unread first; 42-44, 46 and 47 were then read and tuned on.
 *   Sets 45, 48, 49 and 50 were added unread, with their end scores only.
 * - Session 11 scored sets 45, 48, 49 and 50 unread on the code it began with (the same as session 10's end), then
 *   read and tuned on them. Sets 51-54, written at its start (53: 75 of 160 not about the plan), were scored on
 *   that code and stay unread, with their scores only; so do sets 55-57, written late in the session, after most of
 *   its rules (docs/evaluation.md, session 11).
 *
 * Until session 5 the status questions (tag: status) were scored apart: every set's writer read 達成 and 遅れ
 * only where the 総評 states a verdict, and the data then rated No.5 and No.7 達成 and No.2 遅れ without one. The
 * data now follows that reading (README 「状況の決め方」; `npm run validate` refuses 達成 in words that no quoted
 * sentence states), and the status questions count like the rest. All questions, session 5: set 2 99.1%,
 * set 3 97.8%, set 4 90.1%, set 5 97.2%.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { describeAnswer, isCorrect } from "../support/answers.ts";
import { REPO_ROOT } from "../support/seed.ts";
import { UNREAD_SETS } from "./unread-sets.ts";

const questionSchema = z.object({
  q: z.string(),
  // "help": a question about the bot itself (sets from session 16 on ask a few), answered with the bot's help.
  kind: z.enum(["item", "list", "candidates", "none", "help"]),
  items: z.array(z.number().int()).default([]),
  figure: z.string().optional(),
  tag: z.enum([
    "sentence",
    "body",
    "figure",
    "number",
    "department",
    "status",
    "ambiguous",
    "outside",
    "short",
  ]),
  source: z.string().optional(),
});

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);

interface BlindSet {
  file: string;
  size: number;
  /** Least share right, and what it was when the threshold was set. */
  accuracy: number;
  reached: string;
  /**
   * Out-of-plan questions still answered with an item, each said why: the test fails on any other, and on one of
   * these once it is answered right (then remove it here).
   */
  knownOutside?: string[];
  /** For a set not yet looked at question by question: how many out-of-plan questions get an item today. */
  outsideAllowed?: number;
  /** Least share of figure questions whose answer states the figure, and what it was. */
  figures: number;
  figuresReached: string;
  /** Least number of figure questions the set holds (30 unless its writer was asked for fewer). */
  figureQuestions?: number;
  /** How many items the set asks about alone (21 unless its persona never meets some). */
  itemsCovered?: number;
}

const SETS: BlindSet[] = [
  {
    file: "tests/ask/blind-questions.yml",
    size: 230,
    // Its writer listed 遅れ without No.2; since session 13 the list names No.2 after the items behind (most writers
    // counted it), and four of its status questions count as misses.
    accuracy: 0.96,
    reached: "97.0%, 223/230, session 13 (98.7% before No.2 joined the 遅れ list)",
    figures: 0.95,
    figuresReached: "45/45",
  },
  {
    file: "tests/ask/blind-questions-3.yml",
    size: 271,
    accuracy: 0.97,
    reached: "98.2%, 266/271, session 7",
    figures: 0.95,
    figuresReached: "64/64",
  },
  {
    file: "tests/ask/blind-questions-4.yml",
    size: 233,
    accuracy: 0.88,
    reached: "95.3%, 222/233, session 7 (untuned 83.7%)",
    figures: 0.95,
    figuresReached: "68/69",
  },
  {
    file: "tests/ask/blind-questions-5.yml",
    size: 176,
    accuracy: 0.95,
    reached: "97.2%, 171/176, session 7 (untuned 92.6%)",
    figures: 0.95,
    figuresReached: "41/41",
  },
  {
    file: "tests/ask/blind-questions-6.yml",
    size: 228,
    accuracy: 0.92,
    reached: "97.4%, 222/228, session 7 (untuned 91.2%)",
    figures: 0.95,
    figuresReached: "66/66",
  },
  {
    file: "tests/ask/blind-questions-7.yml",
    size: 150,
    accuracy: 0.88,
    reached: "95.3%, 143/150, session 7 (untuned 86.7%)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    file: "tests/ask/blind-questions-8.yml",
    size: 148,
    accuracy: 0.9,
    reached: "95.9%, 142/148, session 7 (untuned 85.8%)",
    figures: 0.95,
    figuresReached: "30/30",
  },
  {
    file: "tests/ask/blind-questions-9.yml",
    size: 145,
    accuracy: 0.91,
    reached: "95.9%, 139/145, session 7 (untuned 89.0%)",
    figures: 0.95,
    figuresReached: "29/30",
  },
  {
    file: "tests/ask/blind-questions-10.yml",
    size: 141,
    accuracy: 0.93,
    reached: "97.2%, 137/141, session 7 (untuned 90.1%)",
    figures: 0.95,
    figuresReached: "37/38",
  },
  {
    file: "tests/ask/blind-questions-11.yml",
    size: 147,
    accuracy: 0.93,
    reached: "97.3%, 143/147, session 7 (untuned 94.6%)",
    figures: 0.95,
    figuresReached: "32/32",
  },
  {
    file: "tests/ask/blind-questions-12.yml",
    size: 148,
    accuracy: 0.92,
    reached: "96.6%, 143/148, session 7 (untuned 88.5%)",
    figures: 0.95,
    figuresReached: "39/39",
  },
  {
    file: "tests/ask/blind-questions-13.yml",
    size: 143,
    accuracy: 0.9,
    reached: "96.5%, 138/143, session 7 (untuned 88.8%)",
    figures: 0.95,
    figuresReached: "33/33",
  },
  {
    file: "tests/ask/blind-questions-14.yml",
    size: 144,
    accuracy: 0.93,
    reached: "97.9%, 141/144, session 7 (untuned 88.9%)",
    figures: 0.95,
    figuresReached: "27/28",
    // Its writer was asked for about 25: fewer than the 30 of the other sets.
    figureQuestions: 28,
  },
  {
    file: "tests/ask/blind-questions-15.yml",
    size: 140,
    accuracy: 0.93,
    reached: "96.4%, 135/140, session 7 (untuned 91.4%)",
    figures: 0.95,
    figuresReached: "30/31",
  },
  {
    file: "tests/ask/blind-questions-16.yml",
    size: 144,
    accuracy: 0.86,
    // Its writer expects 「which items mention 〇〇」 as a list (kind list); the bot offers them as candidates, as
    // every earlier writer expected: 4 questions.
    reached: "90.3%, 130/144, session 7 (untuned 86.8%)",
    figures: 0.9,
    figuresReached: "39/39",
    // The branch offices and facilities never ask about two items on their own.
    itemsCovered: 19,
  },
  {
    file: "tests/ask/blind-questions-17.yml",
    size: 148,
    accuracy: 0.88,
    reached: "95.9%, 142/148, session 7 (untuned 89.9%)",
    figures: 0.95,
    figuresReached: "33/33",
  },
  {
    file: "tests/ask/blind-questions-18.yml",
    size: 144,
    accuracy: 0.9,
    reached: "95.8%, 138/144, session 7 (untuned 91.0%)",
    figures: 0.95,
    figuresReached: "32/32",
  },
  {
    file: "tests/ask/blind-questions-19.yml",
    size: 146,
    accuracy: 0.9,
    reached: "95.9%, 140/146, session 7 (untuned 92.5%)",
    figures: 0.95,
    figuresReached: "31/31",
  },
  {
    file: "tests/ask/blind-questions-20.yml",
    size: 148,
    accuracy: 0.89,
    reached: "95.9%, 142/148, session 7 (untuned 91.2%)",
    figures: 0.93,
    figuresReached: "43/43",
  },
  {
    file: "tests/ask/blind-questions-21.yml",
    size: 146,
    accuracy: 0.9,
    reached: "96.6%, 141/146, session 7 (untuned 92.5%)",
    figures: 0.95,
    figuresReached: "42/42",
  },
  {
    file: "tests/ask/blind-questions-22.yml",
    size: 144,
    accuracy: 0.91,
    reached: "97.9%, 141/144, session 7 (untuned 93.1%)",
    figures: 0.95,
    figuresReached: "31/31",
  },
  {
    file: "tests/ask/blind-questions-23.yml",
    size: 144,
    accuracy: 0.9,
    reached:
      "93.1%, 134/144, session 7 (untuned 88.9%; its misses were seen by accident early in the session)",
    figures: 0.9,
    figuresReached: "37/40",
    figureQuestions: 40,
  },
  {
    file: "tests/ask/blind-questions-24.yml",
    size: 140,
    accuracy: 0.9,
    reached: "94.3%, 132/140, session 7 (untuned 91.4%, the same at 1f50e08 after the session's first rules)",
    figures: 0.95,
    figuresReached: "30/30",
  },
  {
    file: "tests/ask/blind-questions-25.yml",
    size: 146,
    accuracy: 0.93,
    reached: "96.6%, 141/146, session 7 (untuned 92.5%; 93.8% blind at 1f50e08)",
    figures: 0.95,
    figuresReached: "37/37",
  },
  {
    file: "tests/ask/blind-questions-26.yml",
    size: 140,
    accuracy: 0.93,
    reached: "97.1%, 136/140, session 7 (untuned 92.9%; 93.6% blind at 1f50e08)",
    figures: 0.95,
    figuresReached: "29/29",
    figureQuestions: 29,
  },
  {
    file: "tests/ask/blind-questions-27.yml",
    size: 141,
    accuracy: 0.95,
    reached: "97.9%, 138/141, session 8 (97.2% unread at the start of session 8, 96.5% on session 7's start)",
    figures: 0.95,
    figuresReached: "30/30",
  },
  {
    file: "tests/ask/blind-questions-28.yml",
    size: 146,
    accuracy: 0.95,
    reached: "97.3%, 142/146, session 8 (93.8% unread at the start of session 8, 93.2% on session 7's start)",
    figures: 0.95,
    figuresReached: "35/35",
  },
  {
    file: "tests/ask/blind-questions-29.yml",
    size: 146,
    accuracy: 0.95,
    reached: "97.9%, 143/146, session 8 (untuned 94.5% at its start; 94.5% unread after its first rules)",
    figures: 0.95,
    figuresReached: "41/41",
  },
  {
    file: "tests/ask/blind-questions-30.yml",
    size: 142,
    accuracy: 0.95,
    reached: "96.5%, 137/142, session 8 (untuned 93.0% at its start; 93.7% unread after its first rules)",
    figures: 0.95,
    figuresReached: "30/30",
  },
  {
    file: "tests/ask/blind-questions-31.yml",
    size: 146,
    accuracy: 0.95,
    reached: "98.6%, 144/146, session 9 (95.2% unread at its start; 93.8% on session 8's start)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    file: "tests/ask/blind-questions-32.yml",
    size: 142,
    accuracy: 0.95,
    reached: "97.9%, 139/142, session 9 (93.7% unread at its start; 92.3% on session 8's start)",
    figures: 0.95,
    figuresReached: "30/30",
  },
  {
    // The branch offices, the audit office and the council secretariat relaying members' questions word for word.
    file: "tests/ask/blind-questions-34.yml",
    size: 146,
    accuracy: 0.95,
    reached: "96.6%, 141/146, session 9 (untuned 87.0%: 7 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    // Scored unread at the start of session 10 (95.7%), then read: new hires, terse section chiefs, voice input.
    file: "tests/ask/blind-questions-35.yml",
    size: 138,
    accuracy: 0.95,
    reached: "98.6%, 136/138, session 10 (untuned 95.7% on the code sessions 9 and 10 began with)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Scored unread at the start of session 10 (97.2%), then read: public enterprises, schools, the mayor's office.
    file: "tests/ask/blind-questions-36.yml",
    size: 143,
    accuracy: 0.95,
    reached: "97.9%, 140/143, session 10 (untuned 96.5% on the code session 9 began with)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Scored unread at the start of session 10 (93.8%), then read: pasted e-mails, keywords, English and romaji.
    file: "tests/ask/blind-questions-37.yml",
    size: 145,
    accuracy: 0.95,
    reached: "98.6%, 143/145, session 10 (untuned 93.8%: 2 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written in session 10, scored unread (93.8%), then read: the mayor's office in a hurry, formal keigo, phone
    // typing, Tohoku dialect, branch offices.
    file: "tests/ask/blind-questions-38.yml",
    size: 146,
    accuracy: 0.95,
    reached: "98.6%, 144/146, session 10 (untuned 93.8%)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written in session 10, scored unread (94.4%), then read: the council secretariat and the audit office
    // checking the report's claims, negations and comparisons, staff from other municipalities.
    file: "tests/ask/blind-questions-39.yml",
    size: 142,
    accuracy: 0.95,
    reached: "98.6%, 140/142, session 10 (untuned 94.4%: 1 out-of-plan question answered with an item)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Written in session 10, scored unread twice (93.7% on the code the session began with and after the rules from
    // sets 35-39), then read: first-week staff in their own words, departments asking if they are in the plan.
    file: "tests/ask/blind-questions-40.yml",
    size: 142,
    accuracy: 0.95,
    reached: "97.2%, 138/142, session 10 (untuned 93.7%: 1 out-of-plan question answered with an item)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Written in session 10, scored unread twice (98.6% both times), then read: terse managers, yes/no questions,
    // figures in other units, background then question, business-mail politeness.
    file: "tests/ask/blind-questions-41.yml",
    size: 145,
    accuracy: 0.95,
    reached: "98.6%, 143/145, session 10 (untuned 98.6%)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written in session 10 to test what must NOT be answered: 94 of 192 questions are not about the plan, most of
    // them practical asks on a plan topic. Scored unread (84.4%, 22 answered with an item), then read.
    file: "tests/ask/blind-questions-42.yml",
    size: 192,
    itemsCovered: 20,
    accuracy: 0.92,
    reached:
      "94.3%, 181/192, session 11 (untuned 84.4%: 22 of 94 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "31/31",
    knownOutside: [
      // The report names 国が定める自治体ＤＸ推進計画 (No.10); its revision is news it does not cover.
      // 新庁舎 is No.8's; 駐車場 is written only in No.17's table (市営住宅駐車場使用料).
      "新庁舎の駐車場が足りないって話、その後どうなりました？",
    ],
  },
  {
    // Written in session 10, scored unread twice (95.8% on the session's starting code and after the rules from sets
    // 35-42), then read: the education board, the hospital, the waterworks, budget staff, mistyped names.
    file: "tests/ask/blind-questions-43.yml",
    size: 142,
    accuracy: 0.95,
    reached: "97.9%, 139/142, session 10 (untuned 95.8%: 1 out-of-plan question answered with an item)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written in session 10, scored unread (93.9% on the session's starting code, 94.6% after the rules from sets
    // 35-42), then read: a typical month across city hall.
    file: "tests/ask/blind-questions-44.yml",
    size: 147,
    accuracy: 0.95,
    reached: "98.6%, 145/147, session 11 (untuned 93.9%: 3 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "37/37",
    outsideAllowed: 0,
  },
  {
    // Written in session 10 to test what must NOT be answered (72 of 151 questions): practical asks, personal cases,
    // rumours. Scored unread: 86.8% (20 answered with an item), on the starting code and after the rules from set 42.
    file: "tests/ask/blind-questions-46.yml",
    size: 151,
    figureQuestions: 25,
    accuracy: 0.95,
    reached:
      "99.3%, 150/151, session 11 (untuned 86.8%: 20 of 72 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    knownOutside: [
      // 保育料 is a row of No.17's table of arrears; how it depends on income is a household's question.
      "保育料って所得でどう変わるんでしたっけ。保護者から聞かれて",
    ],
  },
  {
    // Written at the end of session 10 to test what must NOT be answered (76 of 152), after the rules from sets 42
    // and 46: scored unread, 77.0% on the session's starting code and 78.9% on the code of ca7e31f (28 and 25
    // out-of-plan questions answered with an item); then read.
    file: "tests/ask/blind-questions-47.yml",
    size: 152,
    figureQuestions: 25,
    accuracy: 0.93,
    reached:
      "95.4%, 145/152, session 12 (unread 78.9%: 25 of 76 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    knownOutside: [
      // A respondent's worry about the survey No.8 runs.
      "エンゲージメント調査って匿名ですよね？上司に回答見られたりしない？",
    ],
  },
  {
    // Written in session 10 (a typical month; 25 of 145 not about the plan), unread until session 11 began.
    file: "tests/ask/blind-questions-45.yml",
    size: 145,
    accuracy: 0.97,
    reached: "98.6%, 143/145, session 11 (unread: 96.6% in session 10 before its rules, 97.2% after)",
    figures: 0.95,
    figuresReached: "34/35",
  },
  {
    // Written at the end of session 10 (a typical month), unread until session 11 began (95.2% then).
    file: "tests/ask/blind-questions-48.yml",
    size: 145,
    accuracy: 0.95,
    reached: "95.9%, 139/145, session 11 (unread: 95.2%)",
    figures: 0.95,
    figuresReached: "35/35",
  },
  {
    // Written at the end of session 10 to test what must NOT be answered (75 of 153), unread until session 11 began.
    file: "tests/ask/blind-questions-49.yml",
    size: 153,
    itemsCovered: 19,
    figureQuestions: 27,
    accuracy: 0.96,
    reached:
      "97.4%, 149/153, session 11 (unread: 86.3% and 20 answered with an item in session 10 before its rules, 88.9% and 16 after)",
    figures: 0.95,
    figuresReached: "27/27",
    knownOutside: [
      // 固定資産税 … スマホで払いたい reads as No.16's 納付機会 (スマホ決済); the list of apps is a counter's page.
      "固定資産税をスマホで払いたいっていうお年寄りに、使えるアプリを教えてあげたい。一覧ってどこに載ってる？",
      // The report names 大崎市こども計画 (No.6's town meeting theme); its public comment is that plan's matter.
      "大崎市こども計画のパブコメっていつから始まりますか",
      // 入院 is in the report (No.20); whether the branch stops taking inpatients is not.
    ],
  },
  {
    // Written at the end of session 10 (a typical month), unread until session 11 began (94.4% then).
    file: "tests/ask/blind-questions-50.yml",
    size: 142,
    accuracy: 0.95,
    reached: "96.5%, 137/142, session 11 (unread: 94.4%)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    // Written at the start of session 11 (a typical month), scored unread only; read from session 12 on.
    file: "tests/ask/blind-questions-51.yml",
    size: 142,
    figureQuestions: 36,
    accuracy: 0.96,
    reached: "97.9%, 139/142, session 12 (unread: 96.5%)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    // Written at the start of session 11 (a typical month, typed in a hurry), scored unread only; read from session 12
    // on.
    file: "tests/ask/blind-questions-52.yml",
    size: 145,
    figureQuestions: 36,
    accuracy: 0.95,
    reached: "97.2%, 141/145, session 12 (unread: 95.2%, 2 out of plan answered with an item)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    // Written at the start of session 11 to test what must NOT be answered (75 of 160), scored unread only; read
    // from session 12 on.
    file: "tests/ask/blind-questions-53.yml",
    size: 160,
    figureQuestions: 28,
    accuracy: 0.96,
    reached: "98.1%, 157/160, session 12 (unread: 90.0% on the session-11 start, 94.4% at its end)",
    figures: 0.95,
    figuresReached: "28/28",
    // Session 33: 「令和８年度の予算編成方針、まだ出てない？」, the last known one, now gets no item (a year after the
    // plan's that No.2 never writes).
    knownOutside: [],
  },
  {
    // Written at the start of session 11 (a typical month, long careful messages), scored unread only; read from
    // session 12 on.
    file: "tests/ask/blind-questions-54.yml",
    size: 147,
    figureQuestions: 36,
    accuracy: 0.94,
    reached: "95.9%, 141/147, session 12 (unread: 93.9%)",
    figures: 0.95,
    figuresReached: "36/36",
  },
  {
    // Written late in session 11 (a typical month: water, hospital, schools, tax, welfare), scored unread only; read
    // from session 12 on.
    file: "tests/ask/blind-questions-55.yml",
    size: 145,
    figureQuestions: 37,
    accuracy: 0.96,
    reached: "97.9%, 142/145, session 12 (unread: 95.2% on the session-11 start, 96.6% at its end)",
    figures: 0.95,
    figuresReached: "37/37",
  },
  {
    // Written late in session 11 to test what must NOT be answered (75 of 153), scored unread only; read from
    // session 12 on.
    file: "tests/ask/blind-questions-56.yml",
    size: 153,
    figureQuestions: 29,
    accuracy: 0.96,
    reached: "98.0%, 150/153, session 12 (unread: 91.5% on the session-11 start, 92.8% at its end)",
    figures: 0.95,
    figuresReached: "29/29",
  },
  {
    // Written late in session 11 (new hires, branch offices, part-time staff), scored unread only; read from session
    // 12 on.
    file: "tests/ask/blind-questions-57.yml",
    size: 145,
    itemsCovered: 20,
    figureQuestions: 36,
    accuracy: 0.94,
    reached: "96.6%, 140/145, session 12 (unread: 95.2%)",
    figures: 0.95,
    figuresReached: "36/36",
    knownOutside: [
      // Two questions in one message: what the plan is (help) and one's own leave; 会計年度任用職員 is No.7's word.
      "会計年度任用職員なんですが、集中改革プランってそもそも何ですか？あと私の年休って何日あるか分かります？",
    ],
  },
  {
    // Written at the start of session 12 (a typical month: finance, the council secretariat, owners of items, calls
    // from citizens). Scored unread in sessions 12 and 13 (93.8% on both starts), read and tuned on from session 13.
    file: "tests/ask/blind-questions-58.yml",
    size: 145,
    figureQuestions: 35,
    accuracy: 0.95,
    reached: "95.9%, 139/145, session 13 (unread: 93.8%)",
    figures: 0.95,
    figuresReached: "35/35",
  },
  {
    // Written at the start of session 12 (a typical month: long polite messages and phone fragments, the hospital,
    // the school board, the IT help desk). Scored unread in sessions 12 and 13, read and tuned on from session 13.
    file: "tests/ask/blind-questions-59.yml",
    size: 145,
    figureQuestions: 37,
    accuracy: 0.97,
    reached:
      "97.9%, 142/145, session 13 (unread: 95.9% on the session-12 start, 96.6% on the session-13 start)",
    figures: 0.95,
    figuresReached: "37/37",
  },
  {
    // Written at the start of session 12 to test what must NOT be answered (75 of 152). Scored unread in sessions 12
    // and 13, read and tuned on from session 13.
    file: "tests/ask/blind-questions-60.yml",
    size: 152,
    itemsCovered: 20,
    figureQuestions: 24,
    accuracy: 0.95,
    reached:
      "96.1%, 146/152, session 13 (unread: 92.1% and 9 answered with an item on the session-12 start, 92.8% and 8 on the session-13 start)",
    figures: 0.95,
    figuresReached: "24/24",
    knownOutside: [
      // A rumour told in the report's words (鳴子温泉分院; なくなる is a verb in kana, not a word checked).
      // コンビニ is in No.16's text (payment at convenience stores): a rumour in the report's words.
    ],
  },
  {
    // Written late in session 12, after most of its rules (a typical month: the hospital, water, the school board, a
    // branch office's counter, a chief typing very short questions). Scored unread in sessions 12 and 13, read and
    // tuned on from session 13.
    file: "tests/ask/blind-questions-63.yml",
    size: 145,
    figureQuestions: 37,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 97.9%, 142/145 since.
    accuracy: 0.97,
    reached:
      "97.9%, 142/145, session 13 (unread: 94.5% on the session-12 start, 95.2% on the session-13 start)",
    figures: 0.95,
    figuresReached: "37/37",
  },
  {
    // Written late in session 12, after most of its rules, to test what must NOT be answered (75 of 151). Scored
    // unread in sessions 12 and 13 (93.4% on both starts), read and tuned on from session 13.
    file: "tests/ask/blind-questions-64.yml",
    size: 151,
    figureQuestions: 25,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 97.4%, 147/151 since. Session 35: when the asker's own
    // place gets something (「うちの前の道路、下水道の工事いつ来るの」) has no item (OWN_PLACE_WHEN).
    accuracy: 0.97,
    reached: "98.0%, 148/151, session 13 (unread: 93.4%, 9 answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    knownOutside: [
      // 公民館の使用料の減免 is No.5's matter; 「毎年出すの？」 is a procedure in words no rule reads.
      "公民館の使用料の減免申請って、団体ごとに毎年出すの？",
    ],
  },
  {
    // Read in session 14, after scoring it unread there (as at session 13's end).
    // Written at the start of session 13 (a typical month: finance and contracts, a new hire in 総務部,
    // 市民協働, libraries and sports facilities, the council secretariat) and scored unread only.
    file: "tests/ask/blind-questions-65.yml",
    size: 145,
    figureQuestions: 36,
    accuracy: 0.97,
    reached: "96.6%, 140/145, session 14 (unread: 93.1% at session 13's start, 93.8% at its end)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Read in session 14, after scoring it unread there (as at session 13's end).
    // Written at the start of session 13 (a typical month: tax and debt collection, DX, construction and
    // facility managers, a branch office's chief, lines pasted from e-mails) and scored unread only.
    file: "tests/ask/blind-questions-66.yml",
    size: 142,
    figureQuestions: 36,
    accuracy: 0.98,
    reached: "98.6%, 140/142, session 14 (unread: 97.2% at session 13's start, 97.9% at its end)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 1,
  },
  {
    // Read in session 14, after scoring it unread there (as at session 13's end).
    // Written at the start of session 13 to test what must NOT be answered (76 of 156: counters relaying
    // callers, welfare, the hospital and water help desks, staff's own pay and PCs, news and meetings), scored unread
    // only.
    file: "tests/ask/blind-questions-67.yml",
    size: 156,
    itemsCovered: 20,
    figureQuestions: 27,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 93.6%, 146/156 since.
    accuracy: 0.93,
    reached:
      "92.3%, 144/156, session 14 (unread: 89.1% and 14 answered with an item at session 13's start, 89.7% and 13 at its end)",
    figures: 0.95,
    figuresReached: "27/27",
    outsideAllowed: 7,
  },
  {
    // Read in session 14, after scoring it unread there (as at session 13's end).
    // Written late in session 13, after most of its rules (a typical month: the secretariat checking
    // figures, children and schools, the hospital, water, a branch office's counter, new hires typing casually), and
    // scored unread only.
    file: "tests/ask/blind-questions-68.yml",
    size: 143,
    figureQuestions: 36,
    accuracy: 0.97,
    reached: "97.9%, 140/143, session 14 (unread: 94.4% at session 13's start, 96.5% at its end)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Read in session 14, after scoring it unread there (as at session 13's end).
    // Written late in session 13, after most of its rules, to test what must NOT be answered (75 of 153:
    // a branch office's counter, the tax office's phone, the hospital's reception, community centres and libraries,
    // staff's own HR and IT, rumours from meetings and social media), and scored unread only.
    file: "tests/ask/blind-questions-69.yml",
    size: 153,
    figureQuestions: 28,
    accuracy: 0.96,
    reached:
      "93.5%, 143/153, session 14 (unread: 90.8% at session 13's start, 91.5% at its end; 7 answered with an item on both)",
    figures: 0.95,
    figuresReached: "28/28",
    outsideAllowed: 2,
  },
  {
    // Written at the start of session 14 (a typical month: the budget hearing, a councillor's staff,
    // agriculture and construction, health and welfare, branch offices, long polite sentences with background), scored unread in session 14 and read in session 15.
    file: "tests/ask/blind-questions-70.yml",
    size: 144,
    figureQuestions: 35,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 98.6%, 142/144 since.
    accuracy: 0.98,
    reached:
      "98.6%, 142/144, session 15 (read in session 15; unread it scored 95.8% on session 14's starting code, 96.5% on its end)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 14 (a typical month: the secretariat drafting the next report, IT,
    // citizens' cooperation, the fire service, accounting and contracts, typing on a phone), scored unread in session 14 and read in session 15.
    file: "tests/ask/blind-questions-71.yml",
    size: 147,
    figureQuestions: 36,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 98.0%, 144/147 since.
    accuracy: 0.97,
    reached:
      "98.0%, 144/147, session 15 (read in session 15; unread it scored 95.2% on session 14's starting code, 95.9% on its end)",
    figures: 0.95,
    figuresReached: "35/36",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 14 to test what must NOT be answered (76 of 153: a citizens' counter,
    // the tax line, parents' questions to schools, a tourist desk, staff's own pay, leave and PCs, what was heard in
    // the council's gallery or the local paper), scored unread in session 14 and read in session 15.
    file: "tests/ask/blind-questions-72.yml",
    size: 153,
    figureQuestions: 23,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 96.7%, 148/153 since.
    accuracy: 0.96,
    reached:
      "95.4%, 146/153, session 15 (read in session 15; unread it scored 92.2% and 92.8%, 9 answered with an item, in session 14)",
    figures: 0.95,
    figuresReached: "23/23",
    outsideAllowed: 3,
  },
  {
    // Written in the middle of session 14 (a typical month: the council secretariat, environment and
    // child-care staff who know their own field only, a branch office's chief, the audit office, lines pasted from
    // old mail or memos), scored unread in session 14 and read in session 15.
    file: "tests/ask/blind-questions-73.yml",
    size: 148,
    figureQuestions: 37,
    accuracy: 0.97,
    reached:
      "98.0%, 145/148, session 15 (read in session 15; unread it scored 97.3% on session 14's starting code and its end)",
    figures: 0.95,
    figuresReached: "37/37",
    outsideAllowed: 0,
  },
  {
    // Written in the middle of session 14 to test what must NOT be answered (residents at the pension
    // counter, the water line, library and gym desks, staff's own welfare, training and PCs, what a councillor said or
    // the city's LINE showed), scored unread in session 14 and read in session 15.
    file: "tests/ask/blind-questions-74.yml",
    size: 152,
    figureQuestions: 27,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 95.4%, 145/152 since.
    accuracy: 0.95,
    reached:
      "94.7%, 144/152, session 15 (read in session 15; unread it scored 89.5% and 90.1%, 12 answered with an item, in session 14)",
    figures: 0.95,
    figuresReached: "27/27",
    outsideAllowed: 5,
  },
  {
    // Written at the start of session 15 (a typical month: a speech writer in the mayor's office, welfare and
    // care workers who know their own field, a branch office clerk, accounting checking amounts, the staff union),
    // scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-75.yml",
    size: 146,
    figureQuestions: 36,
    accuracy: 0.98,
    reached: "98.6%, 144/146, session 16 (unread: 98.6% in sessions 15 and 16)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 15 (a typical month: a planner comparing years, road and farm
    // engineers, the fire service's office, a first-month temporary worker, long polite e-mails with the question in
    // the middle), scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-76.yml",
    size: 142,
    figureQuestions: 35,
    accuracy: 0.97,
    reached: "97.9%, 139/142, session 16 (unread: 96.5% in sessions 15 and 16, 1 answered with an item)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 15 to test what must NOT be answered (residents at the citizens'
    // counter, the waste hotline, a tourist desk, staff's own pay, leave and training, what a neighbour, the paper or
    // the city's newsletter said), scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-77.yml",
    size: 154,
    itemsCovered: 19,
    figureQuestions: 21,
    accuracy: 0.98,
    reached: "96.8%, 149/154, session 16 (unread: 94.8% in sessions 15 and 16, 3 answered with an item)",
    figures: 0.9,
    figuresReached: "19/21",
    outsideAllowed: 0,
  },
  {
    // Written in the middle of session 15, after its first rules (a typical month: a finance analyst
    // checking totals, school and nursery staff, a branch office's chief, the election office, short follow-ups in a
    // forwarded thread), scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-78.yml",
    size: 143,
    figureQuestions: 35,
    // Session 33: 「目標に届かなかった項目」 with no figure named lists every item behind (see NUMERIC_TARGET_MISSED);
    // this set's writer meant the targets missed in figures: 95.8%, 137/143 since.
    accuracy: 0.95,
    reached: "94.4%, 135/143, session 16 (unread: 91.6% in sessions 15 and 16)",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 0,
  },
  {
    // Written in the middle of session 15 to test what must NOT be answered (the pension counter, the
    // hospital's billing desk, community-centre and sports-hall desks, staff's own commute, PCs and building, what
    // local radio or a neighbourhood meeting said), scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-79.yml",
    size: 150,
    figureQuestions: 24,
    accuracy: 0.97,
    reached: "96.0%, 144/150, session 16 (unread: 93.3% in sessions 15 and 16, 5 answered with an item)",
    figures: 0.95,
    figuresReached: "24/24",
    outsideAllowed: 1,
  },
  {
    // Read in session 17, after its unread score on session 16's end code (4aa501f). Written at the start of session 16 (a typical month: the newsletter's writer, the audit office, staff
    // hosting visitors from other towns, a veteran director who abbreviates, short questions asked on in a thread),
    // scored unread in sessions 15 and 16, then read in session 16.
    file: "tests/ask/blind-questions-80.yml",
    size: 156,
    figureQuestions: 39,
    accuracy: 0.95,
    reached:
      "92.9%, 145/156, session 17 (unread: 87.2% at the start of session 16, 89.7% at its end; read from session 17)",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 2,
  },
  {
    // Read in session 17, after its unread score on session 16's end code (4aa501f). Written at the start of session 16 (a typical month: a deputy director drafting answers for the
    // assembly, a branch office chief typing on a phone, a young finance clerk copying figures into tables, a
    // newcomer unsure of names, a counter clerk passing on citizens' calls), and scored unread only.
    file: "tests/ask/blind-questions-81.yml",
    size: 157,
    figureQuestions: 39,
    accuracy: 0.99,
    reached:
      "98.1%, 154/157, session 17 (unread: 94.3% at the start of session 16, 95.5% at its end; read from session 17)",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 0,
  },
  {
    // Read in session 17, after its unread score on session 16's end code (4aa501f). Written at the start of session 16 to test what must NOT be answered (76 of 153: the citizens'
    // counter, an assembly member's inquiry, staff mixing up other plans, rumours, staff's own allowances, leave and
    // local facilities), and scored unread only.
    file: "tests/ask/blind-questions-82.yml",
    size: 153,
    figureQuestions: 18,
    accuracy: 0.94,
    reached:
      "94.8%, 145/153, session 17 (unread: 86.3% at the start of session 16, 90.2% at its end; read from session 17)",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 6,
  },
  {
    // Written in session 16 to be read (half out of plan, in the voices of set 80 and more: the newsletter and SNS,
    // audit, visitors from other towns, managers, short questions asked on in a thread, the IT, general affairs and
    // HR desks, citizens' calls). Scored once on the code of that moment (80.9%, 27 out-of-plan questions answered
    // with an item: 16 of them a figure of the city's books or statistics the report does not give), then read.
    file: "tests/ask/blind-questions-83.yml",
    size: 157,
    figureQuestions: 22,
    accuracy: 0.97,
    reached: "96.2%, 151/157, session 17 (untuned: 80.9%, 27 answered with an item)",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 3,
  },
  {
    // Written at the start of session 17 (a typical month: next year's budget request, a planner drafting the mayor's
    // answer to a general question in the assembly, a branch office asked by a district head, a new hire studying the
    // plan, a manager asking in bullet points) and kept unread through it; scored at the start of session 18 (the same
    // 98.0%), then read.
    file: "tests/ask/blind-questions-86.yml",
    size: 153,
    figureQuestions: 38,
    accuracy: 0.98,
    reached:
      "98.0%, 150/153, session 17 end, scored unread (96.7% and 2 answered with an item on the code it began with); read in session 18: 98.0%",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 17 (a typical month: the prefecture's report form, an outside committee's
    // papers, a young clerk typing romaji and katakana, an over-polite temporary clerk, a manager comparing with the
    // year before) and kept unread through it; scored at the start of session 18 (the same 92.2%), then read.
    file: "tests/ask/blind-questions-87.yml",
    size: 153,
    figureQuestions: 39,
    accuracy: 0.96,
    reached:
      "92.2%, 141/153, session 17 end, scored unread (92.2% and 4 answered with an item on the code it began with); read in session 18: 96.1%, 2",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 2,
  },
  {
    // Written at the start of session 17 to test what must NOT be answered (half of it: the counter's questions on
    // childcare, care, waste and tax, the press, other towns' schemes, the staff union and welfare, events and
    // tourism) and kept unread through it; scored at the start of session 18 (the same 89.0%), then read.
    file: "tests/ask/blind-questions-88.yml",
    size: 154,
    figureQuestions: 25,
    accuracy: 0.96,
    reached:
      "89.0%, 137/154, session 17 end, scored unread (87.0% and 15 answered with an item on the code it began with); read in session 18: 95.5%, 4",
    figures: 0.95,
    figuresReached: "25/25",
    outsideAllowed: 3,
  },
  {
    // Read in session 19, after scoring it on d0300ad (session 18's end). Written at the start of session 18 (a typical month: the assembly secretariat's research, the audit
    // office, the residents' counter, staff answering briefly in a thread, a finance clerk building a spreadsheet).
    // Scored on the code the session began with (795fb19).
    file: "tests/ask/blind-questions-92.yml",
    size: 156,
    figureQuestions: 39,
    accuracy: 0.98,
    reached: "97.4%, 152/156, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 0,
  },
  {
    // Read in session 19, after scoring it on d0300ad (session 18's end). Written at the start of session 18 (a typical month: a branch office's general affairs, the training
    // desk of personnel, a field clerk typing on a phone without punctuation, staff asked by an assembly member on the
    // phone, staff just transferred who see the plan for the first time). Scored on the code the session began with.
    file: "tests/ask/blind-questions-93.yml",
    size: 150,
    figureQuestions: 38,
    accuracy: 0.95,
    reached: "94.0%, 141/150, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 3,
  },
  {
    // Read in session 19, after scoring it on d0300ad (session 18's end). Written at the start of session 18 to test what must NOT be answered (half of it: disaster and fire,
    // the welfare and health counter, a resident's complaint on the phone, staff who mix the state's and the
    // prefecture's schemes up with the city's plan, the local paper's questions passed on by the press office).
    // Scored on the code the session began with.
    file: "tests/ask/blind-questions-94.yml",
    size: 156,
    figureQuestions: 23,
    accuracy: 0.89,
    reached: "87.8%, 137/156, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "23/23",
    outsideAllowed: 12,
  },
  {
    // Written at the start of session 18 to be read (a typical month: the election and farm boards' secretariats, IT
    // staff with abbreviations and katakana, nursery and school staff, a veteran's long and polite preface, a chief
    // who wants figures fast). Scored once on the code the session began with (95.6%, 2 answered with an item), then
    // read.
    file: "tests/ask/blind-questions-95.yml",
    size: 160,
    figureQuestions: 38,
    accuracy: 0.97,
    reached: "95.6%, 153/160, session 18 (untuned: 95.6%, 2 answered with an item)",
    figures: 0.95,
    figuresReached: "37/38",
    outsideAllowed: 1,
  },
  {
    // Written at the start of session 18 to be read (half out of plan: roads, rivers and town planning, waste and
    // environment, libraries, community halls and sports, the moving-in counter, another town's reform staff
    // asking). Scored once on the code the session began with (86.8%, 18 answered with an item), then read.
    file: "tests/ask/blind-questions-96.yml",
    size: 159,
    figureQuestions: 25,
    accuracy: 0.94,
    reached: "90.6%, 144/159, session 18 (untuned: 86.8%, 18 answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    outsideAllowed: 7,
  },
  {
    // Written mid-session 18 to be read (a typical month: policy staff minding the comprehensive plan, a part-time
    // clerk, staff seconded from the prefecture who do not know Osaki's places, a clerk chatting on a phone at lunch,
    // a deputy chief checking figures before approval). Scored once on the code of that moment (94.8%; 94.8% on the
    // code the session began with), then read.
    file: "tests/ask/blind-questions-97.yml",
    size: 153,
    figureQuestions: 38,
    accuracy: 0.97,
    reached: "96.1%, 147/153, session 18 (untuned: 94.8%, 3 answered with an item)",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 1,
  },
  {
    // Written mid-session 18 to be read (half out of plan: residents', insurance and care counters, consumer and
    // citizens' consultation, school meals and the school board, calls from the assembly's public gallery and
    // residents, another prefecture's town asking to visit). Scored once on the code of that moment (88.3%, 17
    // answered with an item; 87.0% and 19 on the code the session began with), then read.
    file: "tests/ask/blind-questions-98.yml",
    size: 154,
    figureQuestions: 22,
    accuracy: 0.93,
    reached: "90.9%, 140/154, session 18 (untuned: 88.3%, 17 answered with an item)",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 9,
  },
  {
    // Read in session 19, after scoring it on d0300ad (session 18's end). Written late in session 18 (a typical month: document management, tax collection in the field, public
    // facility management, the public hearing desk counting citizens' voices, staff new to Slack who write like a
    // letter). Scored on the code of that moment (94.9%; 94.9% on the code the session began with).
    file: "tests/ask/blind-questions-99.yml",
    size: 157,
    figureQuestions: 38,
    accuracy: 0.98,
    reached: "96.8%, 152/157, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Read in session 19, after scoring it on d0300ad (session 18's end). Written late in session 18 (half out of plan: childcare, elderly care, environment and waste, commerce
    // and tourism, the general information desk passing on citizens' calls). Scored on the code of that moment (91.1%,
    // 11 answered with an item; 89.2% and 14 on the code the session began with).
    file: "tests/ask/blind-questions-100.yml",
    size: 157,
    figureQuestions: 19,
    accuracy: 0.95,
    reached: "93.0%, 146/157, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 5,
  },
  {
    // Written at the start of session 19 and left unread through it (a typical month: budget examiners, the training
    // office, a veteran of a branch office's counter, staff new to the city's abbreviations, short chat messages one
    // after another). Scored unread on d0300ad: 93.7%, 148/158, 5 answered with an item; on c194a11 (session 19's
    // end): 94.3%, 149/158, 5. Read from session 20.
    file: "tests/ask/blind-questions-101.yml",
    size: 158,
    figureQuestions: 39,
    accuracy: 0.96,
    reached: "94.3%, 149/158, unread until the end of session 19",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 2,
  },
  {
    // Written at the start of session 19 and left unread through it (a typical month: the assembly's secretariat passing on members'
    // questions, the information systems office, community centres and lifelong learning, audit staff checking the
    // figures' grounds, a colleague asking in dialect). Scored unread on d0300ad: 95.5%, 148/155, 1 answered with an
    // item; on c194a11: the same. Read from session 20.
    file: "tests/ask/blind-questions-102.yml",
    size: 155,
    figureQuestions: 40,
    accuracy: 0.97,
    reached: "95.5%, 148/155, unread until the end of session 19",
    figures: 0.95,
    figuresReached: "38/40",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 19 (half out of plan: disaster management, the tax counter, roads and
    // parks, national health insurance and pensions, the hearing desk pasting citizens' e-mails). Scored unread on
    // d0300ad: 86.7%, 137/158, 18 answered with an item; on c194a11: 87.3%, 138/158, 17. Read from session 20.
    file: "tests/ask/blind-questions-103.yml",
    size: 158,
    figureQuestions: 22,
    accuracy: 0.93,
    reached: "87.3%, 138/158, unread until the end of session 19",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 8,
  },
  {
    // Not read: written at the start of session 20 (a typical month: sewerage bills and accounts, children's medical
    // aid, city forests, the disclosure desk checking what a request would find, staff who type two or three bare
    // words). Scored on the code the session began with (c194a11): 92.3%, 143/155, 7 answered with an item.
    file: "tests/ask/blind-questions-110.yml",
    size: 155,
    figureQuestions: 40,
    accuracy: 0.92,
    reached: "92.3%, 143/155, scored unread at the start of session 20",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 7,
  },
  {
    // Not read: written at the start of session 20 (a typical month: a newcomer to the plan's secretariat, a nursery
    // head, the hometown tax gifts' supplier desk, a section chief in a hurry before a meeting, long sentences mixing
    // polite and plain speech). Scored on c194a11: 92.9%, 145/156, 4 answered with an item, figures 37/38.
    file: "tests/ask/blind-questions-111.yml",
    size: 156,
    figureQuestions: 38,
    accuracy: 0.92,
    reached: "92.9%, 145/156, scored unread at the start of session 20",
    figures: 0.95,
    figuresReached: "37/38",
    outsideAllowed: 4,
  },
  {
    // Written at the start of session 20 and kept unread until the start of session 21 (half out of plan: the city
    // housing counter, health promotion, tourism and local products, buses and on-demand transport, citizens' complaint
    // e-mails summed up with 「これ計画に関係ある？」). Scored unread on c194a11: 83.9%, 130/155, 14 answered with an
    // item; on 3b12161 (session 20's end): 84.5%, 131/155, 14. Read and tuned on in session 21.
    file: "tests/ask/blind-questions-112.yml",
    size: 155,
    figureQuestions: 22,
    accuracy: 0.89,
    reached: "89.7%, 139/155, read and tuned on in session 21",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 9,
  },
  {
    // Written at the start of session 20 to be read (a typical month: pay office, the hospital's planning, the
    // library, the managers of roadside stations and tourist facilities, staff who compare figures with last year and
    // the target). Scored once before reading on c194a11: 95.5%, 149/156, 1 answered with an item.
    file: "tests/ask/blind-questions-113.yml",
    size: 156,
    figureQuestions: 38,
    accuracy: 0.97,
    reached: "95.5%, 149/156, scored before reading in session 20",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Written mid-session 20 to be read (a typical month: tax collection, community councils, water works, the
    // newsletter's editors, a deputy chief asking one thing after another for a meeting's papers). Scored once before
    // reading: 94.2% (147/156) on the code of that moment, 92.9% (145/156) on c194a11.
    file: "tests/ask/blind-questions-115.yml",
    size: 156,
    figureQuestions: 38,
    accuracy: 0.95,
    reached: "94.2%, 147/156, scored before reading in session 20",
    figures: 0.95,
    figuresReached: "37/38",
    outsideAllowed: 2,
  },
  {
    // Written mid-session 20 to be read (half out of plan: health and welfare's general affairs, festivals and
    // events, school buildings, the consumer and legal advice desk, staff preparing answers for a residents' meeting).
    // Scored once before reading: 96.1% (149/155) on the code of that moment, 94.8% (147/155) on c194a11.
    file: "tests/ask/blind-questions-116.yml",
    size: 155,
    figureQuestions: 24,
    accuracy: 0.98,
    reached: "96.1%, 149/155, scored before reading in session 20",
    figures: 0.95,
    figuresReached: "24/24",
    outsideAllowed: 1,
  },
  {
    // Written at the start of session 20 to be read (half out of plan: welfare caseworkers, children's centres and
    // after-school clubs, rice farming, snow clearing and roads, the press office preparing the mayor's Q&A). Scored
    // once before reading on c194a11: 88.8%, 135/152, 14 answered with an item.
    file: "tests/ask/blind-questions-114.yml",
    size: 152,
    figureQuestions: 24,
    accuracy: 0.94,
    reached: "88.8%, 135/152, scored before reading in session 20",
    figures: 0.95,
    figuresReached: "24/24",
    outsideAllowed: 7,
  },
  {
    // Not read: written at the start of session 21 (a typical month: disaster management, national health insurance
    // and pensions, cultural assets and the museum, a first-year clerk writing stiff keigo, short typo-ridden messages
    // from a phone). Scored on the code the session began with (3b12161): 96.1%, 149/155, 3 answered with an item.
    file: "tests/ask/blind-questions-117.yml",
    size: 155,
    figureQuestions: 40,
    accuracy: 0.96,
    reached: "96.1%, 149/155, scored unread at the start of session 21",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 3,
  },
  {
    // Not read: written at the start of session 21 (a typical month: budget examiners, long-term care insurance,
    // renewable energy and decarbonisation, parks and green spaces, staff preparing papers for visitors from other
    // cities). Scored on 3b12161: 98.0%, 147/150, 1 answered with an item, figures 37/38.
    file: "tests/ask/blind-questions-118.yml",
    size: 150,
    figureQuestions: 38,
    accuracy: 0.97,
    reached: "98.7%, 148/150, at the end of session 27 (98.0% at the start of session 21)",
    figures: 0.95,
    figuresReached: "37/38",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 21 (half out of plan: the election board, a childcare support
    // centre's nursery teacher, the resident register counter, business promotion and attracting firms, staff typing
    // in a citizen's phone call as heard). Scored on 3b12161: 91.0%, 141/155, 12 answered with an item.
    file: "tests/ask/blind-questions-119.yml",
    size: 155,
    figureQuestions: 20,
    accuracy: 0.9,
    reached: "92.9%, 144/155, at the end of session 27 (91.0% at the start of session 21)",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 9,
  },
  {
    // Not read: written at the start of session 24 (a typical month: fixed-asset tax, the waterworks' management,
    // a public health nurse, school facilities, the public relations desk drafting the city bulletin). Scored on
    // 2b8fbc5: 95.5%, 149/156, 4 answered with an item, figures 39/39.
    file: "tests/ask/blind-questions-130.yml",
    size: 156,
    figureQuestions: 39,
    accuracy: 0.95,
    reached: "95.5%, 149/156, scored unread at the start of session 24",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 4,
  },
  {
    // Written at the start of session 21 to be read (a typical month: the audit office, the fire department's general
    // affairs, the agricultural committee, the hospital's medical affairs, planning staff looking for material for
    // the assembly's answers). Scored once before reading on 3b12161: 95.5%, 148/155, 2 answered with an item.
    file: "tests/ask/blind-questions-120.yml",
    size: 155,
    figureQuestions: 39,
    accuracy: 0.97,
    reached: "95.5%, 148/155, scored before reading in session 21",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 2,
  },
  {
    // Written at the start of session 21 to be read (half out of plan: water meter reading and bills, the school
    // lunch centre, migration advice, disability welfare, the international exchange desk helping foreign residents).
    // Scored once before reading on 3b12161: 91.7%, 143/156, 11 answered with an item.
    file: "tests/ask/blind-questions-121.yml",
    size: 156,
    figureQuestions: 22,
    accuracy: 0.94,
    reached: "91.7%, 143/156, scored before reading in session 21",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 7,
  },
  {
    // Written mid-session 21 to be read (a typical month: fixed-asset tax, community liaison staff, the hospital's
    // accounts, the internal network's administrators, staff who use abbreviations and in-house nicknames). Scored once
    // before reading: 96.2% (151/157), 4 answered with an item, on the code of that moment and on 3b12161 alike.
    file: "tests/ask/blind-questions-122.yml",
    size: 157,
    figureQuestions: 38,
    accuracy: 0.98,
    reached: "96.2%, 151/157, scored before reading in session 21",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 1,
  },
  {
    // Written mid-session 21 to be read (half out of plan: road and park upkeep, libraries and community halls,
    // child and family counselling, migration, the press office pasting citizens' social-media comments). Scored once
    // before reading: 87.8% (137/156), 13 answered with an item, on the code of that moment and on 3b12161 alike.
    file: "tests/ask/blind-questions-123.yml",
    size: 156,
    figureQuestions: 20,
    accuracy: 0.91,
    reached: "87.8%, 137/156, scored before reading in session 21",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 10,
  },
  {
    // Written at the start of session 22 to be read (a typical month: national health insurance, the election
    // board's office, tourism, a second-year recruit whose keigo slips, a chief who needs a figure fast). Scored once
    // before reading, on 094f7b1: 96.1% (147/153), 3 answered with an item.
    file: "tests/ask/blind-questions-124.yml",
    size: 153,
    figureQuestions: 40,
    accuracy: 0.96,
    reached: "96.7%, 148/153, read and tuned on in session 22",
    figures: 0.95,
    figuresReached: "39/40",
    outsideAllowed: 3,
  },
  {
    // Written at the start of session 22 to be read (half out of plan: public health nurses, sewer works, commerce
    // and industry, the resident-register counter, the general information desk forwarding citizens' mails and calls
    // in summary). Scored once before reading, on 094f7b1: 91.6% (141/154), 10 answered with an item.
    file: "tests/ask/blind-questions-125.yml",
    size: 154,
    figureQuestions: 20,
    accuracy: 0.94,
    reached: "94.2%, 145/154, read and tuned on in session 22",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 8,
  },
  {
    // Written mid-session 22 to be read (a typical month: land tax, gender equality, school facilities, the payroll
    // desk, a deputy manager who asks in a word or two). Scored once before reading: 96.2% (151/157), 2 answered with
    // an item, on the code of that moment (9425061) and on 094f7b1 alike.
    file: "tests/ask/blind-questions-126.yml",
    size: 157,
    figureQuestions: 40,
    accuracy: 0.96,
    reached: "96.8%, 152/157, read and tuned on in session 22",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 2,
  },
  {
    // Written mid-session 22 to be read (half out of plan: waste, agriculture and forestry, care managers' liaison, fire
    // prevention, the assembly office pasting members' phone memos). Scored once before reading: 89.9% (142/158), 11
    // answered with an item, on the code of that moment (9425061) and on 094f7b1 alike.
    file: "tests/ask/blind-questions-127.yml",
    size: 158,
    figureQuestions: 29,
    accuracy: 0.91,
    reached: "91.1%, 144/158, read and tuned on in session 22",
    figures: 0.95,
    figuresReached: "29/29",
    outsideAllowed: 11,
  },
  {
    // Written at the start of session 23 to be read (a typical month: farmland, the fire department's general
    // affairs, the treasury, the library, the planning director's secretary with long formal openings). Scored once
    // before reading, on 9726033: 95.5% (149/156), 1 answered with an item.
    file: "tests/ask/blind-questions-128.yml",
    size: 156,
    figureQuestions: 40,
    accuracy: 0.96,
    reached: "96.8%, 151/156, read and tuned on in session 23",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 1,
  },
  {
    // Written at the start of session 23 to be read (half out of plan: childcare, waste reduction, building
    // inspection, the city-tax phone desk, branch offices forwarding what neighbourhood heads and residents say).
    // Scored once before reading, on 9726033: 92.9% (143/154), 9 answered with an item.
    file: "tests/ask/blind-questions-129.yml",
    size: 154,
    figureQuestions: 22,
    accuracy: 0.92,
    reached: "92.9%, 143/154, read in session 23",
    figures: 0.9,
    figuresReached: "20/22",
    outsideAllowed: 9,
  },
  {
    // Written at the start of session 24 to be read (half out of plan: the resident register and My Number counter,
    // tourism events, road maintenance, a new recruit in training, the public hearing desk pasting citizens'
    // e-mails as they came). Scored once before reading, on 2b8fbc5: 89.9% (142/158), 12 answered with an item.
    file: "tests/ask/blind-questions-131.yml",
    size: 158,
    figureQuestions: 19,
    accuracy: 0.89,
    reached: "89.9%, 142/158, read in session 24",
    figures: 0.9,
    figuresReached: "19/19",
    outsideAllowed: 12,
  },
  {
    // Not read: written at the start of session 25 (a typical month: the budget desk, farm subsidies, day nurseries,
    // a branch office's community desk, the assembly secretariat passing on members' questions). Scored on 5092d59:
    // 97.4%, 147/151, 1 answered with an item, figures 39/39.
    file: "tests/ask/blind-questions-132.yml",
    size: 151,
    figureQuestions: 39,
    accuracy: 0.96,
    reached: "97.4%, 147/151, scored unread at the start of session 25",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 1,
  },
  {
    // Not read: written at the end of session 25, after its rules (a typical month: payments at the accounts office,
    // townscape planning, community halls, the hospital's medical affairs, the personnel office planning training).
    // Scored on a910423 and on the session's start (e42e352) alike: 95.4%, 144/151, 4 answered with an item, figures
    // 39/39.
    file: "tests/ask/blind-questions-134.yml",
    size: 151,
    figureQuestions: 39,
    accuracy: 0.94,
    reached: "96.7%, 146/151, at the end of session 28 (95.4% at the end of session 25)",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 3,
  },
  {
    // Not read: written at the end of session 25 (half out of plan: health insurance and pensions, tourism, the
    // agricultural committee, school enrolment and commuting, the press office passing on citizens' social media
    // comments). Scored on a910423 and on e42e352 alike: 95.4%, 144/151, 6 answered with an item, figures 21/21.
    file: "tests/ask/blind-questions-135.yml",
    size: 151,
    figureQuestions: 21,
    accuracy: 0.94,
    reached: "97.4%, 147/151, at the end of session 28 (95.4% at the end of session 25)",
    figures: 0.9,
    figuresReached: "21/21",
    outsideAllowed: 3,
  },
  {
    // Not read: written in session 26 after most of its rules (a typical month: public property, community councils,
    // the IT help desk, the hospital's management, a new hire looking things up for a section chief). Scored on the
    // session's start (710e497) and end alike: 96.7%, 146/151, figures 39/39, 2 answered with an item.
    file: "tests/ask/blind-questions-144.yml",
    size: 151,
    figureQuestions: 39,
    accuracy: 0.95,
    reached: "96.7%, 146/151, scored unread in session 26",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 2,
  },
  {
    // Not read: written in session 26 after most of its rules (half out of plan: water bills and arrears, sports
    // facilities, vaccinations, road occupancy, a branch office passing on calls from ward heads and welfare
    // volunteers as memos). On the session's start (710e497) 91.6%, 141/154, 7 answered with an item; at its end
    // 92.2%, 142/154, 6; figures 24/24.
    file: "tests/ask/blind-questions-145.yml",
    size: 154,
    figureQuestions: 24,
    accuracy: 0.91,
    reached: "91.6%, 141/154, at the end of session 27 (92.2% at the end of session 26, 91.6% on its start)",
    figures: 0.9,
    figuresReached: "24/24",
    outsideAllowed: 6,
  },
  {
    // Not read: written at the end of session 27, after its rules (a typical month: accounts, commerce and tourism,
    // school facilities, a branch office's welfare worker, the hospital pharmacy, the deputy mayor's office). Scored
    // on the session's start (9cda727) 94.8%, 147/155, 1 answered with an item; on its end 95.5%, 148/155, none.
    file: "tests/ask/blind-questions-151.yml",
    size: 155,
    figureQuestions: 39,
    accuracy: 0.95,
    reached: "95.5%, 148/155, scored unread at the end of session 27 (94.8% on its start)",
    figures: 0.95,
    figuresReached: "38/39",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the end of session 27 (half out of plan, of the kinds staff really get: callers' questions
    // passed on by the citizens' counter, roads, nurseries, national health insurance, a branch office, a union
    // representative). Scored on the session's start (9cda727) 92.1%, 140/152, 8 answered with an item; on its end
    // 93.4%, 142/152, 6.
    file: "tests/ask/blind-questions-152.yml",
    size: 152,
    figureQuestions: 18,
    accuracy: 0.93,
    reached: "93.4%, 142/152, scored unread at the end of session 27 (92.1% on its start)",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 6,
  },
  {
    // Written at the start of session 28 to be read (a typical month: personnel, farming, the hospital's office, the
    // 古川 branch office, the council secretariat's liaison, a new hire typing very short questions). Scored once
    // before reading, on 99ba0d5: 96.8% (150/155), figures 38/38, none answered with an item.
    file: "tests/ask/blind-questions-153.yml",
    size: 155,
    figureQuestions: 38,
    accuracy: 0.96,
    reached:
      "96.8%, 150/155, read in session 28 (untuned 96.8%: its misses are the status lists' convention)",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 28 to be read (half out of plan: callers at the tax counter, building and
    // housing, the library, the 鹿島台 branch office, a newspaper's questions relayed by the press office, office life).
    // Scored once before reading, on 99ba0d5: 90.4% (142/157), figures 22/22, 6 answered with an item.
    file: "tests/ask/blind-questions-154.yml",
    size: 157,
    figureQuestions: 22,
    accuracy: 0.94,
    reached: "94.3%, 148/157, read and tuned on in session 28 (untuned 90.4%)",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 4,
  },
  {
    // Not read: written at the start of session 28 (a typical month: the budget analyst, child-rearing support, water
    // works, the 松山 branch office, a planner drafting a council answer, a staffer typing half-width kana and romaji).
    // Scored on the session's start (99ba0d5): 94.2%, 145/154, figures 36/37, none answered with an item.
    file: "tests/ask/blind-questions-155.yml",
    size: 154,
    figureQuestions: 37,
    accuracy: 0.94,
    reached: "94.2%, 145/154, scored unread in session 28",
    figures: 0.95,
    figuresReached: "36/37",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 28 as set 148 was (half out of plan, mostly details the report does
    // not give: environment, lifelong learning, the 三本木 branch office, the hospital's nursing, disaster prevention,
    // a residents' association's questions relayed). Scored on the session's start (99ba0d5): 76.4%, 120/157, figures
    // 19/19, 36 answered with an item; at the session's end 77.1%, 121/157, 35.
    file: "tests/ask/blind-questions-156.yml",
    size: 157,
    itemsCovered: 19,
    figureQuestions: 19,
    accuracy: 0.76,
    reached: "77.1%, 121/157, at the end of session 28 (76.4% on its start)",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 35,
  },
  {
    // Not read: written at the end of session 28, after its rules, by a helper who never saw them (a typical month:
    // the election board, tourism promotion, the school board, the 岩出山 branch office, an auditor, a staffer pasting
    // long forwarded e-mails). Scored on the session's start (99ba0d5) and end: 98.0%, 148/151, none answered with an
    // item.
    file: "tests/ask/blind-questions-157.yml",
    size: 151,
    figureQuestions: 36,
    accuracy: 0.97,
    reached: "98.0%, 148/151, scored unread at the end of session 28 (the same on its start)",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the end of session 28 (half out of plan, of the kinds staff really get: callers at the
    // welfare counter, water customers, cultural properties, the 田尻 branch office, councillors' questions relayed,
    // office matters). Scored on the session's start (99ba0d5): 90.7%, 137/151, 7 answered with an item; at its end
    // 91.4%, 138/151, 6.
    file: "tests/ask/blind-questions-158.yml",
    size: 151,
    figureQuestions: 18,
    accuracy: 0.9,
    reached: "91.4%, 138/151, at the end of session 28 (90.7% on its start)",
    figures: 0.9,
    figuresReached: "18/18 (17/18 on its start)",
    outsideAllowed: 6,
  },
  {
    // Not read: written at the start of session 29 (a typical month: the budget office, child-care support, the 松山
    // branch office, the hospital's administration, a new hire in their first month, the council secretariat).
    // Scored on the session's start (cf36f80): 96.1%, 148/154, figures 38/38, none answered with an item.
    file: "tests/ask/blind-questions-159.yml",
    size: 154,
    figureQuestions: 38,
    accuracy: 0.95,
    reached: "96.1%, 148/154, scored unread at the start of session 29",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 29 (half out of plan, of the kinds staff really get: callers at the
    // tax counter, farming, the fire service, the 鹿島台 branch office, rumours heard on social media, office
    // matters). Scored on the session's start (cf36f80): 93.4%, 141/151, figures 20/20, 8 answered with an item.
    file: "tests/ask/blind-questions-160.yml",
    size: 151,
    figureQuestions: 20,
    accuracy: 0.93,
    reached: "93.4%, 141/151, scored unread at the start of session 29",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 8,
  },
  {
    // Not read: written at the start of session 29 as set 156 was (half out of plan, mostly details the report does
    // not give: construction, public health, a 古川 residents' association, the hospital's pharmacy, information
    // systems, an auditor asking for exact details). Scored on the session's start (cf36f80): 77.3%, 116/150,
    // figures 19/19, 27 answered with an item.
    file: "tests/ask/blind-questions-161.yml",
    size: 150,
    figureQuestions: 19,
    accuracy: 0.77,
    reached: "77.3%, 116/150, scored unread at the start of session 29",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 27,
  },
  {
    // Not read: written at the start of session 30 (a typical month: sewerage, the 三本木 branch office, the citizens'
    // counter, personnel new to the plan, a 岩出山 community centre, a planning manager before a cabinet briefing).
    // Scored on the session's start (59602b7): 95.5%, 148/155, figures 35/35, 1 answered with an item.
    file: "tests/ask/blind-questions-162.yml",
    size: 155,
    figureQuestions: 35,
    accuracy: 0.95,
    reached: "95.5%, 148/155, scored unread at the start of session 30",
    figures: 0.95,
    figuresReached: "35/35",
    outsideAllowed: 1,
  },
  {
    // Not read: written at the start of session 30 (half out of plan: callers at the insurance and pension counter,
    // the board of education, tourism, the 田尻 branch office, disaster management, office life). Scored on the
    // session's start (59602b7): 94.3%, 149/158, figures 20/20, 7 answered with an item.
    file: "tests/ask/blind-questions-163.yml",
    size: 158,
    figureQuestions: 20,
    accuracy: 0.94,
    reached: "94.3%, 149/158, scored unread at the start of session 30",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 7,
  },
  {
    // Not read: written at the start of session 30 as set 161 was (half out of plan, mostly details the report does
    // not give: road maintenance, a child-care caseworker, a 鳴子 residents' association, the water works' accounts, a
    // council member's aide, an outside auditor). Scored on the session's start (59602b7): 83.6%, 127/152, figures
    // 20/20, 22 answered with an item.
    file: "tests/ask/blind-questions-164.yml",
    size: 152,
    figureQuestions: 20,
    accuracy: 0.83,
    reached: "83.6%, 127/152, scored unread at the start of session 30",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 22,
  },
  {
    // Not read: written at the start of session 31 as set 164 was (half out of plan, asked in the plan's own words:
    // agriculture and forestry, the 古川 branch office, a budget analyst, a newsletter editor, a community-centre
    // volunteer coordinator, a new council member). Scored on the session's start (a340118): 81.5%, 123/151,
    // figures 19/19, 25 answered with an item.
    file: "tests/ask/blind-questions-165.yml",
    size: 151,
    figureQuestions: 19,
    accuracy: 0.81,
    reached: "81.5%, 123/151, scored unread at the start of session 31",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 25,
  },
  {
    // Not read: written at the start of session 31 (a typical month: the tax office, the 松山 branch office, IT policy,
    // a nursery director, a records clerk, the deputy mayor's secretary before a briefing). Scored on the session's
    // start (a340118): 96.2%, 150/156, figures 36/36, none answered with an item.
    file: "tests/ask/blind-questions-166.yml",
    size: 156,
    figureQuestions: 36,
    accuracy: 0.96,
    reached: "96.2%, 150/156, scored unread at the start of session 31",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 32 as sets 164 and 165 were (half out of plan, asked in the plan's own
    // words: the water works, the 鳴子 branch office, a staff trainer, a citizens' cooperation desk answering residents,
    // the hospital's administration, a local journalist). Scored on the session's start (ec56df2): 81.3%, 122/150,
    // figures 19/19, 23 answered with an item.
    file: "tests/ask/blind-questions-167.yml",
    size: 150,
    figureQuestions: 19,
    accuracy: 0.81,
    reached: "81.3%, 122/150, scored unread at the start of session 32",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 23,
    itemsCovered: 20,
  },
  {
    // Not read: written at the start of session 32 (a typical month: contracts and property, the 岩出山 branch office,
    // child-rearing support, disaster prevention, the audit secretariat, the board of education before the council
    // session). Scored on the session's start (ec56df2): 97.4%, 149/153, figures 34/35, none answered with an item.
    file: "tests/ask/blind-questions-168.yml",
    size: 153,
    figureQuestions: 35,
    accuracy: 0.97,
    reached: "97.4%, 149/153, scored unread at the start of session 32",
    figures: 0.95,
    figuresReached: "34/35",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the end of session 32, after its last change to the matcher (a typical month: the
    // citizens' counter, the 三本木 branch office, commerce and tourism, health promotion, the council secretariat, the
    // mayor's office before a press briefing). Scored on the session's end (c7b7e82) and on its start (ec56df2):
    // 95.5%, 148/155, figures 38/38, one answered with an item, on both.
    file: "tests/ask/blind-questions-169.yml",
    size: 155,
    figureQuestions: 38,
    accuracy: 0.95,
    reached: "95.5%, 148/155, scored unread at the end of session 32",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 1,
  },
  {
    // Not read: written at the end of session 32 as set 167 was (half out of plan, in the plan's words: sewerage, the
    // 田尻 branch office, the accounting office, the social welfare council, the election board, a citizen's mail
    // pasted in). Scored on the session's end (c7b7e82) and on its start (ec56df2): 84.2%, 128/152, figures 19/20,
    // 22 answered with an item, on both.
    file: "tests/ask/blind-questions-170.yml",
    size: 152,
    figureQuestions: 20,
    accuracy: 0.84,
    reached: "84.2%, 128/152, scored unread at the end of session 32",
    figures: 0.95,
    figuresReached: "19/20",
    outsideAllowed: 22,
  },
  {
    // Not read: written at the start of session 33, before any change to the matcher, as set 170 was (half out of
    // plan, in the plan's words: water billing, the 鹿島台 branch office, recruitment, the city library, the chamber
    // of commerce, a citizen's call summarised in a memo). Scored on the session's start (b12a4a5): 78.6%, 121/154,
    // figures 18/19, 24 answered with an item.
    file: "tests/ask/blind-questions-171.yml",
    size: 154,
    figureQuestions: 19,
    accuracy: 0.8,
    reached: "80.5%, 124/154, scored unread in session 33 (78.6% on its start)",
    figures: 0.9,
    figuresReached: "18/19",
    outsideAllowed: 24,
  },
  {
    // Not read: written at the start of session 33 (a typical month: property tax, the 古川 branch office, the
    // hospital's planning office, school education, contracts and inspection, the mayor's office before a town
    // meeting). Scored on the session's start (b12a4a5): 95.5%, 150/157, figures 38/38, one answered with an item.
    file: "tests/ask/blind-questions-172.yml",
    size: 157,
    figureQuestions: 38,
    accuracy: 0.98,
    reached: "98.1%, 154/157, scored unread in session 33 (95.5% on its start)",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 1,
  },
  {
    // Not read: written at the end of session 33 (its last rule, a year after the plan's, came after and moves none of
    // its answers), as set 171 was (half out of plan, in the plan's words: the agriculture committee, the 岩出山 branch
    // office, a tax collector, a children's hall, the tourism association, a citizen's letter to the mayor typed in).
    // Scored on the session's end: 83.1%, 128/154, figures 19/19, 25 answered with an item (81.8%, 126/154, on its
    // start b12a4a5).
    file: "tests/ask/blind-questions-173.yml",
    size: 154,
    figureQuestions: 19,
    accuracy: 0.83,
    reached: "83.1%, 128/154, scored unread at the end of session 33",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 25,
  },
  {
    // Not read: written at the end of session 33 (a typical month: a newcomer to the plan secretariat, the 松山 branch
    // office, water and sewerage planning, lifelong learning, the council's research staff, the deputy mayor's office
    // before a budget hearing). Scored on the session's end: 98.8%, 158/160, figures 40/40, none answered with an item
    // (97.5%, 156/160, on its start b12a4a5).
    file: "tests/ask/blind-questions-174.yml",
    size: 160,
    figureQuestions: 40,
    accuracy: 0.98,
    reached: "98.8%, 158/160, scored unread at the end of session 33",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 34, before any change (half out of plan, in the plan's words: care
    // and disability services, the 三本木 branch office, disaster prevention, a community centre, road maintenance,
    // a citizen's e-mail forwarded by a clerk). Scored on the session's start (6a5317b): 85.1%, 131/154, figures
    // 18/18, 22 answered with an item.
    file: "tests/ask/blind-questions-175.yml",
    size: 154,
    itemsCovered: 20,
    figureQuestions: 18,
    accuracy: 0.85,
    reached: "85.1%, 131/154, scored unread at the start of session 34",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 22,
  },
  {
    // Not read: written at the start of session 34, before any change (a typical month: the finance office before
    // the settlement report, the 田尻 branch office, citizen collaboration, nursery care, the audit office, the
    // general affairs director before a council committee). Scored on the session's start (6a5317b): 98.7%,
    // 154/156, figures 37/37, none answered with an item.
    file: "tests/ask/blind-questions-176.yml",
    size: 156,
    figureQuestions: 37,
    accuracy: 0.98,
    reached: "98.7%, 154/156, scored unread at the start of session 34",
    figures: 0.95,
    figuresReached: "37/37",
    outsideAllowed: 0,
  },
  {
    // Written near the end of session 34, after most of its changes (half out of plan, in the plan's words: local
    // business support, the 鳴子温泉 branch office, the citizens' counter, cultural properties, farm policy, a
    // citizen's post on the city's SNS page). Scored unread: 87.5%, 133/152, figures 19/19, 18 answered with an item,
    // the same on the session's start (6a5317b); then read, and four general rules came from it (a topic set aside,
    // a gift's donations, the body a deed went to, a month the item does not give): 90.1%, 137/152, 15.
    file: "tests/ask/blind-questions-177.yml",
    size: 152,
    itemsCovered: 20,
    figureQuestions: 19,
    accuracy: 0.89,
    reached: "90.1%, 137/152, session 34 (unread: 87.5%, 18 answered with an item)",
    figures: 0.95,
    figuresReached: "19/19",
    outsideAllowed: 15,
  },
  {
    // Not read: written near the end of session 34, after its changes (a typical month: a planner drafting the next
    // plan, the 鹿島台 branch office, information policy, the accounting office, school administration, the mayor's
    // office before a press conference). Scored at the end: 99.4%, 153/154, figures 38/38, none answered with an
    // item; the same on the session's start (6a5317b).
    file: "tests/ask/blind-questions-178.yml",
    size: 154,
    figureQuestions: 38,
    accuracy: 0.99,
    reached: "99.4%, 153/154, scored unread at the end of session 34",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 35, before any change (half out of plan, in the plan's words: waste and
    // recycling, the 岩出山 branch office, the national health insurance counter, the fire department's office,
    // promotion of moving to the city, a citizen's phone call summarised by a clerk). Scored unread on the session's
    // start (98fc1d0): 82.8%, 125/151, figures 20/20, 25 answered with an item; then read, and its misses gave the
    // session's rules on details the report does not give: 94.0%, 142/151, 8.
    file: "tests/ask/blind-questions-179.yml",
    size: 151,
    itemsCovered: 20,
    figureQuestions: 20,
    accuracy: 0.94,
    reached: "94.0%, 142/151, session 35 (unread: 82.8%, 25 answered with an item)",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 8,
  },
  {
    // Not read: written at the start of session 35, before any change (a typical month: the personnel office before
    // the staff evaluation, the 松山 branch office, contracts, the city hospital's administration, lifelong learning,
    // the deputy mayor before a council committee). Scored on the session's start (98fc1d0): 99.4%, 155/156,
    // figures 38/38, none answered with an item.
    file: "tests/ask/blind-questions-180.yml",
    size: 156,
    figureQuestions: 38,
    accuracy: 0.99,
    reached: "99.4%, 155/156, scored unread at the start of session 35",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Not read: written near the end of session 35, after most of its changes (half out of plan, in the plan's words:
    // nursery admissions, the 鳴子 branch office, property tax, the water works' customer service, a community centre,
    // a citizen's letter typed in by a clerk). Scored unread at the end: 82.1%, 124/151, figures 18/18, 23 answered
    // with an item (81.5%, 123, when it was written); on the session's start (98fc1d0) 80.1%, 121/151, 26. At the end of session 36: 84.1%, 127, 20.
    file: "tests/ask/blind-questions-181.yml",
    size: 151,
    figureQuestions: 18,
    accuracy: 0.82,
    reached: "84.1%, 127/151, scored unread at the end of session 36",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 20,
  },
  {
    // Not read: written near the end of session 35, after most of its changes (a typical month: the budget office,
    // the 古川 branch office, digital strategy, a tax collector, the council secretariat's researcher, the mayor's
    // office before the new-year address). Scored unread at the end: 97.4%, 150/154, figures 36/36, none answered
    // with an item; the same on the session's start (98fc1d0).
    file: "tests/ask/blind-questions-182.yml",
    size: 154,
    figureQuestions: 36,
    accuracy: 0.97,
    reached: "97.4%, 150/154, scored unread at the end of session 35",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Read in session 36 after it was scored: written at the session's start (half out of plan, in the plan's words:
    // a health centre nurse, the 三本木 branch office, farmland, the citizens' counter, sports facilities, a
    // neighbourhood association head on the phone). Scored untuned on 32d0f29: 88.0%, 132/150, figures 18/18, 17
    // out-of-plan questions answered with an item; then read, and its misses gave the session's rules on people,
    // periods, specifics and subsidies the report does not give: 92.7%, 139/150, 11.
    file: "tests/ask/blind-questions-183.yml",
    size: 150,
    itemsCovered: 20,
    figureQuestions: 18,
    accuracy: 0.92,
    reached: "92.7%, 139/150, session 36 (untuned: 88.0%, 17 answered with an item)",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 11,
  },
  {
    // Not read: written at the start of session 36 (a typical month: training plans in personnel, the 田尻 branch
    // office, facility reviews, the accounting office, the audit secretariat, the general affairs director before the
    // council's general questions). Scored untuned on 32d0f29: 96.8%, 150/155, figures stated 34/36, none answered
    // with an item.
    file: "tests/ask/blind-questions-184.yml",
    size: 155,
    figureQuestions: 36,
    accuracy: 0.96,
    reached: "96.8%, 150/155, scored unread at the start of session 36",
    figures: 0.9,
    figuresReached: "34/36",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 27 (a typical month: a new hire at the citizens' counter, a branch
    // office before a district meeting, the budget office, the council secretariat, the hospital's nursing office).
    // Scored on the session's start (9cda727): 94.0%, 142/151, figures 36/36, none answered with an item.
    file: "tests/ask/blind-questions-146.yml",
    size: 151,
    figureQuestions: 36,
    accuracy: 0.93,
    reached: "94.0%, 142/151, scored unread at the start of session 27",
    figures: 0.95,
    figuresReached: "36/36",
    outsideAllowed: 0,
  },
  {
    // Written at the start of session 27 to be read (half out of plan, asked in the plan's own words: water works,
    // the library, tourism, welfare, the election board, a community centre's volunteer). Scored once before
    // reading, on 9cda727: 84.0% (126/150), figures 19/19, 22 answered with an item; 11 at the session's end.
    file: "tests/ask/blind-questions-147.yml",
    size: 150,
    itemsCovered: 20,
    figureQuestions: 19,
    accuracy: 0.9,
    reached: "91.3%, 137/150, read and tuned on in session 27 (untuned 84.0%)",
    figures: 0.9,
    figuresReached: "19/19",
    outsideAllowed: 11,
  },
  {
    // Written in session 27 to be read (half out of plan, asked in the plan's own words and mostly of details the
    // report does not give: child care, farming, a branch office's window in 鳴子, the hospital's office, a new
    // councillor's secretary, the fire department). Scored once before reading, on 9cda727: 73.4% (113/154), figures
    // 18/19, 36 answered with an item; 23 at the session's end.
    file: "tests/ask/blind-questions-148.yml",
    size: 154,
    itemsCovered: 18,
    figureQuestions: 19,
    accuracy: 0.81,
    reached: "81.8%, 126/154, read and tuned on in session 27 (untuned 73.4%)",
    figures: 0.9,
    figuresReached: "19/19 (18/19 untuned)",
    outsideAllowed: 23,
  },
  {
    // Not read: written in session 27 as set 148 was (half out of plan, mostly details the report does not give:
    // property tax, water customers, the school board, a reporter's questions relayed by the press office, the
    // environment section, public-health nurses). Scored on the session's start (9cda727): 72.4%, 110/152, figures
    // 20/20, 39 answered with an item; at the session's end 76.3%, 116/152, 33.
    file: "tests/ask/blind-questions-149.yml",
    size: 152,
    figureQuestions: 20,
    accuracy: 0.75,
    reached: "77.0%, 117/152, at the end of session 28 (72.4% at the start of session 27)",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 32,
  },
  {
    // Not read: written in session 27 (a typical month: the budget hearing, citizens' cooperation, personnel, the
    // 古川 branch office, an internal auditor, a staffer half-remembering things before retirement). Scored on the
    // session's start (9cda727): 95.4%, 145/152, figures 37/37, none answered with an item.
    file: "tests/ask/blind-questions-150.yml",
    size: 152,
    figureQuestions: 37,
    accuracy: 0.95,
    reached: "96.1%, 146/152, at the end of session 28 (95.4% in session 27)",
    figures: 0.95,
    figuresReached: "37/37",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 26 (a typical month: the press office, forestry, neighbourhood
    // associations, the audit secretariat, young staff typing short abbreviated messages on a phone). Scored on the
    // session's start (710e497): 95.5%, 149/156, figures 40/40, 1 answered with an item.
    file: "tests/ask/blind-questions-138.yml",
    size: 156,
    figureQuestions: 40,
    accuracy: 0.94,
    reached: "96.2%, 150/156, at the end of session 27 (95.5% at the start of session 26)",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 0,
  },
  {
    // Not read: written at the start of session 26 (half out of plan: elderly care's counter, municipal housing, the
    // fire department's prevention section, the family register, a branch office pasting residents' calls as memos).
    // Scored on the session's start (710e497): 87.7%, 136/155, figures 18/20, 15 answered with an item.
    file: "tests/ask/blind-questions-139.yml",
    size: 155,
    figureQuestions: 20,
    accuracy: 0.89,
    reached:
      "89.7%, 139/155, at the ends of sessions 26 and 27 (87.7%, 136/155 and 15 answered with an item on its start)",
    figures: 0.85,
    figuresReached: "19/20 (18/20 in session 26)",
    outsideAllowed: 12,
  },
  {
    // Written in session 26 to be read (half out of plan: pollution and noise, parks, school meals, the hospital's
    // liaison office, the press office summarising letters to the mayor). Scored once before reading, on 710e497:
    // 94.8% (147/155), figures 21/21, 7 answered with an item.
    file: "tests/ask/blind-questions-142.yml",
    size: 155,
    figureQuestions: 21,
    accuracy: 0.96,
    reached: "97.4%, 151/155, read and tuned on in session 26 (untuned 94.8%)",
    figures: 0.9,
    figuresReached: "21/21",
    outsideAllowed: 3,
  },
  {
    // Written in session 26 to be read (half out of plan: residents' tax, wildlife damage, disability support, the
    // library counter, the press office pasting transcribed screenshots of social media). Scored once before reading,
    // on 710e497: 90.8% (138/152), figures 26/26, 8 answered with an item.
    file: "tests/ask/blind-questions-143.yml",
    size: 152,
    figureQuestions: 26,
    accuracy: 0.9,
    reached: "91.4%, 139/152, read and tuned on in session 26 (untuned 90.8%)",
    figures: 0.9,
    figuresReached: "26/26",
    outsideAllowed: 7,
  },
  {
    // Written in session 26 to be read (half out of plan: national health insurance tax, road maintenance, child
    // allowances, the election board, the citizens' consultation office copying in letters and e-mails). Scored once
    // before reading, on 710e497: 94.9% (148/156), figures 20/20, 6 answered with an item.
    file: "tests/ask/blind-questions-140.yml",
    size: 156,
    figureQuestions: 20,
    accuracy: 0.94,
    reached: "95.5%, 149/156, read and tuned on in session 26 (untuned 94.9%)",
    figures: 0.9,
    figuresReached: "20/20",
    outsideAllowed: 6,
  },
  {
    // Written in session 26 to be read (half out of plan: public assistance, hot springs and tourist facilities, water
    // and sewer works, the ambulance service, a branch office pasting questions from residents' meetings). Scored once
    // before reading, on 710e497: 88.8% (135/152), figures 20/20, 16 answered with an item.
    file: "tests/ask/blind-questions-141.yml",
    size: 152,
    figureQuestions: 20,
    accuracy: 0.91,
    reached: "92.1%, 140/152, read and tuned on in session 26 (untuned 88.8%)",
    figures: 0.9,
    figuresReached: "20/20",
    outsideAllowed: 11,
  },
  {
    // Written at the start of session 26 to be read (a typical month: day-nursery admissions, fixed asset tax, disaster
    // prevention, the library, a branch office's counter typing in what residents asked). Scored once before reading,
    // on 710e497: 95.6% (152/159), figures 40/40, 3 answered with an item.
    file: "tests/ask/blind-questions-136.yml",
    size: 159,
    figureQuestions: 40,
    accuracy: 0.96,
    reached: "97.5%, 155/159, read and tuned on in session 26 (untuned 95.6%)",
    figures: 0.95,
    figuresReached: "40/40",
    outsideAllowed: 1,
  },
  {
    // Written at the start of session 26 to be read (half out of plan: waste and recycling, attracting businesses,
    // health check-ups, the water bills counter, the assembly secretariat passing on members' questions). Scored once
    // before reading, on 710e497: 93.0% (146/157), figures 21/21, 9 answered with an item.
    file: "tests/ask/blind-questions-137.yml",
    size: 157,
    figureQuestions: 21,
    accuracy: 0.94,
    reached: "95.5%, 150/157, read and tuned on in session 26 (untuned 93.0%)",
    figures: 0.9,
    figuresReached: "21/21",
    outsideAllowed: 6,
  },
  {
    // Written at the start of session 25 to be read (half out of plan: care managers' liaison, waste collection, the
    // election board, the fire department's general affairs, the secretary's office copying out citizens' phone
    // calls). Scored once before reading, on 5092d59: 91.6% (142/155), figures 22/22, 9 answered with an item.
    file: "tests/ask/blind-questions-133.yml",
    size: 155,
    figureQuestions: 22,
    accuracy: 0.95,
    reached: "95.5%, 148/155, read and tuned on in session 25 (untuned 91.6%)",
    figures: 0.9,
    figuresReached: "22/22",
    outsideAllowed: 6,
  },
  {
    // Written in session 19 to be read (a typical month: the planning department minding the city's general plan,
    // welfare's clerical desk, the waterworks' accounts, school facilities, short typo-ridden messages from a phone).
    // Scored once before reading: 98.1%, 154/157, on the code of that moment and on d0300ad.
    file: "tests/ask/blind-questions-104.yml",
    size: 157,
    figureQuestions: 38,
    accuracy: 0.99,
    reached: "99.4%, 156/157, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 0,
  },
  {
    // Written in session 19 to be read (half out of plan: the agricultural committee and farming, the election board,
    // the family register counter, public health nurses, staff passing on other cities' questions). Scored once
    // before reading: 91.3% (137/150) on the code of that moment, 90.7% on d0300ad.
    file: "tests/ask/blind-questions-105.yml",
    size: 150,
    figureQuestions: 20,
    accuracy: 0.94,
    reached: "92.7%, 139/150, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "20/20",
    outsideAllowed: 7,
  },
  {
    // Written in session 19 to be read (a typical month: contracts and tenders, community liaison, the hospital's
    // medical affairs, fixed asset tax, staff who go on from the last answer with 「それって」「あと」). Scored once
    // before reading: 94.9% (148/156) on the code of that moment and on d0300ad.
    file: "tests/ask/blind-questions-106.yml",
    size: 156,
    figureQuestions: 38,
    accuracy: 0.96,
    reached: "96.2%, 150/156, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "38/38",
    outsideAllowed: 4,
  },
  {
    // Written in session 19 to be read (half out of plan: volunteer fire corps and disaster, cultural assets and
    // tourism, disability welfare, the water bill counter, citizens' letters to the mayor passed on by the press
    // office). Scored once before reading: 89.9% (142/158) on the code of that moment, 89.2% on d0300ad.
    file: "tests/ask/blind-questions-107.yml",
    size: 158,
    figureQuestions: 24,
    accuracy: 0.94,
    reached: "92.4%, 146/158, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "24/24",
    outsideAllowed: 5,
  },
  {
    // Written late in session 19 to be read (a typical month: a department head's secretary writing him a memo, a
    // branch office's community desk, the liaison with the social welfare council, the treasury, a young colleague
    // who writes with emoji). Scored once before reading: 95.4% (144/151) on the code of that moment and on d0300ad.
    file: "tests/ask/blind-questions-108.yml",
    size: 151,
    figureQuestions: 39,
    accuracy: 0.98,
    reached: "97.4%, 147/151, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "39/39",
    outsideAllowed: 1,
  },
  {
    // Written late in session 19 to be read (half out of plan: school guidance, sports, vacant houses and migration,
    // waste collection contracts, the assembly secretariat sorting members' questions to the departments). Scored once
    // before reading: 91.3% (146/160) on the code of that moment, 90.6% on d0300ad.
    file: "tests/ask/blind-questions-109.yml",
    size: 160,
    figureQuestions: 18,
    accuracy: 0.95,
    reached: "91.9%, 147/160, read and tuned on in session 19",
    figures: 0.95,
    figuresReached: "18/18",
    outsideAllowed: 7,
  },
  {
    // Written in session 17 to be read, after the session's first rules (half out of plan: an assembly member
    // himself, firms and groups in the city, schools, nurseries and care homes, young staff on transfers, pay and
    // training, finance and statistics staff who mix the plan up with the settlement card). Scored once on the code of
    // that moment (83.5%, 23 out-of-plan questions answered with an item), then read.
    file: "tests/ask/blind-questions-89.yml",
    size: 158,
    figureQuestions: 25,
    accuracy: 0.96,
    reached: "92.4%, 146/158, session 17 (untuned: 83.5%, 23 answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    outsideAllowed: 4,
  },
  {
    // Written in session 17 to be read, with set 89 (a typical month: a branch office after meeting district heads,
    // the audit committee's papers, a chief typing on a phone with typos, staff new to a department and its
    // abbreviations, the newsletter and assembly staff quoting figures). Scored once on the code of that moment
    // (93.5%, 4 out-of-plan questions answered with an item), then read.
    file: "tests/ask/blind-questions-90.yml",
    size: 155,
    figureQuestions: 38,
    accuracy: 0.97,
    reached: "96.1%, 149/155, session 17 (untuned: 93.5%, 4 answered with an item)",
    figures: 0.95,
    figuresReached: "37/38",
    outsideAllowed: 0,
  },
  {
    // Written late in session 17 to be read (half out of plan: water, the hospital and the school board, farming,
    // commerce and tourism, accounts and contracts, a colleague chatting in Slack, staff who mix up the plan's terms:
    // 総計 and 合計, estimate and target, results and settled accounts). Scored once on the code of that moment (92.9%,
    // 10 out-of-plan questions answered with an item, 21/22 figures), then read.
    file: "tests/ask/blind-questions-91.yml",
    size: 156,
    figureQuestions: 22,
    accuracy: 0.96,
    reached: "94.9%, 148/156, session 17 (untuned: 92.9%, 10 answered with an item)",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 4,
  },
  {
    // Written in session 16 to be read, after the rules from set 83 (half out of plan: finance, tax and accounts;
    // welfare, childcare and the school board; the hospital and water; the press; the assembly; citizens' words at
    // the counter, in the local speech). Scored once on the code of that moment (80.8%, 24 out-of-plan questions
    // answered with an item), then read.
    file: "tests/ask/blind-questions-84.yml",
    size: 156,
    figureQuestions: 24,
    accuracy: 0.93,
    reached: "92.3%, 144/156, session 17 (untuned: 80.8%, 24 answered with an item)",
    figures: 0.95,
    figuresReached: "23/24",
    outsideAllowed: 7,
  },
  {
    // Written in session 16 to be read, after the rules from sets 83 and 84 (half out of plan: the fire service and
    // disaster office, tourism, commerce and farming, roads and town planning, the election board, the pay and
    // welfare desk, a branch office, a newcomer from another town, a veteran asking in nouns). Scored once on the
    // code of that moment (88.9%, 14 out-of-plan questions answered with an item), then read.
    file: "tests/ask/blind-questions-85.yml",
    size: 153,
    figureQuestions: 22,
    accuracy: 0.97,
    reached: "94.1%, 144/153, session 17 (untuned: 88.9%, 14 answered with an item)",
    figures: 0.95,
    figuresReached: "22/22",
    outsideAllowed: 3,
  },
  {
    // Written in session 12 to test what must NOT be answered (75 of 154: citizens' calls relayed, the IT help desk,
    // HR, the hospital and water, rumours). Scored on the session's starting code (87.7%, 14 out-of-plan questions
    // answered with an item), then read.
    file: "tests/ask/blind-questions-61.yml",
    size: 154,
    itemsCovered: 20,
    figureQuestions: 25,
    accuracy: 0.97,
    reached: "94.8%, 146/154, session 12 (unread: 87.7%, 14 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "25/25",
    knownOutside: [
      // A rumour told in the report's words (キャッシュレス決済 reads as No.16's アプリ決済): nothing in it is foreign.
      "窓口でキャッシュレス決済始めるって本当？",
    ],
  },
  {
    // Written in session 12 (a typical month: a council answer, a new hire, a branch office, the secretariat, tax,
    // water, hospital and school board). Scored on the session's starting code (94.4%), then read.
    file: "tests/ask/blind-questions-62.yml",
    size: 144,
    figureQuestions: 35,
    accuracy: 0.97,
    reached: "95.1%, 137/144, session 12 (unread: 94.4%)",
    figures: 0.95,
    figuresReached: "35/35",
  },
  {
    // Written to test what must NOT be answered: 106 of 228 questions are not about the plan, most close to a topic.
    file: "tests/ask/blind-questions-33.yml",
    size: 228,
    accuracy: 0.95,
    reached:
      "97.8%, 223/228, session 11 (untuned 84.2%: 31 of 106 out-of-plan questions answered with an item)",
    figures: 0.95,
    figuresReached: "34/34",
    knownOutside: [
      // 高校 is in No.6's 高校生 town meeting; 何校 reads as a count.
      "市内の高校って全部で何校ある？",
    ],
  },
];

describe.each(SETS)("the blind evaluation set $file", (set) => {
  const questions = z.array(questionSchema).parse(parse(readFileSync(resolve(REPO_ROOT, set.file), "utf8")));
  const results = questions.map((q) => ({ q, a: answerer.answer(q.q) }));

  it(`is the set as written: ${set.size} questions, ${set.itemsCovered ?? 21} items asked about`, () => {
    expect(questions).toHaveLength(set.size);
    const covered = new Set(questions.flatMap((q) => (q.kind === "item" ? q.items : [])));
    expect(covered.size).toBe(set.itemsCovered ?? 21);
  });

  it(`is answered correctly at least ${set.accuracy * 100}% of the time (${set.reached})`, () => {
    const misses = results.filter(({ q, a }) => !isCorrect(q, a));
    const accuracy = (results.length - misses.length) / results.length;
    console.log(
      [
        `blind accuracy: ${(accuracy * 100).toFixed(1)}% (${results.length - misses.length}/${results.length})`,
        ...(UNREAD_SETS.has(set.file)
          ? []
          : misses.map(
              ({ q, a }) =>
                `  miss(${q.tag}): 「${q.q}」 expected ${q.kind} [${q.items}], got ${describeAnswer(a)}`,
            )),
      ].join("\n"),
    );
    expect(accuracy).toBeGreaterThanOrEqual(set.accuracy);
  });

  it(`answers no question outside the plan with an item${set.knownOutside ? " (but the known ones below)" : set.outsideAllowed ? ` (at most ${set.outsideAllowed} today)` : ""}`, () => {
    const wrong = results.filter(
      ({ q, a }) => q.kind === "none" && (a.kind === "item" || a.kind === "candidates"),
    );
    if (set.outsideAllowed !== undefined) expect(wrong.length).toBeLessThanOrEqual(set.outsideAllowed);
    else expect(wrong.map(({ q }) => q.q)).toEqual(set.knownOutside ?? []);
  });

  it(`states the asked figure, as the report writes it, in at least ${set.figures * 100}% of figure questions (${set.figuresReached} now)`, () => {
    const figureQuestions = results.filter(({ q }) => q.figure !== undefined);
    expect(figureQuestions.length).toBeGreaterThanOrEqual(set.figureQuestions ?? 30);
    const missing = figureQuestions.filter(
      ({ q, a }) =>
        !answerText(a, plan.meta)
          .normalize("NFKC")
          .includes(q.figure as string),
    );
    if (!UNREAD_SETS.has(set.file))
      console.log(
        missing
          .map(({ q, a }) => `  figure missing [${q.figure}]: 「${q.q}」 → ${describeAnswer(a)}`)
          .join("\n"),
      );
    expect(1 - missing.length / figureQuestions.length).toBeGreaterThanOrEqual(set.figures);
  });
});

describe("the unread sets", () => {
  it("are all scored here (their score only), so none is forgotten", () => {
    const scored = new Set(SETS.map((s) => s.file));
    expect([...UNREAD_SETS].filter((f) => !scored.has(f))).toEqual([]);
  });
});
