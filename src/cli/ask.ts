/**
 * `npm run --silent ask -- [--json] ["question"]`: asks the bot from the terminal.
 *
 * With a question: the answer as plain text (what the Slack reply says), or one JSON object with --json.
 * With no question and lines piped in (or --json): one question per line, answered in order: JSON lines with
 * --json, otherwise the text answers separated by a rule. Every word that starts with "-" must be an option; a
 * question that starts with "-" goes after `--`. Exit status: 0 answered, 1 invalid data, 2 a usage error.
 */
import { resolve } from "node:path";
import { createAnswerer } from "../ask/answer.ts";
import { PlanDataError } from "../plan/data-issue.ts";
import { loadPlan } from "../plan/load.ts";
import { answerToJson } from "../wording/answer-json.ts";
import { answerText } from "../wording/plain-text.ts";
import { parseCommandLine } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run --silent ask -- [--json] 質問
      質問に答えます（Slack での返事と同じ文面。--json なら JSON を1行）
  npm run --silent ask -- [--json] -- 「-」で始まる質問
      「-」で始まる質問は -- のあとに書きます
  npm run --silent ask -- [--json] < 質問を1行に1つずつ書いたファイル
      1行ずつ順に答えます（パイプで流し込んでも同じです）

オプション:
  --json       答えを JSON で出します（1問につき1行）
  -h, --help   この説明を出します

例:
  npm run --silent ask -- "ふるさと納税の実績は?"
  npm run --silent ask -- --json No.18
  printf '納税課の項目は?\\n遅れている項目は?\\n' | npm run --silent ask -- --json

環境変数: PLAN_DATA_DIR（プランのデータのフォルダ。既定は data）`;

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const args = parseCommandLine(argv, OPTIONS, USAGE, io);
  if ("exit" in args) return args.exit;
  const json = args.values.json === true;

  let plan: ReturnType<typeof loadPlan>;
  try {
    plan = loadPlan(resolve(env.PLAN_DATA_DIR?.trim() || "data"));
  } catch (err) {
    if (err instanceof PlanDataError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const answerer = createAnswerer(plan);
  const render = (question: string) => {
    const answer = answerer.answer(question);
    return json ? JSON.stringify(answerToJson(answer)) : answerText(answer, plan.meta);
  };

  if (args.positionals.length === 0 && (json || !io.stdin.isTTY)) {
    for await (const line of io.stdin.lines())
      io.stdout(json ? `${render(line)}\n` : `${render(line)}\n----\n`);
    return 0;
  }
  io.stdout(`${render(args.positionals.join(" "))}\n`);
  return 0;
}

if (isDirectRun(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
}
