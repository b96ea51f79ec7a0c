/**
 * Entry point: configuration → data → app → listeners → (reminders) → start. Kept thin on purpose; each step
 * lives in its own module.
 */
import { resolve } from "node:path";
import { startBot } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { MemoryDeduplicator } from "./listeners/deps.ts";
import { createLogger } from "./logger.ts";
import { PlanStore } from "./plan/plan-store.ts";
import { PlanDataError } from "./plan/source-file.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, config.signingSecret, config.appToken],
  });
  const plans = new PlanStore(resolve(config.planDataDir));
  logger.info(
    `データを読み込みました: ${plans.plan.items.length} 項目（データ更新日 ${plans.plan.meta.data_as_of}）`,
  );

  if (config.mode === "playground") {
    const { startPlaygroundMode } = await import("./playground-mode.ts");
    const playground = await startPlaygroundMode({ config, plans, logger });
    // The one line a person trying the bot needs: where to open it.
    console.log(
      `\n改革プランBot プレイグラウンド: ${playground.url}\n（Slack なしで試せます。停止は Ctrl+C）\n`,
    );
    onShutdown(logger, () => playground.stop());
    return;
  }

  const bot = await startBot({
    mode: config.mode,
    botToken: config.botToken as string,
    signingSecret: config.signingSecret,
    appToken: config.appToken,
    slackApiUrl: config.slackApiUrl,
    port: config.port,
    logger,
    deps: {
      plans,
      adminUserIds: config.adminUserIds,
      listenChannels: config.listenChannels,
      dedupe: new MemoryDeduplicator(),
    },
  });
  onShutdown(logger, () => bot.stop());
}

function onShutdown(logger: ReturnType<typeof createLogger>, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} を受け取りました。処理中の返信を終えてから停止します`);
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error("停止中にエラーが起きました", err);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => handler("SIGTERM"));
  process.on("SIGINT", () => handler("SIGINT"));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof PlanDataError) {
    console.error(err.message);
  } else {
    console.error("起動できませんでした:", err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
