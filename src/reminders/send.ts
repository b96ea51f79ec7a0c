/**
 * One reminder run: sends the digests of the week containing `now` that are due and not yet sent, once each.
 *
 * Due means the week's slot has come and the week is not over; only the current week is ever considered, so a
 * week the bot slept through is not sent late. Each digest is claimed in the store ("pending") before it is
 * posted and settled ("sent" / "failed") after, so two runs (the app and the CLI, or a restart) never both send
 * one.
 *
 * The crash window: a run that dies after posting but before recording "sent" leaves the row "pending". On restart
 * a pending row is NOT sent again: the post may well have gone out, and a second copy of a weekly digest erodes
 * trust more than one missing week, which the run reports ("unconfirmed") so that someone can check. The window
 * is one HTTP round trip per recipient; everything before the post (e-mail lookup, opening the DM) and every
 * answer in which Slack says it did not post (`ok: false`, an HTTP error, a refused connection) is recorded as
 * "failed" and retried by later runs of the same week, up to `maxAttempts`.
 *
 * 429s are retried by the WebClient itself after Retry-After (see `reminderClientOptions`); posts are paced at
 * about one per second, Slack's per-channel rate for chat.postMessage.
 */
import { webApi } from "@slack/bolt";
import type { Plan } from "../plan/model.ts";
import type { StateStore } from "../state/store.ts";
import { reminderDigestMessage } from "../views/reminder-digest.ts";
import { isDue, slotForWeekContaining, type WeeklySchedule, type WeekSlot } from "./calendar.ts";
import { type Digest, planReminders, type Recipient, type UnroutableDepartment } from "./digests.ts";
import type { OwnersConfig } from "./owners.ts";

type WebClient = webApi.WebClient;

/** The part of Bolt's Logger a run uses, so a plain console logger fits too. */
export interface ReminderLogger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

/** Spaces out posts. */
export interface Pacer {
  wait(): Promise<void>;
}

/** Slack allows about one chat.postMessage per second per channel; the same spacing keeps us far from the workspace limit. */
export const POST_INTERVAL_MS = 1_100;

/** Failed deliveries are retried by later runs of the same week until this many attempts. */
export const MAX_ATTEMPTS = 3;

/**
 * WebClient options for sending reminders: 429s are waited out (Retry-After) and retried, a few times, then the
 * delivery is recorded as failed and retried by the next run. The default policy (ten retries over half an hour)
 * would hold a whole run behind one stuck call.
 */
export function reminderClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: false,
    retryConfig: { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 60_000, randomize: true },
  };
}

export function intervalPacer(
  intervalMs: number = POST_INTERVAL_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = () => performance.now(),
): Pacer {
  let last: number | null = null;
  return {
    async wait() {
      if (last !== null) {
        const remaining = last + intervalMs - now();
        if (remaining > 0) await sleep(remaining);
      }
      last = now();
    },
  };
}

/** No pacing: for tests, and for callers that pace themselves. */
export const noPacing: Pacer = { wait: async () => {} };

/**
 * E-mail → user ID, cached: users.lookupByEmail is rate-limited (Tier 3) and the answer rarely changes. Only
 * hits are cached, so an address fixed in Slack works at the next run.
 */
export class EmailDirectory {
  private readonly cache = new Map<string, { id: string; at: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async userIdFor(email: string): Promise<string> {
    const hit = this.cache.get(email);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.id;
    const res = await this.client.users.lookupByEmail({ email });
    const id = res.user?.id;
    if (!id) throw new DeliveryError("users_not_found");
    this.cache.set(email, { id, at: this.now() });
    return id;
  }
}

export interface ReminderRunDeps {
  plan: Plan;
  owners: OwnersConfig;
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  client: WebClient;
  store: StateStore;
  logger: ReminderLogger;
  clock: () => Date;
  pacer?: Pacer;
  /** Share one across runs to keep its cache. */
  emails?: EmailDirectory;
  maxAttempts?: number;
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
  };
  if (report.status !== "ran") return report;

  const plan = planReminders({
    plan: deps.plan,
    owners: deps.owners,
    week: slot.week,
    reminderChannel: deps.reminderChannel,
    snoozes: deps.store.snoozesForWeek(slot.week),
  });
  report.unroutable = plan.unroutable;

  const pacer = deps.pacer ?? intervalPacer();
  const emails = deps.emails ?? new EmailDirectory(deps.client);
  const maxAttempts = deps.maxAttempts ?? MAX_ATTEMPTS;
  const onRateLimited = (seconds: number, { url }: { url: string }) =>
    deps.logger.warn(`Slack の送信制限（429）: ${seconds} 秒待って再試行します（${methodOf(url)}）`);
  deps.client.on(webApi.WebClientEvent.RATE_LIMITED, onRateLimited);
  try {
    for (const digest of plan.digests) {
      // A run slowed by 429s must not carry last week's digests into a new week.
      if (!isDue(slot, deps.clock())) break;
      await deliver(digest, deps, { pacer, emails, maxAttempts }, report);
    }
  } finally {
    deps.client.off(webApi.WebClientEvent.RATE_LIMITED, onRateLimited);
  }
  return report;
}

