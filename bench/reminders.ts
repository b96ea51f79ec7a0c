/**
 * Reminder runs for many recipients against a stand-in that enforces Slack's limits
 * (tests/support/limited-web-api-stand-in.ts: chat.postMessage one a second per channel, conversations.open and
 * users.lookupByEmail 50 a minute, 429 + Retry-After beyond them).
 *
 * Time is simulated where Slack would make the run wait: the run's sleep (pacing, Retry-After) advances a virtual
 * clock that the stand-in's limits also read, and returns at once. The reported time is real time spent plus
 * virtual time waited, so a run that Slack holds for 20 minutes is measured in seconds. BENCH_FULL=1 sleeps for
 * real instead (a cold 1,000-address run then takes about 20 minutes).
 *
 * The floor is what the limits allow: the waits the limits force on a perfect client, plus the time a bare client
 * takes for the same number of chat.postMessage to the same stand-in, measured in the same run right after it,
 * with the same WebClient and message. The bare client posts with as many requests in flight as the bot may have
 * (`concurrency`), each worker going on as soon as its answer is back (no batches, no ramp-up, no state): the
 * fastest a client can be that keeps to the same limits. With `concurrency` 1 it is the one-after-another floor
 * of before. Both bare times are reported; the ratio is against the one with the bot's concurrency.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createLogger } from "../src/logger.ts";
import type { Plan } from "../src/plan/model.ts";
import { SourceFile } from "../src/plan/source-file.ts";
import { DEFAULT_SCHEDULE } from "../src/reminders/calendar.ts";
import { createReminderClient } from "../src/reminders/client.ts";
import { parseOwners } from "../src/reminders/owners.ts";
import { type ReminderRunDeps, type RunReport, sendDueReminders } from "../src/reminders/send.ts";
import { sleep as realSleep, type Sleep } from "../src/sleep.ts";
import { StateStore } from "../src/state/store.ts";
import { reminderDigestMessage } from "../src/views/reminder-digest.ts";
import { LimitedWebApiStandIn, SLACK_LIMITS } from "../tests/support/limited-web-api-stand-in.ts";

/** Tuesday 10:00 of a week whose slot (Monday 9:00, moved by the holiday) has passed. */
const DUE = new Date("2026-11-24T10:00:00+09:00");

/** A department with items behind target in the shipped data, so each of its owners gets a digest. */
const DEPARTMENT = "納税課";

export interface ReminderBenchResult {
  recipients: number;
  addressedBy: "user ID" | "e-mail (cold)" | "e-mail (cached)";
  totalMs: number;
  waitedMs: number;
  /** Of `totalMs`, the time spent claiming deliveries (the commit flushed to disk before posts go out). */
  claimMs: number;
  floorMs: number;
  /** Posts in flight at most, for the bot and for the bare client of `floorMs`. */
  concurrency: number;
  /** The floor with bare posts one after another (equal to `floorMs` when `concurrency` is 1). */
  sequentialFloorMs: number;
  /** Recipients that got exactly one post, and the number of posts Slack let through in all. */
  exactlyOnce: number;
  posts: number;
  refused: Record<string, number>;
  report: Pick<RunReport, "failed" | "unconfirmed" | "gaveUp"> & { sent: number };
}

/** How the run is made: the current code by default; a benchmark of an older checkout passes its own. */
export interface ReminderImpl {
  sendDueReminders: (deps: ReminderRunDeps) => Promise<RunReport>;
  openStore: (path: string) => StateStore;
}

const current: ReminderImpl = { sendDueReminders, openStore: (path) => StateStore.open(path) };

