/**
 * Reminders inside the running app: a scheduler that wakes up at start and then every minute and sends whatever
 * is due and not yet sent, plus the two things listeners need (`/plan remind`'s preview, the snooze button).
 *
 * Not a cron: a tick only asks the ledger what is due, so a restart, a missed tick or a sleeping laptop catches up
 * within the same week, and two processes (the app and `npm run remind -- --send`) never send a digest twice.
 *
 * The service always starts, even when `data/owners.yml` is invalid: it keeps the error (logged once), sends
 * nothing until the file is fixed, tries the file again at every tick, and shows the error in `/plan remind`
 * and in the snooze button's reply. A broken edit while running keeps the last good owners in force.
 */
import { statSync } from "node:fs";
import type { LogWriter } from "../logger.ts";
import { PlanDataError } from "../plan/data-issue.ts";
import type { Plan } from "../plan/model.ts";
import type { StateStore } from "../state/store.ts";
import type { WeeklySchedule } from "./calendar.ts";
import type { ReminderClient } from "./client.ts";
import type { DryRunReport, ReminderRenderers } from "./digests.ts";
import { EmailDirectory } from "./email-directory.ts";
import { loadOwners, type OwnersConfig } from "./owners.ts";
import type { Pacer } from "./pacing.ts";
import { dryRun, dryRunText, weekLabel } from "./preview.ts";
import { POST_CONCURRENCY, type RunReport, sendDueReminders } from "./send.ts";
import { snoozeFromButton, snoozeReply } from "./snooze.ts";

export interface ReminderServiceOptions {
  /** The plan being served now (it can be reloaded while the app runs). */
  plan: () => Plan;
  /** `data/owners.yml`; re-read when it changes, so an edit takes effect without a restart. */
  ownersFile: string;
  /** Reminder outcomes and the last run's time, for /metrics and /healthz. */
  metrics?: {
    reminder(outcome: "sent" | "failed" | "unconfirmed"): void;
    reminderRunFinished(at: Date): void;
  };
  /** How digests look (the views' Block Kit), passed in by the app. */
  render: ReminderRenderers;
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  /** Items reported from Slack within this many days are left out of the digests (0: never). */
  skipReportedDays?: number;
  /** Made by `createReminderClient` (no automatic retries: they would post a digest twice). */
  client: ReminderClient;
  store: StateStore;
  logger: LogWriter;
  clock?: () => Date;
  pacer?: Pacer;
  /** How often to check for due reminders. */
  tickMs?: number;
}

/** Often enough that a 09:00 slot goes out by 09:01, rarely enough to cost nothing (a tick is a few reads). */
export const DEFAULT_TICK_MS = 60_000;

interface OwnersState {
  /** The last good owners, or null when the file has never been valid since start. */
  config: OwnersConfig | null;
  /** What is wrong with the file now, or null when `config` is what it says. */
  error: PlanDataError | null;
  /** The plan and file version `config`/`error` were computed from. */
  plan: Plan | null;
  mtimeMs: number;
}

export class ReminderService {
  private readonly clock: () => Date;
  private readonly emails: EmailDirectory;
  private owners: OwnersState = { config: null, error: null, plan: null, mtimeMs: -1 };
  /** The error message last logged, so a broken file is reported once, not every tick. */
  private loggedError: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunReport | null> | null = null;
  private abort = new AbortController();
  /** Problems already reported this week, so a tick a minute does not repeat them all week. */
  private readonly reported = new Set<string>();

  /** Never throws for an invalid `ownersFile`: the error is kept, logged and shown (see the module comment). */
  constructor(private readonly options: ReminderServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.emails = new EmailDirectory(options.client, { persist: options.store });
    this.currentOwners();
  }

  /** Starts ticking: once now (catching up after a restart), then every `tickMs`. */
  start(): void {
    if (this.timer) return;
    if (this.abort.signal.aborted) this.abort = new AbortController();
    void this.runDue();
    this.timer = setInterval(() => void this.runDue(), this.options.tickMs ?? DEFAULT_TICK_MS);
    // The scheduler alone must not keep the process alive at shutdown.
    this.timer.unref();
  }