async function deliver(
  digest: Digest,
  deps: ReminderRunDeps,
  run: { pacer: Pacer; emails: EmailDirectory; maxAttempts: number },
  report: RunReport,
): Promise<void> {
  const { store, logger } = deps;
  const { week, key } = digest;
  const items = digest.entries.map((e) => e.item.number);
  const claim = store.claimDelivery(week, key, items, run.maxAttempts);
  if (!claim.claimed) {
    const { status, error } = claim.existing;
    if (status === "sent") report.alreadySent.push(key);
    else if (status === "pending") report.unconfirmed.push({ recipient: key, error });
    else report.gaveUp.push({ recipient: key, reason: error });
    logger.debug(`お知らせ ${week} ${key}: ${status} のため送りません`);
    return;
  }

  let channel: string;
  try {
    channel = await channelFor(digest.recipient, deps.client, run.emails);
  } catch (err) {
    // Nothing was posted: safe to record as failed and try again later.
    fail(report, deps, digest, describe(err), claim.attempt, null);
    return;
  }

  const message = reminderDigestMessage(digest, deps.plan.meta);
  await run.pacer.wait();
  try {
    const res = await deps.client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    const ts = res.ts ?? "";
    store.markSent(week, key, { channel: res.channel ?? channel, ts });
    report.sent.push({ recipient: key, channel: res.channel ?? channel, ts, items });
    logger.info(`お知らせを送りました（${week}、宛先 ${key}、No.${items.join("・")}）`);
  } catch (err) {
    const problem = describe(err);
    if (problem.delivered === "no") {
      fail(report, deps, digest, problem, claim.attempt, channel);
    } else {
      // The request may have reached Slack: leave the row pending so no run sends it again.
      store.notePending(week, key, problem.reason, channel);
      report.unconfirmed.push({ recipient: key, error: problem.reason });
      logger.error(
        `お知らせが届いたか分かりません（${week}、宛先 ${key}、理由 ${problem.reason}）。二重送信を避けるため再送しません。Slack で確認してください`,
      );
    }
  }
}

function fail(
  report: RunReport,
  deps: ReminderRunDeps,
  digest: Digest,
  problem: Problem,
  attempt: number,
  channel: string | null,
): void {
  const items = digest.entries.map((e) => e.item.number);
  deps.store.markFailed(digest.week, digest.key, problem.reason, channel);
  report.failed.push({ recipient: digest.key, reason: problem.reason, items, attempt });
  deps.logger.warn(
    `お知らせを送れませんでした（${digest.week}、宛先 ${digest.key}、理由 ${problem.reason}、${attempt} 回目）${hintFor(problem.reason)}`,
  );
}

/** Where a recipient's digest goes: their DM (opened with conversations.open) or the channel itself. */
async function channelFor(recipient: Recipient, client: WebClient, emails: EmailDirectory): Promise<string> {
  if (recipient.kind === "channel") return recipient.id;
  const user = recipient.kind === "user" ? recipient.id : await emails.userIdFor(recipient.email);
  const res = await client.conversations.open({ users: user });
  const id = res.channel?.id;
  if (!id) throw new DeliveryError("channel_not_found");
  return id;
}

class DeliveryError extends Error {
  readonly code = "reminder_delivery_failed";
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DeliveryError";
  }
}

interface Problem {
  reason: string;
  /** "no": Slack certainly did not post it; "unknown": it may have. */
  delivered: "no" | "unknown";
}

/** Connection failures before anything was sent: the request cannot have reached Slack. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/** Slack's reason for a failed call, never including a token (WebClient's messages carry only the URL). */
function describe(err: unknown): Problem {
  if (err instanceof DeliveryError) return { reason: err.reason, delivered: "no" };
  const e = err as Partial<webApi.WebAPICallError> & { message?: string };
  switch (e.code) {
    case webApi.ErrorCode.PlatformError:
      return { reason: (e as webApi.WebAPIPlatformError).data.error, delivered: "no" };
    case webApi.ErrorCode.HTTPError:
      return { reason: `http_${(e as webApi.WebAPIHTTPError).statusCode}`, delivered: "no" };
    case webApi.ErrorCode.RateLimitedError:
      return { reason: "ratelimited", delivered: "no" };
    case webApi.ErrorCode.RequestError: {
      const original = (e as webApi.WebAPIRequestError).original as (Error & { code?: string }) | undefined;
      const code = original?.code ?? "unknown";
      return { reason: `request_error:${code}`, delivered: NOT_SENT_CODES.has(code) ? "no" : "unknown" };
    }
  }
  // WebClient gives up on repeated 429s with a plain Error; a 429 means Slack did not post.
  if (/rate limit was exceeded/i.test(e.message ?? "")) return { reason: "ratelimited", delivered: "no" };
  return { reason: `unexpected:${e.message ?? String(err)}`.slice(0, 200), delivered: "unknown" };
}

/** What the secretariat can do about common failures. */
export function hintFor(reason: string): string {
  switch (reason) {
    case "users_not_found":
      return "。data/owners.yml のメールアドレスが Slack に登録されているか確認してください";
    case "user_not_found":
    case "user_disabled":
    case "account_inactive":
      return "。data/owners.yml のユーザー ID を確認してください";
    case "channel_not_found":
      return "。チャンネル ID を確認し、非公開チャンネルならボットを招待してください";
    case "not_in_channel":
      return "。チャンネルで /invite を使ってボットを招待してください";
    case "is_archived":
      return "。アーカイブされたチャンネルです。別のチャンネルを設定してください";
    case "missing_scope":
      return "。ボットの権限（スコープ）が足りません。manifest.yml のとおりにアプリを再インストールしてください";
    default:
      return "";
  }
}

/** "https://…/api/chat.postMessage" → "chat.postMessage". */
function methodOf(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}
