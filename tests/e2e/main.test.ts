/**
 * The entry point as an operator runs it: `tsx src/main.ts` in a child process with the environment set.
 * Start-up refuses bad configuration and bad data with messages that name what to fix; the running app
 * schedules reminders in-process, and keeps its reminder service (saying what is wrong) when owners.yml is
 * broken; SIGTERM shuts it down cleanly.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, isDue, slotForWeekContaining } from "../../src/reminders/calendar.ts";
import { REPO_ROOT } from "../support/seed.ts";
import { commandBody, signedRequest } from "../support/slack-requests.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const TSX = resolve(REPO_ROOT, "node_modules/.bin/tsx");
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  let out = "";
  const child = spawn(TSX, ["src/main.ts"], {
    cwd: REPO_ROOT,
    // Only what the test gives, plus PATH: no Slack variables leak in from the machine.
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (out += String(d)));
  child.stderr?.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  cleanups.push(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => out, exited };
}

async function waitForOutput(r: Run, text: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!r.output().includes(text)) {
    if (Date.now() > deadline || r.child.exitCode !== null)
      throw new Error(`never printed 「${text}」:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "main-test-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Each test starts the app as a process through tsx, which takes seconds on a busy machine: explicit limits
// instead of vitest's 5 s, above the inner waits (20 s for start-up, then up to 15 s for Slack calls).
describe("start-up", { timeout: 30_000 }, () => {
  it("refuses a missing signing secret in HTTP mode, naming the variable and never the token", async () => {
    const r = run({ SLACK_BOT_TOKEN: "xoxb-secret-token-value" });
    expect(await r.exited).toBe(1);
    expect(r.output()).toContain("SLACK_SIGNING_SECRET");
    expect(r.output()).not.toContain("xoxb-secret-token-value");
  });

  it("refuses broken data, naming file and line", async () => {
    const data = tempDir();
    cpSync(resolve(REPO_ROOT, "data"), data, { recursive: true });
    writeFileSync(
      join(data, "items", "7.yml"),
      "number: 7\ntitle: 適正な定員管理計画の推進\nunknown_key: 1\n",
    );
    const r = run({ PLAN_DATA_DIR: data, PORT: "0" });
    expect(await r.exited).toBe(1);
    expect(r.output()).toMatch(/items\/7\.yml:3 unknown_key: 知らない項目名/);
  });
});

describe("the running app", () => {
  it("runs the reminder scheduler in-process, and stops cleanly on SIGTERM", async () => {
    const standIn = await new SlackWebApiStandIn().start();
    cleanups.push(() => standIn.stop());
    const state = tempDir();
    const r = run({
      SLACK_BOT_TOKEN: "xoxb-main-test",
      SLACK_SIGNING_SECRET: "main-test-secret",
      SLACK_API_URL: standIn.apiUrl,
      PORT: "0",
      STATE_DB: join(state, "state.db"),
      REMINDER_CHANNEL: "CREMIND01",
    });
    await waitForOutput(r, "HTTP モードで起動しました");

    // What the scheduler must do depends on today's date in Tokyo: compute it the same way, explicitly.
    const now = new Date();
    const slot = slotForWeekContaining(now, DEFAULT_SCHEDULE);
    if (isDue(slot, now)) {
      // Nobody is named in data/owners.yml, so every behind item goes to REMINDER_CHANNEL, in one digest.
      await standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"), 15_000);
      const post = standIn.callsOf("chat.postMessage")[0];
      expect(post?.args.channel).toBe("CREMIND01");
      for (const n of [6, 10, 13, 14, 15, 16, 17])
        expect(JSON.stringify(post?.args.blocks)).toContain(`No.${n} `);
    } else {
      await new Promise((res) => setTimeout(res, 1_500));
      expect(standIn.callsOf("chat.postMessage")).toEqual([]);
    }

    r.child.kill("SIGTERM");
    expect(await r.exited).toBe(0);
    expect(r.output()).toContain("SIGTERM を受け取りました");
    expect(r.output()).not.toContain("xoxb-main-test");
  }, 60_000);
});

describe("a broken owners.yml at start-up", () => {
  it("starts the reminders anyway: logs the error once, /plan remind shows it, a fix needs no restart", async () => {
    const standIn = await new SlackWebApiStandIn().start();
    cleanups.push(() => standIn.stop());
    const state = tempDir();
    const owners = join(state, "owners.yml");
    writeFileSync(owners, "departments:\n  納税科:\n    users: [UBROKEN01]\n");
    const secret = "main-test-secret";
    const r = run({
      SLACK_BOT_TOKEN: "xoxb-main-test",
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: standIn.apiUrl,
      PORT: "0",
      STATE_DB: join(state, "state.db"),
      OWNERS_FILE: owners,
      ADMIN_USER_IDS: "UADMIN01",
    });
    await waitForOutput(r, "HTTP モードで起動しました");
    const url = /HTTP モードで起動しました: (\S+)/.exec(r.output())?.[1] as string;

    const remind = async (responseId: string): Promise<string> => {
      const body = commandBody({
        command: "/plan",
        text: "remind",
        user_id: "UADMIN01",
        channel_id: "CPLAN0001",
        response_url: standIn.responseUrl(responseId),
      });
      const signed = signedRequest(secret, body, "application/x-www-form-urlencoded");
      expect((await fetch(url, { method: "POST", body, headers: signed.headers })).status).toBe(200);
      await standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId), 10_000);
      return String(standIn.calls.find((c) => c.responseId === responseId)?.args.text);
    };

    const before = await remind("R1");
    expect(before).toContain("お知らせを送っていません");
    expect(before).toContain("「納税科」はプランの課にありません");
    expect(r.output().split("「納税科」はプランの課にありません").length - 1).toBe(1);
    expect(r.output()).not.toContain("再起動してください");

    writeFileSync(owners, "departments:\n  納税課:\n    users: [UNOZEI01]\n");
    const after = await remind("R2");
    expect(after).toContain("UNOZEI01（DM、納税課）");

    r.child.kill("SIGTERM");
    expect(await r.exited).toBe(0);
  }, 60_000);
});
