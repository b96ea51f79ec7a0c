/**
 * A candidate of 「もしかして」 was chosen: show that item's card where the candidates were. An ephemeral list is
 * replaced by the card; a list in a thread gets the card as the next reply, so everyone following sees it.
 */
import { findItem } from "../../plan/model.ts";
import { callOnce } from "../../slack/call-once.ts";
import { itemCard } from "../../views/item-card.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { withReportedResults } from "../reports.ts";
import { ITEM_GONE } from "./show-detail.ts";

export function pickCandidateCallback(deps: BotDeps) {
  return async ({ ack, action, body, respond, client, logger }: ButtonClickArgs) => {
    await ack();
    const item = findItem(deps.plans.plan, Number(action.value));
    if (!item)
      return void (await respond({ response_type: "ephemeral", replace_original: false, text: ITEM_GONE }));
    const card = withReportedResults(deps, itemCard(item, deps.plans.plan.meta), item.number, logger);
    const container = body.container as { is_ephemeral?: boolean } | undefined;
    if (container?.is_ephemeral || !body.message || !body.channel) {
      await respond({ replace_original: true, ...card });
      return;
    }
    const { channel, message } = body;
    await callOnce(
      () =>
        client.chat.postMessage({ channel: channel.id, thread_ts: message.thread_ts ?? message.ts, ...card }),
      { logger, what: `候補の表示（${channel.id}）` },
    );
  };
}
