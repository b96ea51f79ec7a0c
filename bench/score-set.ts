/**
 * `npm run score -- tests/ask/blind-questions-49.yml [more sets] [-v]`: how the matcher answers one or more
 * evaluation sets, as `tests/ask/blind-eval.test.ts` scores them, without the thresholds: right answers, the asked
 * figure stated, and out-of-plan questions answered with an item, by tag. `-v` lists each miss, except for the sets
 * kept unread (tests/ask/unread-sets.ts): their questions are never printed. For whoever changes the matcher or
 * `data/` (aliases, keywords): score every set before and after, and compare.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { createAnswerer } from "../src/ask/answer.ts";
import { loadPlan } from "../src/plan/load.ts";
import { answerText } from "../src/wording/plain-text.ts";
import { isUnread } from "../tests/ask/unread-sets.ts";
import { describeAnswer, type EvalQuestion, isCorrect } from "../tests/support/answers.ts";

const files = process.argv.slice(2).filter((a) => !a.startsWith("-"));
if (files.length === 0) {
  console.error("使い方: npm run score -- <評価セット.yml> [...] [-v]");
  process.exit(2);
}
const verbose = process.argv.includes("-v");
const plan = loadPlan(resolve(import.meta.dirname, "../data"));
const answerer = createAnswerer(plan);

for (const file of files) {
  const questions = parse(readFileSync(file, "utf8")) as (EvalQuestion & { figure?: string; tag?: string })[];
  const show = verbose && !isUnread(file);
  const byTag = new Map<string, [number, number]>();
  let right = 0;
  let figures = 0;
  let figuresStated = 0;
  let outsideWithItem = 0;
  for (const q of questions) {
    const a = answerer.answer(q.q);
    const correct = isCorrect(q, a);
    const tag = q.tag ?? "-";
    const [r, n] = byTag.get(tag) ?? [0, 0];
    byTag.set(tag, [r + (correct ? 1 : 0), n + 1]);
    if (correct) right++;
    else if (show)
      console.log(`  miss(${tag}) 「${q.q}」 expected ${q.kind} [${q.items}] got ${describeAnswer(a)}`);
    if (q.kind === "none" && (a.kind === "item" || a.kind === "candidates")) outsideWithItem++;
    if (q.figure !== undefined) {
      figures++;
      if (answerText(a, plan.meta).normalize("NFKC").includes(q.figure)) figuresStated++;
      else if (show) console.log(`  figure missing [${q.figure}] 「${q.q}」 → ${describeAnswer(a)}`);
    }
  }
  const share = ((100 * right) / questions.length).toFixed(1);
  console.log(
    `${file}${isUnread(file) ? " (unread)" : ""}: ${share}% (${right}/${questions.length}); figure stated ${figuresStated}/${figures}; out of plan answered with an item ${outsideWithItem}`,
  );
  console.log(`  ${[...byTag].map(([tag, [r, n]]) => `${tag} ${r}/${n}`).join(" · ")}`);
}
