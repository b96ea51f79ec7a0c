/**
 * `npm start` without Slack credentials: the real bot in HTTP mode on loopback, with a signing secret made up
 * at start-up, its Web API pointed at the playground's stand-in, and the page that plays Slack's part on PORT.
 * Nothing leaves this machine.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "@slack/bolt";
import { startBot } from "./app.ts";
import type { Config } from "./config.ts";
import { type BotDeps, MemoryDeduplicator } from "./listeners/deps.ts";
import type { PlanStore } from "./plan/plan-store.ts";
import { startPlayground } from "./playground/server.ts";
import { PLAYGROUND_IDS } from "./playground/slack-requests.ts";
import { PlaygroundStandIn } from "./playground/stand-in.ts";

export interface PlaygroundModeOptions {
  config: Config;
  plans: PlanStore;
  logger: Logger;
  /** Reminder features, when configured: the reminders panel shows this week's dry run. */
  reminders?: BotDeps["reminders"];
  dryRun?: () => Promise<unknown>;
}

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

export async function startPlaygroundMode(opts: PlaygroundModeOptions): Promise<RunningPlayground> {
  const signingSecret = randomBytes(24).toString("hex");
  const standIn = await new PlaygroundStandIn().start();
  const bot = await startBot({
    mode: "http",
    // Never sent anywhere but the stand-in on loopback.
    botToken: "xoxb-playground-local",
    signingSecret,
    slackApiUrl: standIn.apiUrl,
    port: 0,
    host: "127.0.0.1",
    logger: opts.logger,
    deps: {
      plans: opts.plans,
      // The person at the page is the playground's only user, and may try the admin commands.
      adminUserIds: [PLAYGROUND_IDS.user],
      listenChannels: [],
      dedupe: new MemoryDeduplicator(),
      ...(opts.reminders ? { reminders: opts.reminders } : {}),
    },
  });
  const playground = await startPlayground({
    port: opts.config.port,
    host: "127.0.0.1",
    botEventsUrl: bot.url as string,
    signingSecret,
    standIn,
    logger: opts.logger,
    ...(opts.dryRun ? { dryRun: opts.dryRun } : {}),
  });
  return {
    url: playground.url,
    stop: async () => {
      await playground.stop();
      await bot.stop();
      await standIn.stop();
    },
  };
}
