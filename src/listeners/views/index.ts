import type { App, ViewSubmitAction } from "@slack/bolt";
import { VIEW } from "../../views/action-ids.ts";
import type { BotDeps } from "../deps.ts";
import { reportReviewCallback } from "./report-review.ts";
import { reportSubmitCallback } from "./report-submit.ts";

/**
 * Modal submissions (`view_submission`), routed by the modal's callback_id in one Bolt listener (one listener
 * per modal would be one more middleware chain for every request the app receives; see actions/index.ts).
 */
export function register(app: App, deps: BotDeps): void {
  const report = reportSubmitCallback(deps);
  const review = reportReviewCallback(deps);
  app.view<ViewSubmitAction>({ type: "view_submission" }, async (args) => {
    switch (args.view.callback_id) {
      case VIEW.report:
        return report(args);
      case VIEW.review:
        return review(args);
      default:
        // A modal of an older version of the bot: closed, and noted for whoever reads the log.
        args.logger.info(`知らない画面（${args.view.callback_id}）が送信されました`);
        await args.ack();
    }
  });
}