  /**
   * Stops ticking and stops a run in flight after the post it is making (pacing and Retry-After waits end at
   * once), then resolves, so that the store can be closed after. The rest go out with the next start.
   */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }

  /** One tick. Runs never overlap: a tick during a run waits for it and returns its report. */
  runDue(): Promise<RunReport | null> {
    if (!this.running) {
      this.running = this.tick().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** `/plan remind`: this week's dry run as data, or what is wrong with owners.yml. */
  dryRunReport(): DryRunReport {
    const owners = this.currentOwners();
    const ownersFile = this.options.ownersFile;
    if (!owners.config) {
      return { ownersFile, problem: { kind: "invalid", message: owners.error?.message ?? "" }, text: "" };
    }
    const text = dryRunText(
      dryRun({
        plan: this.options.plan(),
        owners: owners.config,
        schedule: this.options.schedule,
        reminderChannel: this.options.reminderChannel,
        store: this.options.store,
        now: this.clock(),
        userIdsByEmail: this.emails.known(),
        skipReportedDays: this.options.skipReportedDays ?? 0,
      }),
    );
    return {
      ownersFile,
      problem: owners.error ? { kind: "stale", message: owners.error.message } : null,
      text,
    };
  }

  /** 「1週間スヌーズ」: the confirmation line for the person who clicked. */
  async snooze(value: string, userId: string): Promise<string> {
    const result = snoozeFromButton({
      value,
      userId,
      plan: this.options.plan(),
      store: this.options.store,
      schedule: this.options.schedule,
      now: this.clock(),
    });
    if (result.ok) {
      this.options.logger.info(
        `スヌーズ: ${result.recipient} の No.${result.item} を ${result.week} から外します`,
      );
    } else {
      this.options.logger.warn(`スヌーズできませんでした（${result.reason}、操作したユーザー ${userId}）`);
    }
    const reply = snoozeReply(result, this.options.schedule);
    const owners = this.currentOwners();
    if (owners.config || !owners.error) return reply;
    // The snooze is kept, but the person should know why no reminder will come until the file is fixed.
    return `${reply}\nなお、${this.options.ownersFile} に誤りがあるため、現在お知らせは送られていません（事務局に伝えてください）:\n${owners.error.message}`;
  }

  private async tick(): Promise<RunReport | null> {
    const { logger } = this.options;
    try {
      const owners = this.currentOwners();
      if (!owners.config) return null;
      const report = await sendDueReminders({
        render: this.options.render.digest,
        plan: this.options.plan(),
        owners: owners.config,
        schedule: this.options.schedule,
        reminderChannel: this.options.reminderChannel,
        skipReportedDays: this.options.skipReportedDays ?? 0,
        // Up to 8 recipients' posts in flight (send.ts ramps up and falls back to one on a 429). The remind CLI keeps
        // one at a time: a person who presses Ctrl+C there is promised that only the post in flight finishes.
        concurrency: POST_CONCURRENCY,
        client: this.options.client,
        store: this.options.store,
        logger,
        clock: this.clock,
        emails: this.emails,
        signal: this.abort.signal,
        ...(this.options.pacer ? { pacer: this.options.pacer } : {}),
        ...(this.options.metrics ? { metrics: this.options.metrics } : {}),
      });
      this.options.metrics?.reminderRunFinished(this.clock());
      this.reportOnce(report);
      return report;
    } catch (err) {
      // A tick must never take the app down; the next tick tries again.
      logger.error("週次お知らせの実行中にエラーが起きました", err);
      return null;
    }
  }

  private reportOnce(report: RunReport): void {
    const { logger } = this.options;
    const week = weekLabel(report.slot, this.options.schedule);
    const once = (key: string, log: () => void) => {
      const k = `${report.week}\u0000${key}`;
      if (this.reported.has(k)) return;
      this.reported.add(k);
      log();
    };
    for (const u of report.unroutable) {
      once(`unroutable:${u.department}`, () =>
        logger.warn(
          `${u.department} に通知先がないため No.${u.items.join("・")} のお知らせが届きません。data/owners.yml に担当者を書くか REMINDER_CHANNEL を設定してください`,
        ),
      );
    }
    for (const u of report.unconfirmed) {
      once(`unconfirmed:${u.recipient}`, () =>
        logger.warn(
          `${week}（${report.week}）の ${u.recipient} へのお知らせは送信の途中で止まりました。届いたか Slack で確認してください`,
        ),
      );
    }
    for (const g of report.gaveUp) {
      once(`gaveup:${g.recipient}`, () =>
        logger.warn(
          `${week}（${report.week}）の ${g.recipient} へのお知らせは失敗が続いたため今週は再試行しません（${g.reason}）`,
        ),
      );
    }
  }

  /** The owners in force now (the playground previews digests with them); null while owners.yml is invalid. */
  currentOwnersConfig(): OwnersConfig | null {
    return this.currentOwners().config;
  }

  /** What is wrong with owners.yml now, or null. */
  ownersError(): string | null {
    return this.currentOwners().error?.message ?? null;
  }

  /**
   * The owners file, re-read when it or the plan changed, and at every call while it is invalid (it may have
   * been fixed without its modification time changing). A broken file keeps the last good owners, if any.
   */
  private currentOwners(): OwnersState {
    const plan = this.options.plan();
    const file = this.options.ownersFile;
    const mtimeMs = mtimeOf(file);
    const state = this.owners;
    if (!state.error && plan === state.plan && mtimeMs === state.mtimeMs) return state;
    const { logger } = this.options;
    try {
      this.owners = { config: loadOwners(file, plan), error: null, plan, mtimeMs };
      if (state.plan !== null) logger.info(`${file} を読み直しました`);
      this.loggedError = null;
    } catch (err) {
      if (!(err instanceof PlanDataError)) throw err;
      this.owners = { config: state.config, error: err, plan, mtimeMs };
      if (err.message !== this.loggedError) {
        this.loggedError = err.message;
        logger.error(
          state.config
            ? `通知先の設定に誤りがあるため、前の設定のまま続けます:\n${err.message}`
            : `通知先の設定に誤りがあるため、週次お知らせを送っていません（質問への回答は続けます。${file} を直せば、再起動しなくても1分以内に読み直して送ります）:\n${err.message}`,
        );
      }
    }
    return this.owners;
  }
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}
