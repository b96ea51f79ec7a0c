/**
 * The run, end to end below the CLI: the real WebClient (with the production options) posting to the loopback
 * stand-in, a real SQLite file, a fixed clock. Each digest goes out once, one per person; failures are per
 * recipient; a 429 is waited out; a post that may have landed is never repeated, not even by the client; a run
 * stopped or killed before a post leaves nothing stranded.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient, type ReminderClient } from "../../src/reminders/client.ts";
import { EmailDirectory } from "../../src/reminders/email-directory.ts";
import type { OwnersConfig } from "../../src/reminders/owners.ts";
import { intervalPacer, noPacing, type Pacer } from "../../src/reminders/pacing.ts";
import { POST_CONCURRENCY, type ReminderRunDeps, sendDueReminders } from "../../src/reminders/send.ts";
import { type Sleep, sleep } from "../../src/sleep.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderDigestMessage } from "../../src/views/reminder-digest.ts";
import { closedPortUrl } from "../support/closed-port.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";
import {
  OWNERS_YAML,
  ownersFrom,
  plan,
  REMINDER_CHANNEL,
  REPO_ROOT,
  type RecordedLogger,
  recordingLogger,
  tempDir,
  USERS_BY_EMAIL,
} from "./fixtures.ts";

const TOKEN = "xoxb-0000-1111-reminder-test-token";
/** Tuesday of the week of 勤労感謝の日, an hour after the moved slot. */
const DUE = new Date("2026-11-24T10:00:00+09:00");
const W48 = "2026-W48";

let standIn: SlackWebApiStandIn;
let dir: ReturnType<typeof tempDir>;
let store: StateStore;
let logger: RecordedLogger;

beforeEach(async () => {
  standIn = await new SlackWebApiStandIn({ usersByEmail: USERS_BY_EMAIL }).start();
  dir = tempDir("send-");
  store = StateStore.open(join(dir.path, "state.db"));
  logger = recordingLogger();
});
afterEach(async () => {
  store.close();
  await standIn.stop();
  dir.remove();
});

const quiet = createLogger({ level: "error", sink: () => {} });

function client(apiUrl = standIn.apiUrl, options: { timeout?: number } = {}): ReminderClient {
  return createReminderClient(TOKEN, { slackApiUrl: apiUrl, logger: quiet, ...options });
}

function deps(overrides: Partial<ReminderRunDeps> = {}): ReminderRunDeps {
  return {
    plan,
    owners: ownersFrom(OWNERS_YAML),
    schedule: DEFAULT_SCHEDULE,
    reminderChannel: REMINDER_CHANNEL,
    client: client(),
    store,
    logger,
    clock: () => DUE,
    pacer: noPacing,
    render: reminderDigestMessage,
    ...overrides,
  };
}

/** channel → item numbers of each successful post, from what the stand-in received. */
function postedItems(): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const call of standIn.callsOf("chat.postMessage")) {
    const blocks = call.args.blocks as { type: string; elements?: { action_id: string }[] }[];
    const items = blocks
      .filter((b) => b.type === "actions")
      .map((b) => Number(b.elements?.[0]?.action_id.split(":")[1]));
    const channel = String(call.args.channel);
    out[channel] = [...(out[channel] ?? []), items];
  }
  return out;
}

