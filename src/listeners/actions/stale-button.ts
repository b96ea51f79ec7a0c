/**
 * A click on a button this version of the bot does not know: usually an old message whose button was renamed or
 * removed. Without an ack, Slack shows the person a vague error; so it is acknowledged and the person told.
 * Registered for every block action; buttons that have their own listener are left to it.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { callOnce } from "../../slack/call-once.ts";
import { isKnownActionId } from "./routes.ts";

export const STALE_BUTTON_TEXT =
  "このボタンは古いメッセージのもので、今は使えません。もう一度ボットに質問するか `/plan` を使ってください。";

export function staleButtonCallback() {
  return async ({
    ack,
    action,
    body,
    respond,
    client,
    logger,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>) => {
    if ("action_id" in action && isKnownActionId(action.action_id)) return;
    await ack();
    logger.info(`知らないボタン（${"action_id" in action ? action.action_id : "?"}）が押されました`);
    if (body.response_url) {
      await respond({ response_type: "ephemeral", replace_original: false, text: STALE_BUTTON_TEXT });
      return;
    }
    // A button on the Home tab or in a modal has no response_url: say it in the person's DM with the bot.
    await callOnce(() => client.chat.postMessage({ channel: body.user.id, text: STALE_BUTTON_TEXT }), {
      logger,
      what: `古いボタンの案内（${body.user.id}）`,
    });
  };
}
