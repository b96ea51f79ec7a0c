/** 「進捗を報告」 (card, detail, digest, Home, the DM after a return): opens the report modal for its item. */
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { openReportModal } from "../reports.ts";

export function openReportCallback(deps: BotDeps) {
  return async ({ ack, action, body, client, logger }: ButtonClickArgs) => {
    await ack();
    await openReportModal(deps, client, logger, {
      triggerId: body.trigger_id,
      userId: body.user.id,
      item: Number(action.value),
    });
  };
}
