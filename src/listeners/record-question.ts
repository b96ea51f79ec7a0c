/**
 * Records what the bot could not answer: a question answered with nothing (「該当なし」) or only with guesses
 * (「もしかして」). Small talk (thanks, greetings) is not a missed question and is left out. Recording is a side
 * matter: a failing log (a full or locked disk) is logged and never stops the answer. Item answers carry
 * 「役に立った」「違う」, recorded by the feedback listener.
 */
import type { Logger } from "@slack/bolt";
import type { Answer } from "../ask/answer.ts";
import type { ChannelType, QuestionEntry, QuestionLog } from "../state/question-log.ts";
import type { SlackMessage } from "../views/blocks.ts";
import { withFeedbackButtons } from "../views/item-card.ts";

/** The entry for an answer, or null when the answer is not one to learn from. */
export function unansweredEntry(
  answer: Answer,
  question: string,
  channelType: ChannelType,
  userId: string,
): QuestionEntry | null {
  // Items offered because each mentions the asked term answer the question: nothing to learn from.
  if (answer.kind === "candidates" && !answer.mentions) {
    return { kind: "candidates", question, items: answer.items.map((i) => i.number), channelType, userId };
  }
  if (answer.kind === "none" && answer.reason !== "thanks" && answer.reason !== "greeting") {
    return { kind: "none", question, items: [], channelType, userId };
  }
  return null;
}

/** Records `entry` if there is a log; true when it was recorded. */
export function recordSafely(
  log: QuestionLog | undefined,
  entry: QuestionEntry | null,
  logger: Logger,
): boolean {
  if (!log || !entry) return false;
  try {
    log.record(entry);
    return true;
  } catch (err) {
    logger.warn("質問の記録を保存できませんでした（回答は続けます）", err);
    return false;
  }
}

export function recordUnanswered(
  log: QuestionLog | undefined,
  logger: Logger,
  answer: Answer,
  question: string,
  channelType: ChannelType,
  userId: string | undefined,
): void {
  if (!userId) return;
  recordSafely(log, unansweredEntry(answer, question, channelType, userId), logger);
}

/** An item answer with 「役に立った」「違う」 for the question it answered; other answers as they are. */
export function withFeedback(message: SlackMessage, answer: Answer, question: string): SlackMessage {
  return answer.kind === "item" ? withFeedbackButtons(message, answer.item.number, question) : message;
}
