/**
 * `npm run unanswered` called in-process through its `main`, against a real state file: CSV with a BOM for
 * Excel, quoting of what people typed (quotes, commas, newlines, formulas), the period, JSON, and the command
 * line's mistakes in Japanese.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/unanswered.ts";
import { StateStore } from "../../src/state/store.ts";
import { tempDir } from "../reminders/fixtures.ts";

const NOW = new Date("2026-11-29T12:00:00+09:00");
let dir: ReturnType<typeof tempDir>;
let db: string;

beforeEach(() => {
  dir = tempDir("unanswered-cli-");
  db = join(dir.path, "state.db");
  let at = new Date("2026-08-01T00:00:00Z");
  const store = StateStore.open(db, { clock: () => at });
  store.questions.record({
    kind: "none",
    question: "4か月前の質問",
    items: [],
    channelType: "im",
    userId: "U0ALICE",
  });
  at = new Date("2026-11-28T05:05:00Z");
  store.questions.record({
    kind: "none",
    question: '公用車は "何台", 全部で?\n2行目',
    items: [],
    channelType: "im",
    userId: "U0ALICE",
  });
  at = new Date("2026-11-28T06:00:00Z");
  store.questions.record({
    kind: "candidates",
    question: "ふるさと納税と滞納整理",
    items: [18, 16],
    channelType: "command",
    userId: "U0BOB",
  });
  at = new Date("2026-11-28T07:00:00Z");
  store.questions.record({
    kind: "feedback_wrong",
    question: "=1+1",
    items: [3],
    channelType: "channel",
    userId: "U0BOB",
  });
  store.close();
});
afterEach(() => dir.remove());

async function run(args: string[], env: NodeJS.ProcessEnv = { STATE_DB: db }) {
  const result = { code: -1, stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (t) => {
      result.stdout += t;
    },
    stderr: (t) => {
      result.stderr += t;
    },
    stdin: {
      isTTY: true,
      lines: () => {
        throw new Error("unanswered never reads stdin");
      },
    },
    now: () => NOW,
    sleep: async () => {
      throw new Error("unanswered never waits");
    },
  };
  result.code = await main(args, env, io);
  return result;
}

describe("CSV", () => {
  it("has a BOM, Japanese columns, Japan time, and quotes what people typed", async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("\uFEFF日時,種類,質問,項目\r\n")).toBe(true);
    expect(result.stdout).toBe(
      "\uFEFF日時,種類,質問,項目\r\n" +
        '2026-11-28 14:05,該当なし,"公用車は ""何台"", 全部で?\n2行目",\r\n' +
        "2026-11-28 15:00,もしかして,ふるさと納税と滞納整理,No.18・No.16\r\n" +
        "2026-11-28 16:00,違う,'=1+1,No.3\r\n",
    );
    expect(result.stderr).toBe("3 件（最近30日）を書き出しました。\n");
    expect(result.stdout).not.toMatch(/U0ALICE|U0BOB/);
  });

  it("looks further back with --days", async () => {
    const result = await run(["--days", "365"]);
    expect(result.stdout.split("\r\n")[1]).toBe("2026-08-01 09:00,該当なし,4か月前の質問,");
    expect(result.stderr).toBe("4 件（最近365日）を書き出しました。\n");
  });
});

describe("JSON", () => {
  it("gives the times in UTC and the kinds and places as stored", async () => {
    const result = await run(["--format", "json", "--days=1"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        asked_at: "2026-11-28T05:05:00.000Z",
        kind: "none",
        question: '公用車は "何台", 全部で?\n2行目',
        items: [],
        channel_type: "im",
      },
      {
        asked_at: "2026-11-28T06:00:00.000Z",
        kind: "candidates",
        question: "ふるさと納税と滞納整理",
        items: [18, 16],
        channel_type: "command",
      },
      {
        asked_at: "2026-11-28T07:00:00.000Z",
        kind: "feedback_wrong",
        question: "=1+1",
        items: [3],
        channel_type: "channel",
      },
    ]);
  });
});

describe("mistakes", () => {
  it.each([
    [["--dyas", "3"], "不明なオプション: --dyas（--days ではありませんか）"],
    [["--days", "0"], "--days には 1 から 3650 までの日数を書いてください"],
    [["--days", "1.5"], "--days には 1 から 3650 までの日数を書いてください"],
    [["--days"], "--days のあとに日数を書いてください。"],
    [["--format", "cvs"], "--format は csv か json です（csv ではありませんか）: cvs"],
    [["30"], "オプション以外は書けません: 30"],
  ])("%j is refused in Japanese with the usage, status 2", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("使い方:");
  });

  it("says where it looked when there is no database, and creates none", async () => {
    const missing = join(dir.path, "nowhere", "state.db");
    const result = await run([], { STATE_DB: missing });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`記録のファイルがありません: ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("prints the usage with --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("npm run --silent unanswered");
  });
});
