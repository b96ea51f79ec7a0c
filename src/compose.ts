/**
 * Wiring shared by the two ways the bot starts: main.ts (with Slack) and playground/start.ts (without). What is
 * built here is built the same way in both, so the playground shows what the real bot does.
 */
import { resolve } from "node:path";
import type { Logger } from "@slack/bolt";
import type { PlanStore } from "./ask/plan-store.ts";
import type { Config } from "./config.ts";
import type { Metrics } from "./metrics.ts";
import type { ReminderClient } from "./reminders/client.ts";
import { ReminderService } from "./reminders/service.ts";
import type { StateStore } from "./state/store.ts";
import { reminderRenderers } from "./views/reminder-dry-run.ts";

/**
 * The reminder service. It starts even when data/owners.yml is invalid: it logs the error once, sends nothing
 * until the file is fixed (it tries again every minute, no restart needed), and /plan remind shows the error.
 */
export function createReminders(opts: {
  config: Config;
  plans: PlanStore;
  client: ReminderClient;
  store: StateStore;
  logger: Logger;
  /** /metrics and /healthz (the app); the playground has none. */
  metrics?: Metrics;
}): ReminderService {
  const { config } = opts;
  return new ReminderService({
    plan: () => opts.plans.plan,
    ownersFile: resolve(config.reminders.ownersFile),
    render: reminderRenderers,
    schedule: config.reminders.schedule,
    reminderChannel: config.reminders.reminderChannel,
    skipReportedDays: config.reminders.skipReportedDays,
    client: opts.client,
    store: opts.store,
    logger: opts.logger,
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
  });
}
