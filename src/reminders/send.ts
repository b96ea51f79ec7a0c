/**
 * One reminder run: sends the digests of the week containing `now` that are due and not yet sent, once each.
 *
 * Due means the week's slot has come and the week is not over; only the current week is ever considered, so a
 * week the bot slept through is not sent late. E-mail addresses are looked up first, so that a person written by
 * user ID for one department and by e-mail for another gets one digest, keyed by their user ID.
 *
 * Never twice: each digest is claimed in the store ("pending") immediately before its chat.postMessage, after
 * everything else it needs (the e-mail look-up, the pacing wait), and settled ("sent" / "failed") after, so two
 * runs (the app and the CLI, or a restart) never both send one. A run that dies before the claim leaves nothing
 * behind and the next run sends the digest.
 *
 * A DM is addressed by the user ID itself: chat.postMessage with a user ID as `channel` posts to the bot's DM
 * with that person, opening it if need be, so no conversations.open (Tier 3, about 50 a minute) is needed. The
 * DM's channel ID that Slack answers is kept in the state store and used next time.
 *
 * The crash window is the chat.postMessage request itself: a run that dies while it is in flight, or that gets no
 * usable answer (a dropped connection, an HTTP 5xx), cannot know whether Slack posted. Such a row stays "pending"
 * and is NOT sent again: a second copy of a weekly digest erodes trust more than one missing week, which the run
 * reports ("unconfirmed") so that someone can check. For the same reason the WebClient must not retry on its own
 * (`reminderClientOptions`): its default policy repeats a post after any network error. Every answer in which
 * Slack says it did not post (`ok: false`, a 429, a refused connection) and every failure before the post
 * is recorded as "failed" and retried by later runs of the same week, up to `maxAttempts`.
 *
 * 429s are the one thing retried within a run, for as long as the week is due: the run waits for Retry-After and
 * asks again. While it waits, the claim is given back (Slack posted nothing), so a run killed then leaves nothing
 * stranded. Posts to one channel are paced at about one per second, Slack's per-channel rate for
 * chat.postMessage; posts to different channels are not (pacing.ts). `signal` stops a run between digests: the
 * posts in flight finish and are recorded, waits (pacing, Retry-After) end at once, and nothing more is claimed.
 *
 * `concurrency` > 1 posts to different channels at once (issue 14: one after another, a 1,000-recipient run was
 * three times what Slack's limits allow). The digests of a batch are claimed in one transaction, one flush to
 * disk for all, and all posted at once right after it, so a batch is exactly what "the post in flight" was
 * before: a run that dies (kill -9, power cut) leaves the batch "pending" and unconfirmed, never sent twice.
 * Nothing is claimed ahead of its post. Batches start at one post and double after each batch that Slack took
 * without a 429 or a lost answer, up to `concurrency`; either sends them back to one, so a workspace limit
 * (Slack publishes none for chat.postMessage) or a failing network costs one post at a time, not a batch.
 *
 * Over 300 lines on purpose: the never-twice protocol (claim, post, settle, what a lost answer means) is one
 * piece and reads best whole; pacing, rate limits, e-mail look-ups and the client are in their own modules.
 */

import type { LogWriter } from "../logger.ts";
import { type Plan, reportingYear } from "../plan/model.ts";
import { type CallFailure, classifyCallFailure } from "../slack/call-failure.ts";
import { hintFor } from "../slack/error-text.ts";
import { type Sleep, sleep } from "../sleep.ts";
import type { Claim, Delivery, StateStore } from "../state/store.ts";
import { isDue, slotForWeekContaining, type WeeklySchedule, type WeekSlot } from "./calendar.ts";
import type { ReminderClient } from "./client.ts";
import {
  type Digest,
  planReminders,
  type Recipient,
  type ReminderRenderers,
  recentlyReported,
  type UnroutableDepartment,
} from "./digests.ts";
import { EmailDirectory, type EmailLookup } from "./email-directory.ts";
import type { OwnersConfig } from "./owners.ts";
import { intervalPacer, type Pacer, POST_INTERVAL_MS } from "./pacing.ts";
import {
  type CallContext,
  logRateLimited,
  MAX_RATE_LIMIT_RETRIES,
  mayWaitOut,
  retryAfterOf,
} from "./rate-limit.ts";

/** A DM's channel ID does not change; a year only bounds how long a deleted user's row is kept. */
const DM_CHANNEL_TTL_MS = 365 * 24 * 60 * 60 * 1000;

/** Failed deliveries are retried by later runs of the same week until this many attempts. */
export const MAX_ATTEMPTS = 3;

