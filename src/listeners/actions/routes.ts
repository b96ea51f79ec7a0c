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

export type ActionRoute = keyof typeof ACTION_ROUTES;

const ROUTE_ENTRIES = Object.entries(ACTION_ROUTES) as [ActionRoute, string | RegExp][];

/** Which listener answers this action_id, or null. */
export function routeOf(actionId: string): ActionRoute | null {
  for (const [name, route] of ROUTE_ENTRIES) {
    if (typeof route === "string" ? route === actionId : route.test(actionId)) return name;
  }
  return null;
}

/** Whether a listener answers this action_id. */
export function isKnownActionId(actionId: string): boolean {
  return routeOf(actionId) !== null;
}
