/**
 * `npm run remind` as the secretariat and cron run it: a child process with its own environment, posting through
 * the real WebClient to the loopback stand-in and keeping state in a real SQLite file. Covers the CLI
 * contract, sending once across runs, and a process killed in the middle of a run: while a post is in flight
 * (maybe delivered: never resent) and before it (nothing claimed: sent by the next run).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RecordedCall, SlackWebApiStandIn } from "../../src/slack-stand-in/web-api-stand-in.ts";
import {
  BEHIND_IN_REPORT,
  OWNERS_YAML,
  REMINDER_CHANNEL,
  REPO_ROOT,
  tempDir,
  USERS_BY_EMAIL,
} from "./fixtures.ts";

const TOKEN = "xoxb-9999-8888-cli-secret-value";
const DUE = "2026-11-24T10:00:00+09:00";

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let standIn: SlackWebApiStandIn;
let onCall: ((call: RecordedCall) => void) | null;
let dir: ReturnType<typeof tempDir>;
let env: Record<string, string>;

beforeEach(async () => {
  onCall = null;
  standIn = await new SlackWebApiStandIn({
    usersByEmail: USERS_BY_EMAIL,
    onCall: (c) => onCall?.(c),
  }).start();
  dir = tempDir("remind-cli-");
  writeFileSync(join(dir.path, "owners.yml"), OWNERS_YAML);
  // Only what the CLI needs: nothing from the developer's own environment leaks in.
  env = {
    PATH: process.env.PATH ?? "",
    TZ: "UTC",
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_API_URL: standIn.apiUrl,
    STATE_DB: join(dir.path, "var", "state.db"),
    OWNERS_FILE: join(dir.path, "owners.yml"),
    REMINDER_CHANNEL,
  };
});
afterEach(async () => {
  await standIn.stop();
  dir.remove();
});

function remind(args: string[], extraEnv: Record<string, string> = {}, started?: (c: ChildProcess) => void) {
  return new Promise<Result>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/remind.ts", ...args], {
      cwd: REPO_ROOT,
      env: { ...env, ...extraEnv },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    started?.(child);
  });
}

/** Successful posts per channel: what each recipient actually received. */
function digestsReceived(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of standIn.callsOf("chat.postMessage")) {
    const channel = String(c.args.channel);
    out[channel] = (out[channel] ?? 0) + 1;
  }
  return out;
}

describe("--schedule", { timeout: 30_000 }, () => {
  it.each(["UTC", "America/Los_Angeles"])(
    "lists the next slots in Tokyo time with the machine in %s",
    async (tz) => {
      const result = await remind(["--schedule", "--json", "--now", "2026-11-20T12:00:00+09:00"], { TZ: tz });
      expect(result.code).toBe(0);
      const { slots } = JSON.parse(result.stdout) as { slots: string[] };
      expect(slots.length).toBeGreaterThanOrEqual(4);
      expect(slots.slice(0, 4)).toEqual([
        "2026-11-24T09:00:00+09:00",
        "2026-11-30T09:00:00+09:00",
        "2026-12-07T09:00:00+09:00",
        "2026-12-14T09:00:00+09:00",
      ]);
      expect(slots).toContain("2027-01-12T09:00:00+09:00");
    },
  );

  it("explains moved and missing slots in Japanese, on the configured weekday and time", async () => {
    const result = await remind(["--schedule", "--now", "2026-12-21T12:00+09:00"], {
      REMINDER_WEEKDAY: "tuesday",
      REMINDER_TIME: "08:30",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("毎週火曜 08:30、Asia/Tokyo");
    expect(result.stdout).toContain("- 2026年12月22日（火）08:30（2026-W52）");
    expect(result.stdout).toContain(
      "- 12月28日（月）～1月3日（日）の週（2026-W53）: 予定の曜日以降に営業日がないため",
    );
    expect(result.stdout).toContain("- 2027年1月12日（火）08:30（2027-W02）");
  });
});

describe("--dry-run", { timeout: 30_000 }, () => {
  it("with the shipped owners.yml: nobody to send to, and says what to configure", async () => {
    const result = await remind(["--dry-run", "--json", "--now", DUE], {
      OWNERS_FILE: "",
      REMINDER_CHANNEL: "",
    });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ period: "2026-W48", reminders: [], behind_items: BEHIND_IN_REPORT });
    expect(
      out.unroutable.flatMap((u: { items: number[] }) => u.items).sort((a: number, b: number) => a - b),
    ).toEqual([2, 6, 6, 10, 13, 14, 15, 16, 17]);
    const text = await remind(["--dry-run", "--now", DUE], { OWNERS_FILE: "", REMINDER_CHANNEL: "" });
    expect(text.stdout).toContain("通知先のない課");
    expect(text.stdout).toContain("REMINDER_CHANNEL");
    expect(standIn.calls).toEqual([]);
  });

  it("lists each recipient's items, sends nothing and creates no state", async () => {
    const result = await remind(["--dry-run", "--json", "--now", DUE]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.period).toBe("2026-W48");
    expect(out.slot).toBe("2026-11-24T09:00:00+09:00");
    expect(out.reminders.map((r: { recipient: string; items: number[] }) => [r.recipient, r.items])).toEqual([
      ["UNOZEI01", [14, 16, 17]],
      ["gyokaku@example.jp", [2]],
      ["CDIGITAL1", [10, 13]],
      [REMINDER_CHANNEL, [6, 15]],
    ]);
    expect(standIn.calls).toEqual([]);
    expect(existsSync(env.STATE_DB as string)).toBe(false);
    const text = await remind(["--dry-run", "--now", DUE]);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("11月23日（月）～11月29日（日）の週のお知らせ（2026-W48）");
    expect(lines[1]).toBe("送信時刻: 2026年11月24日（火）09:00（11月23日（月）が勤労感謝の日のため）");
    expect(text.stdout).toContain("- UNOZEI01（DM、財政課・納税課）: No.14、No.16、No.17");
    // A dry run cannot ask Slack who an address is: it says the merge happens at send time.
    expect(text.stdout).toContain("- gyokaku@example.jp（DM（メールアドレスで検索）、行政管理課）: No.2");
    expect(text.stdout).toContain(
      "同じ人がほかの課にユーザー ID で書かれていれば、その分とまとめて1通で届きます",
    );
  });
});

