/**
 * `npm run --silent unanswered -- [--days N] [--format csv|json]`: exports the questions the bot could not
 * answer and the feedback on its answers, from the state database (STATE_DB), oldest first.
 *
 * CSV (the default) is UTF-8 with a BOM so that Excel reads the Japanese, with the columns 日時, 種類, 質問, 項目.
 * No user is named: the log keeps none. Exit status: 0 exported, 1 no database yet, 2 a usage error.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.ts";
import type { LoggedQuestion } from "../state/question-log.ts";
import { StateStore } from "../state/store.ts";
import { closest } from "../text/did-you-mean.ts";
import { formatTokyoMinute, KIND_LABELS } from "../views/unanswered.ts";
import { parseOptions } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run --silent unanswered -- [--days 日数] [--format csv|json] > ファイル
      ボットが答えられなかった質問（該当なし・もしかして）と、回答への「役に立った」「違う」を書き出します

オプション:
  --days 日数          最近何日分を書き出すか（既定は 30、最大 3650）
  --format csv|json    csv（既定。Excel で開けます）か json
  -h, --help           この説明を出します

例:
  npm run --silent unanswered -- --days 90 > 未回答.csv
  npm run --silent unanswered -- --format json

環境変数: STATE_DB（ボットの記録のファイル。既定は var/state.db）`;

const OPTIONS = {
  days: { type: "string", valueName: "日数" },
  format: { type: "string", valueName: "形式（csv か json）" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATS = ["csv", "json"] as const;
const MAX_DAYS = 3650;
const DAY_MS = 24 * 60 * 60 * 1000;
const BOM = "\uFEFF";

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  let settings: { days: number; format: (typeof FORMATS)[number] } | "help";
  try {
    settings = parseSettings(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (settings === "help") {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  const path = resolve(env.STATE_DB?.trim() || "var/state.db");
  // Exporting must not create an empty database where the bot's is expected (a mistyped STATE_DB).
  if (!existsSync(path)) {
    io.stderr(
      `記録のファイルがありません: ${path}\nボットが動いている場所の STATE_DB を指定してください。\n`,
    );
    return 1;
  }
  const store = StateStore.open(path);
  let entries: LoggedQuestion[];
  try {
    entries = store.questions.entries({ since: new Date(io.now().getTime() - settings.days * DAY_MS) });
  } finally {
    store.close();
  }
  io.stdout(settings.format === "csv" ? toCsv(entries) : `${JSON.stringify(entries.map(toJson), null, 2)}\n`);
  io.stderr(`${entries.length} 件（最近${settings.days}日）を書き出しました。\n`);
  return 0;
}

function parseSettings(argv: string[]): { days: number; format: (typeof FORMATS)[number] } | "help" {
  const args = parseOptions(argv, OPTIONS);
  if (args.values.help) return "help";
  if (args.positionals.length > 0) {
    throw new UsageError(`オプション以外は書けません: ${args.positionals.join(" ")}`);
  }
  const daysText = args.values.days ?? "30";
  const days = /^\d+$/.test(daysText) ? Number(daysText) : Number.NaN;
  if (!(days >= 1 && days <= MAX_DAYS)) {
    throw new UsageError(`--days には 1 から ${MAX_DAYS} までの日数を書いてください（例: --days 90）。`);
  }
  const format = (args.values.format ?? "csv").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    const near = closest(format, FORMATS);
    throw new UsageError(
      `--format は csv か json です${near ? `（${near} ではありませんか）` : ""}: ${format}`,
    );
  }
  return { days, format: format as (typeof FORMATS)[number] };
}

export function toCsv(entries: readonly LoggedQuestion[]): string {
  const rows = [
    ["日時", "種類", "質問", "項目"],
    ...entries.map((e) => [
      formatTokyoMinute(e.askedAt),
      KIND_LABELS[e.kind],
      e.question,
      e.items.map((n) => `No.${n}`).join("・"),
    ]),
  ];
  // CRLF, as Excel writes it; a newline inside a quoted question is kept as typed.
  return `${BOM}${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * RFC 4180 quoting. A question that starts like a formula (=, +, -, @) gets a leading apostrophe, so Excel shows
 * it as text instead of evaluating what someone typed into Slack.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toJson(e: LoggedQuestion) {
  return {
    asked_at: e.askedAt.toISOString(),
    kind: e.kind,
    question: e.question,
    items: e.items,
    channel_type: e.channelType,
  };
}

if (isDirectRun(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
}
