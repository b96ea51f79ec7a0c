/** App Home: the plan's dashboard, published whenever someone opens the Home tab (so it shows current data). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { callOnce } from "../../slack/call-once.ts";
import { homeView } from "../../views/home.ts";
import type { BotDeps } from "../deps.ts";

export function appHomeOpenedCallback(deps: BotDeps) {
  return async ({
    event,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_home_opened">) => {
    if (event.tab !== "home") return;
    await callOnce(() => client.views.publish({ user_id: event.user, view: homeView(deps.plans.plan) }), {
      logger,
      what: `ホームタブの表示（${event.user}）`,
    });
  };
}
