/** 「1週間スヌーズ」 in a reminder digest: mutes that item for that person for the next reminder. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";

export function snoozeCallback(deps: BotDeps) {
  return async ({
    ack,
    action,
    body,
    respond,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack();
    if (!deps.reminders) return;
    const line = await deps.reminders.snooze(action.value ?? "", body.user.id);
    await respond({ response_type: "ephemeral", replace_original: false, text: line });
  };
}