describe("--send", { timeout: 60_000 }, () => {
  it("sends each digest once across two runs, and never prints the token", async () => {
    const first = await remind(["--send", "--now", DUE]);
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toBe("11月23日（月）～11月29日（日）の週のお知らせ（2026-W48）");
    expect(first.stdout).toContain("送信しました: 4 件");
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });

    const second = await remind(["--send", "--now", "2026-11-26T15:00:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 0 件");
    expect(second.stdout).toContain("送信済みのため送りませんでした: 4 件");
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });

    const dry = await remind(["--dry-run", "--json", "--now", DUE]);
    expect(JSON.parse(dry.stdout).reminders.map((r: { delivery: string }) => r.delivery)).toEqual([
      "sent",
      "sent",
      "sent",
      "sent",
    ]);
    // The address was sent as its user's digest; the dry run still finds it.
    const dryText = await remind(["--dry-run", "--now", DUE]);
    expect(dryText.stdout).toContain(
      "- gyokaku@example.jp（DM（メールアドレスで検索）、行政管理課）: No.2［送信済み、UGYOKAKU1 宛の1通として］",
    );
    for (const out of [first, second, dry]) expect(out.stdout + out.stderr).not.toContain(TOKEN);
  });

  it("resumes after being killed mid-run without anyone getting two digests", async () => {
    let killed = false;
    const first = await remind(["--send", "--now", DUE], {}, (child) => {
      // Killed while Slack is answering the first post: the run never learns whether it went out.
      onCall = (call) => {
        if (call.method === "chat.postMessage" && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
      };
    });
    expect(first.signal).toBe("SIGKILL");
    expect(digestsReceived()).toEqual({ DUGYOKAKU1: 1 });

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(second.stdout).toContain("届いたか確認が必要です");
    expect(second.stdout).toContain("- UGYOKAKU1");
    expect(second.code).toBe(1);
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });

    const third = await remind(["--send", "--now", "2026-11-24T10:10:00+09:00"]);
    expect(third.stdout).toContain("送信しました: 0 件");
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });
  });

  it("strands nobody when killed before a post: opening the second DM", async () => {
    let opens = 0;
    const first = await remind(["--send", "--now", DUE], {}, (child) => {
      onCall = (call) => {
        if (call.method === "conversations.open" && ++opens === 2) child.kill("SIGKILL");
      };
    });
    expect(first.signal).toBe("SIGKILL");
    // One digest went out before the kill; the second person's DM was being opened.
    expect(Object.values(digestsReceived())).toEqual([1]);

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(second.stdout).not.toContain("確認が必要");
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });
  });

  it("stops after the post in flight on Ctrl+C, and the next run sends the rest", async () => {
    const first = await remind(["--send", "--now", DUE], {}, (child) => {
      onCall = (call) => {
        if (call.method === "chat.postMessage") child.kill("SIGINT");
      };
    });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("送信しました: 1 件");
    expect(first.stdout).toContain("途中で止めました");
    expect(Object.values(digestsReceived())).toEqual([1]);

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(digestsReceived()).toEqual({ DUNOZEI01: 1, DUGYOKAKU1: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 });
  });

  it("sends nothing before the slot", async () => {
    const result = await remind(["--send", "--now", "2026-11-23T10:00:00+09:00"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("送信予定: 2026年11月24日（火）09:00");
    expect(result.stdout).toContain("送信するものはありません");
    expect(standIn.calls).toEqual([]);
  });
});

describe("errors", { timeout: 30_000 }, () => {
  it("names a bad variable without echoing its value", async () => {
    const result = await remind(["--send", "--now", DUE], {
      SLACK_BOT_TOKEN: "xoxp-user-token-secret",
      REMINDER_TIMEZONE: "Asia/Osaki",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("REMINDER_TIMEZONE: IANA のタイムゾーン名を設定してください");
    const tokenError = await remind(["--send", "--now", DUE], { SLACK_BOT_TOKEN: "xoxp-user-token-secret" });
    expect(tokenError.code).toBe(2);
    expect(tokenError.stderr).toContain("SLACK_BOT_TOKEN: xoxb- で始まる Bot User OAuth Token");
    expect(result.stderr + tokenError.stderr).not.toContain("secret");
  });

  it("explains usage", async () => {
    const none = await remind([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--dry-run、--send、--schedule のどれか1つを指定してください");
    const badNow = await remind(["--dry-run", "--now", "next monday"]);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain("--now: 日時が読めません");
  });

  it("reports a broken owners.yml with file and line", async () => {
    writeFileSync(join(dir.path, "owners.yml"), "departments:\n  納税科:\n    users: [U1]\n");
    const result = await remind(["--dry-run", "--now", DUE]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("データに誤りがあります（2 件）");
    expect(result.stderr).toMatch(/owners\.yml:2 departments: 「納税科」はプランの課にありません/);
    expect(result.stderr).toMatch(/owners\.yml:3 departments\.納税科\.users\[0\]: ユーザー ID は U で始まる/);
  });
});
