import type { App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { planCommandCallback } from "./plan.ts";

export function register(app: App, deps: BotDeps): void {
  app.command("/plan", planCommandCallback(deps));
}
