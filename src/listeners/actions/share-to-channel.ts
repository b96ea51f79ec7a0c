/**
 * 「チャンネルに共有」 on an ephemeral /plan answer: posts the same answer to the channel for everyone, saying
 * who shared it, and removes the private copy. If the bot is not in the channel, the person is told how to
 * invite it instead of the click silently doing nothing.
 */

import { classifyCallFailure } from "../../slack/call-failure.ts";
import { explainSlackError, slackErrorCode } from "../../slack/error-text.ts";
import { context, escapeMrkdwn, truncate } from "../../views/blocks.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { answerWithMessage } from "../reply.ts";

export function shareToChannelCallback(deps: BotDeps) {
  return async ({ ack, action, body, respond, client, logger }: ButtonClickArgs) => {
    await ack();
    const channel = body.channel?.id;
    if (!channel) return;
    const question = action.value ?? "";
    const { message } = answerWithMessage(deps, question, logger);
    const sharedBy = context(
      `<@${body.user.id}> さんが /plan で共有しました（質問: ${escapeMrkdwn(truncate(question, 200))}）`,
    );
    try {
      await client.chat.postMessage({ channel, text: message.text, blocks: [...message.blocks, sharedBy] });
    } catch (err) {
      const failure = classifyCallFailure(err);
      if (failure.delivered === "unknown") {
        // Slack may have posted it (the answer was lost): saying it failed would invite a second, duplicate post.
        logger.error(
          `チャンネル ${channel} への共有: Slack が受け取ったかどうかわかりません（${failure.reason}）`,
        );
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          text: "共有できたかどうかを確認できませんでした。チャンネルに答えが出ていなければ、もう一度押してください。",
        });
        return;
      }
      const reason = explainSlackError(slackErrorCode(err) ?? failure.reason);
      logger.warn(`チャンネル ${channel} への共有に失敗しました: ${reason}`);
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: `チャンネルに共有できませんでした: ${reason}`,
      });
      return;
    }
    // Shared: removing the private copy is a courtesy. If its response_url has expired (30 minutes), the share
    // still happened, and saying it failed would only invite a second, duplicate post.
    await respond({ delete_original: true }).catch((err: unknown) => {
      logger.debug("共有後に元の一時メッセージを消せませんでした", err);
    });
  };
}
