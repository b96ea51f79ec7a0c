/**
 * `npm run remind` as the secretariat and cron run it. Most tests call the CLI's `main` in-process, with its own
 * environment, a fixed clock and a sleep that records the waits instead of sleeping, posting through the real
 * WebClient to the loopback stand-in and keeping state in a real SQLite file. Three tests start a real process,
 * for what only a process shows: the exit status the shell sees, a SIGTERM from cron mid-send, and a process
 * killed while a post is in flight (maybe delivered: never resent).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/remind.ts";
import { type RecordedCall, SlackWebApiStandIn } from "../support/web-api-stand-in.ts";
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
const EVERYONE_ONCE = { UNOZEI01: 1, UMACHI001: 1, CDIGITAL1: 1, [REMINDER_CHANNEL]: 1 };

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  /** Every wait the run asked for, in ms, in order (pacing and Retry-After). */
  waits: number[];
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
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_API_URL: standIn.apiUrl,
    STATE_DB: join(dir.path, "var", "state.db"),
    PLAN_DATA_DIR: join(REPO_ROOT, "data"),
    OWNERS_FILE: join(dir.path, "owners.yml"),
    REMINDER_CHANNEL,
  };
});
afterEach(async () => {
  await standIn.stop();
  dir.remove();
});

interface RunOptions {
  env?: Record<string, string>;
  /** The io clock's start (what "now" is without --now); waits move it forward. */
  clock?: string;
  signal?: AbortSignal;
  /** Replaces the recording sleep (called after the wait is recorded). */
  sleep?: (ms: number, call: number) => Promise<void>;
}

/** Runs `main` in-process. The clock stands still except for the waits, so the pacing waits are exact. */
async function remind(args: string[], options: RunOptions = {}): Promise<Result> {
  const result: Result = { code: -1, stdout: "", stderr: "", waits: [] };
  let clock = new Date(options.clock ?? "2026-11-20T12:00:00+09:00").getTime();
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
        throw new Error("remind reads no input");
      },
    },
    now: () => new Date(clock),
    sleep: async (ms) => {
      result.waits.push(ms);
      clock += ms;
      await options.sleep?.(ms, result.waits.length);
    },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  result.code = await main(args, { ...env, ...options.env }, io);
  return result;
}

/** Successful posts per channel: what each recipient actually received. */
/** Posts per recipient: a DM is addressed by user ID, or by the DM's channel ID (D + user ID here) once known. */
function digestsReceived(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of standIn.callsOf("chat.postMessage")) {
    const channel = String(c.args.channel).replace(/^D(?=U)/, "");
    out[channel] = (out[channel] ?? 0) + 1;
  }
  return out;
}

