/**
 * `npm start` without Slack credentials: the real bot in HTTP mode on loopback, with a signing secret made up
 * at start-up, its Web API pointed at the playground's stand-in, and the page that plays Slack's part on PORT.
 * Nothing leaves this machine.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "@slack/bolt";
import { startBot } from "../app.ts";
import { RecentTopics } from "../ask/follow-up.ts";
import type { PlanStore } from "../ask/plan-store.ts";
import { createReminders } from "../compose.ts";
import type { Config } from "../config.ts";
import { MemoryDeduplicator } from "../listeners/deps.ts";
import { reminderActions } from "../listeners/reminder-actions.ts";
import { departmentBaseName } from "../plan/departments.ts";
import { createReminderClient } from "../reminders/client.ts";
import { demoOwners, previewDigests } from "../reminders/demo.ts";
import type { OwnersConfig } from "../reminders/owners.ts";
import { StateStore } from "../state/store.ts";
import { reminderRenderers } from "../views/reminder-dry-run.ts";
import { startPlayground } from "./server.ts";
import { PLAYGROUND_IDS } from "./slack-requests.ts";
import { PlaygroundStandIn } from "./stand-in.ts";

export interface PlaygroundModeOptions {
  config: Config;
  plans: PlanStore;
  logger: Logger;
}

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

export async function startPlaygroundMode(opts: PlaygroundModeOptions): Promise<RunningPlayground> {
  const signingSecret = randomBytes(24).toString("hex");
  const standIn = await new PlaygroundStandIn().start();
  // Reminders are previewed, never scheduled, here; their state lives in memory and goes with the process.
  const store = StateStore.open(":memory:");
  const settings = opts.config.reminders;
  // /plan remind and the snooze button work here too, against the stand-in; never scheduled.
  const reminders = createReminders({
    config: opts.config,
    plans: opts.plans,
    client: createReminderClient("xoxb-playground-local", { slackApiUrl: standIn.apiUrl }),
    store,
    logger: opts.logger,
  });
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
      // The page's default person (管理者) may try the admin commands; 担当者 and ほかの職員 may not.
      adminUserIds: [PLAYGROUND_IDS.user],
      listenChannels: [],
      dedupe: new MemoryDeduplicator(),
      reminders: reminderActions(reminders),
      // In the in-memory store too, so /plan 未回答 can be tried; it goes with the process.
      questionLog: store.questions,
      // Reporting can be tried in full: 担当者 owns 納税課's items (No.16, No.17), 管理者 approves.
      reports: {
        store: store.reports,
        owners: () => withPersonaOwner(reminders.currentOwnersConfig()),
      },
      topics: new RecentTopics(),
    },
  });
  const playground = await startPlayground({
    port: opts.config.port,
    host: "127.0.0.1",
    botEventsUrl: bot.url as string,
    signingSecret,
    standIn,
    logger: opts.logger,
    dryRun: async () =>
      previewDigests({
        plan: opts.plans.plan,
        // While owners.yml is invalid (the error is logged and shown by /plan remind), preview with stand-ins.
        owners: reminders.currentOwnersConfig() ?? demoOwners(opts.plans.plan),
        schedule: settings.schedule,
        reminderChannel: settings.reminderChannel,
        store,
        now: new Date(),
        meta: opts.plans.plan.meta,
        render: reminderRenderers.digest,
      }),
  });
  return {
    url: playground.url,
    stop: async () => {
      await playground.stop();
      await bot.stop();
      await standIn.stop();
      store.close();
    },
  };
}

/** The department the playground's 担当者 persona reports for. */
const PERSONA_DEPARTMENT = "納税課";

/** owners.yml as loaded (or nothing), with the playground's 担当者 added to 納税課's owners. */
function withPersonaOwner(config: OwnersConfig | null): OwnersConfig {
  const departments = new Map(config?.departments ?? []);
  const key =
    [...departments.keys()].find((name) => departmentBaseName(name) === PERSONA_DEPARTMENT) ??
    PERSONA_DEPARTMENT;
  const current = departments.get(key) ?? { users: [], emails: [], channel: null };
  departments.set(key, { ...current, users: [...new Set([...current.users, PLAYGROUND_IDS.ownerUser])] });
  return { file: config?.file ?? "（プレイグラウンド）", departments };
}
