/**
 * `npm run --silent ask -- [--json] ["question"]`: asks the bot from the terminal.
 *
 * With a question: the answer as plain text (what the Slack reply says), or one JSON object with --json.
 * With --json and no question: questions on stdin, one per line, one JSON object per line, in order.
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { createAnswerer } from "../ask/answer.ts";
import { answerToJson } from "../ask/to-json.ts";
import { loadPlan } from "../plan/load.ts";
import { PlanDataError } from "../plan/source-file.ts";
import { answerText } from "../present/plain-text.ts";

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const words = argv.filter((a) => a !== "--json");
  let plan: ReturnType<typeof loadPlan>;
  try {
    plan = loadPlan(resolve(process.env.PLAN_DATA_DIR ?? "data"));
  } catch (err) {
    if (err instanceof PlanDataError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const answerer = createAnswerer(plan);

  // Questions piped in, one per line: JSON lines with --json, otherwise the text answers separated by a rule.
  if (words.length === 0 && (json || !process.stdin.isTTY)) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const answer = answerer.answer(line);
      process.stdout.write(
        json ? `${JSON.stringify(answerToJson(answer))}\n` : `${answerText(answer, plan.meta)}\n----\n`,
      );
    }
    return 0;
  }
  const answer = answerer.answer(words.join(" "));
  process.stdout.write(
    json ? `${JSON.stringify(answerToJson(answer))}\n` : `${answerText(answer, plan.meta)}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
