/**
 * Every listener, registered in one place. Each group (events, messages, commands, actions, views) registers its own;
 * global guards (guards.ts) run first: foreign response URLs are refused, retries and replays handled once.
 */
import type { App } from "@slack/bolt";
import * as actions from "./actions/index.ts";
import * as commands from "./commands/index.ts";
import type { BotDeps } from "./deps.ts";
import * as events from "./events/index.ts";
import { guardRequests } from "./guards.ts";
import * as messages from "./messages/index.ts";
import * as views from "./views/index.ts";

export function registerListeners(app: App, deps: BotDeps): void {
  app.use(guardRequests(deps.responseUrlOrigins ?? [], deps.dedupe));
  events.register(app, deps);
  messages.register(app, deps);
  commands.register(app, deps);
  actions.register(app, deps);
  views.register(app, deps);
}