/**
 * Posts a run keeps in flight at most, when its caller asks for concurrency: enough to hide the round trips and
 * the claim's flush, few enough that Slack's unpublished workspace limit on chat.postMessage is rarely met.
 */
export const POST_CONCURRENCY = 8;

export interface ReminderRunDeps {
  plan: Plan;
  owners: OwnersConfig;
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  /** Items reported from Slack within this many days are left out (see `recentlyReported`); 0 or absent: none. */
  skipReportedDays?: number;
  /** Counts each recipient's outcome for /metrics (once, when it happens in this run). */
  metrics?: { reminder(outcome: "sent" | "failed" | "unconfirmed"): void };
  /** How a digest looks (the views' Block Kit); passed in so that this module knows nothing of it. */
  render: ReminderRenderers["digest"];
  /** Made by `createReminderClient`: it never repeats a post on its own. */
  client: ReminderClient;
  store: StateStore;
  logger: LogWriter;
  clock: () => Date;
  pacer?: Pacer;
  /** Share one across runs to keep its cache. */
  emails?: EmailDirectory;
  maxAttempts?: number;
  /** Stops the run between digests (the app's shutdown). */
  signal?: AbortSignal;
  /** How the run waits for Retry-After; tests shorten it. */
  sleep?: Sleep;
  maxRateLimitRetries?: number;
  /** Posts in flight at most (default 1: one after another); `POST_CONCURRENCY` is the one to use. */
  concurrency?: number;
}

export interface SentDelivery {
  recipient: string;
  channel: string;
  ts: string;
  items: number[];
}

export interface FailedDelivery {
  recipient: string;
  reason: string;
  items: number[];
  /** The attempt that failed; no more automatic attempts this week when it reaches MAX_ATTEMPTS. */
  attempt: number;
}

export interface RunReport {
  week: string;
  slot: WeekSlot;
  /** "not_due": before the slot; "no_slot": the week has no reminder (年末年始); "ran": digests were considered. */
  status: "ran" | "not_due" | "no_slot";
  sent: SentDelivery[];
  failed: FailedDelivery[];
  /** Sent by an earlier run this week. */
  alreadySent: string[];
  /** Claimed by a run that stopped mid-post (or is still running): maybe delivered, so not sent again. */
  unconfirmed: { recipient: string; error: string | null }[];
  /** Failed MAX_ATTEMPTS times this week; no more automatic attempts. */
  gaveUp: { recipient: string; reason: string | null }[];
  unroutable: UnroutableDepartment[];
  /** Stopped by `signal` before every digest was considered; the rest go out with the next run. */
  interrupted: boolean;
}

