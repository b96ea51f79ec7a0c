/**
 * Which `action_id`s each button listener answers: one table, so that the listeners registered in index.ts and
 * the stale-button catch-all agree on what is known. Buttons that repeat in a message (one per item) carry
 * `:<item number>` and are matched by pattern; the others by their exact id.
 */
import { ACTION, actionPattern } from "../../views/action-ids.ts";

export const ACTION_ROUTES = {
  showDetail: actionPattern(ACTION.showDetail),
  pickCandidate: actionPattern(ACTION.pickCandidate),
  shareToChannel: ACTION.shareToChannel,
  snoozeItem: actionPattern(ACTION.snoozeItem),
  feedbackHelpful: ACTION.feedbackHelpful,
  feedbackWrong: ACTION.feedbackWrong,
  openReport: actionPattern(ACTION.openReport),
  saveReportDraft: ACTION.saveReportDraft,
  approveReport: actionPattern(ACTION.approveReport),
  returnReport: actionPattern(ACTION.returnReport),
} as const satisfies Record<keyof typeof ACTION, string | RegExp>;

/** Whether a listener answers this action_id. */
export function isKnownActionId(actionId: string): boolean {
  return Object.values(ACTION_ROUTES).some((route) =>
    typeof route === "string" ? route === actionId : route.test(actionId),
  );
}
