/**
 * Entry point: configuration → data → app → listeners → (reminders) → start. Kept thin on purpose; each step
 * lives in its own module.
 */
import { resolve } from "node:path";
import { type Logger, webApi } from "@slack/bolt";
import { startBot } from "./app.ts";
import { RecentTopics } from "./ask/follow-up.ts";
import { PlanStore } from "./ask/plan-store.ts";
import { createReminders } from "./compose.ts";
import { loadConfig, secretsOf } from "./config.ts";
import { BotTokenError, isBotError } from "./errors.ts";
import { startHealthServer } from "./health.ts";
import { reminderActions } from "./listeners/reminder-actions.ts";
import { createLogger } from "./logger.ts";
import { BotMetrics, countingQuestionLog } from "./metrics.ts";
import { createReminderClient } from "./reminders/client.ts";
import { classifyCallFailure } from "./slack/call-failure.ts";
import { singleAttemptClientOptions } from "./slack/call-once.ts";
import { EventLedger } from "./state/event-ledger.ts";
import { startEventPruning } from "./state/prune.ts";
import { StateStore } from "./state/store.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: secretsOf(config),
  });
  keepServingOnStrayErrors(logger);
  const plans = new PlanStore(resolve(config.planDataDir));
  logger.info(
    `データを読み込みました: ${plans.plan.items.length} 項目（データ更新日 ${plans.plan.meta.data_as_of}）`,
  );

  if (config.mode === "playground") {
    const { startPlaygroundMode } = await import("./playground/start.ts");
    const playground = await startPlaygroundMode({ config, plans, logger });
    // The one line a person trying the bot needs: where to open it.
    console.log(
      `\n改革プランBot プレイグラウンド: ${playground.url}\n（Slack なしで試せます。停止は Ctrl+C）\n`,
    );
    onShutdown(logger, () => playground.stop());
    return;
  }

  await checkBotToken(config.botToken, config.slackApiUrl, logger);
  const store = StateStore.open(resolve(config.stateDb));
  // Handled deliveries, checked in memory and written behind (event-ledger.ts says what that trades).
  const events = new EventLedger(store, {
    onWriteError: (err) =>
      logger.warn("処理済みイベントの記録を書き込めませんでした（このまま受け付けます）", err),
  });
  // The reminder scheduler gets its own client, which never retries on its own (a retried post could reach the
  // person twice); the run waits out 429s itself. Bolt's client answers events.
  const client = createReminderClient(config.botToken, { slackApiUrl: config.slackApiUrl, logger });
  const metrics = new BotMetrics();
  const reminders = createReminders({ config, plans, client, store, logger, metrics });
  client.on(webApi.WebClientEvent.RATE_LIMITED, () => metrics.rateLimited());
  const bot = await startBot({
    ...(config.mode === "socket"
      ? { mode: "socket" as const, appToken: config.appToken }
      : { mode: "http" as const, signingSecret: config.signingSecret, port: config.port, host: config.host }),
    botToken: config.botToken,
    slackApiUrl: config.slackApiUrl,
    logger,
    deps: {
      plans,
      adminUserIds: config.adminUserIds,
      listenChannels: config.listenChannels,
      // Also kept in SQLite, so a retry that arrives after a restart is still recognised.
      dedupe: events,
      reminders: reminderActions(reminders),
      // Unanswered questions and answer feedback, for /plan 未回答 and `npm run unanswered`.
      questionLog: countingQuestionLog(store.questions, metrics),
      // Results reported from Slack; owners.yml as the reminder service last loaded it (re-read each minute).
      reports: { store: store.reports, owners: () => reminders.currentOwnersConfig() },
      // Follow-ups in a thread or DM (「それのR6は？」): the last item answered in each, in memory.
      topics: new RecentTopics(),
      metrics,
    },
    metrics,
  });
  bot.app.client.on(webApi.WebClientEvent.RATE_LIMITED, () => metrics.rateLimited());
  // Socket Mode has no HTTP server of its own; HEALTH_PORT gives /healthz and /metrics one.
  const health =
    config.mode === "socket" && config.healthPort !== null
      ? await startHealthServer({
          port: config.healthPort,
          host: config.healthHost,
          source: { mode: "socket", slack: bot.slack, metrics },
        })
      : null;
  if (health) logger.info(`死活監視: ${health.url}/healthz（/metrics も）`);
  reminders.start();
  const pruning = startEventPruning(store, logger);
  onShutdown(logger, async () => {
    pruning.stop();
    await health?.stop();
    await bot.stop();
    await reminders.stop();
    events.close();
    store.close();
  });
}

/** Slack's answers to auth.test that mean the token itself is wrong: no use starting. */
const TOKEN_REFUSED = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
]);

/**
 * Asks Slack who the token belongs to before starting, so that a revoked or mistyped token stops start-up with a
 * message naming the variable instead of failing later, mid-request. If Slack cannot be reached now, the bot
 * starts anyway (it may be a passing network fault) and says so.
 */
async function checkBotToken(token: string, slackApiUrl: string | undefined, logger: Logger): Promise<void> {
  const client = new webApi.WebClient(token, { ...singleAttemptClientOptions(slackApiUrl), logger });
  try {
    await client.auth.test();
  } catch (err) {
    const failure = classifyCallFailure(err);
    if (TOKEN_REFUSED.has(failure.reason)) throw new BotTokenError(failure.reason);
    logger.warn(`起動時に Slack に接続できませんでした（${failure.reason}）。このまま起動します`);
  }
}

/**
 * A failure nobody awaited (inside a library's event handler, say) is logged and the bot keeps answering: no
 * state is left half-written by one, since every write to the state database is a transaction.
 */
function keepServingOnStrayErrors(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    logger.error("処理されなかったエラーがありました（ボットは動き続けます）", reason);
  });
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
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
  // Every error the bot raises on purpose carries a code and a message for the person who can fix it (a broken
  // state database, a refused token, bad data or configuration): shown as it is, without a stack.
  if (isBotError(err)) {
    console.error(err.message);
  } else if ((err as { code?: unknown }).code === "EADDRINUSE") {
    const port = (err as { port?: unknown }).port ?? process.env.PORT ?? 3000;
    console.error(
      `ポート ${port} はほかのプログラムが使っています。PORT=3001 npm start のように別のポートを指定してください。`,
    );
  } else {
    console.error("起動できませんでした:", err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
