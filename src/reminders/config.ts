/**
 * The reminder settings from the environment, checked with zod: a bad value stops the run with a message that
 * names the variable and says what to set, never the value itself (a token must not reach a terminal or a log).
 *
 * The app's own configuration can reuse `reminderEnvShape` so that both read the same variables the same way.
 */
import { z } from "zod";
import {
  botTokenSchema,
  type LogLevelName,
  logLevelSchema,
  presentValues,
  problemsOf,
  slackApiUrlSchema,
} from "../env-schemas.ts";
import { ReminderConfigError } from "../errors.ts";
import { DEFAULT_SCHEDULE, type Weekday, type WeeklySchedule } from "./calendar.ts";

const WEEKDAYS: ReadonlyArray<{ n: Weekday; names: string[] }> = [
  { n: 1, names: ["1", "mon", "monday", "月", "月曜", "月曜日"] },
  { n: 2, names: ["2", "tue", "tuesday", "火", "火曜", "火曜日"] },
  { n: 3, names: ["3", "wed", "wednesday", "水", "水曜", "水曜日"] },
  { n: 4, names: ["4", "thu", "thursday", "木", "木曜", "木曜日"] },
  { n: 5, names: ["5", "fri", "friday", "金", "金曜", "金曜日"] },
];

const weekdaySchema = z.string().transform((s, ctx): Weekday => {
  const found = WEEKDAYS.find((w) => w.names.includes(s.trim().toLowerCase()));
  if (!found) {
    ctx.addIssue({
      code: "custom",
      message: "月曜～金曜のどれかを設定してください（例: monday、1、月）。土日は設定できません",
    });
    return z.NEVER;
  }
  return found.n;
});

const timeSchema = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "時刻を HH:MM の24時間表記で設定してください（例: 09:00）")
  .transform((s) => {
    const [h, m] = s.split(":").map(Number) as [number, number];
    return { hour: h, minute: m };
  });

const timeZoneSchema = z.string().refine(
  (s) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: s });
      return true;
    } catch {
      return false;
    }
  },
  { message: "IANA のタイムゾーン名を設定してください（例: Asia/Tokyo）" },
);

const channelIdSchema = z
  .string()
  .regex(/^[CG][A-Z0-9]{2,}$/, "チャンネル ID（C で始まる英大文字と数字、例: C0123ABCD）を設定してください");

/** The variables both the CLI and the app read for reminders. */
export const reminderEnvShape = {
  REMINDER_CHANNEL: channelIdSchema.optional(),
  REMINDER_WEEKDAY: weekdaySchema.optional(),
  REMINDER_TIME: timeSchema.optional(),
  REMINDER_TIMEZONE: timeZoneSchema.optional(),
  // Empty values never get here (see `parse`), so a plain string is all these need.
  STATE_DB: z.string().default("var/state.db"),
  PLAN_DATA_DIR: z.string().default("data"),
  /** Defaults to `owners.yml` in PLAN_DATA_DIR. */
  OWNERS_FILE: z.string().optional(),
};

const slackEnvShape = {
  SLACK_BOT_TOKEN: botTokenSchema,
  SLACK_API_URL: slackApiUrlSchema.optional(),
  LOG_LEVEL: logLevelSchema.default("info"),
};

export interface ReminderSettings {
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  stateDb: string;
  planDataDir: string;
  ownersFile: string;
}

export interface SlackSettings {
  botToken: string;
  slackApiUrl: string | undefined;
  /** How much a send logs (to stderr in the CLI). */
  logLevel: LogLevelName;
}

export function parseReminderEnv(env: NodeJS.ProcessEnv): ReminderSettings {
  const e = parse(z.object(reminderEnvShape), env);
  const time = e.REMINDER_TIME ?? { hour: DEFAULT_SCHEDULE.hour, minute: DEFAULT_SCHEDULE.minute };
  return {
    schedule: {
      weekday: e.REMINDER_WEEKDAY ?? DEFAULT_SCHEDULE.weekday,
      hour: time.hour,
      minute: time.minute,
      timeZone: e.REMINDER_TIMEZONE ?? DEFAULT_SCHEDULE.timeZone,
    },
    reminderChannel: e.REMINDER_CHANNEL ?? null,
    stateDb: e.STATE_DB,
    planDataDir: e.PLAN_DATA_DIR,
    ownersFile: e.OWNERS_FILE ?? `${e.PLAN_DATA_DIR.replace(/\/+$/, "")}/owners.yml`,
  };
}

/** What a send needs besides the reminder settings: the Slack credentials and the log level. */
export function parseSlackEnv(env: NodeJS.ProcessEnv): SlackSettings {
  const e = parse(z.object(slackEnvShape), env);
  return { botToken: e.SLACK_BOT_TOKEN, slackApiUrl: e.SLACK_API_URL, logLevel: e.LOG_LEVEL };
}

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(presentValues(env));
  if (result.success) return result.data;
  throw new ReminderConfigError(problemsOf(result.error));
}
