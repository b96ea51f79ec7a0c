/**
 * Reminders inside the running app: a scheduler that wakes up at start and then every minute and sends whatever
 * is due and not yet sent, plus the two things listeners need (`/plan remind`'s preview, the snooze button).
 *
 * Not a cron: a tick only asks the ledger what is due, so a restart, a missed tick or a sleeping laptop catches up
 * within the same week, and two processes (the app and `npm run remind -- --send`) never send a digest twice.
 */
import { statSync } from "node:fs";
import type { webApi } from "@slack/bolt";
import type { Plan } from "../plan/model.ts";
import { PlanDataError } from "../plan/source-file.ts";
import type { StateStore } from "../state/store.ts";
import { type Block, escapeMrkdwn, header, sections } from "../views/blocks.ts";
import type { WeeklySchedule } from "./calendar.ts";
import { loadOwners, type OwnersConfig } from "./owners.ts";
import { dryRun, dryRunText } from "./preview.ts";
import { EmailDirectory, type Pacer, type ReminderLogger, type RunReport, sendDueReminders } from "./send.ts";
import { snoozeFromButton, snoozeReply } from "./snooze.ts";

export interface ReminderServiceOptions {
  /** The plan being served now (it can be reloaded while the app runs). */
  plan: () => Plan;
  /** `data/owners.yml`; re-read when it changes, so an edit takes effect without a restart. */
  ownersFile: string;
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  /** The app's WebClient (Bolt's `app.client`): it retries 429s after Retry-After. */
  client: webApi.WebClient;
  store: StateStore;
  logger: ReminderLogger;
  clock?: () => Date;
  pacer?: Pacer;
  /** How often to check for due reminders. */
  tickMs?: number;
}

/** Often enough that a 09:00 slot goes out by 09:01, rarely enough to cost nothing (a tick is a few reads). */
export const DEFAULT_TICK_MS = 60_000;

export class ReminderService {
  private readonly clock: () => Date;
  private readonly emails: EmailDirectory;
  private owners: { config: OwnersConfig; plan: Plan; mtimeMs: number };
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunReport | null> | null = null;
  /** Problems already reported this week, so a tick a minute does not repeat them all week. */
  private readonly reported = new Set<string>();

  /** Throws PlanDataError when `ownersFile` is invalid: the caller decides whether to start without reminders. */
  constructor(private readonly options: ReminderServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.emails = new EmailDirectory(options.client);
    const plan = options.plan();
    this.owners = {
      config: loadOwners(options.ownersFile, plan),
      plan,
      mtimeMs: mtimeOf(options.ownersFile),
    };
  }

  /** Starts ticking: once now (catching up after a restart), then every `tickMs`. */
  start(): void {
    if (this.timer) return;
    void this.runDue();
    this.timer = setInterval(() => void this.runDue(), this.options.tickMs ?? DEFAULT_TICK_MS);
    // The scheduler alone must not keep the process alive at shutdown.
    this.timer.unref();
  }

  /** Stops ticking and waits for a run in flight, so that the store can be closed after. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
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

  /** `/plan remind`: this week's dry run as an ephemeral message. */
  async dryRunMessage(): Promise<{ text: string; blocks: Block[] }> {
    const text = dryRunText(
      dryRun({
        plan: this.options.plan(),
        owners: this.currentOwners(),
        schedule: this.options.schedule,
        reminderChannel: this.options.reminderChannel,
        store: this.options.store,
        now: this.clock(),
      }),
    );
    return { text, blocks: [header("今週のお知らせ（確認用）"), ...sections(escapeMrkdwn(text))] };
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
    return snoozeReply(result, this.options.schedule);
  }

  private async tick(): Promise<RunReport | null> {
    const { logger } = this.options;
    try {
      const report = await sendDueReminders({
        plan: this.options.plan(),
        owners: this.currentOwners(),
        schedule: this.options.schedule,
        reminderChannel: this.options.reminderChannel,
        client: this.options.client,
        store: this.options.store,
        logger,
        clock: this.clock,
        emails: this.emails,
        ...(this.options.pacer ? { pacer: this.options.pacer } : {}),
      });
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
          `${report.week} の ${u.recipient} へのお知らせは送信の途中で止まりました。届いたか Slack で確認してください`,
        ),
      );
    }
    for (const g of report.gaveUp) {
      once(`gaveup:${g.recipient}`, () =>
        logger.warn(
          `${report.week} の ${g.recipient} へのお知らせは失敗が続いたため今週は再試行しません（${g.reason}）`,
        ),
      );
    }
  }

  /** The owners in force now (the playground previews digests with them). */
  currentOwnersConfig(): OwnersConfig {
    return this.currentOwners();
  }

  /** The owners file, re-read when it or the plan changed; a broken edit keeps the last good one. */
  private currentOwners(): OwnersConfig {
    const plan = this.options.plan();
    const mtimeMs = mtimeOf(this.options.ownersFile);
    if (plan === this.owners.plan && mtimeMs === this.owners.mtimeMs) return this.owners.config;
    try {
      this.owners = { config: loadOwners(this.options.ownersFile, plan), plan, mtimeMs };
      this.options.logger.info(`${this.options.ownersFile} を読み直しました`);
    } catch (err) {
      if (!(err instanceof PlanDataError)) throw err;
      // Remember the broken version so the error is logged once, not every tick.
      this.owners = { ...this.owners, plan, mtimeMs };
      this.options.logger.error(`通知先の設定に誤りがあるため、前の設定のまま続けます:\n${err.message}`);
    }
    return this.owners.config;
  }
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}
