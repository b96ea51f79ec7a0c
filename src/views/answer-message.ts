/**
 * An answer as a Slack message: the item card, a compact list, 「もしかして」 with a button per candidate, or
 * what the bot can answer (none and help). The same function serves mentions, DMs and /plan.
 */
import type { Answer } from "../ask/answer.ts";
import type { PlanItem } from "../plan/model.ts";
import type { PlanFile } from "../plan/schema.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { keyFigure, sourceLine } from "../wording/item-summary.ts";
import { quotePassages } from "../wording/passages.ts";
import {
  answerText,
  EXAMPLE_QUESTIONS,
  emptyListText,
  listGroups,
  listHeading,
  mentionsHeading,
  NONE_EXAMPLES,
  NONE_HINT,
  noneHeadline,
  noneWantsExamples,
  notDoneElsewhereText,
  otherBehindText,
  SLASH_USAGE,
  setAsideText,
  unfinishedText,
} from "../wording/plain-text.ts";
import { ACTION, actionId } from "./action-ids.ts";
import {
  actions,
  type Block,
  button,
  capBlocks,
  context,
  escapeMrkdwn as e,
  type SlackMessage,
  section,
  truncate,
} from "./blocks.ts";
import { itemCard, shareButton } from "./item-card.ts";
import { STATUS_EMOJI } from "./status-emoji.ts";

export interface MessageOptions {
  /** For ephemeral /plan answers: offer 「チャンネルに共有」, which answers this question again in the channel. */
  shareQuery?: string;
}

export function listLine(item: PlanItem): string {
  const figure = keyFigure(item);
  return `${STATUS_EMOJI[item.current.status]} *No.${item.number}* ${e(item.title)} — ${STATUS_LABELS[item.current.status]}${figure ? `\n${e(figure)}` : ""}`;
}

/** One item of a list: its line with the key figure, and 「詳細」 beside it. */
function listItemBlock(item: PlanItem): Block {
  return {
    ...section(listLine(item), "…"),
    accessory: button({
      text: "詳細",
      actionId: actionId(ACTION.showDetail, item.number),
      value: String(item.number),
    }),
  } as Block;
}

/** Under a list of items: how to ask about one of them, and where the figures come from. */
function moreLine(items: readonly PlanItem[], meta: PlanFile): Block {
  return context(`番号で詳しく聞けます（例: No.${items[0]?.number ?? 18}）。 ${e(sourceLine(meta))}`);
}

export function answerMessage(answer: Answer, meta: PlanFile, options: MessageOptions = {}): SlackMessage {
  const message = answerBodyMessage(answer, meta, options);
  if (!answer.note) return message;
  // The note comes first: it changes how the rest is to be read (which fiscal year the statuses are for).
  return {
    text: message.text,
    blocks: capBlocks([context(`:information_source: ${e(answer.note)}`), ...message.blocks]),
  };
}

function answerBodyMessage(answer: Answer, meta: PlanFile, options: MessageOptions): SlackMessage {
  // Slack reads a message's top-level text as mrkdwn too (notifications, screen readers): escaped like blocks.
  // Not made for an item answer: its card makes its own.
  const text = answer.kind === "item" ? "" : e(answerText(answer, meta));
  switch (answer.kind) {
    case "item":
      return itemCard(answer.item, meta, {
        ...(options.shareQuery !== undefined ? { shareQuery: options.shareQuery } : {}),
        ...(answer.passages?.length ? { passages: quotePassages(answer.passages) } : {}),
      });
    case "list": {
      const blocks: Block[] = [
        section(
          `*${e(listHeading(answer, meta))}*${answer.items.length === 0 ? `\n${e(emptyListText(answer))}` : ""}`,
          "…",
        ),
      ];
      for (const group of listGroups(answer)) {
        if (group.title) blocks.push(context(`*${e(group.title)}*`));
        blocks.push(...group.items.map(listItemBlock));
      }
      const others = otherBehindText(answer);
      if (others) blocks.push(context(e(others)));
      const notDone = notDoneElsewhereText(answer);
      if (notDone) blocks.push(context(e(notDone)));
      const setAside = setAsideText(answer);
      if (setAside) blocks.push(context(e(setAside)));
      const said = unfinishedText(answer, meta);
      if (said) blocks.push(section(e(said), "…"));
      blocks.push(moreLine(answer.items, meta));
      if (options.shareQuery !== undefined) blocks.push(actions([shareButton(options.shareQuery)]));
      return { text, blocks: capBlocks(blocks) };
    }
    case "candidates": {
      // Every item that mentions the asked term: shown as a list is (status, key figure, 詳細), under a heading
      // that says why these items, so the asker can open the one they meant.
      if (answer.mentions) {
        const blocks: Block[] = [
          section(`*${e(mentionsHeading(answer.mentions, answer.items.length))}*`, "…"),
          ...answer.items.map(listItemBlock),
          moreLine(answer.items, meta),
        ];
        if (options.shareQuery !== undefined) blocks.push(actions([shareButton(options.shareQuery)]));
        return { text, blocks: capBlocks(blocks) };
      }
      const blocks: Block[] = [
        // A space after the closing *: Slack shows the asterisks when full-width punctuation touches them.
        section(`:mag: *もしかして* 「${e(truncate(answer.query, 100))}」は次のどれですか？`),
        actions(
          answer.items.map((i) =>
            button({
              text: `No.${i.number} ${i.title}`,
              actionId: actionId(ACTION.pickCandidate, i.number),
              value: String(i.number),
            }),
          ),
        ),
      ];
      return { text, blocks };
    }
    case "none": {
      const head = noneHeadline(answer, e(truncate(answer.query, 100)));
      if (answer.reason === "year_without_figures" && answer.number !== undefined)
        return {
          text,
          blocks: [
            section(`:calendar: ${head}`),
            actions([
              button({
                text: `No.${answer.number} を見る`,
                actionId: actionId(ACTION.pickCandidate, answer.number),
                value: String(answer.number),
              }),
            ]),
          ],
        };
      if (!noneWantsExamples(answer)) return { text, blocks: [section(`:slightly_smiling_face: ${head}`)] };
      const examples = NONE_EXAMPLES.map((q) => `• ${q}`).join("\n");
      const icon = answer.reason === "greeting" ? ":wave:" : ":bulb:";
      return { text, blocks: [section(`${icon} ${head}`), section(`${NONE_HINT}\n${examples}`)] };
    }
    case "help":
      return helpMessage(text);
  }
}

export function helpMessage(text: string): SlackMessage {
  return {
    text,
    blocks: capBlocks([
      section("*第6次集中改革プラン ボット*\n21項目の進み具合・目標・実績を、報告書の数字のまま答えます。"),
      section(`*こんなふうに聞けます*\n${EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n")}`),
      section(`*スラッシュコマンド*\n${SLASH_USAGE.map((u) => `• \`${u.command}\` … ${u.does}`).join("\n")}`),
      context("チャンネルではボットをメンションして質問してください。DM ではそのまま質問できます。"),
    ]),
  };
}
