/**
 * 「役に立った」「違う」 under an item answer: logs the click (the item, the question, never who) and thanks the
 * person privately. A malformed value (an old or forged button) is acknowledged and explained, never thrown on.
 * Each click is recorded once: Slack's replays of one click share a trigger_id, which `onlyOnce` drops.
 */
import type { ChannelType } from "../../state/question-log.ts";
import { ACTION } from "../../views/action-ids.ts";
import { parseFeedbackValue } from "../../views/feedback.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { recordSafely } from "../record-question.ts";

export const FEEDBACK_THANKS = "ありがとうございます。記録しました。";
const ASK_AGAIN = "番号（例: /plan 18）や別の言い方で聞き直すと、ほかの項目が見つかるかもしれません。";
export const FEEDBACK_MALFORMED = "このボタンの内容を読み取れなかったため、記録できませんでした。";
export const FEEDBACK_NOT_RECORDED = "記録できませんでした。しばらくしてからもう一度押してください。";

/** Where the answer was: an ephemeral answer comes from /plan, a D… channel is a DM. */
function channelTypeOf(body: ButtonClickArgs["body"]): ChannelType {
  const container = body.container as { is_ephemeral?: boolean } | undefined;
  if (container?.is_ephemeral) return "command";
  return body.channel?.id.startsWith("D") ? "im" : "channel";
}

export function feedbackCallback(deps: BotDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonClickArgs) => {
    await ack();
    const value = parseFeedbackValue(action.value);
    let text: string;
    if (!value) {
      logger.debug(`フィードバックのボタンの値を読み取れませんでした: ${String(action.value).slice(0, 100)}`);
      text = FEEDBACK_MALFORMED;
    } else {
      const wrong = action.action_id === ACTION.feedbackWrong;
      const recorded = recordSafely(
        deps.questionLog,
        {
          kind: wrong ? "feedback_wrong" : "feedback_helpful",
          question: value.question,
          items: [value.item],
          channelType: channelTypeOf(body),
          userId: body.user.id,
        },
        logger,
      );
      text = !recorded ? FEEDBACK_NOT_RECORDED : wrong ? `${FEEDBACK_THANKS}\n${ASK_AGAIN}` : FEEDBACK_THANKS;
    }
    // The thanks is a courtesy: an expired response_url must not turn a recorded click into an error.
    await respond({ response_type: "ephemeral", replace_original: false, text }).catch((err: unknown) => {
      logger.debug("フィードバックのお礼を送れませんでした", err);
    });
  };
}