export async function benchReminders(
  plan: Plan,
  recipients: number,
  byEmail: boolean,
  options: {
    impl?: ReminderImpl;
    full?: boolean;
    concurrency?: number;
    latencyMs?: number;
    /** A workspace-wide limit on chat.postMessage (Slack has one and does not publish it); none if absent. */
    workspacePosts?: { max: number; windowMs: number };
  } = {},
): Promise<ReminderBenchResult[]> {
  const impl = options.impl ?? current;
  const concurrency = options.concurrency ?? 1;
  let waited = 0;
  const virtualNow = () => performance.now() + waited;
  const sleep: Sleep = options.full
    ? realSleep
    : async (ms, signal) => {
        if (!signal?.aborted) waited += ms;
      };
  const clockNow = options.full ? () => performance.now() : virtualNow;
  const ids = Array.from({ length: recipients }, (_, i) => `UB${String(i).padStart(6, "0")}`);
  const emails = ids.map((id) => `${id.toLowerCase()}@example.jp`);
  const usersByEmail = Object.fromEntries(emails.map((e, i) => [e, ids[i] as string]));
  const limits = options.workspacePosts
    ? { ...SLACK_LIMITS, workspacePosts: options.workspacePosts }
    : SLACK_LIMITS;
  const standIn = await new LimitedWebApiStandIn({ usersByEmail }, clockNow, limits).start();
  // Slack's round trip, for the bot and the bare client alike (real time even in virtual-time runs).
  standIn.answerDelayMs = options.latencyMs ?? 0;
  const dir = mkdtempSync(join(resolve(import.meta.dirname, ".."), ".bench-remind-"));
  const quiet = createLogger({ level: "error", sink: () => {} });
  const client = createReminderClient("xoxb-bench", { slackApiUrl: standIn.apiUrl, logger: quiet });
  // The bare posts of the floor measure round trips only: with a workspace limit, the waits it forces are counted
  // in `postFloor`, so they go to a stand-in of their own without it (the same code, in the same process).
  const floorStandIn = options.workspacePosts
    ? await new LimitedWebApiStandIn({}, clockNow).start()
    : standIn;
  if (floorStandIn !== standIn) floorStandIn.answerDelayMs = standIn.answerDelayMs;
  const floorClient =
    floorStandIn === standIn
      ? client
      : createReminderClient("xoxb-bench", { slackApiUrl: floorStandIn.apiUrl, logger: quiet });
  const yaml = `departments:\n  ${DEPARTMENT}:\n    ${byEmail ? "emails" : "users"}: [${(byEmail ? emails : ids).join(", ")}]\n`;
  const owners = parseOwners(new SourceFile("owners.yml", yaml), plan);
  const store = impl.openStore(join(dir, "state.db"));
  const claims = timeClaims(store);
  const results: ReminderBenchResult[] = [];
  try {
    const runs: ReminderBenchResult["addressedBy"][] = byEmail
      ? ["e-mail (cold)", "e-mail (cached)"]
      : ["user ID"];
    for (const [i, addressedBy] of runs.entries()) {
      // The cached run is the next week's: the same people, the look-ups kept in the state file.
      const clock = i === 0 ? DUE : new Date(DUE.getTime() + 7 * 24 * 60 * 60 * 1000);
      // A week apart for the stand-in's limits too (outside the measured time).
      if (i > 0) waited += 7 * 24 * 60 * 60 * 1000;
      standIn.delivered.clear();
      standIn.refused.clear();
      const lookupsBefore = standIn.callsOf("users.lookupByEmail").length;
      const waitedBefore = waited;
      claims.ms = 0;
      const t0 = performance.now();
      const report = await impl.sendDueReminders({
        plan,
        owners,
        schedule: DEFAULT_SCHEDULE,
        reminderChannel: null,
        render: reminderDigestMessage,
        client,
        store,
        logger: quiet,
        clock: () => clock,
        sleep,
        concurrency,
      });
      const realMs = performance.now() - t0;
      const waitedMs = options.full ? 0 : waited - waitedBefore;
      const lookups =
        standIn.callsOf("users.lookupByEmail").length -
        lookupsBefore -
        (standIn.refused.get("users.lookupByEmail") ?? 0);
      // A perfect client: the first `perMinute` look-ups at once, then `perMinute` a minute; posts unpaced
      // (one per channel), each one round trip.
      const lookupFloor = lookups === 0 ? 0 : (Math.ceil(lookups / SLACK_LIMITS.perMinute) - 1) * 60_000;
      // With a workspace limit: `max` posts at once, then the next `max` when the window has passed, and so on.
      const posted = report.sent.length;
      const postFloor = options.workspacePosts
        ? (Math.ceil(posted / options.workspacePosts.max) - 1) * options.workspacePosts.windowMs
        : 0;
      const counts = [...standIn.delivered.values()];
      const refused = Object.fromEntries(standIn.refused);
      const sample = standIn.callsOf("chat.postMessage").at(-1)?.args ?? {};
      const bare = await barePosts(recipients, floorClient, sample, concurrency);
      const bareOneByOne = concurrency === 1 ? bare : await barePosts(recipients, floorClient, sample, 1);
      results.push({
        recipients,
        addressedBy,
        totalMs: realMs + waitedMs,
        waitedMs,
        claimMs: claims.ms,
        floorMs: lookupFloor + postFloor + bare,
        concurrency,
        sequentialFloorMs: lookupFloor + postFloor + bareOneByOne,
        exactlyOnce: counts.filter((c) => c === 1).length,
        posts: counts.reduce((a, b) => a + b, 0),
        refused,
        report: {
          sent: report.sent.length,
          failed: report.failed,
          unconfirmed: report.unconfirmed,
          gaveUp: report.gaveUp,
        },
      });
    }
  } finally {
    store.close();
    await standIn.stop();
    if (floorStandIn !== standIn) await floorStandIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/**
 * Counts the time the store spends in claims (a batch's, or one at a time as older versions claim), wrapping the
 * instance's methods: the flush that never-twice needs is the one cost a bare client does not have.
 */
function timeClaims(store: StateStore): { ms: number } {
  const spent = { ms: 0 };
  let depth = 0;
  const target = store as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ["claimDeliveries", "claimDelivery"]) {
    const original = target[name];
    if (typeof original !== "function") continue;
    target[name] = (...args: unknown[]) => {
      const t0 = performance.now();
      depth++;
      try {
        return original.apply(store, args);
      } finally {
        depth--;
        if (depth === 0) spent.ms += performance.now() - t0;
      }
    };
  }
  return spent;
}

let bareRuns = 0;

/**
 * `n` chat.postMessage of the run's own message to `n` channels, at most `concurrency` in flight, each worker
 * posting its next as soon as its answer is back: the round trips alone.
 */
async function barePosts(
  n: number,
  client: ReturnType<typeof createReminderClient>,
  sample: Record<string, unknown>,
  concurrency: number,
): Promise<number> {
  // Channels of their own: the stand-in's one-post-a-second limit per channel holds across bare runs too.
  const prefix = `CFLOOR${++bareRuns}X`;
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await client.chat.postMessage({
        channel: `${prefix}${i}`,
        text: String(sample.text ?? "bench"),
        blocks: (sample.blocks ?? []) as never,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return performance.now() - t0;
}
