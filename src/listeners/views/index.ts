import type { App } from "@slack/bolt";
import { VIEW } from "../../views/action-ids.ts";
import type { BotDeps } from "../deps.ts";
import { reportReviewCallback } from "./report-review.ts";
import { reportSubmitCallback } from "./report-submit.ts";

/** Modal submissions (`view_submission`), by the modal's callback_id. */
export function register(app: App, deps: BotDeps): void {
  app.view(VIEW.report, reportSubmitCallback(deps));
  app.view(VIEW.review, reportReviewCallback(deps));
}
