/**
 * `npm run validate [-- DIR]`: checks `data/` the way the bot does at start-up, for the secretariat after an
 * edit: the plan (`plan.yml`, `items/*.yml`), then, when the plan itself is valid, the plan against the report
 * text it was transcribed from (`source.file` in plan.yml) and the reminder recipients (`owners.yml`, or
 * `OWNERS_FILE`). Exit 0 and a one-line summary when all is good; exit 1 with every problem otherwise; exit 2
 * when the command itself is mistyped.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { type DataIssue, formatIssues, PlanDataError } from "../plan/data-issue.ts";
import { departmentBaseName } from "../plan/departments.ts";
import { loadPlan } from "../plan/load.ts";
import type { Plan } from "../plan/model.ts";
import { checkAgainstSource, ownerReportedRows } from "../plan/source-check.ts";
import { readSourceFile, SourceFile } from "../plan/source-file.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { hasOwners, loadOwners, ownersOf } from "../reminders/owners.ts";
import { parseOptions } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run validate [-- データのフォルダ]
      データ（省略すると data）を、ボットが起動するときと同じように確かめ、
      さらに数値と文を報告書のテキスト（plan.yml の source.file）と突き合わせます

オプション:
  -h, --help   この説明を出します

環境変数: OWNERS_FILE（通知先のファイル。既定はデータのフォルダの owners.yml）

終了コード: 0 問題なし、1 データに誤りあり、2 コマンドの書き方の誤り`;

const OPTIONS = { help: { type: "boolean", short: "h" } } as const;

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Pick<CliIo, "stdout" | "stderr">,
): Promise<number> {
  let dirArg: string | undefined;
  try {
    const { values, positionals } = parseOptions(argv, OPTIONS);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError("データのフォルダは1つだけ書きます。");
    dirArg = positionals[0];
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  const dir = resolve(dirArg ?? "data");
  const display = (path: string) => relative(process.cwd(), path) || path;

  let plan: Plan;
  try {
    plan = loadPlan(dir);
  } catch (err) {
    if (!(err instanceof PlanDataError)) throw err;
    io.stderr(`${err.message}\n`);
    return 1;
  }

  const issues: DataIssue[] = [];
  const report = readReport(dir, plan, display);
  if ("issue" in report) {
    issues.push(report.issue);
  } else {
    const sources = readItemSources(join(dir, "items"), display);
    issues.push(
      ...checkAgainstSource(plan, report.text, {
        reportFile: report.file,
        itemSource: (n) => sources.get(n),
      }).map(({ file, path, line, message }) => ({ file, path, line, message })),
    );
  }

  const ownersFile = resolve(env.OWNERS_FILE ?? join(dir, "owners.yml"));
  let reached = 0;
  // Reminders go to the departments that write an item's report (記入担当課).
  const leads = [...new Set(plan.items.flatMap((i) => i.lead_departments.map(departmentBaseName)))];
  try {
    const owners = loadOwners(ownersFile, plan);
    reached = leads.filter((d) => hasOwners(ownersOf(owners, d))).length;
  } catch (err) {
    if (!(err instanceof PlanDataError)) throw err;
    issues.push(...err.issues);
  }

  if (issues.length > 0) {
    io.stderr(`${formatIssues(issues)}\n`);
    return 1;
  }
  const counts = Object.entries(STATUS_LABELS).map(
    ([status, label]) => `${label} ${plan.items.filter((i) => i.current.status === status).length}`,
  );
  const unset = leads.length - reached;
  // No issues means the report was read.
  const reportFile = "file" in report ? report.file : "";
  io.stdout(
    `OK: ${plan.items.length} 項目（${counts.join("、")}）、報告書（${reportFile}）と一致、通知先 ${reached} 課${unset > 0 ? `（未記入 ${unset} 課）` : ""}\n`,
  );
  // Rows exported from Slack reports are not in the published report: say which were not cross-checked.
  const owned = ownerReportedRows(plan);
  if (owned.length > 0) io.stdout(`報告書との照合を省いた行（担当課からの報告）: ${owned.join("、")}\n`);
  return 0;
}

/** The report's text, named as messages show it, or the one problem that stops the cross-check. */
function readReport(
  dir: string,
  plan: Plan,
  display: (path: string) => string,
): { file: string; text: string } | { issue: DataIssue } {
  const path = resolve(dir, plan.meta.source.file);
  const file = display(path);
  const fail = (message: string) => ({ issue: { file, path: "", line: null, message } });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      const planYml = readSourceFile(join(dir, "plan.yml"), display(join(dir, "plan.yml")));
      const line = planYml instanceof SourceFile ? planYml.lineOf(["source", "file"]) : null;
      const setting =
        line === null ? display(join(dir, "plan.yml")) : `${display(join(dir, "plan.yml"))}:${line}`;
      return fail(
        `報告書のテキストファイルがありません。${setting} の source.file で指定した場所に、報告書の PDF から取り出したテキストを置いてください（data/source/README.md を参照）。数値と文はこのテキストと突き合わせて確かめます`,
      );
    }
    return fail(`報告書のテキストファイルが読めません（${(err as Error).message}）`);
  }
  try {
    return { file, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return fail(
      "報告書のテキストファイルの文字コードが UTF-8 ではありません。UTF-8 で保存し直してください（data/source/README.md を参照）",
    );
  }
}

/**
 * Each item's file by its number, for the lines of findings. Read again here because loading keeps only the
 * data; it runs after `loadPlan` succeeded, so every file is valid YAML with a number.
 */
function readItemSources(itemsDir: string, display: (path: string) => string): Map<number, SourceFile> {
  const sources = new Map<number, SourceFile>();
  for (const name of readdirSync(itemsDir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    const source = readSourceFile(join(itemsDir, name), display(join(itemsDir, name)));
    if (!(source instanceof SourceFile)) continue;
    const number = source.doc.get("number");
    if (typeof number === "number") sources.set(number, source);
  }
  return sources;
}

if (isDirectRun(import.meta.url))
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
