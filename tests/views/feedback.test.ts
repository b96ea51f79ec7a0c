/**
 * 「役に立った」「違う」: the value round-trips, stays within Slack's 2,000 characters whatever the question, and a
 * malformed value is refused rather than thrown on. The buttons go on the card's own actions block.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { encodeFeedbackValue, parseFeedbackValue } from "../../src/views/feedback.ts";
import { withFeedbackButtons } from "../../src/views/item-card.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);
const button = (text: string, action_id: string, value: string) => ({
  type: "button",
  text: { type: "plain_text", text, emoji: true },
  action_id,
  value,
});

describe("the feedback value", () => {
  it("round-trips the item and the question", () => {
    const value = encodeFeedbackValue(16, '滞納の "実績", どう?\n教えて');
    expect(JSON.parse(value)).toEqual({ item: 16, q: '滞納の "実績", どう?\n教えて' });
    expect(parseFeedbackValue(value)).toEqual({ item: 16, question: '滞納の "実績", どう?\n教えて' });
  });

  it("stays within 2,000 characters, even for a question that grows when escaped", () => {
    for (const question of ["\u0001".repeat(2_000), '"'.repeat(2_000), "あ".repeat(5_000)]) {
      const value = encodeFeedbackValue(21, question);
      expect([...value].length).toBeLessThanOrEqual(2_000);
      const parsed = parseFeedbackValue(value);
      expect(parsed?.item).toBe(21);
      expect(question.startsWith(parsed?.question ?? "x")).toBe(true);
    }
    expect(parseFeedbackValue(encodeFeedbackValue(1, "あ".repeat(5_000)))?.question).toHaveLength(500);
  });

  it.each([
    undefined,
    "",
    "16",
    "{",
    "null",
    '{"item":"16","q":""}',
    '{"item":16}',
    '{"item":0,"q":""}',
    '{"item":1.5,"q":""}',
    '{"item":16,"q":3}',
    "[16]",
  ])("refuses the malformed value %j", (value) => {
    expect(parseFeedbackValue(value)).toBeNull();
  });
});

describe("feedback buttons on an answer", () => {
  it("go after 詳細, チャンネルに共有 and 進捗を報告 in the card's actions block", () => {
    const message = answerMessage(answerer.answer("No.16"), plan.meta, { shareQuery: "No.16" });
    const withButtons = withFeedbackButtons(message, 16, "No.16");
    const value = '{"item":16,"q":"No.16"}';
    const actions = withButtons.blocks.filter((b) => b.type === "actions");
    expect(actions).toEqual([
      {
        type: "actions",
        elements: [
          button("詳細", "show_item_detail:16", "16"),
          { ...button("チャンネルに共有", "share_to_channel", "No.16"), style: "primary" },
          button("進捗を報告", "open_report:16", "16"),
          button("役に立った", "feedback_helpful", value),
          button("違う", "feedback_wrong", value),
        ],
      },
    ]);
    // Everything else is unchanged, and the original message is not modified.
    expect(withButtons.blocks.filter((b) => b.type !== "actions")).toEqual(
      message.blocks.filter((b) => b.type !== "actions"),
    );
    expect(JSON.stringify(message.blocks)).not.toContain("feedback_");
  });

  it("leave a message without that item's card alone", () => {
    const list = answerMessage(answerer.answer("納税課"), plan.meta);
    expect(withFeedbackButtons(list, 16, "納税課")).toBe(list);
    const card = answerMessage(answerer.answer("No.16"), plan.meta);
    expect(withFeedbackButtons(card, 3, "No.16")).toBe(card);
  });
});