/** Sends what is due for the week containing `deps.clock()`. Never throws for one recipient's failure. */
export async function sendDueReminders(deps: ReminderRunDeps): Promise<RunReport> {
  const now = deps.clock();
  const slot = slotForWeekContaining(now, deps.schedule);
  const report: RunReport = {
    week: slot.week,
    slot,
    status: slot.at === null ? "no_slot" : isDue(slot, now) ? "ran" : "not_due",
    sent: [],
    failed: [],
    alreadySent: [],
    unconfirmed: [],
    gaveUp: [],
    unroutable: [],
    interrupted: false,
  };
  if (report.status !== "ran") return report;

  const ctx: CallContext = {
    logger: deps.logger,
    sleep: deps.sleep ?? sleep,
    signal: deps.signal,
    maxRateLimitRetries: deps.maxRateLimitRetries ?? MAX_RATE_LIMIT_RETRIES,
    // A run slowed by 429s must not carry last week's digests into a new week.
    stillDue: () => isDue(slot, deps.clock()),
  };
  const planFor = (userIdsByEmail: ReadonlyMap<string, string>) =>
    planReminders({
      plan: deps.plan,
      owners: deps.owners,
      week: slot.week,
      reminderChannel: deps.reminderChannel,
      reported: recentlyReported(
        deps.store.reports,
        reportingYear(deps.plan),
        now,
        deps.skipReportedDays ?? 0,
      ),
      snoozes: deps.store.snoozesForWeek(slot.week),
      userIdsByEmail,
    });

  // Who the e-mail recipients are, before grouping: one person, one digest, one ledger row under their user ID.
  const emails =
    deps.emails ??
    // Cache expiries are read against the run's start: the run's clock is asked only for what it decides.
    new EmailDirectory(deps.client, { persist: deps.store, now: () => now.getTime() });
  const lookups = new Map<string, EmailLookup>();
  for (const digest of planFor(new Map()).digests) {
    if (digest.recipient.kind !== "email") continue;
    if (deps.signal?.aborted) break;
    lookups.set(digest.recipient.email, await emails.lookup(digest.recipient.email, ctx));
  }
  if (deps.signal?.aborted) {
    report.interrupted = true;
    return report;
  }
  const userIds = new Map<string, string>();
  for (const [email, found] of lookups) if (found.ok) userIds.set(email, found.id);
  const plan = planFor(userIds);
  report.unroutable = plan.unroutable;

  const pacer = deps.pacer ?? intervalPacer(POST_INTERVAL_MS, ctx.sleep);
  const run: Run = {
    pacer,
    lookups,
    maxAttempts: deps.maxAttempts ?? MAX_ATTEMPTS,
    ctx,
    deliveredAliases: null,
    startedAt: now.getTime(),
    settlements: [],
  };
  const maxWidth = Math.max(1, Math.floor(deps.concurrency ?? 1));
  let width = 1;
  let batch: Ready[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const posting = batch;
    batch = [];
    const clean = await postBatch(posting, deps, run, report);
    width = clean ? Math.min(maxWidth, width * 2) : 1;
  };
  for (const digest of plan.digests) {
    if (deps.signal?.aborted) {
      report.interrupted = true;
      break;
    }
    // A run slowed by 429s must not carry last week's digests into a new week.
    if (!isDue(slot, deps.clock())) break;
    const ready = prepare(digest, deps, run, report);
    if (ready === null) continue;
    // Two posts to one channel are never in flight together: the second waits for its pacing after the first.
    if (batch.some((b) => b.channel === ready.channel)) await flush();
    await run.pacer.wait(deps.signal, ready.channel);
    if (deps.signal?.aborted) {
      // Nothing of the batch being gathered is claimed yet: it goes out with the next run.
      report.interrupted = true;
      batch = [];
      break;
    }
    batch.push(ready);
    if (batch.length >= width) await flush();
  }
  if (deps.signal?.aborted && batch.length > 0) {
    // Stopped with a batch gathered but not claimed: it goes out with the next run.
    report.interrupted = true;
    batch = [];
  }
  await flush();
  inPlanOrder(report, plan.digests);
  return report;
}

/** A digest that is due, not settled, and has where it goes and what it says: all it needs but the claim. */
interface Ready {
  digest: Digest;
  channel: string;
  message: ReturnType<ReminderRunDeps["render"]>;
}

interface Run {
  pacer: Pacer;
  /** The e-mail lookups of this run, by address. */
  lookups: ReadonlyMap<string, EmailLookup>;
  maxAttempts: number;
  ctx: CallContext;
  /**
   * E-mail address → the delivered (or maybe delivered) row of the week that merged it, read once per run when
   * first needed: looking it up by scanning the week's ledger for each unresolved address was quadratic.
   */
  deliveredAliases: Map<string, Delivery> | null;
  /** When the run started (ms): the time cached look-ups are read and kept against. */
  startedAt: number;
  /** Answered posts not yet recorded (`writeSettlements`). */
  settlements: (() => void)[];
}

/**
 * What a digest needs before its claim: nothing claimed yet, so a run that dies anywhere here leaves it to the
 * next run. Null when it is settled already or cannot be sent (recorded as a failed attempt).
 */
function prepare(digest: Digest, deps: ReminderRunDeps, run: Run, report: RunReport): Ready | null {
  const { store } = deps;
  const { week, key } = digest;
  const items = digest.entries.map((e) => e.item.number);

  // Settled already: no call to Slack at all.
  const settled = settledDelivery(store, digest, run);
  if (settled) {
    reportSettled(report, deps, key, settled);
    return null;
  }

  let channel: string;
  try {
    channel = channelFor(digest.recipient, run, deps);
  } catch (err) {
    // Nothing was posted: safe to record as failed and try again later.
    const { reason } = describe(err);
    const claim = store.recordFailedAttempt(week, key, items, reason, run.maxAttempts, digest.aliases);
    if (claim.claimed) failed(report, deps, digest, reason, claim.attempt);
    else reportSettled(report, deps, key, claim.existing);
    return null;
  }
  return { digest, channel, message: deps.render(digest, deps.plan.meta) };
}

/**
 * Claims a batch in one transaction and posts every claimed digest at once. True when Slack took the batch
 * cleanly (no 429, no lost answer): the next batch may be larger.
 */
