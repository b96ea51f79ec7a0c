/**
 * Counters for `/metrics` (Prometheus text format, version 0.0.4) and the facts `/healthz` reports. Code that
 * observes something calls the small `Metrics` interface; only the HTTP side reads `BotMetrics`. Counts live in
 * memory and start from zero at each start, as Prometheus counters do (its `rate()` handles the resets).
 */
import { type QuestionLog, UNANSWERED_KINDS } from "./state/question-log.ts";

/** What the answering, the reminder run and the Slack clients report. */
export interface Metrics {
  /** One answer given, by the answer's kind (item, department, status, candidates, none …). */
  answered(kind: string): void;
  /** A question the bot could not answer was logged (「該当なし」 or only 「もしかして」). */
  unanswered(): void;
  /** One reminder recipient's outcome in a run. */
  reminder(outcome: ReminderOutcome): void;
  /** A reminder run finished (whatever it sent), for `/healthz`. */
  reminderRunFinished(at: Date): void;
  /** Slack answered 429 (rate limited). */
  rateLimited(): void;
  /** Seconds from a Slack request's arrival to its acknowledgement. */
  ackLatency(seconds: number): void;
}

export type ReminderOutcome = "sent" | "failed" | "unconfirmed";

/** Histogram buckets for ack latency, in seconds: Slack gives up at 3 s. */
export const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3] as const;

/** Label values are ours (answer kinds), but escaped anyway so a stray quote cannot break the exposition. */
function label(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

export class BotMetrics implements Metrics {
  private readonly answers = new Map<string, number>();
  private unansweredCount = 0;
  private readonly reminders: Record<ReminderOutcome, number> = { sent: 0, failed: 0, unconfirmed: 0 };
  private rateLimitedCount = 0;
  private readonly ackBuckets: number[] = ACK_BUCKETS.map(() => 0);
  private ackCount = 0;
  private ackSum = 0;
  private lastRun: Date | null = null;

  answered(kind: string): void {
    this.answers.set(kind, (this.answers.get(kind) ?? 0) + 1);
  }

  unanswered(): void {
    this.unansweredCount++;
  }

  reminder(outcome: ReminderOutcome): void {
    this.reminders[outcome]++;
  }

  reminderRunFinished(at: Date): void {
    this.lastRun = at;
  }

  rateLimited(): void {
    this.rateLimitedCount++;
  }

  ackLatency(seconds: number): void {
    this.ackCount++;
    this.ackSum += seconds;
    ACK_BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) this.ackBuckets[i] = (this.ackBuckets[i] ?? 0) + 1;
    });
  }

  /** When the reminder scheduler last finished a run, or null before its first. */
  get lastReminderRun(): Date | null {
    return this.lastRun;
  }

  /** The Prometheus text exposition of every counter. */
  render(): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    family("planbot_answers_total", "counter", "Answers given, by kind of answer.");
    for (const [kind, n] of [...this.answers].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`planbot_answers_total{kind="${label(kind)}"} ${n}`);
    family(
      "planbot_unanswered_questions_total",
      "counter",
      "Questions answered with nothing or only guesses.",
    );
    lines.push(`planbot_unanswered_questions_total ${this.unansweredCount}`);
    family("planbot_reminders_total", "counter", "Reminder recipients by outcome.");
    for (const outcome of ["sent", "failed", "unconfirmed"] as const)
      lines.push(`planbot_reminders_total{outcome="${outcome}"} ${this.reminders[outcome]}`);
    family("planbot_slack_rate_limited_total", "counter", "Slack Web API calls answered with 429.");
    lines.push(`planbot_slack_rate_limited_total ${this.rateLimitedCount}`);
    family("planbot_reminder_last_run_timestamp_seconds", "gauge", "When the reminder run last finished.");
    lines.push(
      `planbot_reminder_last_run_timestamp_seconds ${this.lastRun ? this.lastRun.getTime() / 1000 : 0}`,
    );
    family("planbot_ack_latency_seconds", "histogram", "Time from a Slack request's arrival to its ack.");
    ACK_BUCKETS.forEach((bound, i) => {
      lines.push(`planbot_ack_latency_seconds_bucket{le="${bound}"} ${this.ackBuckets[i] ?? 0}`);
    });
    lines.push(`planbot_ack_latency_seconds_bucket{le="+Inf"} ${this.ackCount}`);
    lines.push(`planbot_ack_latency_seconds_sum ${this.ackSum}`);
    lines.push(`planbot_ack_latency_seconds_count ${this.ackCount}`);
    return `${lines.join("\n")}\n`;
  }
}

/** A question log that also counts what it records as unanswered, for `/metrics`. */
export function countingQuestionLog(log: QuestionLog, metrics: Pick<Metrics, "unanswered">): QuestionLog {
  return {
    record(entry) {
      log.record(entry);
      if ((UNANSWERED_KINDS as readonly string[]).includes(entry.kind)) metrics.unanswered();
    },
    entries: (query) => log.entries(query),
    feedbackCounts: (since) => log.feedbackCounts(since),
  };
}
