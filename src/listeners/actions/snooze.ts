/** 「1週間スヌーズ」 in a reminder digest: mutes that item for that person for the next reminder. */
import type { BotDeps, ButtonClickArgs } from "../deps.ts";

export function snoozeCallback(deps: BotDeps) {
  return async ({ ack, action, body, respond }: ButtonClickArgs) => {
    await ack();
    if (!deps.reminders) return;
    const line = await deps.reminders.snooze(action.value ?? "", body.user.id);
    await respond({ response_type: "ephemeral", replace_original: false, text: line });
  };
}
