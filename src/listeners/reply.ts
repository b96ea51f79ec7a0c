/**
 * Answering a question in a conversation, the same way wherever it was asked (a mention, a DM, a listened
 * channel, a shared /plan answer): the answer, its message with the feedback buttons, and one post of it.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { Answer } from "../ask/answer.ts";
import { answerInConversation } from "../ask/follow-up.ts";
import { callOnce } from "../slack/call-once.ts";
import { answerMessage, type MessageOptions } from "../views/answer-message.ts";
import type { SlackMessage } from "../views/blocks.ts";
import type { BotDeps } from "./deps.ts";
import { withFeedback } from "./record-question.ts";
import { withReportedResults } from "./reports.ts";

/**
 * The message of each answer, made once. Answerer keeps the answers to recent questions, one object per question
 * text, so an answer seen again is the same question's, and a reload makes new answers: the message (feedback
 * buttons included, which carry the question) is the same too. Approved reports are added after, on every call.
 */
const messages = new WeakMap<Answer, SlackMessage>();

/** The blocks of a message as the JSON the Web API is sent, made once per blocks array (see postReply). */
const blocksJson = new WeakMap<object, string>();

/**
 * The answer to `question` from the plan being served, and the message that says it (with an approved report).
 * Asked in a `conversation` (a thread, a DM: a key the listener makes), a follow-up that names no item is about the
 * last item answered there (see ask/follow-up.ts).
 */
export function answerWithMessage(
  deps: BotDeps,
  question: string,
  /** Where a failed read of approved reports is logged (the answer goes out without them). */
  logger?: Logger,
  conversation?: string,
): { answer: Answer; message: SlackMessage } {
  const previous = conversation === undefined ? undefined : deps.topics?.get(conversation);
  const answer =
    previous === undefined
      ? deps.plans.answerer.answer(question)
      : answerInConversation(deps.plans.answerer, deps.plans.plan, question, previous);
  if (conversation !== undefined) deps.topics?.remember(conversation, answer);
  deps.metrics?.answered(answer.kind);
  return { answer, message: messageOf(deps, messages, answer, question, {}, logger) };
}

/**
 * The ephemeral answer of `/plan <question>`: the card with its 「チャンネルに共有」 button (which carries the
 * question) and the feedback buttons, made once per answer like a conversation's (see `messages`).
 */
const commandMessages = new WeakMap<Answer, SlackMessage>();

export function commandAnswerMessage(
  deps: BotDeps,
  answer: Answer,
  question: string,
  logger?: Logger,
): SlackMessage {
  const options = answer.kind === "help" ? {} : { shareQuery: question };
  return messageOf(deps, commandMessages, answer, question, options, logger);
}

/** The answer's message from `made` or made into it, with an approved report added on every call. */
function messageOf(
  deps: BotDeps,
  made: WeakMap<Answer, SlackMessage>,
  answer: Answer,
  question: string,
  options: MessageOptions,
  logger?: Logger,
): SlackMessage {
  let message = made.get(answer);
  if (!message) {
    message = withFeedback(answerMessage(answer, deps.plans.plan.meta, options), answer, question);
    made.set(answer, message);
  }
  return answer.kind === "item" ? withReportedResults(deps, message, answer.item.number, logger) : message;
}

/** Posts `message` once (in the thread of `threadTs` when given); a failure is logged, never thrown. */
export async function postReply(
  client: webApi.WebClient,
  logger: Logger,
  where: { channel: string; threadTs?: string | undefined },
  message: SlackMessage,
): Promise<void> {
  await callOnce(
    () =>
      client.chat.postMessage({
        channel: where.channel,
        ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        text: message.text,
        // The blocks as the JSON string @slack/web-api would send anyway. Given objects, it first walks them all to
        // build a redacted copy for a debug log line, whatever the log level (WebClient.makeRequest in 8.2): about 5%
        // of a mention's CPU for a card (issue 14). A string is copied, not walked.
        blocks: jsonOf(message.blocks) as unknown as SlackMessage["blocks"],
      }),
    { logger, what: `${where.channel.startsWith("D") ? "DM" : "チャンネル"} ${where.channel} への返信` },
  );
}

function jsonOf(blocks: SlackMessage["blocks"]): string {
  let json = blocksJson.get(blocks);
  if (json === undefined) {
    json = JSON.stringify(blocks);
    blocksJson.set(blocks, json);
  }
  return json;
}
