/**
 * `npm run --silent remind -- …`: the weekly reminders from the terminal, for the secretariat and for cron.
 *
 *   --dry-run [--json] [--now ISO]   who would get what this week; sends nothing
 *   --send [--now ISO]               sends what is due for the week containing --now, once
 *   --schedule [--json] [--now ISO]  the next reminder slots
 *
 * --now without an offset is read in REMINDER_TIMEZONE, never in the machine's zone. Exit status: 0 done,
 * 1 something needs attention (a failed or unconfirmed delivery, a department nobody hears about, invalid data,
 * a send stopped by Ctrl+C / SIGTERM before it finished), 2 a usage or configuration error.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { LogLevel, webApi } from "@slack/bolt";
import { createLogger } from "../logger.ts";
import { loadPlan } from "../plan/load.ts";
import type { Plan } from "../plan/model.ts";
import { PlanDataError } from "../plan/source-file.ts";
import { parseZonedInstant, toZonedIso, upcomingWeeks } from "../reminders/calendar.ts";
import {
  parseReminderEnv,
  parseSlackEnv,
  ReminderConfigError,
  type ReminderSettings,
} from "../reminders/config.ts";
import { loadOwners, type OwnersConfig } from "../reminders/owners.ts";
import { dryRun, dryRunJson, dryRunText, runReportText, scheduleText } from "../reminders/preview.ts";
import { reminderClientOptions, sendDueReminders } from "../reminders/send.ts";
import { StateStore } from "../state/store.ts";

const USAGE = `使い方:
  npm run --silent remind -- --dry-run [--json] [--now ISO]   今週だれに何が届くか（送信しません）
  npm run --silent remind -- --send [--now ISO]               今週の分のうち、送る時刻を過ぎて未送信のものを送ります
  npm run --silent remind -- --schedule [--json] [--now ISO]  今後のお知らせの日時`;

/** How many slots --schedule lists. */
const SCHEDULE_COUNT = 8;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  let settings: ReminderSettings;
  try {
    args = parseCli(argv);
    settings = parseReminderEnv(process.env);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ReminderConfigError) {
      console.error(err instanceof UsageError ? `${err.message}\n\n${USAGE}` : err.message);
      return 2;
    }
    throw err;
  }

  let now: Date;
  try {
    now = args.now === undefined ? new Date() : parseZonedInstant(args.now, settings.schedule.timeZone);
  } catch (err) {
    console.error(`--now: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }

  if (args.mode === "schedule") {
    const weeks = upcomingWeeks(now, settings.schedule, SCHEDULE_COUNT);
    const slots = weeks.flatMap((w) => (w.at ? [toZonedIso(w.at, settings.schedule.timeZone)] : []));
    const out = args.json ? JSON.stringify({ slots }) : scheduleText(weeks, settings.schedule);
    process.stdout.write(`${out}\n`);
    return 0;
  }

  let data: { plan: Plan; owners: OwnersConfig };
  try {
    const plan = loadPlan(resolve(settings.planDataDir));
    data = { plan, owners: loadOwners(resolve(settings.ownersFile), plan) };
  } catch (err) {
    if (err instanceof PlanDataError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }

  if (args.mode === "dry-run") {
    // A dry run reads the state (snoozes, what was sent) but does not create it.
    const store = existsSync(settings.stateDb) ? StateStore.open(settings.stateDb) : null;
    try {
      const run = dryRun({ ...data, ...settings, store, now });
      process.stdout.write(`${args.json ? JSON.stringify(dryRunJson(run)) : dryRunText(run)}\n`);
    } finally {
      store?.close();
    }
    return 0;
  }

  return send(settings, data, now);
}

async function send(settings: ReminderSettings, data: { plan: Plan; owners: OwnersConfig }, now: Date) {
  let slack: ReturnType<typeof parseSlackEnv>;
  try {
    slack = parseSlackEnv(process.env);
  } catch (err) {
    if (err instanceof ReminderConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  // Logs go to stderr (stdout is the summary) and never carry the token, whatever the level.
  const logger = createLogger({
    level: (process.env.LOG_LEVEL as LogLevel | undefined) ?? LogLevel.INFO,
    secrets: [slack.botToken],
    sink: (_level, line) => process.stderr.write(`${line}\n`),
    name: "remind",
  });
  const client = new webApi.WebClient(slack.botToken, {
    ...reminderClientOptions(slack.slackApiUrl),
    logger,
  });
  const store = StateStore.open(settings.stateDb);
  // Ctrl+C (or a SIGTERM from cron) stops after the post in flight, so that no digest is left "maybe delivered";
  // a second one stops at once.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    logger.warn(`${signal} を受け取りました。送信中の1通を終えてから止めます（もう一度で即座に止めます）`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const report = await sendDueReminders({
      ...data,
      schedule: settings.schedule,
      reminderChannel: settings.reminderChannel,
      client,
      store,
      logger,
      // The run's notion of "this week" is fixed by --now; pacing and retries use real time.
      clock: () => now,
      signal: stop.signal,
    });
    process.stdout.write(`${runReportText(report, settings.schedule, now)}\n`);
    const attention =
      report.failed.length + report.unconfirmed.length + report.gaveUp.length + report.unroutable.length;
    return attention > 0 || report.interrupted ? 1 : 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    store.close();
  }
}

const OPTIONS = {
  "dry-run": { type: "boolean" },
  send: { type: "boolean" },
  schedule: { type: "boolean" },
  json: { type: "boolean" },
  now: { type: "string" },
} as const;

function parseCli(argv: string[]) {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];
  try {
    values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(`引数が正しくありません: ${(err as Error).message}`);
  }
  const modes = (["dry-run", "send", "schedule"] as const).filter((m) => values[m]);
  if (modes.length !== 1)
    throw new UsageError("--dry-run、--send、--schedule のどれか1つを指定してください。");
  const mode = modes[0] as (typeof modes)[number];
  if (values.json && mode === "send") throw new UsageError("--json は --dry-run と --schedule で使えます。");
  return { mode, json: values.json === true, now: values.now };
}

process.exitCode = await main(process.argv.slice(2));
