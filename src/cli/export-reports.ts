/**
 * `npm run export-reports -- --fiscal-year 2024 [--state PATH] [--data DIR] [--csv FILE] [--dry-run]`: writes the
 * approved owner reports of a fiscal year into `data/items/N.yml` (see src/reports/export.ts for why in place and
 * how the rows are marked), and optionally every submission as CSV for the secretariat's own tables.
 *
 * Nothing is written unless the whole result loads as the bot would load it: the new files are first written
 * into a copy of the data folder and loaded there. Each file is then written to a temporary name beside it and
 * renamed, so an interrupted run never leaves a half-written YAML file. Exit 0 done, 1 a data or state problem,
 * 2 a mistyped command.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { PlanDataError } from "../plan/data-issue.ts";
import { fiscalYearLabel, parseReiwaYear } from "../plan/fiscal-year.ts";
import { loadPlan } from "../plan/load.ts";
import type { Plan } from "../plan/model.ts";
import { ownerReportedRows } from "../plan/source-check.ts";
import { applyReport, leftOut, STATE_LABELS, submissionsCsv } from "../reports/export.ts";
import { SELF_ASSESSMENT_LABELS } from "../reports/form.ts";
import { tokyoDate } from "../reports/time.ts";
import type { Submission } from "../state/reports.ts";
import { StateStore } from "../state/store.ts";
import { parseCommandLine } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run export-reports -- --fiscal-year 年度 [--state ファイル] [--data フォルダ] [--csv ファイル] [--dry-run]
      Slack で承認した担当課からの報告（項目ごとに最新の承認済みのもの）を、その年度の実績として
      data/items/N.yml に書き込みます。書いた行には origin: owner_report と「担当課からの報告」のコメントが付きます

オプション:
  --fiscal-year 年度   報告の年度（2024、令和6年度、R6 のどれでも）
  --state ファイル     ボットの記録のファイル（既定は環境変数 STATE_DB、なければ var/state.db）
  --data フォルダ      データのフォルダ（既定は data）
  --csv ファイル       すべての提出（審査待ち・差し戻し・履歴を含む）を CSV（Excel で開けます）に書き出します
  --dry-run            何を書くかを表示するだけで、ファイルには何も書きません
  -h, --help           この説明を出します

例:
  npm run export-reports -- --fiscal-year 令和6年度 --dry-run
  npm run export-reports -- --fiscal-year 2024 --csv 報告一覧.csv

終了コード: 0 完了、1 データか記録のファイルの誤り、2 コマンドの書き方の誤り`;

const OPTIONS = {
  "fiscal-year": { type: "string", valueName: "年度（例: 2024、令和6年度）" },
  state: { type: "string", valueName: "記録のファイル" },
  data: { type: "string", valueName: "データのフォルダ" },
  csv: { type: "string", valueName: "CSV のファイル名" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface Settings {
  fiscalYear: number;
  state: string;
  data: string;
  csv: string | null;
  dryRun: boolean;
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Pick<CliIo, "stdout" | "stderr">,
): Promise<number> {
  const args = parseCommandLine(argv, OPTIONS, USAGE, io);
  if ("exit" in args) return args.exit;
  let settings: Settings;
  try {
    if (args.positionals.length > 0) {
      throw new UsageError(`オプション以外は書けません: ${args.positionals.join(" ")}`);
    }
    settings = {
      fiscalYear: parseFiscalYear(args.values["fiscal-year"]),
      state: resolve(args.values.state ?? (env.STATE_DB?.trim() || "var/state.db")),
      data: resolve(args.values.data ?? "data"),
      csv: args.values.csv ? resolve(args.values.csv) : null,
      dryRun: args.values["dry-run"] === true,
    };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { fiscalYear: fy, data, dryRun } = settings;
  const display = (path: string) => relative(process.cwd(), path) || path;

  let plan: Plan;
  try {
    plan = loadPlan(data);
  } catch (err) {
    if (!(err instanceof PlanDataError)) throw err;
    io.stderr(`${err.message}\n先にデータの誤りを直してください（npm run validate）。\n`);
    return 1;
  }
  const { first, last } = plan.meta.fiscal_years;
  if (fy < first || fy > last) {
    io.stderr(
      `${fiscalYearLabel(fy)}（${fy}）はプランの期間（${fiscalYearLabel(first)}～${fiscalYearLabel(last)}）の外です。\n`,
    );
    return 1;
  }
  // Exporting must not create an empty database where the bot's is expected (a mistyped path).
  if (!existsSync(settings.state)) {
    io.stderr(
      `記録のファイルがありません: ${settings.state}\nボットが動いている場所の STATE_DB か --state を指定してください。\n`,
    );
    return 1;
  }

  const store = StateStore.open(settings.state);
  let approved: Map<number, Submission>;
  let all: Submission[];
  let skipped: ReturnType<typeof leftOut>;
  /** Per exported item, a newer submission still waiting for review: exported is the approved one before it. */
  const waiting = new Map<number, number>();
  try {
    approved = store.reports.approved(fy);
    for (const n of approved.keys()) {
      const newest = store.reports.latest(n, fy);
      if (newest?.state === "pending") waiting.set(n, newest.id);
    }
    all = store.reports.submissions();
    skipped = leftOut(
      store.reports,
      fy,
      plan.items.map((i) => i.number),
    );
  } finally {
    store.close();
  }
  const title = (n: number) => plan.byNumber.get(n)?.title ?? "";
  const year = `${fiscalYearLabel(fy)}（${fy}）`;

  // The new text of every file that changes, computed before anything is written.
  const changes = new Map<string, { before: string; after: string }>();
  const lines: string[] = [];
  const refused: number[] = [];
  for (const [n, s] of [...approved].sort(([a], [b]) => a - b)) {
    const file = join(data, "items", `${n}.yml`);
    if (!plan.byNumber.has(n)) {
      lines.push(`  No.${n}: データに項目がないため書きませんでした（提出 #${s.id}）`);
      continue;
    }
    const before = readFileSync(file, "utf8");
    const result = applyReport(before, s);
    if ("refused" in result) {
      refused.push(n);
      lines.push(
        `  No.${n} ${title(n)}: ${fiscalYearLabel(fy)}は報告書の実績がすでにあるため書きませんでした（提出 #${s.id}）`,
      );
      continue;
    }
    const newer = waiting.get(n);
    const what = `${describe(s)}${newer ? `。その後の提出 #${newer} は審査待ちです` : ""}`;
    if (result.text === before) {
      lines.push(`  No.${n} ${title(n)}: 変更なし（提出 #${s.id} はすでに書かれています）`);
    } else {
      changes.set(file, { before, after: result.text });
      lines.push(`  No.${n} ${title(n)}: ${dryRun ? "書きます" : "書きました"}（${what}）`);
    }
  }

  if (changes.size > 0) {
    const problem = checkInCopy(data, changes);
    if (problem) {
      io.stderr(
        `書き込むと、データが読み込めなくなります。何も書いていません。\n${problem}\n（ファイル名はデータのフォルダからの位置です）\n`,
      );
      return 1;
    }
  }

  const out: string[] = [];
  if (approved.size === 0) {
    out.push(`${year}の承認済みの報告はありません。data/items は変えていません。`);
  } else {
    out.push(
      `${year}の承認済みの報告${dryRun ? "（--dry-run: ファイルには書きません）" : `を ${display(join(data, "items"))} に書きました`}:`,
      ...lines,
    );
  }
  if (skipped.length > 0) {
    out.push("承認済みの報告がないため書かなかった項目:");
    // Items that waited for review or were returned need the secretariat's attention, one line each; those
    // nobody reported are many early in the year, so they share one line.
    for (const s of skipped) {
      if (s.state !== "none") out.push(`  No.${s.item} ${title(s.item)}: ${STATE_LABELS[s.state]}`);
    }
    const none = skipped.filter((s) => s.state === "none").map((s) => `No.${s.item}`);
    if (none.length > 0) out.push(`  報告なし: ${none.join("、")}`);
  }
  if (dryRun) {
    for (const [file, { before, after }] of changes) {
      out.push("", `--- ${display(file)}`, `+++ ${display(file)}（書き込み後）`, ...lineDiff(before, after));
    }
  } else {
    for (const [file, { after }] of changes) writeAtomically(file, after);
  }

  if (settings.csv) {
    if (dryRun)
      out.push(
        `CSV（${display(settings.csv)}）: ${all.length} 件を書き出します（--dry-run のため書いていません）。`,
      );
    else {
      writeAtomically(settings.csv, submissionsCsv(all, new Map(plan.items.map((i) => [i.number, i.title]))));
      out.push(`CSV（${display(settings.csv)}）: すべての提出 ${all.length} 件を書き出しました。`);
    }
  }

  const written = approved.size - refused.length;
  if (written > 0) {
    const after = dryRun ? null : safeLoad(data);
    const owned = after ? ownerReportedRows(after) : [];
    if (owned.length > 0) out.push(`報告書との照合を省く行（担当課からの報告）: ${owned.join("、")}`);
    out.push(
      "次に:",
      plan.meta.current_fiscal_year === fy
        ? `  1. data/plan.yml の current_fiscal_year はすでに ${fy} です`
        : `  1. data/plan.yml の current_fiscal_year を ${fy} にします（今は ${plan.meta.current_fiscal_year}）。ほかの項目の${fiscalYearLabel(fy)}が見込みのままなら、その項目の状況は「評価なし」になります`,
      "  2. npm run validate で確かめます",
      "  3. Slack で /plan reload を送ります",
    );
  }
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}

