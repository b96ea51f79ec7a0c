/**
 * The item card: what someone sees when they ask about one item. Status first (with the figures or the
 * report's sentence behind it), then the year's results as the report prints them, a line of the 総評, what
 * is planned next, and where the data comes from. The whole record is one click away (「詳細」).
 */
import type { PlanItem } from "../plan/model.ts";
import type { PlanFile } from "../plan/schema.ts";
import { statusFromOwner, summarizeItem } from "../wording/item-summary.ts";
import { FIGURE_IN_TEXT, PASSAGES_HEADING, type QuotedPassage } from "../wording/passages.ts";
import { itemText } from "../wording/plain-text.ts";
import { ACTION, actionId } from "./action-ids.ts";
import {
  actions,
  type Block,
  button,
  capBlocks,
  context,
  escapeMrkdwn as e,
  fields,
  header,
  type SlackMessage,
  section,
  truncate,
} from "./blocks.ts";
import { feedbackButtons } from "./feedback.ts";
import { reportButton } from "./report-modal.ts";

import { STATUS_EMOJI } from "./status-emoji.ts";

export interface CardOptions {
  /** Adds 「チャンネルに共有」 (only on ephemeral answers): the value is the question to answer again. */
  shareQuery?: string;
  /** The report's sentences that answer the question, shown first. */
  passages?: readonly QuotedPassage[];
}

/** 「チャンネルに共有」 on an ephemeral answer: its value is the question, answered again in the channel. */
export function shareButton(query: string): ReturnType<typeof button> {
  return button({
    text: "チャンネルに共有",
    actionId: ACTION.shareToChannel,
    value: query,
    style: "primary",
  });
}

/**
 * The sentences that answer the question, as a rich_text block: each quoted exactly, its figures in bold, with
 * where it comes from. rich_text styles a run of text itself, where mrkdwn's `*…*` would need spaces around it
 * that a Japanese sentence does not have.
 */
export function passagesBlock(passages: readonly QuotedPassage[]): Block {
  const quote = (p: QuotedPassage) => ({
    type: "rich_text_quote" as const,
    elements: [
      { type: "text" as const, text: "「" },
      ...withFiguresInBold(p.text),
      { type: "text" as const, text: `」\n（${p.source}）` },
    ],
  });
  return {
    type: "rich_text",
    elements: [
      {
        type: "rich_text_section",
        elements: [
          { type: "emoji", name: "mag" },
          { type: "text", text: ` ${PASSAGES_HEADING}`, style: { bold: true } },
        ],
      },
      ...passages.map(quote),
    ],
  } as Block;
}

/** A sentence as rich_text runs: the figures (FIGURE_IN_TEXT) bold, the rest plain, nothing escaped away. */
export function withFiguresInBold(text: string): { type: "text"; text: string; style?: { bold: true } }[] {
  const runs: { type: "text"; text: string; style?: { bold: true } }[] = [];
  let last = 0;
  for (const m of text.matchAll(FIGURE_IN_TEXT)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ type: "text", text: text.slice(last, at) });
    runs.push({ type: "text", text: m[0], style: { bold: true } });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ type: "text", text: text.slice(last) });
  return runs;
}

export function itemCard(item: PlanItem, meta: PlanFile, options: CardOptions = {}): SlackMessage {
  const s = summarizeItem(item, meta);
  const blocks: Block[] = [
    header(s.heading),
    ...(options.passages?.length ? [passagesBlock(options.passages)] : []),
    fields([
      `*状況（${s.yearLabel}）*\n${STATUS_EMOJI[s.status]} ${e(s.statusLabel)}`,
      `*担当課*\n${e(s.departments)}`,
    ]),
  ];
  if (s.measurements.length > 0) {
    blocks.push(section(`*目標と実績*\n${s.measurements.map((m) => `• ${e(m)}`).join("\n")}`));
  }
  // Where the report's own verdict decides (No.12: 目標以上 although one figure alone is 2 of 10), show it too.
  if (item.current.basis === "report" && item.current.quote) {
    // An owner's self-assessment (exported from Slack, not yet in a published report) is never called the report's.
    const whose = statusFromOwner(item) ? "担当課の自己評価" : "報告書の総評";
    blocks.push(section(`*評価の根拠（${whose}）*\n>「${e(item.current.quote)}」`));
  }
  // Every status says what it rests on: the figures, the report's words (the secretariat's reading), or nothing.
  blocks.push(context(`状況の根拠: ${e(s.statusBasis)}`));
  if (s.caveats.length > 0) {
    blocks.push(section(`*留意点（報告書の総評）*\n${s.caveats.map((c) => `>「${e(c)}」`).join("\n")}`));
  }
  for (const r of s.results) {
    const body = r.figureLines ? r.figureLines.map((l) => `• ${e(l)}`).join("\n") : e(r.text);
    blocks.push(section(`*${e(r.label)}*\n${body}`));
  }
  if (s.reviewExcerpt) {
    blocks.push(section(`*総評（抜粋）*\n${e(truncate(s.reviewExcerpt, 300, "…（続きは「詳細」で）"))}`));
  }
  if (s.outlook.length > 0) {
    blocks.push(
      section(
        `*今後の見込み*\n${s.outlook
          .map((o) =>
            o.figureLines
              ? `• ${e(o.label)}:\n${o.figureLines.map((l) => `　　${e(l)}`).join("\n")}`
              : `• ${e(o.label)}: ${e(o.text)}`,
          )
          .join("\n")}`,
      ),
    );
  }
  const buttons = [
    button({ text: "詳細", actionId: actionId(ACTION.showDetail, item.number), value: String(item.number) }),
  ];
  if (options.shareQuery !== undefined) {
    buttons.push(shareButton(options.shareQuery));
  }
  // For the item's owners (others are told who may report, in a modal): results go in where the question arose.
  buttons.push(reportButton(item.number));
  blocks.push(actions(buttons));
  blocks.push(context(e(s.source)));
  const text = options.passages?.length
    ? `${options.passages[0]?.text ?? ""}\n${itemText(item, meta)}`
    : itemText(item, meta);
  // Escaped: Slack reads the notification text as mrkdwn.
  return { text: e(text), blocks: capBlocks(blocks) };
}

/**
 * Adds 「役に立った」「違う」 to the card of `itemNumber` in `message` (after its other buttons), carrying the question
 * it answered. A message with no such card is returned as it is.
 */
export function withFeedbackButtons(
  message: SlackMessage,
  itemNumber: number,
  question: string,
): SlackMessage {
  const detailId = actionId(ACTION.showDetail, itemNumber);
  let added = false;
  const blocks = message.blocks.map((block) => {
    if (added || block.type !== "actions" || !block.elements.some((el) => el.action_id === detailId))
      return block;
    added = true;
    return { ...block, elements: [...block.elements, ...feedbackButtons(itemNumber, question)] };
  });
  return added ? { ...message, blocks } : message;
}
