/**
 * What is learned from: none (not small talk) and candidates are recorded, item answers are not; recording never
 * stops an answer (a failing log is logged in Japanese); item answers carry the feedback buttons.
 */
import { describe, expect, it } from "vitest";
import {
  recordSafely,
  recordUnanswered,
  unansweredEntry,
  withFeedback,
} from "../../src/listeners/record-question.ts";
import { MemoryQuestionLog, type QuestionLog } from "../../src/state/question-log.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { encodeFeedbackValue } from "../../src/views/feedback.ts";
import { contentOf, plans, recordingLogger } from "./support.ts";

const NOW = new Date("2026-11-29T05:00:00Z");
const answer = (q: string) => plans.answerer.answer(q);

describe("unansweredEntry", () => {
  it("candidates: recorded with the items offered (No.18 and No.16 for ふるさと納税と滞納整理)", () => {
    const a = answer("ふるさと納税と滞納整理");
    expect(a.kind).toBe("candidates");
    expect(unansweredEntry(a, "ふるさと納税と滞納整理", "im", "U1")).toEqual({
      kind: "candidates",
      question: "ふるさと納税と滞納整理",
      items: [18, 16],
      channelType: "im",
      userId: "U1",
    });
  });

  it("none: recorded without items", () => {
    expect(unansweredEntry(answer("公用車の台数は?"), "公用車の台数は?", "command", "U1")).toEqual({
      kind: "none",
      question: "公用車の台数は?",
      items: [],
      channelType: "command",
      userId: "U1",
    });
  });

  it("items offered because each mentions the asked term answer the question: not recorded", () => {
    const a = answer("鹿島台に関係する項目");
    expect(a.kind === "candidates" && a.mentions?.term).toBe("鹿島台");
    expect(unansweredEntry(a, "鹿島台に関係する項目", "im", "U1")).toBeNull();
  });

  it.each(["ありがとう", "こんにちは", "No.18", "遅れ", "help"])("「%s」 is not recorded", (q) =>
    expect(unansweredEntry(answer(q), q, "im", "U1")).toBeNull(),
  );
});

describe("recordSafely and recordUnanswered", () => {
  const failing: QuestionLog = {
    record: () => {
      throw new Error("SQLITE_BUSY: database is locked");
    },
    entries: () => [],
    feedbackCounts: () => [],
  };

  it("records into the log and says so", () => {
    const log = new MemoryQuestionLog(() => NOW);
    const logger = recordingLogger();
    const entry = unansweredEntry(answer("公用車の台数は?"), "公用車の台数は?", "im", "U1");
    expect(recordSafely(log, entry, logger)).toBe(true);
    expect(log.entries({ since: new Date(0) }).map((e) => e.question)).toEqual(["公用車の台数は?"]);
  });

  it("no log, or nothing to record: false, nothing logged", () => {
    const logger = recordingLogger();
    const entry = unansweredEntry(answer("公用車の台数は?"), "公用車の台数は?", "im", "U1");
    expect(recordSafely(undefined, entry, logger)).toBe(false);
    expect(recordSafely(new MemoryQuestionLog(() => NOW), null, logger)).toBe(false);
    expect(logger.lines).toEqual([]);
  });

  it("a failing log: false, logged in Japanese with the cause, not thrown", () => {
    const logger = recordingLogger();
    const entry = unansweredEntry(answer("公用車の台数は?"), "公用車の台数は?", "im", "U1");
    expect(recordSafely(failing, entry, logger)).toBe(false);
    expect(logger.at("warn")).toBe(
      "質問の記録を保存できませんでした（回答は続けます） SQLITE_BUSY: database is locked",
    );
  });

  it("recordUnanswered: a message without a user (a workflow's post) is not recorded", () => {
    const log = new MemoryQuestionLog(() => NOW);
    const logger = recordingLogger();
    recordUnanswered(log, logger, answer("公用車の台数は?"), "公用車の台数は?", "channel", undefined);
    expect(log.entries({ since: new Date(0) })).toEqual([]);
    recordUnanswered(log, logger, answer("公用車の台数は?"), "公用車の台数は?", "channel", "U1");
    expect(log.entries({ since: new Date(0) })).toHaveLength(1);
  });
});

describe("withFeedback", () => {
  it("an item answer gets 役に立った and 違う next to 詳細, carrying the item and the question", () => {
    const a = answer("No.18");
    const message = withFeedback(answerMessage(a, plans.plan.meta), a, "No.18");
    const json = contentOf(message.blocks);
    expect(json).toContain(
      `"action_id":"feedback_helpful","value":${JSON.stringify(encodeFeedbackValue(18, "No.18"))}`,
    );
    expect(json).toContain('"action_id":"feedback_wrong"');
    expect(json).toContain('"action_id":"show_item_detail:18"');
  });

  it("a list or candidates are left as they are", () => {
    for (const q of ["遅れ", "ふるさと納税と滞納整理"]) {
      const a = answer(q);
      const message = answerMessage(a, plans.plan.meta);
      expect(withFeedback(message, a, q)).toBe(message);
    }
  });
});
