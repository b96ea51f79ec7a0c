/**
 * Reminders bounded by Slack's limits, not by ours: pacing per channel, DMs addressed by user ID (no
 * conversations.open) with the DM's channel ID kept for the next run, e-mail look-ups kept in the state file
 * across runs, and 429s waited out for as long as the week is due, not longer.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient } from "../../src/reminders/client.ts";
import { intervalPacer, noPacing } from "../../src/reminders/pacing.ts";
import { type ReminderRunDeps, sendDueReminders } from "../../src/reminders/send.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderDigestMessage } from "../../src/views/reminder-digest.ts";
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
    expect(asked).toEqual(["UGYOKAKU1", "UNOZEI01", "CDIGITAL1", REMINDER_CHANNEL]);
  });
});

describe("DMs and look-ups", () => {
  it("posts a DM to the user ID, never opening it, and uses the DM's channel ID from then on", async () => {
    const first = await sendDueReminders(deps());
    expect(standIn.callsOf("conversations.open")).toEqual([]);
    expect(first.sent.map((s) => [s.recipient, s.channel])).toEqual([
      ["UGYOKAKU1", "DUGYOKAKU1"],
      ["UNOZEI01", "DUNOZEI01"],
      ["CDIGITAL1", "CDIGITAL1"],
      [REMINDER_CHANNEL, REMINDER_CHANNEL],
    ]);
    await sendDueReminders(deps({ clock: () => NEXT_WEEK }));
    expect(standIn.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual([
      "UGYOKAKU1",
      "UNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
      "DUGYOKAKU1",
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
      expect(second.sent.map((s) => s.recipient)).toContain("UGYOKAKU1");
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
    expect(store.delivery(W48, "UGYOKAKU1")).toMatchObject({ status: "sent", attempts: 1 });
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
    expect(report.failed.map((f) => [f.recipient, f.reason])).toEqual([["UGYOKAKU1", "ratelimited"]]);
    expect(store.delivery(W48, "UGYOKAKU1")).toMatchObject({ status: "failed" });
  });
});
