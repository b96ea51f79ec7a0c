/**
 * The Prometheus exposition of the bot's counters: each family named once with its type, counts as recorded,
 * and the ack-latency histogram cumulative (each bucket counts every observation at or under its bound).
 */
import { describe, expect, it } from "vitest";
import { ACK_BUCKETS, BotMetrics, countingQuestionLog } from "../../src/metrics.ts";
import { MemoryQuestionLog } from "../../src/state/question-log.ts";

function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("BotMetrics", () => {
  it("starts at zero with every family declared", () => {
    const text = new BotMetrics().render();
    for (const name of [
      "planbot_answers_total",
      "planbot_unanswered_questions_total",
      "planbot_reminders_total",
      "planbot_slack_rate_limited_total",
      "planbot_ack_latency_seconds",
    ])
      expect(text).toContain(`# TYPE ${name} `);
    expect(sample(text, 'planbot_reminders_total{outcome="unconfirmed"}')).toBe(0);
    expect(sample(text, "planbot_ack_latency_seconds_count")).toBe(0);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("counts answers by kind, reminders by outcome and 429s", () => {
    const m = new BotMetrics();
    m.answered("item");
    m.answered("item");
    m.answered("department");
    m.reminder("sent");
    m.reminder("sent");
    m.reminder("sent");
    m.reminder("failed");
    m.reminder("unconfirmed");
    m.rateLimited();
    m.rateLimited();
    const text = m.render();
    expect(sample(text, 'planbot_answers_total{kind="item"}')).toBe(2);
    expect(sample(text, 'planbot_answers_total{kind="department"}')).toBe(1);
    expect(sample(text, 'planbot_reminders_total{outcome="sent"}')).toBe(3);
    expect(sample(text, 'planbot_reminders_total{outcome="failed"}')).toBe(1);
    expect(sample(text, 'planbot_reminders_total{outcome="unconfirmed"}')).toBe(1);
    expect(sample(text, "planbot_slack_rate_limited_total")).toBe(2);
  });

  it("escapes a label value so it cannot end the label early", () => {
    const m = new BotMetrics();
    m.answered('a"b\\c');
    expect(m.render()).toContain('planbot_answers_total{kind="a\\"b\\\\c"} 1');
  });

  it("keeps the ack histogram cumulative, with sum and count", () => {
    const m = new BotMetrics();
    m.ackLatency(0.004); // every bucket
    m.ackLatency(0.2); // 0.25 and up
    m.ackLatency(5); // only +Inf
    const text = m.render();
    expect(sample(text, 'planbot_ack_latency_seconds_bucket{le="0.005"}')).toBe(1);
    expect(sample(text, 'planbot_ack_latency_seconds_bucket{le="0.1"}')).toBe(1);
    expect(sample(text, 'planbot_ack_latency_seconds_bucket{le="0.25"}')).toBe(2);
    expect(sample(text, `planbot_ack_latency_seconds_bucket{le="${ACK_BUCKETS.at(-1)}"}`)).toBe(2);
    expect(sample(text, 'planbot_ack_latency_seconds_bucket{le="+Inf"}')).toBe(3);
    expect(sample(text, "planbot_ack_latency_seconds_count")).toBe(3);
    expect(sample(text, "planbot_ack_latency_seconds_sum")).toBeCloseTo(5.204, 9);
  });

  it("reports the last reminder run for /healthz and as a timestamp", () => {
    const m = new BotMetrics();
    expect(m.lastReminderRun).toBeNull();
    m.reminderRunFinished(new Date("2026-11-30T00:00:05Z"));
    expect(m.lastReminderRun?.toISOString()).toBe("2026-11-30T00:00:05.000Z");
    expect(sample(m.render(), "planbot_reminder_last_run_timestamp_seconds")).toBe(1795996805);
  });
});

describe("countingQuestionLog", () => {
  it("counts what the log records as unanswered, not feedback, and still records everything", () => {
    const inner = new MemoryQuestionLog();
    const m = new BotMetrics();
    const log = countingQuestionLog(inner, m);
    const base = { question: "q", items: [], channelType: "im" as const, userId: "U1" };
    log.record({ ...base, kind: "none" });
    log.record({ ...base, kind: "candidates", items: [1, 2] });
    log.record({ ...base, kind: "feedback_helpful", items: [18] });
    expect(sample(m.render(), "planbot_unanswered_questions_total")).toBe(2);
    expect(log.entries({ since: new Date(0) })).toHaveLength(3);
  });
});