/** 2024, 「2024年度」, 「令和6年度」, 「R6」 → 2024. */
export function parseFiscalYear(text: string | undefined): number {
  if (text === undefined) {
    throw new UsageError(
      "--fiscal-year で報告の年度を書いてください（例: --fiscal-year 2024 や 令和6年度）。",
    );
  }
  const western = /^\s*(\d{4})\s*(?:年度?)?\s*$/.exec(text.normalize("NFKC"))?.[1];
  const fy = western ? Number(western) : parseReiwaYear(text);
  if (fy === null || fy < 2019 || fy > 2099) {
    throw new UsageError(`年度が読み取れません: ${text}（例: 2024、令和6年度、R6）`);
  }
  return fy;
}

/** 「提出 #12、2026-12-01 承認、取組内容 2 行、数値 1 件（－ 0 件）、自己評価 遅れ、総評案あり」. */
function describe(s: Submission): string {
  const v = s.values;
  const none = v.figures.filter((f) => f.value === "－").length;
  return [
    `提出 #${s.id}`,
    s.review ? `${tokyoDate(s.review.reviewedAt)} 承認` : "",
    `取組内容 ${v.activities.length} 行`,
    v.figures.length > 0
      ? `数値 ${v.figures.length - none} 件${none > 0 ? `（－ ${none} 件）` : ""}`
      : "数値なし",
    `自己評価 ${SELF_ASSESSMENT_LABELS[v.assessment]}`,
    v.review.trim() ? "総評案あり" : "",
  ]
    .filter(Boolean)
    .join("、");
}

