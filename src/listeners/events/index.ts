import type { App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { appHomeOpenedCallback } from "./app-home-opened.ts";
import { appMentionCallback } from "./app-mention.ts";

export function register(app: App, deps: BotDeps): void {
  app.event("app_mention", appMentionCallback(deps));
  app.event("app_home_opened", appHomeOpenedCallback(deps));
}
