/**
 * A mention in a channel: 「@改革プランBot ふるさと納税の実績は?」. The answer goes in the thread of the question,
 * so a channel does not fill up with cards.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { unescapeSlackText } from "../../views/blocks.ts";
import type { BotDeps } from "../deps.ts";
import { recordUnanswered } from "../record-question.ts";
import { answerWithMessage, postReply } from "../reply.ts";

/**
 * The question without the bot's mention (and any other mentions, which are not part of it), with Slack's
 * escaping undone: what the person typed.
 */
export function questionFromMention(text: string): string {
  return unescapeSlackText(text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

export function appMentionCallback(deps: BotDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_mention">) => {
    // Another bot mentioning us (or answering our answer) is not a question: replying could start a loop.
    if ("bot_id" in event && event.bot_id) return;
    const question = questionFromMention(event.text);
    const threadTs = event.thread_ts ?? event.ts;
    // The thread is the conversation: 「それのR6は？」 asked in it is about the item answered there.
    const { answer, message } = answerWithMessage(deps, question, logger, `${event.channel}:${threadTs}`);
    // Before the reply: a question stays recorded even if the reply cannot be posted.
    recordUnanswered(deps.questionLog, logger, answer, question, "channel", event.user);
    await postReply(client, logger, { channel: event.channel, threadTs }, message);
  };
}
