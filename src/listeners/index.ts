/**
 * Every listener, registered in one place. Each group (events, messages, commands, actions) registers its own;
 * a global middleware first drops Slack's retries of an event that was already handled.
 */
import type { App } from "@slack/bolt";
import * as actions from "./actions/index.ts";
import * as commands from "./commands/index.ts";
import type { BotDeps } from "./deps.ts";
import * as events from "./events/index.ts";
import * as messages from "./messages/index.ts";

export function registerListeners(app: App, deps: BotDeps): void {
  app.use(async ({ body, next, logger }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !deps.dedupe.firstSeen(eventId)) {
      logger.debug(`再送されたイベント ${eventId} は処理済みのため無視します`);
      return;
    }
    await next();
  });
  events.register(app, deps);
  messages.register(app, deps);
  commands.register(app, deps);
  actions.register(app, deps);
}
