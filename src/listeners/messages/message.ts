/**
 * Plain messages. In a DM with the bot every message is a question. In the channels listed in LISTEN_CHANNELS
 * (opt-in), the bot answers without a mention, but only a message that reads as a question and only when it is
 * sure of the answer; anywhere else it stays silent, because a bot that chimes in on ordinary talk gets removed.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { unescapeSlackText } from "../../views/blocks.ts";
import type { BotDeps } from "../deps.ts";
import { recordUnanswered } from "../record-question.ts";
import { answerWithMessage, postReply } from "../reply.ts";

/** 「…は?」「…ですか」「教えて」: a message that asks something. */
export function readsAsQuestion(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  return (
    /[?？]$/.test(t) ||
    /(?:ですか|ますか|でしょうか|教えて(?:ください)?|どうなった|どうなってる|知りたい)$/.test(t)
  );
}

export function messageCallback(deps: BotDeps) {
  return async ({
    event,
    client,
    logger,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"message">) => {
    // Edits, joins, bot posts (our own included) are not questions.
    if (event.subtype !== undefined || "bot_id" in event) return;
    const text = unescapeSlackText(event.text ?? "");
    const thread = event.thread_ts;
    if (event.channel_type === "im") {
      // The DM (or a thread in it) is the conversation that a follow-up goes on from.
      const conversation = thread ? `${event.channel}:${thread}` : event.channel;
      const { answer, message } = answerWithMessage(deps, text, logger, conversation);
      // Before the reply: a question stays recorded even if the reply cannot be posted.
      recordUnanswered(deps.questionLog, logger, answer, text, "im", event.user);
      await postReply(client, logger, { channel: event.channel }, message);
      return;
    }
    if (!deps.listenChannels.includes(event.channel)) return;
    // A mention is answered by the app_mention listener; answering here too would reply twice.
    if (context.botUserId && (event.text ?? "").includes(`<@${context.botUserId}>`)) return;
    if (!readsAsQuestion(text)) return;
    const threadTs = thread ?? event.ts;
    const { answer, message } = answerWithMessage(deps, text, logger, `${event.channel}:${threadTs}`);
    // Unsure answers stay unsaid here, and unrecorded: this was talk among people, not a question to the bot.
    if (answer.kind !== "item" && answer.kind !== "list") return;
    await postReply(client, logger, { channel: event.channel, threadTs }, message);
  };
}
