/**
 * App Home: the person's own items to report (admins: every item, and the reports awaiting review), then a
 * dashboard of the plan. Counts by status, then the items grouped by status (遅れ first: that is
 * what people open it for), each with its 「詳細」 button.
 */
import type { types } from "@slack/bolt";
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { Plan, PlanItem } from "../plan/model.ts";
import type { Status } from "../plan/schema.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { tokyoDay } from "../reports/time.ts";
import type { Submission } from "../state/reports.ts";
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
import { reportButton } from "./report-modal.ts";
import { pendingReportsHomeBlocks } from "./report-review.ts";
import { STATUS_EMOJI } from "./status-emoji.ts";

const ORDER: Status[] = ["behind", "on_track", "achieved", "unrated"];

/** The person's part of Home: the items they report (all of them for admins) and, for admins, what awaits review. */
export interface HomeReports {
  /** Owners: their lead departments' items; admins: every item. Each with its newest submission of the year. */
  mine: { item: PlanItem; latest: Submission | undefined }[];
  /** The fiscal year being reported (令和6年度 while the data holds 令和5年度's results). */
  fiscalYear: number;
  /** Only for admins: the reports waiting for review. */
  pending?: readonly Submission[];
}

const SUBMISSION_STATE: Readonly<Record<Submission["state"], string>> = {
  pending: "確認待ち",
  approved: "承認済み",
  returned: "差し戻し",
  superseded: "更新済み",
};

function myItemsBlocks(reports: HomeReports): Block[] {
  const blocks: Block[] = [
    header("あなたの担当項目"),
    context(
      `${fiscalYearLabel(reports.fiscalYear)}の実績は「進捗を報告」から報告できます。行政管理課が確認してから公開されます。`,
    ),
  ];
  for (const { item, latest } of reports.mine) {
    const last = latest
      ? `最新の報告: ${tokyoDay(latest.submittedAt)} 提出（${SUBMISSION_STATE[latest.state]}）`
      : "まだ報告はありません";
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: truncate(
          `${STATUS_EMOJI[item.current.status]} *No.${item.number} ${e(item.title)}*\n状況: ${STATUS_LABELS[item.current.status]} ／ ${last}`,
          LIMITS.sectionText,
        ),
      },
      accessory: reportButton(item.number),
    });
  }
  return blocks;
}

export function homeView(plan: Plan, reports?: HomeReports): types.HomeView {
  const year = fiscalYearLabel(plan.meta.current_fiscal_year);
  const count = (s: Status) => plan.items.filter((i) => i.current.status === s).length;
  const blocks: Block[] = [];
  if (reports && reports.mine.length > 0) blocks.push(...myItemsBlocks(reports), divider());
  if (reports?.pending) {
    // Leaves room for the dashboard below (about 35 blocks for 21 items).
    blocks.push(
      ...pendingReportsHomeBlocks(plan, reports.pending, Math.max(4, 60 - blocks.length)),
      divider(),
    );
  }
  blocks.push(
    header(`${plan.meta.name} ダッシュボード`),
    context(`${year}の状況 ／ ${plan.items.length} 項目 ／ ${e(sourceLine(plan.meta))}`),
    fields(ORDER.map((s) => `*${STATUS_EMOJI[s]} ${STATUS_LABELS[s]}*\n${count(s)} 件`)),
  );
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
