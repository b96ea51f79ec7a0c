/**
 * `npm run --silent backup -- <file>`: a consistent copy of the state database (STATE_DB) while the bot runs.
 *
 * It uses SQLite's online backup (better-sqlite3's `backup()`), which copies page by page and starts over when
 * another connection writes meanwhile, so the copy is a database as it was at one moment; copying the file with
 * `cp` while the bot writes could catch half a transaction (and would miss the WAL file's contents). The copy is
 * then opened and checked (`PRAGMA integrity_check`). Exit status: 0 copied, 1 the copy failed, 2 a usage error.
 */
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { parseCommandLine } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run --silent backup -- [--force] 保存先のファイル
      状態データベース（STATE_DB、既定 var/state.db）を、ボットを動かしたまま保存先にコピーします

オプション:
  --force      保存先のファイルがすでにあるときも上書きします
  -h, --help   この説明を出します

例:
  npm run --silent backup -- /var/backups/osaki-plan-bot/state-$(date +%F).db

環境変数: STATE_DB（状態データベースのファイル。既定は var/state.db）`;

const OPTIONS = {
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const args = parseCommandLine(argv, OPTIONS, USAGE, io);
  if ("exit" in args) return args.exit;
  if (args.positionals.length !== 1) {
    io.stderr(`保存先のファイルを1つ指定してください。\n\n${USAGE}\n`);
    return 2;
  }
  const source = resolve(env.STATE_DB?.trim() || "var/state.db");
  const target = resolve(args.positionals[0] as string);
  if (target === source) {
    io.stderr("保存先が状態データベースそのものです。別のファイルを指定してください。\n");
    return 2;
  }
  if (!existsSync(source)) {
    io.stderr(`状態データベース ${source} がありません（STATE_DB を確かめてください）。\n`);
    return 1;
  }
  if (existsSync(target) && args.values.force !== true) {
    io.stderr(`${target} はすでにあります。上書きするときは --force を付けてください。\n`);
    return 2;
  }

  let db: Database.Database | null = null;
  try {
    // Read-only: the backup never writes to the bot's database, and never creates one where none was meant.
    db = new Database(source, { readonly: true, fileMustExist: true });
    // SQLite can only write its backup over a database, not over whatever file --force is asked to replace.
    if (args.values.force === true) rmSync(target, { force: true });
    // After the first step, the rest in one: a write by the bot between steps restarts the copy, and with
    // small steps a busy bot could keep restarting it. The copy is at most the size of the database.
    await db.backup(target, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
  } catch (err) {
    io.stderr(`バックアップできませんでした: ${(err as Error).message}\n`);
    return 1;
  } finally {
    db?.close();
  }

  const check = verify(target);
  if (!check.ok) {
    io.stderr(`コピーを確かめたところ、壊れていました（${check.detail}）。もう一度実行してください。\n`);
    return 1;
  }
  io.stdout(`バックアップしました: ${target}（${check.detail}）\n`);
  return 0;
}

/** Opens the copy on its own and checks it, so a success message always means a usable file. */
function verify(path: string): { ok: boolean; detail: string } {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(path, { readonly: true, fileMustExist: true });
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") return { ok: false, detail: String(result) };
    const tables = copy
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    return { ok: true, detail: `表 ${tables.length} 個、整合性の確認 OK` };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  } finally {
    copy?.close();
  }
}

if (isDirectRun(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
}
