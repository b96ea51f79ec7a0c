/**
 * 「詳細」: the item's full record. From a message it comes back as an ephemeral message to the person who
 * clicked (a long record in a channel would drown the conversation); from the Home tab, which has no place to
 * reply, it goes to the person's DM with the bot.
 */
import type { Logger } from "@slack/bolt";
import { findItem, type PlanItem } from "../../plan/model.ts";
import { callOnce } from "../../slack/call-once.ts";
import { itemDetail } from "../../views/item-detail.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { withReportedResults } from "../reports.ts";

export const ITEM_GONE = "この項目は現在のデータにありません（データが更新された可能性があります）。";

export function showDetailCallback(deps: BotDeps) {
  return async ({ ack, action, body, respond, client, logger }: ButtonClickArgs) => {
    await ack();
    const item = findItem(deps.plans.plan, Number(action.value));
    if (body.container?.type === "view" || !body.response_url) {
      const message = item ? detailOf(deps, item, logger) : { text: ITEM_GONE };
      await callOnce(() => client.chat.postMessage({ channel: body.user.id, ...message }), {
        logger,
        what: `詳細の DM 送信（${body.user.id}）`,
      });
      return;
    }
    if (!item)
      return void (await respond({ response_type: "ephemeral", replace_original: false, text: ITEM_GONE }));
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      ...detailOf(deps, item, logger),
    });
  };
}

/** The full record, with the approved report of the reporting year where there is one. */
function detailOf(deps: BotDeps, item: PlanItem, logger: Logger) {
  return withReportedResults(deps, itemDetail(item, deps.plans.plan.meta), item.number, logger);
}