async function postBatch(
  batch: Ready[],
  deps: ReminderRunDeps,
  run: Run,
  report: RunReport,
): Promise<boolean> {
  const week = batch[0]?.digest.week ?? "";
  const claims = deps.store.claimDeliveries(
    week,
    batch.map(({ digest }) => ({
      recipient: digest.key,
      items: digest.entries.map((e) => e.item.number),
      aliases: digest.aliases,
    })),
    run.maxAttempts,
  );
  try {
    // Every claimed post starts here, in this turn of the event loop: nothing claimed waits behind anything.
    const outcomes = await Promise.all(
      batch.map((ready, i) => {
        const claim = claims[i] as Claim;
        if (!claim.claimed) {
          reportSettled(report, deps, ready.digest.key, claim.existing);
          return "settled" as const;
        }
        return post(ready, claim.attempt, deps, run, report);
      }),
    );
    return outcomes.every((o) => o === "sent" || o === "failed" || o === "settled");
  } finally {
    writeSettlements(deps, run);
  }
}

/**
 * Records the posts answered so far in one commit (see `StateStore.settleTogether`). Until then their rows say
 * "pending", which is what a run that dies meanwhile leaves: unconfirmed, never sent twice.
 */
function writeSettlements(deps: ReminderRunDeps, run: Run): void {
  if (run.settlements.length === 0) return;
  const settlements = run.settlements;
  run.settlements = [];
  deps.store.settleTogether(() => {
    for (const settle of settlements) settle();
  });
}

type PostOutcome = "sent" | "failed" | "unconfirmed" | "interrupted" | "ratelimited";

/** Posts one claimed digest and settles its row; waits out 429s, giving the claim back while it waits. */
async function post(
  ready: Ready,
  attempt: number,
  deps: ReminderRunDeps,
  run: Run,
  report: RunReport,
): Promise<PostOutcome> {
  const { store, logger } = deps;
  const { digest, channel, message } = ready;
  const { week, key } = digest;
  const items = digest.entries.map((e) => e.item.number);
  const signal = run.ctx.signal;
  let rateLimited = false;

  for (let retry = 0; ; retry++) {
    if (retry > 0) {
      // Claimed again after a 429's wait: the claim and the post stay next to each other.
      const claim: Claim = store.claimDelivery(week, key, items, run.maxAttempts, digest.aliases);
      if (!claim.claimed) {
        reportSettled(report, deps, key, claim.existing);
        return "ratelimited";
      }
      attempt = claim.attempt;
    }
    try {
      const res = await deps.client.chat.postMessage({
        channel,
        text: message.text,
        // The renderer builds Block Kit; its exact types belong to the views.
        blocks: message.blocks as never,
        unfurl_links: false,
        unfurl_media: false,
      });
      const ts = res.ts ?? "";
      // Written with the rest of the batch's answers: one commit, not one per post.
      run.settlements.push(() => {
        store.markSent(week, key, { channel: res.channel ?? channel, ts });
        rememberDm(digest.recipient, res.channel, deps, run);
      });
      report.sent.push({ recipient: key, channel: res.channel ?? channel, ts, items });
      deps.metrics?.reminder("sent");
      logger.info(`お知らせを送りました（${week}、宛先 ${key}、No.${items.join("・")}）`);
      return rateLimited ? "ratelimited" : "sent";
    } catch (err) {
      const seconds = retryAfterOf(err);
      if (seconds !== null && mayWaitOut(run.ctx, retry)) {
        // Slack refused it: nothing was posted. Give the claim back while waiting.
        rateLimited = true;
        // The batch's answered posts are not kept waiting (unrecorded) for as long as Retry-After.
        writeSettlements(deps, run);
        store.releaseClaim(week, key, "ratelimited");
        logRateLimited(run.ctx, seconds, "chat.postMessage");
        await run.ctx.sleep(seconds * 1000, signal);
        if (signal?.aborted) {
          report.interrupted = true;
          return "interrupted";
        }
        if (run.ctx.stillDue?.() === false) {
          // The week ended while waiting: the row is "failed" (released above) and stays so.
          failed(report, deps, digest, "ratelimited", attempt);
          return "ratelimited";
        }
        continue;
      }
      const problem = describe(err);
      if (problem.delivered === "no") {
        store.markFailed(week, key, problem.reason, channel);
        failed(report, deps, digest, problem.reason, attempt);
        return seconds === null ? "failed" : "ratelimited";
      }
      // The request may have reached Slack: leave the row pending so no run sends it again.
      store.notePending(week, key, problem.reason, channel);
      report.unconfirmed.push({ recipient: key, error: problem.reason });
      deps.metrics?.reminder("unconfirmed");
      logger.error(
        `お知らせが届いたか分かりません（${week}、宛先 ${key}、理由 ${problem.reason}）。二重送信を避けるため再送しません。Slack で確認してください`,
      );
      return "unconfirmed";
    }
  }
}

