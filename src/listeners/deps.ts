/**
 * What listeners need besides Bolt's own arguments. Passed in at registration so tests choose each part.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { RecentTopics } from "../ask/follow-up.ts";
import type { PlanStore } from "../ask/plan-store.ts";
import type { OwnersConfig } from "../reminders/owners.ts";
import type { QuestionLog } from "../state/question-log.ts";
import type { ReportStore } from "../state/reports.ts";

/** What Bolt passes a button's listener. */
export type ButtonClickArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Remembers which Events API deliveries were handled, so Slack's retries (same event_id) run once. */
export interface EventDeduplicator {
  /** True the first time an id is seen; false for a retry of it. */
  firstSeen(eventId: string): boolean;
}

/** The reminder features the app offers to admins and to digest recipients. */
export interface ReminderActions {
  /** This week's dry run as a message for /plan remind. */
  dryRunMessage(): Promise<{ text: string; blocks: import("../views/blocks.ts").Block[] }>;
  /** 「1週間スヌーズ」: mutes one item for one recipient for the next slot. Returns a confirmation line. */
  snooze(value: string, userId: string): Promise<string>;
}

/** Results reported from Slack (issue 11): where they are kept, and who owns which department's items. */
export interface ReportDeps {
  store: ReportStore;
  /** data/owners.yml as last loaded; null while it is missing or invalid (then only admins may report). */
  owners(): OwnersConfig | null;
}

export interface BotDeps {
  plans: PlanStore;
  adminUserIds: readonly string[];
  listenChannels: readonly string[];
  dedupe: EventDeduplicator;
  reminders?: ReminderActions;
  /**
   * Where unanswered questions and answer feedback are recorded (the state database in the app, memory in tests).
   * Without it nothing is recorded and /plan 未回答 says so.
   */
  questionLog?: QuestionLog;
  /** Reporting results from Slack; without it the report buttons explain that reporting is not set up. */
  reports?: ReportDeps;
  /** The time for /plan 未回答's "last 30 days"; tests fix it. */
  clock?: () => Date;
  /**
   * Origins besides Slack's own whose response URLs the bot may post to: the loopback stand-in of the tests and
   * the playground. Empty in production.
   */
  responseUrlOrigins?: readonly string[];
  /**
   * The last item answered in each thread and DM, so that 「それのR6は？」 asked after an answer is about that item
   * (ask/follow-up.ts). Without it every question is read on its own.
   */
  topics?: RecentTopics;
  /** Counts answers by kind for /metrics (absent in tests that do not look). */
  metrics?: { answered(kind: string): void };
}

/** An in-memory de-duplicator for when no state store is available: bounded, oldest forgotten first. */
export class MemoryDeduplicator implements EventDeduplicator {
  private readonly seen = new Set<string>();
  constructor(private readonly capacity = 10_000) {}
  firstSeen(eventId: string): boolean {
    if (this.seen.has(eventId)) return false;
    this.seen.add(eventId);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
