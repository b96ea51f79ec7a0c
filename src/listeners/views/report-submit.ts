/**
 * The report modal's 「提出する」. Checked within Slack's 3 seconds and answered in the ack: errors inline under each
 * field (`response_action: "errors"`, nothing stored), or the modal replaced by a receipt. Only the item's owners
 * and admins may submit; anyone else is told why and nothing is stored. The same view delivered twice (a double
 * click, a retry) is stored once. After the ack, the admins are told a report is waiting for them.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { findItem, reportingYear } from "../../plan/model.ts";
import { reportRole } from "../../reports/access.ts";
import { checkReport, reportForm } from "../../reports/form.ts";
import { callOnce } from "../../slack/call-once.ts";
import {
  messageModal,
  reportInput,
  reportInputValues,
  reportMetadata,
  type ViewStateValues,
} from "../../views/report-modal.ts";
import { pendingReportsMessage } from "../../views/report-review.ts";
import type { BotDeps } from "../deps.ts";
import { accessContext, ITEM_GONE_FOR_REPORT, NOT_SET_UP, REPORT_TITLE, refusalText } from "../reports.ts";

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function reportSubmitCallback(deps: BotDeps) {
  return async ({ ack, body, view, client, logger }: ViewArgs) => {
    const say = (text: string) => ack({ response_action: "update", view: messageModal(REPORT_TITLE, text) });
    const meta = reportMetadata(view.private_metadata);
    if (!deps.reports) return void (await say(NOT_SET_UP));
    const plan = deps.plans.plan;
    const item = meta && findItem(plan, meta.item);
    if (!meta || !item) return void (await say(ITEM_GONE_FOR_REPORT));
    const userId = body.user.id;
    if (!(await reportRole(item, userId, accessContext(deps, client))))
      return void (await say(refusalText(item)));
    if (meta.fiscalYear !== reportingYear(plan)) {
      return void (await say(
        "この画面を開いたあとで、報告する年度が変わりました（データが更新されました）。お手数ですが、もう一度「進捗を報告」から開いてください。",
      ));
    }
    const form = reportForm(item, meta.fiscalYear);
    const values = reportInputValues(view.state.values as ViewStateValues);
    const checked = checkReport(form, reportInput(form, values));
    if (!checked.ok) {
      return void (await ack({ response_action: "errors", errors: Object.fromEntries(checked.errors) }));
    }
    let result: ReturnType<typeof deps.reports.store.submit>;
    try {
      result = deps.reports.store.submit({
        item: item.number,
        fiscalYear: meta.fiscalYear,
        values: checked.values,
        submittedBy: userId,
        viewId: view.id,
      });
    } catch (err) {
      logger.error("報告を保存できませんでした", err);
      // Kept open with the input, so nothing typed is lost; the person can try again.
      return void (await ack({
        response_action: "errors",
        errors: {
          activities:
            "保存できませんでした。入力はそのままです。少し待ってから、もう一度「提出する」を押してください。",
        },
      }));
    }
    await say(
      `No.${item.number} ${item.title}（${form.yearLabel}）の報告を受け付けました。` +
        "行政管理課が確認して承認すると、ボットの回答に「担当課からの報告」として表示されます。結果はこのアプリの DM でお知らせします。",
    );
    if (!result.stored) return;
    // The secretariat hears of it where they work; each admin gets the report with 承認 and 差し戻し.
    let stored: ReturnType<typeof deps.reports.store.submission>;
    try {
      stored = deps.reports.store.submission(result.id);
    } catch (err) {
      logger.warn("管理者への報告の知らせを作れませんでした（報告は保存済みです）", err);
      return;
    }
    if (!stored) return;
    const message = pendingReportsMessage(plan, [stored]);
    for (const admin of deps.adminUserIds) {
      if (admin === userId) continue;
      await callOnce(() => client.chat.postMessage({ channel: admin, ...message }), {
        logger,
        what: `報告の到着の DM（${admin}）`,
      });
    }
  };
}