/** The problems loading would report with the new files in place, or null: checked in a copy of the folder. */
function checkInCopy(data: string, changes: ReadonlyMap<string, { after: string }>): string | null {
  const copy = mkdtempSync(join(tmpdir(), "export-reports-"));
  try {
    cpSync(data, copy, { recursive: true });
    for (const [file, { after }] of changes) writeFileSync(join(copy, relative(data, file)), after);
    loadPlan(copy, { relativeTo: copy });
    return null;
  } catch (err) {
    if (err instanceof PlanDataError) return err.message;
    throw err;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function safeLoad(data: string): Plan | null {
  try {
    return loadPlan(data);
  } catch (err) {
    if (err instanceof PlanDataError) return null;
    throw err;
  }
}

/** Written beside the target and renamed over it: a reader sees the old file or the new one, never half of one. */
function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${process.pid}.export-reports.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The changed lines of `after` against `before`, "-"/"+" prefixed, from their longest common subsequence. */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  // lcs[i][j]: the common length of a[i..] and b[j..]. Item files are a few hundred lines: the table is small.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (
      j < b.length &&
      (i === a.length || ((lcs[i] as number[])[j + 1] as number) >= ((lcs[i + 1] as number[])[j] as number))
    ) {
      out.push(`+${b[j]}`);
      j++;
    } else {
      out.push(`-${a[i]}`);
      i++;
    }
  }
  return out;
}

if (isDirectRun(import.meta.url))
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
