/**
 * App Home: a dashboard of the plan. Counts by status, then the items grouped by status (遅れ first: that is
 * what people open it for), each with its 「詳細」 button.
 */
import type { types } from "@slack/bolt";
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { Plan } from "../plan/model.ts";
import type { Status } from "../plan/schema.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { sourceLine, statusReason } from "../wording/item-summary.ts";
import { ACTION, actionId } from "./action-ids.ts";
import {
  type Block,
  button,
  capBlocks,
  context,
  divider,
  escapeMrkdwn as e,
  fields,
  header,
  LIMITS,
  truncate,
} from "./blocks.ts";
import { STATUS_EMOJI } from "./status-emoji.ts";

const ORDER: Status[] = ["behind", "on_track", "achieved", "unrated"];

export function homeView(plan: Plan): types.HomeView {
  const year = fiscalYearLabel(plan.meta.current_fiscal_year);
  const count = (s: Status) => plan.items.filter((i) => i.current.status === s).length;
  const blocks: Block[] = [
    header(`${plan.meta.name} ダッシュボード`),
    context(`${year}の状況 ／ ${plan.items.length} 項目 ／ ${e(sourceLine(plan.meta))}`),
    fields(ORDER.map((s) => `*${STATUS_EMOJI[s]} ${STATUS_LABELS[s]}*\n${count(s)} 件`)),
  ];
  for (const status of ORDER) {
    const items = plan.items.filter((i) => i.current.status === status);
    if (items.length === 0) continue;
    blocks.push(divider(), header(`${STATUS_LABELS[status]}（${items.length} 件）`));
    for (const item of items) {
      const reason = item.current.basis === "none" ? "" : `\n${e(truncate(statusReason(item) ?? "", 200))}`;
      blocks.push({
        type: "section",
        text: {
          type: "mrkdwn",
          text: truncate(
            `${STATUS_EMOJI[status]} *No.${item.number} ${e(item.title)}*${reason}`,
            LIMITS.sectionText,
          ),
        },
        accessory: button({
          text: "詳細",
          actionId: actionId(ACTION.showDetail, item.number),
          value: String(item.number),
        }),
      });
    }
  }
  blocks.push(
    divider(),
    context(
      "質問は、このアプリの「メッセージ」タブに書くか、チャンネルでボットをメンションしてください。例: ふるさと納税の実績は?",
    ),
  );
  return { type: "home", blocks: capBlocks(blocks, LIMITS.homeBlocks) };
}
