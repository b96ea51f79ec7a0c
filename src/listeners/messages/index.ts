import type { App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { messageCallback } from "./message.ts";

export function register(app: App, deps: BotDeps): void {
  app.event("message", messageCallback(deps));
}