describe("--schedule", () => {
  it("lists the next slots in Tokyo time, from --now or else from the clock", async () => {
    const result = await remind(["--schedule", "--json", "--now", "2026-11-20T12:00:00+09:00"]);
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
    // Without --now the io clock is "now": a week later, the first slot is a week later.
    const fromClock = await remind(["--schedule", "--json"], { clock: "2026-11-27T12:00:00+09:00" });
    expect((JSON.parse(fromClock.stdout) as { slots: string[] }).slots[0]).toBe("2026-11-30T09:00:00+09:00");
  });

  it("explains moved and missing slots in Japanese, on the configured weekday and time", async () => {
    const result = await remind(["--schedule", "--now", "2026-12-21T12:00+09:00"], {
      env: { REMINDER_WEEKDAY: "tuesday", REMINDER_TIME: "08:30" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("毎週火曜 08:30、Asia/Tokyo");
    expect(result.stdout).toContain("- 2026年12月22日（火）08:30（2026-W52）");
    expect(result.stdout).toContain(
      "- 12月28日（月）～1月3日（日）の週（2026-W53）: 予定の曜日以降に営業日がないため",
    );
    expect(result.stdout).toContain("- 2027年1月12日（火）08:30（2027-W02）");
  });

  it("reads --now without an offset in REMINDER_TIMEZONE, never in the machine's zone", async () => {
    // 2026-11-24 is a Tuesday; 08:59 is before that week's 09:00 slot in Tokyo, 10:00 after it.
    const before = await remind(["--schedule", "--json", "--now", "2026-11-24T08:59"]);
    const after = await remind(["--schedule", "--json", "--now", "2026-11-24T10:00"]);
    expect((JSON.parse(before.stdout) as { slots: string[] }).slots[0]).toBe("2026-11-24T09:00:00+09:00");
    expect((JSON.parse(after.stdout) as { slots: string[] }).slots[0]).toBe("2026-11-30T09:00:00+09:00");
  });
});

describe("--dry-run", () => {
  it("with the shipped owners.yml: nobody to send to, and says what to configure", async () => {
    const shipped = { OWNERS_FILE: "", REMINDER_CHANNEL: "" };
    const result = await remind(["--dry-run", "--json", "--now", DUE], { env: shipped });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ period: "2026-W48", reminders: [], behind_items: BEHIND_IN_REPORT });
    expect(
      out.unroutable.flatMap((u: { items: number[] }) => u.items).sort((a: number, b: number) => a - b),
    ).toEqual([6, 6, 10, 13, 14, 15, 16, 17]);
    const text = await remind(["--dry-run", "--now", DUE], { env: shipped });
    expect(text.stdout).toContain("通知先のない課");
    expect(text.stdout).toContain("REMINDER_CHANNEL");
    expect(standIn.calls).toEqual([]);
  });

  it("lists each recipient's items, sends nothing and creates no state", async () => {
    // No --now: the week is the io clock's.
    const result = await remind(["--dry-run", "--json"], { clock: DUE });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.period).toBe("2026-W48");
    expect(out.slot).toBe("2026-11-24T09:00:00+09:00");
    expect(out.reminders.map((r: { recipient: string; items: number[] }) => [r.recipient, r.items])).toEqual([
      ["UNOZEI01", [14, 16, 17]],
      ["machi@example.jp", [15]],
      ["CDIGITAL1", [10, 13]],
      [REMINDER_CHANNEL, [6]],
    ]);
    expect(standIn.calls).toEqual([]);
    expect(existsSync(env.STATE_DB as string)).toBe(false);
    const text = await remind(["--dry-run", "--now", DUE]);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("11月23日（月）～11月29日（日）の週のお知らせ（2026-W48）");
    expect(lines[1]).toBe("送信時刻: 2026年11月24日（火）09:00（11月23日（月）が勤労感謝の日のため）");
    expect(text.stdout).toContain("- UNOZEI01（DM、財政課・納税課）: No.14、No.16、No.17");
    // A dry run cannot ask Slack who an address is: it says the merge happens at send time.
    expect(text.stdout).toContain(
      "- machi@example.jp（DM（メールアドレスで検索）、まちづくり推進課）: No.15",
    );
    expect(text.stdout).toContain(
      "同じ人がほかの課にユーザー ID で書かれていれば、その分とまとめて1通で届きます",
    );
    expect(text.waits).toEqual([]);
  });
});

