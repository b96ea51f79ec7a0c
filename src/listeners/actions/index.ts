import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION, actionPattern } from "../../views/action-ids.ts";
import type { BotDeps } from "../deps.ts";
import { feedbackCallback } from "./feedback.ts";
import { pickCandidateCallback } from "./pick-candidate.ts";
import { shareToChannelCallback } from "./share-to-channel.ts";
import { showDetailCallback } from "./show-detail.ts";
import { snoozeCallback } from "./snooze.ts";
import { staleButtonCallback } from "./stale-button.ts";

export function register(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: actionPattern(ACTION.showDetail) },
    showDetailCallback(deps),
  );
  app.action<BlockAction<ButtonAction>>(
    { action_id: actionPattern(ACTION.pickCandidate) },
    pickCandidateCallback(deps),
  );
  app.action<BlockAction<ButtonAction>>(ACTION.shareToChannel, shareToChannelCallback(deps));
  app.action<BlockAction<ButtonAction>>(
    { action_id: actionPattern(ACTION.snoozeItem) },
    snoozeCallback(deps),
  );
  app.action<BlockAction<ButtonAction>>(ACTION.feedbackHelpful, feedbackCallback(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.feedbackWrong, feedbackCallback(deps));
  // Last: acknowledges and explains a click on a button no listener above knows.
  app.action<BlockAction>({ type: "block_actions" }, staleButtonCallback());
}