describe("sending the week's digests", () => {
  it("posts each digest once: DMs addressed by user ID or found by e-mail, channels directly", async () => {
    const report = await sendDueReminders(deps());
    expect(report).toMatchObject({ week: W48, status: "ran", failed: [], unconfirmed: [], unroutable: [] });
    // The person written by e-mail is keyed by the user ID Slack gave for it.
    expect(report.sent.map((s) => [s.recipient, s.channel, s.items])).toEqual([
      ["UMACHI001", "DUMACHI001", [15]],
      ["UNOZEI01", "DUNOZEI01", [14, 16, 17]],
      ["CDIGITAL1", "CDIGITAL1", [10, 13]],
      [REMINDER_CHANNEL, REMINDER_CHANNEL, [6]],
    ]);
    expect(standIn.callsOf("users.lookupByEmail").map((c) => c.args.email)).toEqual(["machi@example.jp"]);
    // chat.postMessage opens a DM addressed by user ID itself: no conversations.open (Tier 3) per person.
    expect(standIn.callsOf("conversations.open")).toEqual([]);
    expect(postedItems()).toEqual({
      UNOZEI01: [[14, 16, 17]],
      UMACHI001: [[15]],
      CDIGITAL1: [[10, 13]],
      [REMINDER_CHANNEL]: [[6]],
    });
    const post = standIn.callsOf("chat.postMessage").find((c) => c.args.channel === "UNOZEI01");
    expect(post?.tokenKind).toBe("xoxb");
    expect(post?.args.text).toContain("目標に届いていない取組が 3 件あります");
    expect(post?.args.unfurl_links).toBe("false");
    expect(store.deliveriesForWeek(W48).map((d) => [d.recipient, d.status, d.attempts, d.aliases])).toEqual([
      ["CDIGITAL1", "sent", 1, []],
      [REMINDER_CHANNEL, "sent", 1, []],
      ["UMACHI001", "sent", 1, ["machi@example.jp"]],
      ["UNOZEI01", "sent", 1, []],
    ]);
    expect(store.delivery(W48, "UNOZEI01")?.ts).toMatch(/^\d+\.\d+$/);
    expect(logger.lines.filter((l) => l.level === "info")).toHaveLength(4);
  });

  it("counts each recipient's outcome once for /metrics: sent this run, not again on the next", async () => {
    const outcomes: string[] = [];
    const metrics = { reminder: (o: string) => void outcomes.push(o) };
    const first = await sendDueReminders(deps({ metrics }));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(first.sent.length);
    expect(first.sent.length).toBeGreaterThan(0);
    outcomes.length = 0;
    await sendDueReminders(deps({ metrics }));
    expect(outcomes).toEqual([]);
  });

  it("sends nothing the second time in the same week", async () => {
    await sendDueReminders(deps());
    const posts = standIn.callsOf("chat.postMessage").length;
    const second = await sendDueReminders(deps({ clock: () => new Date("2026-11-27T16:00:00+09:00") }));
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(posts);
    expect(second.sent).toEqual([]);
    expect(second.alreadySent).toEqual(["UMACHI001", "UNOZEI01", "CDIGITAL1", REMINDER_CHANNEL]);
  });

  it("sends nothing before the slot: not on 勤労感謝の日 itself", async () => {
    const report = await sendDueReminders(deps({ clock: () => new Date("2026-11-23T10:00:00+09:00") }));
    expect(report.status).toBe("not_due");
    expect(standIn.calls).toEqual([]);
  });

  it("does not send a week late: after a week asleep, last week's digests are stale", async () => {
    const report = await sendDueReminders(deps({ clock: () => new Date("2026-11-30T08:00:00+09:00") }));
    expect([report.week, report.status]).toEqual(["2026-W49", "not_due"]);
    expect(standIn.calls).toEqual([]);
    expect(store.deliveriesForWeek(W48)).toEqual([]);
  });

  it("sends nothing in a week with no business day left (年末年始)", async () => {
    const report = await sendDueReminders(deps({ clock: () => new Date("2025-12-30T10:00:00+09:00") }));
    expect([report.week, report.status]).toEqual(["2026-W01", "no_slot"]);
    expect(standIn.calls).toEqual([]);
  });

  it("stops when the week ends during a run, leaving the rest unsent", async () => {
    let calls = 0;
    // The first post happens on Sunday 23:59; by the next recipient it is Monday of the next week.
    const clock = () => new Date(calls++ < 2 ? "2026-11-29T23:59:00+09:00" : "2026-11-30T00:00:01+09:00");
    const report = await sendDueReminders(deps({ clock }));
    expect(report.sent.map((s) => s.recipient)).toEqual(["UMACHI001"]);
    expect(store.deliveriesForWeek(W48).map((d) => d.recipient)).toEqual(["UMACHI001"]);
  });

  it("leaves out what a recipient snoozed for this week", async () => {
    store.addSnooze({ recipient: "UNOZEI01", item: 16, week: W48 });
    store.addSnooze({ recipient: "UMACHI001", item: 15, week: W48 });
    const report = await sendDueReminders(deps());
    expect(report.sent.map((s) => [s.recipient, s.items])).toEqual([
      ["UNOZEI01", [14, 17]],
      ["CDIGITAL1", [10, 13]],
      [REMINDER_CHANNEL, [6]],
    ]);
  });

  it("reports departments nobody would hear about when there is no REMINDER_CHANNEL", async () => {
    const report = await sendDueReminders(deps({ reminderChannel: null }));
    expect(report.unroutable.map((u) => u.department)).toEqual(["政策課", "秘書広報課"]);
    expect(report.sent).toHaveLength(3);
  });
});

