/**
 * What the report listeners share: who may report (owners from owners.yml, admins), opening the report modal
 * from any entry point (a button on a card, detail, digest or Home; `/plan 報告 18`), and the approved report an
 * answer shows beside the report's own figures.
 */
import type { Logger, types, webApi } from "@slack/bolt";
import { findItem, type PlanItem, reportingYear } from "../plan/model.ts";
import { type AccessContext, reportRole } from "../reports/access.ts";
import { reportForm } from "../reports/form.ts";
import { tokyoDay } from "../reports/time.ts";
import { callOnce } from "../slack/call-once.ts";
import type { ReportValues, Submission } from "../state/reports.ts";
import type { SlackMessage } from "../views/blocks.ts";
import { messageModal, reportModal } from "../views/report-modal.ts";
import { withApprovedReport } from "../views/report-review.ts";
import type { BotDeps } from "./deps.ts";

export const REPORT_TITLE = "進捗を報告";
export const NOT_SET_UP =
  "このボットでは、Slack からの実績の報告を受け付けていません（状態を保存するデータベースがありません）。";
export const ITEM_GONE_FOR_REPORT =
  "この項目は現在のデータにありません（データが更新された可能性があります）。";

/** Who may report, for this request: owners.yml as loaded now, the admins, and Slack's e-mail for the person. */
export function accessContext(deps: BotDeps, client: webApi.WebClient): AccessContext {
  return {
    adminUserIds: deps.adminUserIds,
    owners: deps.reports?.owners() ?? null,
    emailOf: async (userId) => {
      const info = await client.users.info({ user: userId });
      return info.user?.profile?.email ?? null;
    },
  };
}

/** Whom to ask when someone may not report an item: its lead departments' owners, or the secretariat. */
export function refusalText(item: PlanItem): string {
  return (
    `No.${item.number} ${item.title} の報告は、記入担当課（${item.lead_departments.join("・")}）の担当者と、` +
    "行政管理課（管理者）だけができます。担当者として登録されていない場合は、行政管理課に data/owners.yml への登録を依頼してください。"
  );
}

/** The modal to open for `userId` on item `n`: the report form, or a modal saying why not. */
export async function reportModalFor(
  deps: BotDeps,
  client: webApi.WebClient,
  userId: string,
  n: number,
): Promise<types.ModalView> {
  if (!deps.reports) return messageModal(REPORT_TITLE, NOT_SET_UP);
  const plan = deps.plans.plan;
  const item = findItem(plan, n);
  if (!item) return messageModal(REPORT_TITLE, ITEM_GONE_FOR_REPORT);
  if (!(await reportRole(item, userId, accessContext(deps, client)))) {
    return messageModal(REPORT_TITLE, refusalText(item));
  }
  const year = reportingYear(plan);
  const form = reportForm(item, year);
  const draft = deps.reports.store.draft(n, year);
  const latest = deps.reports.store.latest(n, year);
  if (draft) {
    return reportModal(form, {
      values: draft.input,
      note: `${tokyoDay(draft.savedAt)} に保存した下書きです。${latestNote(latest) ?? ""}`,
    });
  }
  return latest
    ? reportModal(form, { values: asInput(latest.values), note: latestNote(latest) })
    : reportModal(form);
}

/** What happened to the last submission, for the person opening the form again. */
function latestNote(s: Submission | undefined): string | undefined {
  if (!s) return undefined;
  const when = tokyoDay(s.submittedAt);
  switch (s.state) {
    case "pending":
      return `${when} に提出済みで、行政管理課の確認待ちです。もう一度提出すると、前の報告に代わります。`;
    case "approved":
      return `${when} に提出した報告は承認済みです。提出し直すと、もう一度確認を受けます。`;
    case "returned":
      return `${when} に提出した報告は差し戻されました${s.review?.comment ? `（${s.review.comment}）` : ""}。直して提出してください。`;
    default:
      return undefined;
  }
}

/** A submission back in the form's field shape, to pre-fill a new report with the last one. */
function asInput(v: ReportValues): Record<string, string> {
  const out: Record<string, string> = {
    activities: v.activities.join("\n"),
    assessment: v.assessment,
    comment: v.comment,
    review: v.review,
  };
  v.figures.forEach((f, i) => {
    out[`figure:${i}`] = f.value;
  });
  return out;
}

/** Opens the report modal (or the modal saying why not). A failure is logged, never thrown. */
export async function openReportModal(
  deps: BotDeps,
  client: webApi.WebClient,
  logger: Logger,
  request: { triggerId: string; userId: string; item: number },
): Promise<void> {
  const view = await reportModalFor(deps, client, request.userId, request.item).catch((err: unknown) => {
    logger.warn("報告画面を作れませんでした", err);
    return messageModal(REPORT_TITLE, "報告画面を開けませんでした。しばらくしてからもう一度試してください。");
  });
  await callOnce(() => client.views.open({ trigger_id: request.triggerId, view }), {
    logger,
    what: `報告画面を開く（No.${request.item}、${request.userId}）`,
  });
}

/**
 * The approved report of item `n` for the reporting year, shown on its card; the message as it is when there is
 * none. A failing read (a locked database) is logged and the answer goes out without it.
 */
export function withReportedResults(
  deps: BotDeps,
  message: SlackMessage,
  n: number,
  logger?: Logger,
): SlackMessage {
  if (!deps.reports) return message;
  try {
    const approved = deps.reports.store.approved(reportingYear(deps.plans.plan)).get(n);
    return approved ? withApprovedReport(message, n, approved) : message;
  } catch (err) {
    logger?.warn("承認済みの報告を読めませんでした（回答は続けます）", err);
    return message;
  }
}
