/**
 * `/plan 未回答` as exact Block Kit JSON: times in Japan time, the kind and place of each question, user text
 * escaped, and the per-item feedback counts.
 */
import { describe, expect, it } from "vitest";
import type { LoggedQuestion } from "../../src/state/question-log.ts";
import { formatTokyoMinute, unansweredMessage } from "../../src/views/unanswered.ts";

const q = (over: Partial<LoggedQuestion>): LoggedQuestion => ({
  askedAt: new Date("2026-11-29T05:05:00Z"),
  kind: "none",
  question: "公用車の台数は?",
  items: [],
  channelType: "im",
  userHash: "0".repeat(64),
  ...over,
});
const mrkdwn = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
const ctx = (text: string) => ({ type: "context", elements: [{ type: "mrkdwn", text }] });
const FOOTER = ctx(
  "よく聞かれる言い方は、その項目のデータの `aliases`（通称）か `keywords`（用語）に足してください。" +
    "すべてを書き出すには `npm run --silent unanswered -- --days 90 > 未回答.csv`（Excel で開けます）。",
);

describe("the unanswered report", () => {
  it("shows Japan time (UTC+9), across midnight", () => {
    expect(formatTokyoMinute(new Date("2026-11-29T05:05:00Z"))).toBe("2026-11-29 14:05");
    expect(formatTokyoMinute(new Date("2026-11-29T15:30:00Z"))).toBe("2026-11-30 00:30");
  });

  it("lists the questions, escaped, and the feedback per item", () => {
    const message = unansweredMessage({
      days: 30,
      questions: [
        q({ question: "<!channel> a & b\n2行目", channelType: "channel" }),
        q({
          kind: "candidates",
          question: "ごみの減量は?",
          items: [3, 7],
          channelType: "command",
          askedAt: new Date("2026-11-28T00:00:00Z"),
        }),
      ],
      feedback: [
        { item: 16, helpful: 2, wrong: 1 },
        { item: 99, helpful: 0, wrong: 1 },
      ],
      titles: new Map([[16, "滞納整理の推進"]]),
    });
    expect(message.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "未回答の質問（最近30日）", emoji: true } },
      ctx("新しい順に 2 件。「該当なし」は答えられなかった質問、「もしかして」は候補だけを示した質問です。"),
      mrkdwn(
        "• 2026-11-29 14:05 該当なし・チャンネル\n　「&lt;!channel&gt; a &amp; b 2行目」\n" +
          "• 2026-11-28 09:00 もしかして（No.3・No.7）・/plan\n　「ごみの減量は?」",
      ),
      mrkdwn(
        "*回答へのフィードバック（最近30日）*\n• No.16 滞納整理の推進: 役に立った 2 ／ 違う 1\n• No.99: 役に立った 0 ／ 違う 1",
      ),
      FOOTER,
    ]);
    expect(message.text).toBe("未回答の質問（最近30日）: 2 件");
  });

  it("says so when there is nothing", () => {
    const message = unansweredMessage({ days: 30, questions: [], feedback: [], titles: new Map() });
    expect(message.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "未回答の質問（最近30日）", emoji: true } },
      mrkdwn("最近30日に、答えられなかった質問はありません。"),
      mrkdwn("*回答へのフィードバック（最近30日）*\nまだありません。"),
      FOOTER,
    ]);
  });

  it("keeps twenty long questions within Slack's limits", () => {
    const questions = Array.from({ length: 20 }, (_, i) => q({ question: `${i}${"長".repeat(600)}` }));
    const { blocks } = unansweredMessage({ days: 30, questions, feedback: [], titles: new Map() });
    const texts = blocks.flatMap((b) =>
      "text" in b && b.text && typeof b.text === "object" && "text" in b.text ? [b.text.text] : [],
    );
    for (const t of texts) expect([...t].length).toBeLessThanOrEqual(3000);
    // Every question is there, each cut to 150 characters.
    const listed = texts.join("\n").match(/「\d+長+…」/g) ?? [];
    expect(listed).toHaveLength(20);
  });
});