describe("failures", () => {
  const someoneUnknown: OwnersConfig = ownersFrom(
    `${OWNERS_YAML}  政策課:\n    emails: [nobody@example.jp]\n`,
  );

  it("records and logs one failing recipient with the reason, and goes on to the others", async () => {
    const report = await sendDueReminders(deps({ owners: someoneUnknown }));
    expect(report.failed).toEqual([
      { recipient: "nobody@example.jp", reason: "users_not_found", items: [6], attempt: 1 },
    ]);
    expect(report.sent.map((s) => s.recipient)).toEqual([
      "UMACHI001",
      "UNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
    ]);
    expect(store.delivery(W48, "nobody@example.jp")).toMatchObject({
      status: "failed",
      error: "users_not_found",
    });
    const warning = logger.lines.find((l) => l.level === "warn")?.text ?? "";
    expect(warning).toContain("nobody@example.jp");
    expect(warning).toContain("users_not_found");
    expect(warning).toContain("data/owners.yml のメールアドレス");
  });

  it("retries a failed recipient in later runs of the week, then stops", async () => {
    const lookups = () =>
      standIn.callsOf("users.lookupByEmail").filter((c) => c.args.email === "nobody@example.jp");
    const run = () => sendDueReminders(deps({ owners: someoneUnknown, maxAttempts: 2 }));
    await run();
    const second = await run();
    expect(second.failed.map((f) => f.attempt)).toEqual([2]);
    expect(second.sent).toEqual([]);
    const third = await run();
    expect(third.failed).toEqual([]);
    expect(third.gaveUp).toEqual([{ recipient: "nobody@example.jp", reason: "users_not_found" }]);
    // Each run (here without a shared directory, as the CLI runs) asks once: the address may have been added.
    expect(lookups()).toHaveLength(3);
  });

  it("remembers “no such user” for a while when the directory is shared, as the app shares it", async () => {
    const emails = new EmailDirectory(client());
    for (let i = 0; i < 3; i++) await sendDueReminders(deps({ owners: someoneUnknown, emails }));
    expect(
      standIn.callsOf("users.lookupByEmail").filter((c) => c.args.email === "nobody@example.jp"),
    ).toHaveLength(1);
    expect(store.delivery(W48, "nobody@example.jp")).toMatchObject({ status: "failed", attempts: 3 });
  });

  it("records a post Slack refuses (not_in_channel) and sends it once the bot is invited", async () => {
    const channelsOnly = ownersFrom("departments:\n  デジタル戦略課:\n    channel: CDIGITAL1\n");
    standIn.queue("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    const first = await sendDueReminders(deps({ owners: channelsOnly }));
    expect(first.failed.map((f) => [f.recipient, f.reason])).toEqual([["CDIGITAL1", "not_in_channel"]]);
    expect(first.sent.map((s) => s.recipient)).toEqual([REMINDER_CHANNEL]);
    expect(logger.lines.some((l) => l.text.includes("/invite"))).toBe(true);

    const second = await sendDueReminders(deps({ owners: channelsOnly }));
    expect(second.sent.map((s) => s.recipient)).toEqual(["CDIGITAL1"]);
    expect(second.alreadySent).toEqual([REMINDER_CHANNEL]);
    expect(store.delivery(W48, "CDIGITAL1")).toMatchObject({ status: "sent", attempts: 2, error: null });
  });

  it("waits out a 429 (Retry-After: 1) and posts once", async () => {
    standIn.queue("chat.postMessage", {
      status: 429,
      headers: { "Retry-After": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const slept: number[] = [];
    const report = await sendDueReminders(deps({ sleep: async (ms) => void slept.push(ms) }));
    // Retry-After: 1 asked for one wait of 1 s, once; the pacing here is `noPacing`, which never sleeps.
    expect(slept).toEqual([1000]);
    expect(report.failed).toEqual([]);
    expect(report.sent).toHaveLength(4);
    // The stand-in saw the refused attempt and the retry to the same DM; the person got one digest.
    const toFirst = standIn.callsOf("chat.postMessage").filter((c) => c.args.channel === "UMACHI001");
    expect(toFirst).toHaveLength(2);
    expect(store.delivery(W48, "UMACHI001")).toMatchObject({ status: "sent", attempts: 1 });
    expect(logger.lines.some((l) => l.level === "warn" && l.text.includes("429"))).toBe(true);
  });

  it("gives the claim back while it waits out a 429, so a run killed then strands nothing", async () => {
    standIn.queue("chat.postMessage", {
      status: 429,
      headers: { "Retry-After": "7" },
      body: { ok: false, error: "ratelimited" },
    });
    const waits: { ms: number; row: unknown }[] = [];
    const report = await sendDueReminders(
      deps({
        sleep: async (ms) => {
          waits.push({ ms, row: store.delivery(W48, "UMACHI001") });
        },
      }),
    );
    expect(waits).toEqual([
      { ms: 7000, row: expect.objectContaining({ status: "failed", error: "ratelimited", attempts: 0 }) },
    ]);
    expect(report.sent).toHaveLength(4);
    expect(store.delivery(W48, "UMACHI001")).toMatchObject({ status: "sent", attempts: 1, error: null });
  });

  it("waits out a 429 on users.lookupByEmail too", async () => {
    standIn.queue("users.lookupByEmail", {
      status: 429,
      headers: { "Retry-After": "3" },
      body: { ok: false, error: "ratelimited" },
    });
    const slept: number[] = [];
    const report = await sendDueReminders(deps({ sleep: async (ms) => void slept.push(ms) }));
    expect(slept).toEqual([3000]);
    expect(report.failed).toEqual([]);
    expect(report.sent).toHaveLength(4);
  });

  it("records a failure after too many 429s in a row, for a later run to retry", async () => {
    const limited = {
      status: 429,
      headers: { "Retry-After": "1" },
      body: { ok: false, error: "ratelimited" },
    };
    standIn.queue("chat.postMessage", limited, limited, limited);
    const report = await sendDueReminders(deps({ sleep: async () => {}, maxRateLimitRetries: 2 }));
    expect(report.failed).toEqual([
      { recipient: "UMACHI001", reason: "ratelimited", items: [15], attempt: 1 },
    ]);
    expect(standIn.callsOf("chat.postMessage").filter((c) => c.args.channel === "UMACHI001")).toHaveLength(3);
    expect(store.delivery(W48, "UMACHI001")).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("does not send again a digest a stopped run had claimed, and says it needs checking", async () => {
    store.claimDelivery(W48, "UNOZEI01", [14, 16, 17], 3);
    const report = await sendDueReminders(deps());
    expect(report.unconfirmed).toEqual([{ recipient: "UNOZEI01", error: null }]);
    expect(report.sent.map((s) => s.recipient)).not.toContain("UNOZEI01");
    expect(postedItems().UNOZEI01).toBeUndefined();
  });

  describe("when the connection fails", () => {
    let server: Server;
    let url: string;
    beforeEach(async () => {
      // Drops the connection on chat.postMessage: the post may have landed.
      server = createServer((req, res) => {
        if (req.url?.endsWith("/chat.postMessage")) {
          req.socket.destroy();
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: true, channel: { id: "DUNOZEI01" } }));
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    });
    afterEach(async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    });

    const onlyNozei = () => ownersFrom("departments:\n  納税課:\n    users: [UNOZEI01]\n");

    it("leaves a post whose answer was lost pending, never to be resent", async () => {
      const report = await sendDueReminders(
        deps({ owners: onlyNozei(), reminderChannel: null, client: client(url) }),
      );
      expect(report.unconfirmed).toEqual([{ recipient: "UNOZEI01", error: "request_error:UND_ERR_SOCKET" }]);
      // The post went to the user ID; the DM's own ID was in the answer that was lost.
      expect(store.delivery(W48, "UNOZEI01")).toMatchObject({ status: "pending", channel: "UNOZEI01" });
      expect(logger.lines.some((l) => l.level === "error" && l.text.includes("UNOZEI01"))).toBe(true);
    });

    it("records a refused connection as a failure to retry: nothing can have been posted", async () => {
      const closed = client(await closedPortUrl());
      const report = await sendDueReminders(
        deps({ owners: onlyNozei(), reminderChannel: null, client: closed }),
      );
      expect(report.failed.map((f) => f.reason)).toEqual(["request_error:ECONNREFUSED"]);
      expect(store.delivery(W48, "UNOZEI01")?.status).toBe("failed");
    });
  });

  it("never writes the token into a log line", async () => {
    await sendDueReminders(deps({ owners: someoneUnknown }));
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const line of logger.lines) expect(line.text).not.toContain(TOKEN);
  });
});

describe("a post whose answer is lost (production client options)", () => {
  const onlyNozei = () => ownersFrom("departments:\n  納税課:\n    users: [UNOZEI01]\n");

  it("posts once when Slack read the post but the connection dropped, and leaves it pending", async () => {
    standIn.queue("chat.postMessage", { body: null, dropConnection: true });
    const report = await sendDueReminders(deps({ owners: onlyNozei(), reminderChannel: null }));
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(1);
    expect(report.sent).toEqual([]);
    expect(report.unconfirmed).toEqual([{ recipient: "UNOZEI01", error: "request_error:UND_ERR_SOCKET" }]);
    expect(store.delivery(W48, "UNOZEI01")).toMatchObject({ status: "pending", channel: "UNOZEI01" });

    const later = await sendDueReminders(deps({ owners: onlyNozei(), reminderChannel: null }));
    expect(later.unconfirmed).toEqual([{ recipient: "UNOZEI01", error: "request_error:UND_ERR_SOCKET" }]);
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it.each([500, 502, 503])("treats an HTTP %i as maybe posted: once, pending", async (status) => {
    standIn.queue("chat.postMessage", { status, body: { ok: false, error: "internal_error" } });
    const report = await sendDueReminders(deps({ owners: onlyNozei(), reminderChannel: null }));
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(1);
    expect(report.unconfirmed).toEqual([{ recipient: "UNOZEI01", error: `http_${status}` }]);
    expect(store.delivery(W48, "UNOZEI01")?.status).toBe("pending");
  });

  it("retries a lookup whose connection dropped in a later run: nothing was posted", async () => {
    const byEmail = () => ownersFrom("departments:\n  まちづくり推進課:\n    emails: [machi@example.jp]\n");
    standIn.queue("users.lookupByEmail", { body: null, dropConnection: true });
    const first = await sendDueReminders(deps({ owners: byEmail(), reminderChannel: null }));
    expect(first.failed.map((f) => f.reason)).toEqual(["request_error:UND_ERR_SOCKET"]);
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(1);
    expect(standIn.callsOf("chat.postMessage")).toEqual([]);
    const second = await sendDueReminders(deps({ owners: byEmail(), reminderChannel: null }));
    expect(second.sent.map((s) => s.recipient)).toEqual(["UMACHI001"]);
  });

  it("takes only a client that never repeats a request on its own (checked by the type)", () => {
    // Was a run-time check reading WebClient's private fields; the type makes a retrying client unusable.
    const retrying = new webApi.WebClient(TOKEN, { slackApiUrl: standIn.apiUrl });
    // @ts-expect-error a plain WebClient retries on its own and is not a ReminderClient
    const run = (): ReminderRunDeps => deps({ client: retrying });
    expect(typeof run).toBe("function");
  });
});

describe("stopping and dying before a post", () => {
  it("stops before the next digest when the signal aborts, leaving nothing claimed for it", async () => {
    const stop = new AbortController();
    let waits = 0;
    // Stopped while pacing before the second post.
    const pacer: Pacer = {
      wait: async () => {
        if (++waits === 2) stop.abort();
      },
    };
    const report = await sendDueReminders(deps({ pacer, signal: stop.signal }));
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(1);
    expect(report.interrupted).toBe(true);
    expect(report.sent.map((s) => s.recipient)).toEqual(["UMACHI001"]);
    expect(store.deliveriesForWeek(W48).map((d) => [d.recipient, d.status])).toEqual([["UMACHI001", "sent"]]);

    const next = await sendDueReminders(deps());
    expect(next.sent.map((s) => s.recipient)).toEqual(["UNOZEI01", "CDIGITAL1", REMINDER_CHANNEL]);
  });

  it("ends a pacing wait at once when stopped", async () => {
    const stop = new AbortController();
    // The real sleep, watched: a minute-long wait that only the abort can end before the test's timeout.
    const waits: { ms: number; ended: boolean }[] = [];
    let waiting: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const watched: Sleep = async (ms, signal) => {
      const wait = { ms, ended: false };
      waits.push(wait);
      waiting();
      await sleep(ms, signal);
      wait.ended = true;
    };
    // Pacing is per channel and each digest has its own; paced as one channel here, the second post must wait.
    const oneChannel = intervalPacer(60_000, watched, () => 0);
    const pacer: Pacer = { wait: (signal) => oneChannel.wait(signal) };
    const running = sendDueReminders(deps({ pacer, signal: stop.signal }));
    await started;
    expect(waits).toEqual([{ ms: 60_000, ended: false }]);
    stop.abort();
    const report = await running;
    expect(waits).toEqual([{ ms: 60_000, ended: true }]);
    expect(report.sent).toHaveLength(1);
    expect(report.interrupted).toBe(true);
  });

  it("sleeps until the signal aborts, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    try {
      const stop = new AbortController();
      let done = false;
      const waiting = sleep(60_000, stop.signal).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(59_000);
      expect(done).toBe(false);
      stop.abort();
      await waiting;
      expect(vi.getTimerCount()).toBe(0);
      // Already aborted: returns at once, without a timer.
      await sleep(60_000, stop.signal);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("leaves nothing pending when the process dies while pacing: the next run sends it", async () => {
    let waits = 0;
    const dying: Pacer = {
      wait: async () => {
        if (++waits === 2) throw new Error("killed");
      },
    };
    await expect(sendDueReminders(deps({ pacer: dying }))).rejects.toThrow("killed");
    // Nothing was posted for the second digest, so nothing may say "maybe delivered".
    expect(store.deliveriesForWeek(W48).filter((d) => d.status === "pending")).toEqual([]);
    expect(store.deliveriesForWeek(W48).map((d) => [d.recipient, d.status])).toEqual([["UMACHI001", "sent"]]);
    const next = await sendDueReminders(deps());
    expect(next.unconfirmed).toEqual([]);
    expect(next.sent.map((s) => s.recipient)).toEqual(["UNOZEI01", "CDIGITAL1", REMINDER_CHANNEL]);
  });
});

describe("one digest per person", () => {
  // UNOZEI01 by ID for 納税課 and 財政課, and by e-mail for まちづくり推進課.
  const mixed = () =>
    ownersFrom(
      "departments:\n  納税課:\n    users: [UNOZEI01]\n  財政課:\n    users: [UNOZEI01]\n  まちづくり推進課:\n    emails: [nozei@example.jp]\n",
    );
  const directory = { ...USERS_BY_EMAIL, "nozei@example.jp": "UNOZEI01" };

  it("merges a person written by ID and by e-mail into one digest keyed by the ID", async () => {
    await standIn.stop();
    standIn = await new SlackWebApiStandIn({ usersByEmail: directory }).start();
    const report = await sendDueReminders(deps({ owners: mixed(), reminderChannel: null, client: client() }));
    expect(report.sent.map((s) => [s.recipient, s.items])).toEqual([["UNOZEI01", [14, 15, 16, 17]]]);
    expect(postedItems()).toEqual({ UNOZEI01: [[14, 15, 16, 17]] });
    expect(store.deliveriesForWeek(W48).map((d) => [d.recipient, d.aliases])).toEqual([
      ["UNOZEI01", ["nozei@example.jp"]],
    ]);
  });

  it("counts a delivery or snooze an older version recorded under the e-mail", async () => {
    await standIn.stop();
    standIn = await new SlackWebApiStandIn({ usersByEmail: directory }).start();
    store.claimDelivery(W48, "nozei@example.jp", [15], 3);
    store.markSent(W48, "nozei@example.jp", { channel: "DUNOZEI01", ts: "1.1" });
    const report = await sendDueReminders(deps({ owners: mixed(), reminderChannel: null, client: client() }));
    expect(report.alreadySent).toEqual(["UNOZEI01"]);
    expect(standIn.callsOf("chat.postMessage")).toEqual([]);

    store.addSnooze({ recipient: "nozei@example.jp", item: 15, week: "2026-W49" });
    const next = await sendDueReminders(
      deps({
        owners: mixed(),
        reminderChannel: null,
        client: client(),
        clock: () => new Date("2026-11-30T10:00:00+09:00"),
      }),
    );
    expect(next.sent.map((s) => [s.recipient, s.items])).toEqual([["UNOZEI01", [14, 16, 17]]]);
  });

  it("keeps an address that Slack does not know as its own recipient, and reports it", async () => {
    const report = await sendDueReminders(deps({ owners: mixed(), reminderChannel: null }));
    expect(report.sent.map((s) => [s.recipient, s.items])).toEqual([["UNOZEI01", [14, 16, 17]]]);
    expect(report.failed).toEqual([
      { recipient: "nozei@example.jp", reason: "users_not_found", items: [15], attempt: 1 },
    ]);
    // Looked up once, not again when its digest came up.
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(1);
  });
});

describe("pacing and caching", () => {
  it("waits on the pacer before every post", async () => {
    let waits = 0;
    const counting: Pacer = { wait: async () => void waits++ };
    const report = await sendDueReminders(deps({ pacer: counting }));
    expect(waits).toBe(report.sent.length);
  });

  it("spaces posts by the interval, measured from the previous post", async () => {
    let clock = 0;
    const slept: number[] = [];
    const pacer = intervalPacer(
      1000,
      async (ms) => {
        slept.push(ms);
        clock += ms;
      },
      () => clock,
    );
    await pacer.wait();
    clock += 300;
    await pacer.wait();
    clock += 1500;
    await pacer.wait();
    expect(slept).toEqual([700]);
  });

  it("looks an e-mail up once across runs when the directory is shared", async () => {
    const emails = new EmailDirectory(client());
    await sendDueReminders(deps({ emails }));
    await sendDueReminders(deps({ emails, clock: () => new Date("2026-11-30T10:00:00+09:00") }));
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(1);
    // The first post went to the user ID, the second to the DM channel Slack answered with (kept in the store).
    expect(
      standIn
        .callsOf("chat.postMessage")
        .map((c) => c.args.channel)
        .filter((c) => String(c).endsWith("UMACHI001")),
    ).toEqual(["UMACHI001", "DUMACHI001"]);
  });
});

describe("posts in flight together (concurrency)", () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => `UC${String(i).padStart(3, "0")}`);
  const ownersOf = (ids: string[]) => ownersFrom(`departments:\n  納税課:\n    users: [${ids.join(", ")}]\n`);
  const concurrent = (ids: string[], overrides: Partial<ReminderRunDeps> = {}) =>
    deps({ owners: ownersOf(ids), reminderChannel: null, concurrency: POST_CONCURRENCY, ...overrides });
  const limited = { status: 429, headers: { "Retry-After": "2" }, body: { ok: false, error: "ratelimited" } };

  it("reports in the plan's order although the answers come back in another", async () => {
    const ids = people(3);
    // The second batch is UC001 and UC002; the answer to whichever arrives first is held back, so the other's
    // comes first.
    standIn.queue(
      "chat.postMessage",
      { body: { ok: true, ts: "1.1" } },
      { body: { ok: true, ts: "1.2" }, delayMs: 200 },
    );
    const report = await sendDueReminders(concurrent(ids));
    expect(report.sent.map((s) => s.recipient)).toEqual(ids);
    expect(store.deliveriesForWeek(W48).map((d) => [d.recipient, d.status])).toEqual(
      ids.map((id) => [id, "sent"]),
    );
  });

  it("gives a refused post's claim back while it waits, with the batch's answered posts already recorded", async () => {
    const ids = people(5);
    // The third post to arrive (one of the second batch, UC001 and UC002) is refused, its answer sent well after
    // the other's, so that the other is answered by the time the refusal is.
    standIn.queue(
      "chat.postMessage",
      { body: { ok: true, ts: "1.1" } },
      { body: { ok: true, ts: "1.2" } },
      { ...limited, delayMs: 300 },
    );
    const waits: { ms: number; rows: [string, string, number][] }[] = [];
    const report = await sendDueReminders(
      concurrent(ids, {
        sleep: async (ms) => {
          const rows = store
            .deliveriesForWeek(W48)
            .map((d): [string, string, number] => [d.recipient, d.status, d.attempts]);
          waits.push({ ms, rows });
        },
      }),
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]?.ms).toBe(2_000);
    const refused = standIn.callsOf("chat.postMessage")[2]?.args.channel;
    const other = refused === "UC001" ? "UC002" : "UC001";
    // Refused: given back (failed, the attempt not counted). The other post of its batch got the first queued
    // answer and was recorded before the wait began. Nothing of a later batch was claimed.
    expect(waits[0]?.rows).toEqual(
      [
        ["UC000", "sent", 1],
        [refused, "failed", 0],
        [other, "sent", 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(report.failed).toEqual([]);
    expect(report.sent.map((s) => s.recipient)).toEqual(ids);
    expect(postedCounts()).toEqual({
      UC000: 1,
      UC001: 1,
      UC002: 1,
      UC003: 1,
      UC004: 1,
      [String(refused)]: 2,
    });
    expect(store.deliveriesForWeek(W48).every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("refuses a claim inside settleTogether, whose commit is not flushed to disk", () => {
    store.claimDelivery(W48, "UC000", [14], 3);
    expect(() =>
      store.settleTogether(() => {
        store.markSent(W48, "UC000", { channel: "DUC000", ts: "1.1" });
        store.claimDelivery(W48, "UC001", [14], 3);
      }),
    ).toThrow("cannot be claimed inside settleTogether");
    // The transaction was rolled back whole, and claims work again after it.
    expect(store.delivery(W48, "UC000")?.status).toBe("pending");
    expect(store.claimDelivery(W48, "UC001", [14], 3)).toEqual({ claimed: true, attempt: 1 });
  });

  /** Posts received per channel, refused ones included. */
  function postedCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of standIn.callsOf("chat.postMessage"))
      out[String(c.args.channel)] = (out[String(c.args.channel)] ?? 0) + 1;
    return out;
  }

  it("a run killed (SIGKILL) mid-batch leaves that batch unconfirmed, never sent twice, and the rest to the next run", {
    timeout: 30_000,
  }, async () => {
    const ids = people(12);
    const statePath = join(dir.path, "state.db");
    let child: ChildProcess | null = null;
    const arrivedBeforeKill: string[] = [];
    let killed = false;
    // Batches of 1, 2 and 4: the run is killed when the first post of the third batch (UC003-UC006) arrives, before
    // Slack answers it. Its other posts may have left the process or not: either way they may have been posted.
    const killing = await new SlackWebApiStandIn({
      onCall: (call) => {
        if (call.method !== "chat.postMessage" || killed) return;
        arrivedBeforeKill.push(String(call.args.channel));
        if (arrivedBeforeKill.length === 4) {
          killed = true;
          child?.kill("SIGKILL");
        }
      },
    }).start();
    try {
      const exit = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
        const spawned = spawn(process.execPath, ["--import", "tsx", "tests/support/remind-child.ts"], {
          cwd: REPO_ROOT,
          env: {
            PATH: process.env.PATH ?? "",
            STATE_DB: statePath,
            SLACK_API_URL: killing.apiUrl,
            PEOPLE: ids.join(","),
            NOW: DUE.toISOString(),
          },
          stdio: ["ignore", "ignore", "inherit"],
        });
        child = spawned;
        spawned.on("error", reject);
        spawned.on("close", (_code, signal) => resolve(signal));
      });
      expect(exit).toBe("SIGKILL");
      // What the killed run left on disk: the first two batches sent, the third claimed ("pending"), no more.
      const left = store.deliveriesForWeek(W48).map((d) => [d.recipient, d.status]);
      expect(left).toEqual([
        ["UC000", "sent"],
        ["UC001", "sent"],
        ["UC002", "sent"],
        ["UC003", "pending"],
        ["UC004", "pending"],
        ["UC005", "pending"],
        ["UC006", "pending"],
      ]);

      const next = await sendDueReminders(concurrent(ids));
      expect(next.unconfirmed.map((u) => u.recipient)).toEqual(["UC003", "UC004", "UC005", "UC006"]);
      expect(next.alreadySent).toEqual(["UC000", "UC001", "UC002"]);
      expect(next.sent.map((s) => s.recipient)).toEqual(ids.slice(7));
      // Nobody got two: each post of the killed run (received before or after the kill) plus the next run's.
      const received: Record<string, number> = {};
      for (const c of [...killing.callsOf("chat.postMessage"), ...standIn.callsOf("chat.postMessage")]) {
        received[String(c.args.channel)] = (received[String(c.args.channel)] ?? 0) + 1;
      }
      expect(Object.values(received).every((n) => n === 1)).toBe(true);
      for (const id of [...ids.slice(0, 3), ...ids.slice(7)]) expect(received[id]).toBe(1);
      // The kill came with the first post of the third batch, after the two earlier batches' posts.
      expect(arrivedBeforeKill.slice(0, 3).sort()).toEqual(["UC000", "UC001", "UC002"]);
      expect(["UC003", "UC004", "UC005", "UC006"]).toContain(arrivedBeforeKill[3]);

      const third = await sendDueReminders(concurrent(ids));
      expect(third.sent).toEqual([]);
      expect(standIn.callsOf("chat.postMessage")).toHaveLength(5);
    } finally {
      (child as ChildProcess | null)?.kill("SIGKILL");
      await killing.stop();
    }
  });
});
