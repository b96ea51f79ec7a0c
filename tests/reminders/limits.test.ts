/**
 * Reminders bounded by Slack's limits, not by ours: pacing per channel, DMs addressed by user ID (no
 * conversations.open) with the DM's channel ID kept for the next run, e-mail look-ups kept in the state file
 * across runs, and 429s waited out for as long as the week is due, not longer.
 */
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient, type ReminderClient } from "../../src/reminders/client.ts";
import { intervalPacer, noPacing, POST_INTERVAL_MS } from "../../src/reminders/pacing.ts";
import {
  POST_CONCURRENCY,
  type ReminderRunDeps,
  type RunReport,
  sendDueReminders,
} from "../../src/reminders/send.ts";
import type { Sleep } from "../../src/sleep.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderDigestMessage } from "../../src/views/reminder-digest.ts";
import { LimitedWebApiStandIn, SLACK_LIMITS } from "../support/limited-web-api-stand-in.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";
import {
  OWNERS_YAML,
  ownersFrom,
  plan,
  REMINDER_CHANNEL,
  recordingLogger,
  tempDir,
  USERS_BY_EMAIL,
} from "./fixtures.ts";

const DUE = new Date("2026-11-24T10:00:00+09:00");
const NEXT_WEEK = new Date("2026-11-30T10:00:00+09:00");
const W48 = "2026-W48";
const quiet = createLogger({ level: "error", sink: () => {} });

let standIn: SlackWebApiStandIn;
let dir: ReturnType<typeof tempDir>;
let store: StateStore;

beforeEach(async () => {
  standIn = await new SlackWebApiStandIn({ usersByEmail: USERS_BY_EMAIL }).start();
  dir = tempDir("limits-");
  store = StateStore.open(join(dir.path, "state.db"));
});
afterEach(async () => {
  store.close();
  await standIn.stop();
  dir.remove();
});

function deps(overrides: Partial<ReminderRunDeps> = {}): ReminderRunDeps {
  return {
    plan,
    owners: ownersFrom(OWNERS_YAML),
    schedule: DEFAULT_SCHEDULE,
    reminderChannel: REMINDER_CHANNEL,
    client: createReminderClient("xoxb-0000-limits", {
      slackApiUrl: standIn.apiUrl,
      logger: createLogger({ level: "error", sink: () => {} }),
    }),
    store,
    logger: recordingLogger(),
    clock: () => DUE,
    pacer: noPacing,
    render: reminderDigestMessage,
    ...overrides,
  };
}

describe("pacing per channel", () => {
  it("spaces posts to one channel by the interval and lets posts to other channels go at once", async () => {
    const slept: number[] = [];
    let now = 0;
    const pacer = intervalPacer(
      1_100,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
      () => now,
    );
    await pacer.wait(undefined, "UA");
    await pacer.wait(undefined, "UB");
    await pacer.wait(undefined, "CC");
    expect(slept).toEqual([]);
    now += 300;
    await pacer.wait(undefined, "UA");
    expect(slept).toEqual([800]);
    await pacer.wait(undefined, "UB");
    expect(slept).toEqual([800]);
  });

  it("asks the pacer with each digest's own channel", async () => {
    const asked: (string | undefined)[] = [];
    await sendDueReminders(deps({ pacer: { wait: async (_s, channel) => void asked.push(channel) } }));
    expect(asked).toEqual(["UMACHI001", "UNOZEI01", "CDIGITAL1", REMINDER_CHANNEL]);
  });
});

