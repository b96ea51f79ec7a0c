/**
 * `/plan 未回答` for admins: the latest questions the bot could not answer (or answered only with guesses) and
 * what people said of its answers, per item. The secretariat reads it to decide which words to add to an item's
 * `aliases` or `keywords`; the full list is exported with `npm run unanswered`.
 */
import type { ChannelType, FeedbackCount, LoggedQuestion, QuestionKind } from "../state/question-log.ts";
import type { SlackMessage } from "./blocks.ts";
import {
  type Block,
  capBlocks,
  context,
  escapeMrkdwn as e,
  header,
  section,
  sections,
  truncate,
} from "./blocks.ts";

export interface UnansweredReport {
  /** How many days back the report looks. */
  days: number;
  /** Newest first. */
  questions: readonly LoggedQuestion[];
  feedback: readonly FeedbackCount[];
  /** Item titles by number, for the feedback lines; an item no longer in the data is shown by number only. */
  titles: ReadonlyMap<number, string>;
}

export const KIND_LABELS: Record<QuestionKind, string> = {
  none: "該当なし",
  candidates: "もしかして",
  feedback_helpful: "役に立った",
  feedback_wrong: "違う",
};

const PLACE_LABELS: Record<ChannelType, string> = { im: "DM", channel: "チャンネル", command: "/plan" };

const tokyo = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** `2026-11-29 14:05`, in Japan time, as the city reads its clocks. */
export function formatTokyoMinute(date: Date): string {
  return tokyo.format(date);
}

function questionLine(q: LoggedQuestion): string {
  const items = q.items.length > 0 ? `（${q.items.map((n) => `No.${n}`).join("・")}）` : "";
  // One line per question: a question typed over several lines would break the list.
  const text = truncate(q.question.replace(/\s+/g, " ").trim(), 150);
  return `• ${formatTokyoMinute(q.askedAt)} ${KIND_LABELS[q.kind]}${items}・${PLACE_LABELS[q.channelType]}\n　「${e(text)}」`;
}

function feedbackLine(f: FeedbackCount, titles: ReadonlyMap<number, string>): string {
  const title = titles.get(f.item);
  return `• No.${f.item}${title ? ` ${e(title)}` : ""}: 役に立った ${f.helpful} ／ 違う ${f.wrong}`;
}

export function unansweredMessage(report: UnansweredReport): SlackMessage {
  const { days, questions, feedback, titles } = report;
  const blocks: Block[] = [header(`未回答の質問（最近${days}日）`)];
  if (questions.length === 0) {
    blocks.push(section(`最近${days}日に、答えられなかった質問はありません。`));
  } else {
    blocks.push(
      context(
        `新しい順に ${questions.length} 件。「該当なし」は答えられなかった質問、「もしかして」は候補だけを示した質問です。`,
      ),
      ...sections(questions.map(questionLine).join("\n")),
    );
  }
  blocks.push(
    section(
      feedback.length === 0
        ? `*回答へのフィードバック（最近${days}日）*\nまだありません。`
        : `*回答へのフィードバック（最近${days}日）*\n${feedback.map((f) => feedbackLine(f, titles)).join("\n")}`,
    ),
    context(
      "よく聞かれる言い方は、その項目のデータの `aliases`（通称）か `keywords`（用語）に足してください。" +
        "すべてを書き出すには `npm run --silent unanswered -- --days 90 > 未回答.csv`（Excel で開けます）。",
    ),
  );
  const text = `未回答の質問（最近${days}日）: ${questions.length} 件`;
  return { text, blocks: capBlocks(blocks) };
}
