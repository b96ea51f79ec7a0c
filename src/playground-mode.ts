/**
 * Placeholder wiring for the local playground (issue 6): runs the real bot in HTTP mode on loopback with a
 * generated signing secret and the Web API stand-in. The page itself is added by src/playground/.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "@slack/bolt";
import { startBot } from "./app.ts";
import type { Config } from "./config.ts";
import { MemoryDeduplicator } from "./listeners/deps.ts";
import type { PlanStore } from "./plan/plan-store.ts";
import { SlackWebApiStandIn } from "./slack-stand-in/web-api-stand-in.ts";

export async function startPlaygroundMode(opts: {
  config: Config;
  plans: PlanStore;
  logger: Logger;
}): Promise<() => Promise<void>> {
  const signingSecret = randomBytes(24).toString("hex");
  const standIn = await new SlackWebApiStandIn().start();
  const bot = await startBot({
    mode: "http",
    botToken: "xoxb-playground-local",
    signingSecret,
    slackApiUrl: standIn.apiUrl,
    port: 0,
    host: "127.0.0.1",
    logger: opts.logger,
    deps: {
      plans: opts.plans,
      adminUserIds: ["U_PLAYGROUND"],
      listenChannels: [],
      dedupe: new MemoryDeduplicator(),
    },
  });
  opts.logger.info(`プレイグラウンド用のボットを起動しました: ${bot.url}`);
  return async () => {
    await bot.stop();
    await standIn.stop();
  };
}