describe("DMs and look-ups", () => {
  it("posts a DM to the user ID, never opening it, and uses the DM's channel ID from then on", async () => {
    const first = await sendDueReminders(deps());
    expect(standIn.callsOf("conversations.open")).toEqual([]);
    expect(first.sent.map((s) => [s.recipient, s.channel])).toEqual([
      ["UMACHI001", "DUMACHI001"],
      ["UNOZEI01", "DUNOZEI01"],
      ["CDIGITAL1", "CDIGITAL1"],
      [REMINDER_CHANNEL, REMINDER_CHANNEL],
    ]);
    await sendDueReminders(deps({ clock: () => NEXT_WEEK }));
    expect(standIn.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual([
      "UMACHI001",
      "UNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
      "DUMACHI001",
      "DUNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
    ]);
  });

  it("looks an address up once across runs that share nothing but the state file (the CLI)", async () => {
    await sendDueReminders(deps());
    const reopened = StateStore.open(join(dir.path, "state.db"));
    try {
      const second = await sendDueReminders(deps({ store: reopened, clock: () => NEXT_WEEK }));
      expect(second.sent.map((s) => s.recipient)).toContain("UMACHI001");
      // And an hour later in the same week, when there is nothing left to send: the look-up is not repeated.
      await sendDueReminders(deps({ store: reopened, clock: () => new Date("2026-11-30T11:00:00+09:00") }));
    } finally {
      reopened.close();
    }
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(1);
  });

  it("asks again after the cached user ID expires (30 days)", async () => {
    await sendDueReminders(deps());
    await sendDueReminders(deps({ clock: () => new Date("2026-12-22T10:00:00+09:00") }));
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(1);
    await sendDueReminders(deps({ clock: () => new Date("2027-02-02T10:00:00+09:00") }));
    expect(standIn.callsOf("users.lookupByEmail")).toHaveLength(2);
  });
});

describe("429s", () => {
  const limited = {
    status: 429,
    headers: { "Retry-After": "30" },
    body: { ok: false, error: "ratelimited" },
  };

  it("keeps waiting out 429s on a post while the week is due, far past the old five", async () => {
    standIn.queue("chat.postMessage", ...Array.from({ length: 12 }, () => limited));
    const slept: number[] = [];
    const report = await sendDueReminders(deps({ sleep: async (ms) => void slept.push(ms) }));
    expect(slept).toHaveLength(12);
    expect(report.failed).toEqual([]);
    expect(report.sent).toHaveLength(4);
    expect(store.delivery(W48, "UMACHI001")).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("stops waiting when the week ends during the wait: the digest is failed, nothing more is posted", async () => {
    standIn.queue("chat.postMessage", limited);
    let now = DUE;
    const report = await sendDueReminders(
      deps({
        clock: () => now,
        sleep: async () => {
          now = NEXT_WEEK;
        },
      }),
    );
    expect(standIn.callsOf("chat.postMessage")).toHaveLength(1);
    expect(report.sent).toEqual([]);
    expect(report.failed.map((f) => [f.recipient, f.reason])).toEqual([["UMACHI001", "ratelimited"]]);
    expect(store.delivery(W48, "UMACHI001")).toMatchObject({ status: "failed" });
  });
});

describe("the limited stand-in", () => {
  let limited: LimitedWebApiStandIn;
  let now = 0;
  afterEach(async () => {
    await limited.stop();
  });

  const post = (c: ReminderClient, channel: string) => c.chat.postMessage({ channel, text: "x" });

  it("refuses a second post to one channel within a second, and posts to another channel at once", async () => {
    now = 0;
    limited = await new LimitedWebApiStandIn({}, () => now).start();
    const c = createReminderClient("xoxb-0000-limits", { slackApiUrl: limited.apiUrl, logger: quiet });
    await post(c, "C1");
    await post(c, "C2");
    now = 999;
    await expect(post(c, "C1")).rejects.toMatchObject({
      code: webApi.ErrorCode.RateLimitedError,
      retryAfter: 1,
    });
    // A DM addressed by user ID and by its channel ID is one channel.
    await post(c, "U1");
    await expect(post(c, "DU1")).rejects.toMatchObject({ code: webApi.ErrorCode.RateLimitedError });
    now = 1_000;
    await post(c, "C1");
    expect(Object.fromEntries(limited.delivered)).toEqual({ C1: 2, C2: 1, U1: 1 });
    expect(limited.refusedPosts).toEqual({ channel: 2, workspace: 0 });
  });

  it("refuses posts beyond a workspace limit when given one, until the window has moved on", async () => {
    now = 0;
    const limits = { ...SLACK_LIMITS, workspacePosts: { max: 3, windowMs: 1_000 } };
    limited = await new LimitedWebApiStandIn({}, () => now, limits).start();
    const c = createReminderClient("xoxb-0000-limits", { slackApiUrl: limited.apiUrl, logger: quiet });
    for (const channel of ["C1", "C2", "C3"]) await post(c, channel);
    now = 400;
    // 600 ms early: Retry-After rounds up to whole seconds, as Slack's does.
    await expect(post(c, "C4")).rejects.toMatchObject({ retryAfter: 1 });
    now = 1_000;
    await post(c, "C4");
    expect(limited.refusedPosts).toEqual({ channel: 0, workspace: 1 });
    expect([...limited.delivered.keys()]).toEqual(["C1", "C2", "C3", "C4"]);
  });
});

describe("posting concurrently within Slack's limits", () => {
  let limited: LimitedWebApiStandIn;
  /** Virtual time (ms): only the run's waits move it, and the stand-in's limits read it. */
  let now: number;
  const slept: number[] = [];
  const virtualSleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) return;
    slept.push(ms);
    now += ms;
  };
  /** At each post's arrival: where it went and which rows were "pending" (claimed, not yet settled). */
  let arrivals: { channel: string; pending: string[] }[];

  async function startLimited(limits = SLACK_LIMITS): Promise<void> {
    now = 0;
    slept.length = 0;
    arrivals = [];
    limited = await new LimitedWebApiStandIn(
      {
        onCall: (call) => {
          if (call.method !== "chat.postMessage") return;
          const pending = store.deliveriesForWeek(W48).filter((d) => d.status === "pending");
          arrivals.push({ channel: String(call.args.channel), pending: pending.map((d) => d.recipient) });
        },
      },
      () => now,
      limits,
    ).start();
  }
  afterEach(async () => {
    await limited.stop();
  });

  const people = (n: number) => Array.from({ length: n }, (_, i) => `UP${String(i).padStart(3, "0")}`);

  /** `ids` as the owners of 納税課, which has items behind target; no REMINDER_CHANNEL, so one digest each. */
  function concurrentRun(ids: string[], overrides: Partial<ReminderRunDeps> = {}): Promise<RunReport> {
    return sendDueReminders(
      deps({
        owners: ownersFrom(`departments:\n  納税課:\n    users: [${ids.join(", ")}]\n`),
        reminderChannel: null,
        client: createReminderClient("xoxb-0000-limits", { slackApiUrl: limited.apiUrl, logger: quiet }),
        sleep: virtualSleep,
        pacer: intervalPacer(POST_INTERVAL_MS, virtualSleep, () => now),
        concurrency: POST_CONCURRENCY,
        ...overrides,
      }),
    );
  }

  /** The recipients claimed together, batch by batch. */
  function recordBatches(): string[][] {
    const batches: string[][] = [];
    const claim = store.claimDeliveries.bind(store);
    vi.spyOn(store, "claimDeliveries").mockImplementation((week, requests, maxAttempts) => {
      batches.push(requests.map((r) => r.recipient));
      return claim(week, requests, maxAttempts);
    });
    return batches;
  }

  it("posts to 30 people at most 8 at a time, each once, with nothing claimed that is not in flight", async () => {
    await startLimited();
    const ids = people(30);
    const batches = recordBatches();
    const report = await concurrentRun(ids);
    expect(report.sent.map((s) => s.recipient)).toEqual(ids);
    expect(report.failed).toEqual([]);
    expect(Object.fromEntries(limited.delivered)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect(limited.refused).toEqual(new Map());
    // One post first, then twice as many after each clean batch, up to POST_CONCURRENCY (8): 1+2+4+8+8+7 = 30.
    expect(batches.map((b) => b.length)).toEqual([1, 2, 4, 8, 8, 7]);
    expect(batches.flat()).toEqual(ids);
    // When a post arrives, every claimed and unsettled row is of its own batch: claims never run ahead of posts.
    expect(arrivals).toHaveLength(30);
    for (const { channel, pending } of arrivals) {
      const batch = batches.find((b) => b.includes(channel));
      expect(batch).toBeDefined();
      expect(pending.every((p) => batch?.includes(p))).toBe(true);
      expect(pending).toContain(channel);
    }
    // Posts to different channels wait for nothing.
    expect(slept).toEqual([]);
    expect(store.deliveriesForWeek(W48).every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("meets a workspace limit: waits out Retry-After, goes back to one post at a time, and everyone gets one", async () => {
    await startLimited({ ...SLACK_LIMITS, workspacePosts: { max: 5, windowMs: 1_000 } });
    const ids = people(20);
    const batches = recordBatches();
    const report = await concurrentRun(ids);
    expect(report.failed).toEqual([]);
    expect(report.sent.map((s) => s.recipient)).toEqual(ids);
    expect(Object.fromEntries(limited.delivered)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect(limited.refusedPosts.channel).toBe(0);
    expect(limited.refusedPosts.workspace).toBeGreaterThan(0);
    // Each refusal asked for 1 s (whole seconds, rounded up), and each was waited out before the retry.
    expect(slept.length).toBe(limited.refusedPosts.workspace);
    expect(slept.every((ms) => ms === 1_000)).toBe(true);
    // 1 + 2 posts fit in the first window; of the batch of 4, two were refused: the next batch is one post.
    expect(batches.slice(0, 4).map((b) => b.length)).toEqual([1, 2, 4, 1]);
    expect(store.deliveriesForWeek(W48).every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("paces two posts to one channel a second apart, never in one batch (the DMs here are one channel)", async () => {
    await startLimited();
    store.cacheLookup("dm", "UP004", "DSHARED", DUE.getTime() + 86_400_000);
    store.cacheLookup("dm", "UP005", "DSHARED", DUE.getTime() + 86_400_000);
    const batches = recordBatches();
    const report = await concurrentRun(people(8));
    expect(report.sent).toHaveLength(8);
    expect(limited.refusedPosts).toEqual({ channel: 0, workspace: 0 });
    expect(limited.delivered.get("DSHARED")).toBe(2);
    // The second post to DSHARED waited for the pacing interval, in a batch after the first one's: the batch of
    // four that UP005 would have joined went out without it.
    expect(slept).toEqual([POST_INTERVAL_MS]);
    expect(batches).toEqual([["UP000"], ["UP001", "UP002"], ["UP003", "UP004"], ["UP005", "UP006", "UP007"]]);
  });

  it("is refused by the stand-in when the same two posts are not paced (the limit is enforced)", async () => {
    await startLimited();
    store.cacheLookup("dm", "UP004", "DSHARED", DUE.getTime() + 86_400_000);
    store.cacheLookup("dm", "UP005", "DSHARED", DUE.getTime() + 86_400_000);
    const report = await concurrentRun(people(8), { pacer: noPacing });
    expect(limited.refusedPosts.channel).toBe(1);
    // The refusal was waited out (Retry-After 1 s) and the post went once.
    expect(slept).toEqual([1_000]);
    expect(report.sent).toHaveLength(8);
    expect(limited.delivered.get("DSHARED")).toBe(2);
  });
});
