/**
 * `npm run ask` called in-process through its `main`: a question as arguments (text or --json), questions piped
 * in one per line, and the command line's own mistakes, which must never be taken for a question. One test runs
 * the real process, for the piping through real stdin and the exit status.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { main, USAGE } from "../../src/cli/ask.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { REPO_ROOT } from "../support/seed.ts";

const DATA = join(REPO_ROOT, "data");
const plan = loadPlan(DATA);
const answerer = createAnswerer(plan);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** `piped`: lines on stdin (not a terminal); without it stdin is a terminal that must not be read. */
async function ask(args: string[], piped?: string[], env: NodeJS.ProcessEnv = { PLAN_DATA_DIR: DATA }) {
  const result: Result = { code: -1, stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (t) => {
      result.stdout += t;
    },
    stderr: (t) => {
      result.stderr += t;
    },
    stdin: {
      isTTY: piped === undefined,
      async *lines() {
        if (piped === undefined) throw new Error("stdin is a terminal here and must not be read");
        yield* piped;
      },
    },
    now: () => new Date("2026-11-24T10:00:00+09:00"),
    sleep: async () => {
      throw new Error("ask never waits");
    },
  };
  result.code = await main(args, env, io);
  return result;
}

describe("a question as arguments", () => {
  it("answers in plain text, the words joined as one question", async () => {
    const result = await ask(["No.3", "の状況は"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toBe("No.3 民間企業等との協働の推進");
    // The same text the Slack reply's fallback carries.
    expect(result.stdout).toBe(`${answerText(answerer.answer("No.3 の状況は"), plan.meta)}\n`);
  });

  it("answers in one line of JSON with --json, before or after the question", async () => {
    for (const args of [
      ["--json", "No.3"],
      ["No.3", "--json"],
    ]) {
      const result = await ask(args);
      expect(result.code).toBe(0);
      expect(result.stdout.endsWith("\n")).toBe(true);
      expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
      const answer = JSON.parse(result.stdout);
      expect(answer).toMatchObject({ query: "No.3", kind: "item" });
      expect(answer.items.map((i: { number: number }) => i.number)).toEqual([3]);
    }
  });

  it("takes a question that starts with - after --", async () => {
    const result = await ask(["--json", "--", "--help"]);
    expect(result.code).toBe(0);
    // Asked of the bot, whose answer to an unclear question is its own help.
    expect(JSON.parse(result.stdout)).toMatchObject({ query: "--help", kind: "help" });
    const number = await ask(["--json", "--", "-3"]);
    expect(JSON.parse(number.stdout).query).toBe("-3");
  });

  it("answers the arguments, not stdin, when both are given", async () => {
    const result = await ask(["--json", "No.18"], ["No.3"]);
    expect(JSON.parse(result.stdout).query).toBe("No.18");
  });
});

describe("questions piped in", () => {
  it("answers one JSON line per line with --json, in order", async () => {
    const result = await ask(["--json"], ["No.3", "納税課の項目は?", "", "仙台市の人口は?"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).query)).toEqual(["No.3", "納税課の項目は?", "", "仙台市の人口は?"]);
    expect(lines.map((l) => JSON.parse(l).kind)).toEqual(
      ["No.3", "納税課の項目は?", "", "仙台市の人口は?"].map((q) => answerer.answer(q).kind),
    );
  });

  it("answers in text without --json, each answer followed by a rule", async () => {
    const result = await ask([], ["No.3", "No.18"]);
    expect(result.code).toBe(0);
    const text = (q: string) => answerText(answerer.answer(q), plan.meta);
    expect(result.stdout).toBe(`${text("No.3")}\n----\n${text("No.18")}\n----\n`);
  });
});

describe("the command line's own mistakes", () => {
  it("refuses an unknown option instead of asking it, with a did-you-mean and the usage", async () => {
    const result = await ask(["--jsn"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`不明なオプション: --jsn（--json ではありませんか）\n\n${USAGE}\n`);
    const short = await ask(["-x", "No.3"]);
    expect(short.code).toBe(2);
    expect(short.stderr.split("\n")[0]).toBe("不明なオプション: -x");
    const valued = await ask(["--json=yes", "No.3"]);
    expect(valued.code).toBe(2);
    expect(valued.stderr.split("\n")[0]).toBe("--json には値を付けません。");
  });

  it("prints its own usage for --help and -h, not the bot's help", async () => {
    for (const flag of ["--help", "-h"]) {
      const result = await ask([flag, "No.3"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${USAGE}\n`);
    }
    expect(USAGE).toMatch(/^使い方:\n/);
    for (const part of ["--json", "-h, --help", "-- 「-」で始まる質問", "例:", "PLAN_DATA_DIR"]) {
      expect(USAGE).toContain(part);
    }
    // The bot's help answer begins with what the bot does; the CLI's usage does not.
    const botHelp = answerText(answerer.answer(""), plan.meta);
    expect(USAGE).not.toContain(botHelp.split("\n")[0]);
  });

  it("says what is wrong with the data, with exit status 1", async () => {
    const result = await ask(["No.3"], undefined, { PLAN_DATA_DIR: join(REPO_ROOT, "no-such-data") });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("データに誤りがあります");
    expect(result.stderr).toContain("plan.yml: ファイルがありません");
  });
});

// Starting Node with tsx takes seconds on a busy machine.
describe("as a process", { timeout: 30_000 }, () => {
  it("reads questions piped into real stdin and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--json"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", PLAN_DATA_DIR: DATA },
    });
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stdin.end("No.3\r\nNo.18\n");
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).query),
    ).toEqual(["No.3", "No.18"]);
  });
});
