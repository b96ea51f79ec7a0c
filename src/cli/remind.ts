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
import { parseReminderEnv, parseSlackEnv, type ReminderSettings } from "../config.ts";
import { ConfigError, UsageError } from "../errors.ts";
import { createLogger } from "../logger.ts";
import { PlanDataError } from "../plan/data-issue.ts";
import { loadPlan } from "../plan/load.ts";
import type { Plan } from "../plan/model.ts";
import { parseZonedInstant, toZonedIso, upcomingWeeks } from "../reminders/calendar.ts";
import { createReminderClient } from "../reminders/client.ts";
import { loadOwners, type OwnersConfig } from "../reminders/owners.ts";
import { intervalPacer, POST_INTERVAL_MS } from "../reminders/pacing.ts";
import { dryRun, dryRunJson, dryRunText, runReportText, scheduleText } from "../reminders/preview.ts";
import { sendDueReminders } from "../reminders/send.ts";
import { StateStore } from "../state/store.ts";
import { reminderDigestMessage } from "../views/reminder-digest.ts";
import { parseOptions } from "./args.ts";
import { type CliIo, isDirectRun, processIo } from "./io.ts";

export const USAGE = `使い方:
  npm run --silent remind -- --dry-run [--json] [--now 日時]   今週だれに何が届くか（送信しません）
  npm run --silent remind -- --send [--now 日時]               今週の分のうち、送る時刻を過ぎて未送信のものを送ります
  npm run --silent remind -- --schedule [--json] [--now 日時]  今後のお知らせの日時

オプション:
  --dry-run    今週の送信予定を表示します（Slack には何も送りません）
  --send       送る時刻を過ぎて未送信のお知らせを送ります（同じ週に二度は送りません）
  --schedule   今後のお知らせの日時を表示します
  --json       結果を JSON で出します（--dry-run と --schedule で使えます）
  --now 日時   この日時として動きます（例: 2026-11-24T10:00。時差のない日時は REMINDER_TIMEZONE の時刻）
  -h, --help   この説明を出します

例:
  npm run --silent remind -- --dry-run
  npm run --silent remind -- --send
  npm run --silent remind -- --schedule --now 2026-12-21T12:00`;

/** How many slots --schedule lists. */
const SCHEDULE_COUNT = 8;

/**
 * Runs the CLI. `io.signal` stops a --send between digests (the post in flight finishes and is recorded);
 * `io.sleep` is how it paces posts and waits out a 429; `io.now()` is "now" without --now.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  let settings: ReminderSettings;
  try {
    args = parseCli(argv);
    if (args.mode === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    settings = parseReminderEnv(env);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.stderr(err instanceof UsageError ? `${err.message}\n\n${USAGE}\n` : `${err.message}\n`);
      return 2;
    }
    throw err;
  }

  let now: Date;
  try {
    now = args.now === undefined ? io.now() : parseZonedInstant(args.now, settings.schedule.timeZone);
  } catch (err) {
    io.stderr(`--now: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }

  if (args.mode === "schedule") {
    const weeks = upcomingWeeks(now, settings.schedule, SCHEDULE_COUNT);
    const slots = weeks.flatMap((w) => (w.at ? [toZonedIso(w.at, settings.schedule.timeZone)] : []));
    const out = args.json ? JSON.stringify({ slots }) : scheduleText(weeks, settings.schedule);
    io.stdout(`${out}\n`);
    return 0;
  }

  let data: { plan: Plan; owners: OwnersConfig };
  try {
    const plan = loadPlan(resolve(settings.planDataDir));
    data = { plan, owners: loadOwners(resolve(settings.ownersFile), plan) };
  } catch (err) {
    if (err instanceof PlanDataError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  if (args.mode === "dry-run") {
    // A dry run reads the state (snoozes, what was sent) but does not create it.
    const store = existsSync(settings.stateDb) ? StateStore.open(settings.stateDb) : null;
    try {
      const run = dryRun({ ...data, ...settings, store, now });
      io.stdout(`${args.json ? JSON.stringify(dryRunJson(run)) : dryRunText(run)}\n`);
    } finally {
      store?.close();
    }
    return 0;
  }

  return send(settings, data, now, env, io);
}

async function send(
  settings: ReminderSettings,
  data: { plan: Plan; owners: OwnersConfig },
  now: Date,
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  let slack: ReturnType<typeof parseSlackEnv>;
  try {
    slack = parseSlackEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  // Logs go to stderr (stdout is the summary) and never carry the token, whatever the level.
  const logger = createLogger({
    level: slack.logLevel,
    secrets: [slack.botToken],
    sink: (_level, line) => io.stderr(`${line}\n`),
    name: "remind",
  });
  const client = createReminderClient(slack.botToken, { slackApiUrl: slack.slackApiUrl, logger });
  const store = StateStore.open(settings.stateDb);
  const onStop = () => {
    const reason = io.signal?.reason;
    logger.warn(
      `${typeof reason === "string" ? reason : "停止の指示"} を受け取りました。送信中の1通を終えてから止めます（もう一度で即座に止めます）`,
    );
  };
  if (io.signal?.aborted) onStop();
  else io.signal?.addEventListener("abort", onStop, { once: true });
  try {
    const report = await sendDueReminders({
      ...data,
      render: reminderDigestMessage,
      schedule: settings.schedule,
      reminderChannel: settings.reminderChannel,
      client,
      store,
      logger,
      // The run's notion of "this week" is fixed at its start (or by --now); pacing follows the io clock.
      clock: () => now,
      // A wall clock set back mid-run must not stretch one gap between posts beyond the interval.
      pacer: intervalPacer(
        POST_INTERVAL_MS,
        (ms, signal) => io.sleep(Math.min(ms, POST_INTERVAL_MS), signal),
        () => io.now().getTime(),
      ),
      sleep: io.sleep,
      ...(io.signal ? { signal: io.signal } : {}),
    });
    io.stdout(`${runReportText(report, settings.schedule, now)}\n`);
    const attention =
      report.failed.length + report.unconfirmed.length + report.gaveUp.length + report.unroutable.length;
    return attention > 0 || report.interrupted ? 1 : 0;
  } finally {
    io.signal?.removeEventListener("abort", onStop);
    store.close();
  }
}

const OPTIONS = {
  "dry-run": { type: "boolean" },
  send: { type: "boolean" },
  schedule: { type: "boolean" },
  json: { type: "boolean" },
  now: { type: "string", valueName: "日時（例: 2026-11-24T10:00）" },
  help: { type: "boolean", short: "h" },
} as const;

function parseCli(argv: string[]) {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.help) return { mode: "help" as const, json: false, now: undefined };
  if (positionals.length > 0) throw new UsageError(`余分な引数があります: ${positionals.join(" ")}`);
  const modes = (["dry-run", "send", "schedule"] as const).filter((m) => values[m]);
  if (modes.length !== 1)
    throw new UsageError("--dry-run、--send、--schedule のどれか1つを指定してください。");
  const mode = modes[0] as (typeof modes)[number];
  if (values.json && mode === "send") throw new UsageError("--json は --dry-run と --schedule で使えます。");
  return { mode, json: values.json === true, now: values.now };
}

if (isDirectRun(import.meta.url)) {
  // Ctrl+C (or a SIGTERM from cron) stops a send after the post in flight, so that no digest is left "maybe
  // delivered"; a second one stops at once.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.exitCode = await main(process.argv.slice(2), process.env, processIo(stop.signal));
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
}
