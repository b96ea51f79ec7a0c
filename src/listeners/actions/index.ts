import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { feedbackCallback } from "./feedback.ts";
import { openReportCallback } from "./open-report.ts";
import { pickCandidateCallback } from "./pick-candidate.ts";
import { reviewReportCallback } from "./review-report.ts";
import { ACTION_ROUTES } from "./routes.ts";
import { saveReportDraftCallback } from "./save-report-draft.ts";
import { shareToChannelCallback } from "./share-to-channel.ts";
import { showDetailCallback } from "./show-detail.ts";
import { snoozeCallback } from "./snooze.ts";
import { staleButtonCallback } from "./stale-button.ts";

export function register(app: App, deps: BotDeps): void {
  const on = (actionId: string | RegExp, callback: (args: ButtonClickArgs) => Promise<void>) =>
    app.action<BlockAction<ButtonAction>>({ action_id: actionId }, callback);
  on(ACTION_ROUTES.showDetail, showDetailCallback(deps));
  on(ACTION_ROUTES.pickCandidate, pickCandidateCallback(deps));
  on(ACTION_ROUTES.shareToChannel, shareToChannelCallback(deps));
  on(ACTION_ROUTES.snoozeItem, snoozeCallback(deps));
  on(ACTION_ROUTES.feedbackHelpful, feedbackCallback(deps));
  on(ACTION_ROUTES.feedbackWrong, feedbackCallback(deps));
  on(ACTION_ROUTES.openReport, openReportCallback(deps));
  on(ACTION_ROUTES.saveReportDraft, saveReportDraftCallback(deps));
  on(ACTION_ROUTES.approveReport, reviewReportCallback(deps, "approved"));
  on(ACTION_ROUTES.returnReport, reviewReportCallback(deps, "returned"));
  // Last: acknowledges and explains a click on a button no route above knows.
  app.action<BlockAction>({ type: "block_actions" }, staleButtonCallback());
}