describe("--send", () => {
  it("sends each digest once across two runs, paced, and never prints the token", async () => {
    const first = await remind(["--send", "--now", DUE], { env: { LOG_LEVEL: "debug" } });
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toBe("11月23日（月）～11月29日（日）の週のお知らせ（2026-W48）");
    expect(first.stdout).toContain("送信しました: 4 件");
    expect(digestsReceived()).toEqual(EVERYONE_ONCE);
    // Four posts to four channels: pacing is per channel (about one post a second each), so nothing waits.
    expect(first.waits).toEqual([]);

    const second = await remind(["--send", "--now", "2026-11-26T15:00:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 0 件");
    expect(second.stdout).toContain("送信済みのため送りませんでした: 4 件");
    expect(digestsReceived()).toEqual(EVERYONE_ONCE);
    expect(second.waits).toEqual([]);

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
      "- machi@example.jp（DM（メールアドレスで検索）、まちづくり推進課）: No.15［送信済み、UMACHI001 宛の1通として］",
    );
    // Debug logging went to stderr (so it was on), and still without the token.
    expect(first.stderr).toContain("[DEBUG]");
    for (const out of [first, second, dry]) expect(out.stdout + out.stderr).not.toContain(TOKEN);
  });

  it("waits out a 429 for its Retry-After, exactly once, and posts once", async () => {
    standIn.queue("chat.postMessage", {
      status: 429,
      headers: { "Retry-After": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const result = await remind(["--send", "--now", DUE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("送信しました: 4 件");
    // Retry-After 1 s, and no pacing: each post goes to a channel of its own.
    expect(result.waits).toEqual([1000]);
    expect(result.stderr).toContain("Slack の送信制限（429）: 1 秒待って再試行します（chat.postMessage）");
    // The refused attempt and its retry, then one post each.
    expect(standIn.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual([
      "UMACHI001",
      "UMACHI001",
      "UNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
    ]);
  });

  it("stops after the post in flight when asked to, and the next run sends the rest", async () => {
    const stop = new AbortController();
    onCall = (call) => {
      if (call.method === "chat.postMessage") stop.abort("SIGTERM");
    };
    const first = await remind(["--send", "--now", DUE], { signal: stop.signal });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("送信しました: 1 件");
    expect(first.stdout).toContain("途中で止めました");
    expect(first.stderr).toContain("SIGTERM を受け取りました。送信中の1通を終えてから止めます");
    expect(Object.values(digestsReceived())).toEqual([1]);

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(digestsReceived()).toEqual(EVERYONE_ONCE);
  });

  it("strands nobody when the run dies before a post (waiting out a 429 on the second)", async () => {
    // Posts to different channels are not paced any more, so the run is made to wait before its second post by
    // a 429 whose wait never ends: to the state file, that run is a process that died there.
    const ok = { body: { ok: true, channel: "DUMACHI001", ts: "1.000001" } };
    standIn.queue("chat.postMessage", ok, {
      status: 429,
      headers: { "Retry-After": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    let waiting: () => void = () => {};
    const inTheWait = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    void remind(["--send", "--now", DUE], {
      sleep: () => {
        waiting();
        return new Promise(() => {});
      },
    });
    // In the wait, the 429 has been handled: the claim was given back before it.
    await inTheWait;
    // One digest went out before it died; the second was refused, its claim given back while waiting.
    expect(Object.values(digestsReceived())).toEqual([1, 1]);

    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(second.stdout).not.toContain("確認が必要");
    // The second person's post was refused once (the 429 above, nothing posted) and posted once.
    expect(digestsReceived()).toEqual({ ...EVERYONE_ONCE, UNOZEI01: 2 });
    expect(standIn.callsOf("chat.postMessage").filter((c) => c.args.channel === "UNOZEI01")).toHaveLength(2);
  });

  it("sends nothing before the slot", async () => {
    const result = await remind(["--send", "--now", "2026-11-23T10:00:00+09:00"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("送信予定: 2026年11月24日（火）09:00");
    expect(result.stdout).toContain("送信するものはありません");
    expect(standIn.calls).toEqual([]);
  });
});

describe("errors", () => {
  it("names a bad variable in Japanese without echoing its value", async () => {
    const result = await remind(["--send", "--now", DUE], {
      env: { SLACK_BOT_TOKEN: "xoxp-user-token-secret", REMINDER_TIMEZONE: "Asia/Osaki" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("REMINDER_TIMEZONE: IANA のタイムゾーン名を設定してください");
    const tokenError = await remind(["--send", "--now", DUE], {
      env: { SLACK_BOT_TOKEN: "xoxp-user-token-secret" },
    });
    expect(tokenError.code).toBe(2);
    expect(tokenError.stderr).toContain("SLACK_BOT_TOKEN: xoxb- で始まる Bot User OAuth Token");
    const noToken = await remind(["--send", "--now", DUE], { env: { SLACK_BOT_TOKEN: "" } });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("SLACK_BOT_TOKEN: 設定されていません。");
    const logLevel = await remind(["--send", "--now", DUE], { env: { LOG_LEVEL: "verbose" } });
    expect(logLevel.code).toBe(2);
    expect(logLevel.stderr).toBe(
      // One ConfigError for the app and the CLI: it points to the README's settings section too.
      "設定に誤りがあります:\n- LOG_LEVEL: debug、info、warn、error のどれかを設定してください（ふだんは info）\n（README の「設定」を参照してください）\n",
    );
    expect(result.stderr + tokenError.stderr).not.toContain("secret");
    expect(standIn.calls).toEqual([]);
  });

  it("explains usage, with a did-you-mean for a misspelt option", async () => {
    const none = await remind([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--dry-run、--send、--schedule のどれか1つを指定してください");
    const badNow = await remind(["--dry-run", "--now", "next monday"]);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain("--now: 日時が読めません");

    const typo = await remind(["--dryrun"]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr.split("\n")[0]).toBe("不明なオプション: --dryrun（--dry-run ではありませんか）");
    expect(typo.stderr).toContain("使い方:\n  npm run --silent remind -- --dry-run");

    const cases: [string[], string][] = [
      [["--dry-run", "--now"], "--now のあとに日時（例: 2026-11-24T10:00）を書いてください。"],
      [["--dry-run", "--now", "--json"], "--now のあとに日時（例: 2026-11-24T10:00）を書いてください。"],
      [["--dry-run", "--json=yes"], "--json には値を付けません。"],
      [["--dry-run", "today"], "余分な引数があります: today"],
      [["--send", "--json"], "--json は --dry-run と --schedule で使えます。"],
      [["--send", "--dry-run"], "--dry-run、--send、--schedule のどれか1つを指定してください。"],
      [["-x", "--send"], "不明なオプション: -x"],
    ];
    for (const [args, message] of cases) {
      const r = await remind(args);
      expect([args, r.code, r.stderr.split("\n")[0]]).toEqual([args, 2, message]);
      expect(r.stderr).toContain("使い方:");
    }
    expect(standIn.calls).toEqual([]);
  });

  it("prints its usage for --help and -h, on stdout", async () => {
    for (const flag of ["--help", "-h"]) {
      const help = await remind([flag]);
      expect(help.code).toBe(0);
      expect(help.stderr).toBe("");
      expect(help.stdout).toMatch(/^使い方:\n/);
      for (const option of ["--dry-run", "--send", "--schedule", "--json", "--now", "-h, --help"]) {
        expect(help.stdout).toContain(option);
      }
      expect(help.stdout).toContain("例:");
    }
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

interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a real process, as cron starts it; `started` gets the child to signal. */
function remindProcess(
  args: string[],
  extraEnv: Record<string, string> = {},
  started?: (c: ChildProcess) => void,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/remind.ts", ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", TZ: "UTC", ...env, ...extraEnv },
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

// Starting Node with tsx takes seconds on a busy machine: generous limits, and every wait is on an event.
describe("as a process", { timeout: 30_000 }, () => {
  it("gives the shell its exit status: 2 for a usage error, 0 for a schedule in a far-away machine zone", async () => {
    const typo = await remindProcess(["--dryrun"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("不明なオプション: --dryrun（--dry-run ではありませんか）");
    const schedule = await remindProcess(["--schedule", "--json", "--now", "2026-11-24T08:59"], {
      TZ: "America/Los_Angeles",
    });
    expect(schedule.code).toBe(0);
    expect((JSON.parse(schedule.stdout) as { slots: string[] }).slots[0]).toBe("2026-11-24T09:00:00+09:00");
  });

  it("stops after the post in flight on SIGTERM, exits 1, and the next run sends the rest", async () => {
    let signalled = false;
    // Posts to different channels are not paced any more, so the wait the signal lands in is a 429's on the
    // second post (before, the pacing wait): the signal ends it, and the refused post was not a delivery.
    standIn.queue(
      "chat.postMessage",
      { body: { ok: true, channel: "DUMACHI001", ts: "1.000001" } },
      {
        status: 429,
        headers: { "Retry-After": "1" },
        body: { ok: false, error: "ratelimited" },
      },
    );
    const first = await remindProcess(["--send", "--now", DUE], {}, (child) => {
      // Once: a second signal means "stop at once" (exit 130).
      onCall = (call) => {
        if (call.method === "chat.postMessage" && !signalled) {
          signalled = true;
          child.kill("SIGTERM");
        }
      };
    });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("送信しました: 1 件");
    expect(first.stdout).toContain("途中で止めました");
    expect(first.stderr).toContain("SIGTERM を受け取りました");

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("送信しました: 3 件");
    // UNOZEI01's first post was the refused one: in the first run, or, if the signal was quicker than that
    // post, in the second (which waited it out).
    expect(digestsReceived()).toEqual({ ...EVERYONE_ONCE, UNOZEI01: 2 });
  });

  it("resumes after being killed mid-post without anyone getting two digests", async () => {
    let killed = false;
    const first = await remindProcess(["--send", "--now", DUE], {}, (child) => {
      // Killed while Slack is answering the first post: the run never learns whether it went out.
      onCall = (call) => {
        if (call.method === "chat.postMessage" && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
      };
    });
    expect(first.signal).toBe("SIGKILL");
    expect(digestsReceived()).toEqual({ UMACHI001: 1 });

    onCall = null;
    const second = await remind(["--send", "--now", "2026-11-24T10:05:00+09:00"]);
    expect(second.stdout).toContain("送信しました: 3 件");
    expect(second.stdout).toContain("届いたか確認が必要です");
    expect(second.stdout).toContain("- UMACHI001");
    expect(second.code).toBe(1);
    expect(digestsReceived()).toEqual(EVERYONE_ONCE);

    const third = await remind(["--send", "--now", "2026-11-24T10:10:00+09:00"]);
    expect(third.stdout).toContain("送信しました: 0 件");
    expect(digestsReceived()).toEqual(EVERYONE_ONCE);
  });
});
