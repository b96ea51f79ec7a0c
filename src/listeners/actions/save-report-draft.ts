/**
 * 「下書きを保存」 inside the report modal: keeps what was typed so far, unchecked, and redraws the modal saying so.
 * The modal stays open; the person can go on or close it and come back later (the draft fills the form again).
 */
import { findItem, reportingYear } from "../../plan/model.ts";
import { reportRole } from "../../reports/access.ts";
import { reportForm } from "../../reports/form.ts";
import { tokyoDateTime } from "../../reports/time.ts";
import { callOnce } from "../../slack/call-once.ts";
import {
  reportInputValues,
  reportMetadata,
  reportModal,
  type ViewStateValues,
} from "../../views/report-modal.ts";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { accessContext } from "../reports.ts";

export function saveReportDraftCallback(deps: BotDeps) {
  return async ({ ack, body, client, logger }: ButtonClickArgs) => {
    await ack();
    const view = body.view;
    const meta = reportMetadata(view?.private_metadata);
    const item = meta && findItem(deps.plans.plan, meta.item);
    if (!view || !meta || !item || !deps.reports) return;
    // The same rule as submitting: a draft is part of the item's report.
    if (!(await reportRole(item, body.user.id, accessContext(deps, client)))) return;
    const values = reportInputValues(view.state.values as ViewStateValues);
    const form = reportForm(item, meta.fiscalYear);
    const redraw = (note: string) =>
      callOnce(
        () =>
          client.views.update({
            view_id: view.id,
            hash: view.hash,
            view: reportModal(form, { values, note }),
          }),
        { logger, what: `報告画面の更新（No.${meta.item}）` },
      );
    // A draft of a year no longer reported would never come back (the form opens the new year's): say so instead.
    if (meta.fiscalYear !== reportingYear(deps.plans.plan)) {
      return void (await redraw(
        "この画面を開いたあとで報告する年度が変わったため、下書きを保存できませんでした。閉じて、もう一度「進捗を報告」から開いてください。",
      ));
    }
    try {
      deps.reports.store.saveDraft(meta.item, meta.fiscalYear, values, body.user.id);
    } catch (err) {
      logger.warn("報告の下書きを保存できませんでした", err);
      return void (await redraw(
        "下書きを保存できませんでした。入力はそのままです。少し待ってから、もう一度押してください。",
      ));
    }
    const note = `下書きを保存しました（${tokyoDateTime(deps.clock?.() ?? new Date())}）。閉じても、次に開いたときに続きから書けます。`;
    await redraw(note);
  };
}
