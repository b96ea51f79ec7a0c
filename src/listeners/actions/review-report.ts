/** 「承認」「差し戻し」 on a pending report (admins): opens the review modal, or says why it cannot be reviewed. */
import { callOnce } from "../../slack/call-once.ts";
import type { ReviewDecision } from "../../state/reports.ts";
import { messageModal } from "../../views/report-modal.ts";
import { reviewModal } from "../../views/report-review.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { NOT_SET_UP } from "../reports.ts";

export const REVIEW_ADMIN_ONLY =
  "報告の承認・差し戻しは、管理者（ADMIN_USER_IDS に登録された人）だけができます。";

export function reviewReportCallback(deps: BotDeps, decision: ReviewDecision) {
  return async ({ ack, action, body, client, logger }: ButtonClickArgs) => {
    await ack();
    const title = decision === "approved" ? "報告の承認" : "報告の差し戻し";
    const view = (() => {
      if (!deps.reports) return messageModal(title, NOT_SET_UP);
      if (!deps.adminUserIds.includes(body.user.id)) return messageModal(title, REVIEW_ADMIN_ONLY);
      let s: ReturnType<typeof deps.reports.store.submission>;
      try {
        s = deps.reports.store.submission(Number(action.value));
      } catch (err) {
        logger.warn("報告を読めませんでした", err);
        return messageModal(title, "報告を読めませんでした。しばらくしてからもう一度試してください。");
      }
      if (!s) return messageModal(title, "この報告は見つかりませんでした。");
      if (s.state !== "pending") return messageModal(title, alreadyDone(s.state));
      return reviewModal(deps.plans.plan, s, decision);
    })();
    await callOnce(() => client.views.open({ trigger_id: body.trigger_id, view }), {
      logger,
      what: `報告の審査画面を開く（${body.user.id}）`,
    });
  };
}

export function alreadyDone(state: string): string {
  return state === "superseded"
    ? "この報告のあとに、同じ項目の新しい報告が提出されています。新しいほうを確認してください（/plan 報告一覧）。"
    : `この報告はすでに${state === "approved" ? "承認" : "差し戻し"}されています。`;
}
