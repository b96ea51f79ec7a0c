/**
 * 「役に立った」「違う」: the click is recorded (item, question, where; never who) and the person thanked privately.
 * Errors: a malformed value is acked and explained; a failing log or an expired response_url never throws.
 */
import { describe, expect, it } from "vitest";
import {
  FEEDBACK_MALFORMED,
  FEEDBACK_NOT_RECORDED,
  FEEDBACK_THANKS,
  feedbackCallback,
} from "../../../src/listeners/actions/feedback.ts";
import { MemoryQuestionLog, type QuestionLog } from "../../../src/state/question-log.ts";
import { ACTION } from "../../../src/views/action-ids.ts";
import { encodeFeedbackValue } from "../../../src/views/feedback.ts";
import { type Args, makeDeps, recorder, recordingLogger } from "../support.ts";

const NOW = new Date("2026-11-29T05:00:00Z");

async function click(
  log: QuestionLog | undefined,
  actionId: string,
  value: string | undefined,
  respondFails = false,
) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order, () => (respondFails ? new Error("expired_url") : undefined));
  const logger = recordingLogger();
  await feedbackCallback(makeDeps(log ? { questionLog: log } : {}))({
    ack,
    action: { type: "button", action_id: actionId, value },
    body: { user: { id: "U0CAROL" }, channel: { id: "C0001" }, container: { type: "message" } },
    respond,
    logger,
  } as Args);
  return { order, ack, respond, logger };
}

describe("feedbackCallback", () => {
  it("records 役に立った for No.18 with the question and thanks the person, ephemeral, after the ack", async () => {
    const log = new MemoryQuestionLog(() => NOW);
    const { order, respond } = await click(
      log,
      ACTION.feedbackHelpful,
      encodeFeedbackValue(18, "ふるさと納税の寄附件数は?"),
    );
    expect(order).toEqual(["ack", "respond"]);
    expect(respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: FEEDBACK_THANKS },
    ]);
    expect(log.entries({ since: new Date(0) })).toEqual([
      {
        askedAt: NOW,
        kind: "feedback_helpful",
        question: "ふるさと納税の寄附件数は?",
        items: [18],
        channelType: "channel",
        userHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
  });

  it("違う: recorded as feedback_wrong, and the thanks suggests asking again by number", async () => {
    const log = new MemoryQuestionLog(() => NOW);
    const { respond } = await click(log, ACTION.feedbackWrong, encodeFeedbackValue(16, "滞納の実績は?"));
    const text = (respond.calls[0] as { text: string }).text;
    expect(text.split("\n")).toEqual([FEEDBACK_THANKS, expect.stringContaining("/plan 18")]);
    expect(log.entries({ since: new Date(0) }).map((e) => [e.kind, e.items])).toEqual([
      ["feedback_wrong", [16]],
    ]);
  });

  it.each([undefined, "", "18", "{not json", '{"item":"18","q":"x"}'])(
    "a malformed value %j is acked and explained, nothing recorded",
    async (value) => {
      const log = new MemoryQuestionLog(() => NOW);
      const { order, respond } = await click(log, ACTION.feedbackHelpful, value);
      expect(order).toEqual(["ack", "respond"]);
      expect(respond.calls).toEqual([
        { response_type: "ephemeral", replace_original: false, text: FEEDBACK_MALFORMED },
      ]);
      expect(log.entries({ since: new Date(0) })).toEqual([]);
    },
  );

  it("a log that cannot be written: logged in Japanese, the person told it was not recorded", async () => {
    const failing: QuestionLog = {
      record: () => {
        throw new Error("SQLITE_FULL: database or disk is full");
      },
      entries: () => [],
      feedbackCounts: () => [],
    };
    const { respond, logger } = await click(failing, ACTION.feedbackHelpful, encodeFeedbackValue(18, "q"));
    expect(respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: FEEDBACK_NOT_RECORDED },
    ]);
    expect(logger.at("warn")).toContain("質問の記録を保存できませんでした");
    expect(logger.at("warn")).toContain("SQLITE_FULL");
  });

  it("no log configured: the person is not thanked for a record that was not made", async () => {
    const { respond } = await click(undefined, ACTION.feedbackHelpful, encodeFeedbackValue(18, "q"));
    expect((respond.calls[0] as { text: string }).text).toBe(FEEDBACK_NOT_RECORDED);
  });

  it("an expired response_url: the click stays recorded, the failure logged, nothing thrown", async () => {
    const log = new MemoryQuestionLog(() => NOW);
    const result = await click(log, ACTION.feedbackHelpful, encodeFeedbackValue(18, "q"), true);
    expect(result.ack.calls).toHaveLength(1);
    expect(log.entries({ since: new Date(0) })).toHaveLength(1);
    expect(result.logger.at("debug")).toContain("フィードバックのお礼を送れませんでした");
  });
});