/**
 * Puts the report's lists in the plan's order, which posts in flight together finish out of; one after another,
 * they are in that order already.
 */
function inPlanOrder(report: RunReport, digests: readonly Digest[]): void {
  const rank = new Map(digests.map((d, i) => [d.key, i]));
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      (rank.get(key(a)) ?? 0) - (rank.get(key(b)) ?? 0);
  report.sent.sort(by((x) => x.recipient));
  report.failed.sort(by((x) => x.recipient));
  report.unconfirmed.sort(by((x) => x.recipient));
  report.gaveUp.sort(by((x) => x.recipient));
  report.alreadySent.sort(by((x) => x));
}

/**
 * The row that says this digest is not to be sent again this week (sent, pending, out of attempts), if any: its
 * own, or one that (maybe) delivered it under another key: an address merged into this user's digest that an
 * older version keyed by address, or, for an address not looked up this run, the user ID an earlier run merged
 * it into.
 */
function settledDelivery(store: StateStore, digest: Digest, run: Run): Delivery | undefined {
  const own = store.delivery(digest.week, digest.key);
  if (own && (own.status !== "failed" || own.attempts >= run.maxAttempts)) return own;
  const delivered = (row: Delivery | undefined) => row !== undefined && row.status !== "failed";
  for (const alias of digest.aliases) {
    const row = store.delivery(digest.week, alias);
    if (delivered(row)) return row;
  }
  if (digest.recipient.kind === "email") {
    // Read once: an address still unresolved is merged into nothing this run, so no row written since can
    // name it (and an unresolved address is never posted to anyway: its delivery fails before any claim).
    if (run.deliveredAliases === null) {
      run.deliveredAliases = new Map();
      for (const row of store.deliveriesForWeek(digest.week)) {
        if (!delivered(row)) continue;
        for (const alias of row.aliases) {
          if (!run.deliveredAliases.has(alias)) run.deliveredAliases.set(alias, row);
        }
      }
    }
    return run.deliveredAliases.get(digest.recipient.email);
  }
  return undefined;
}

function reportSettled(report: RunReport, deps: ReminderRunDeps, key: string, existing: Delivery): void {
  const { status, error } = existing;
  if (status === "sent") report.alreadySent.push(key);
  else if (status === "pending") report.unconfirmed.push({ recipient: key, error });
  else report.gaveUp.push({ recipient: key, reason: error });
  deps.logger.debug(`お知らせ ${existing.week} ${key}: ${status} のため送りません`);
}

function failed(
  report: RunReport,
  deps: ReminderRunDeps,
  digest: Digest,
  reason: string,
  attempt: number,
): void {
  const items = digest.entries.map((e) => e.item.number);
  report.failed.push({ recipient: digest.key, reason, items, attempt });
  deps.metrics?.reminder("failed");
  deps.logger.warn(
    `お知らせを送れませんでした（${digest.week}、宛先 ${digest.key}、理由 ${reason}、${attempt} 回目）${hintFor(reason)}`,
  );
}

/**
 * Where a recipient's digest goes: a channel itself; a person's DM by its channel ID when an earlier post told
 * us, else by their user ID, which chat.postMessage accepts as the DM with them (no conversations.open).
 */
function channelFor(recipient: Recipient, run: Run, deps: ReminderRunDeps): string {
  if (recipient.kind === "channel") return recipient.id;
  // An e-mail still a recipient of its own is one whose lookup failed this run; it is not asked again.
  if (recipient.kind === "email") {
    const found = run.lookups.get(recipient.email);
    throw new DeliveryError(found && !found.ok ? found.reason : "users_not_found");
  }
  return deps.store.cachedLookup("dm", recipient.id, run.startedAt)?.value ?? recipient.id;
}

/** Keeps the DM channel Slack answered for a post addressed by user ID, for the next run. */
function rememberDm(
  recipient: Recipient,
  channel: string | undefined,
  deps: ReminderRunDeps,
  run: Run,
): void {
  if (recipient.kind !== "user" || !channel || channel === recipient.id) return;
  deps.store.cacheLookup("dm", recipient.id, channel, run.startedAt + DM_CHANNEL_TTL_MS);
}

class DeliveryError extends Error {
  readonly code = "reminder_delivery_failed";
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DeliveryError";
  }
}

type Problem = Pick<CallFailure, "reason" | "delivered">;

/** Slack's reason for a failed call, never including a token (WebClient's messages carry only the URL). */
function describe(err: unknown): Problem {
  if (err instanceof DeliveryError) return { reason: err.reason, delivered: "no" };
  const { reason, delivered } = classifyCallFailure(err);
  return { reason, delivered };
}
