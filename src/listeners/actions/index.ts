import type { App, BlockAction } from "@slack/bolt";
import type { BotDeps, ButtonClickArgs } from "../deps.ts";
import { feedbackCallback } from "./feedback.ts";
import { openReportCallback } from "./open-report.ts";
import { pickCandidateCallback } from "./pick-candidate.ts";
import { reviewReportCallback } from "./review-report.ts";
import { type ActionRoute, routeOf } from "./routes.ts";
import { saveReportDraftCallback } from "./save-report-draft.ts";
import { shareToChannelCallback } from "./share-to-channel.ts";
import { showDetailCallback } from "./show-detail.ts";
import { snoozeCallback } from "./snooze.ts";
import { staleButtonCallback } from "./stale-button.ts";

export function register(app: App, deps: BotDeps): void {
  // Every route has its handler: a new ACTION without one does not compile.
  const handlers: Record<ActionRoute, (args: ButtonClickArgs) => Promise<void>> = {
    showDetail: showDetailCallback(deps),
    pickCandidate: pickCandidateCallback(deps),
    shareToChannel: shareToChannelCallback(deps),
    snoozeItem: snoozeCallback(deps),
    feedbackHelpful: feedbackCallback(deps),
    feedbackWrong: feedbackCallback(deps),
    openReport: openReportCallback(deps),
    saveReportDraft: saveReportDraftCallback(deps),
    approveReport: reviewReportCallback(deps, "approved"),
    returnReport: reviewReportCallback(deps, "returned"),
  };
  const stale = staleButtonCallback();
  // One Bolt listener for every button, routed here by action_id (routes.ts). Bolt runs the middleware of every
  // registered listener for every request it receives, a mention too: eleven button listeners were eleven chains
  // per mention, most of the gap to a bare Bolt app that the bench found in Bolt's own code (issue 14).
  app.action<BlockAction>({ type: "block_actions" }, async (args) => {
    const route = "action_id" in args.action ? routeOf(args.action.action_id) : null;
    // A click on a button no route knows (an old message's) is acknowledged and explained.
    if (route === null) return stale(args);
    await handlers[route](args as unknown as ButtonClickArgs);
  });
}
