/** App Home: the plan's dashboard, published whenever someone opens the Home tab (so it shows current data). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { homeView } from "../../views/home.ts";
import type { BotDeps } from "../deps.ts";
import { trySlack } from "../slack-errors.ts";

export function appHomeOpenedCallback(deps: BotDeps) {
  return async ({
    event,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_home_opened">) => {
    if (event.tab !== "home") return;
    await trySlack(logger, `ホームタブの表示（${event.user}）`, () =>
      client.views.publish({ user_id: event.user, view: homeView(deps.plans.plan) }),
    );
  };
}
