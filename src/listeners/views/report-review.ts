/**
 * The review modal's 「承認」/「差し戻し」 (admins): a return needs a reason; the decision is stored once (an
 * already reviewed or superseded report is not changed) and the person who submitted is told by DM either way.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { callOnce } from "../../slack/call-once.ts";
import { messageModal, reportInputValues, type ViewStateValues } from "../../views/report-modal.ts";
import { reviewedDm, reviewMetadata } from "../../views/report-review.ts";
import { alreadyDone, REVIEW_ADMIN_ONLY } from "../actions/review-report.ts";
import type { BotDeps } from "../deps.ts";
import { NOT_SET_UP } from "../reports.ts";

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function reportReviewCallback(deps: BotDeps) {
  return async ({ ack, body, view, client, logger }: ViewArgs) => {
    const say = (text: string) => ack({ response_action: "update", view: messageModal("報告の審査", text) });
    const meta = reviewMetadata(view.private_metadata);
    if (!deps.reports) return void (await say(NOT_SET_UP));
    if (!meta) return void (await say("この報告は見つかりませんでした。"));
    if (!deps.adminUserIds.includes(body.user.id)) return void (await say(REVIEW_ADMIN_ONLY));
    const comment = (reportInputValues(view.state.values as ViewStateValues).comment ?? "").trim();
    if (meta.decision === "returned" && !comment) {
      return void (await ack({
        response_action: "errors",
        errors: { comment: "差し戻しの理由を書いてください。担当者に届きます。" },
      }));
    }
    let result: ReturnType<typeof deps.reports.store.review>;
    try {
      result = deps.reports.store.review(meta.id, meta.decision, comment, body.user.id);
    } catch (err) {
      logger.error("審査の結果を保存できませんでした", err);
      // Kept open with the comment, as a failed report submission is.
      return void (await ack({
        response_action: "errors",
        errors: {
          comment: "保存できませんでした。入力はそのままです。少し待ってから、もう一度押してください。",
        },
      }));
    }
    if (!result.ok) {
      return void (await say(
        result.reason === "not_found"
          ? "この報告は見つかりませんでした。"
          : alreadyDone(result.submission?.state ?? ""),
      ));
    }
    const s = result.submission;
    await say(
      `No.${s.item} の報告を${meta.decision === "approved" ? "承認" : "差し戻し"}しました。提出した <@${s.submittedBy}> さんに DM でお知らせします。`,
    );
    await callOnce(
      () =>
        client.chat.postMessage({
          channel: s.submittedBy,
          ...reviewedDm(deps.plans.plan, s, meta.decision, comment),
        }),
      { logger, what: `審査結果の DM（${s.submittedBy}）` },
    );
  };
}
