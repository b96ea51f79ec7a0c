/**
 * The reminder settings from the environment, checked with zod: a bad value stops the run with a message that
 * names the variable and says what to set, never the value itself (a token must not reach a terminal or a log).
 *
 * The app's own configuration can reuse `reminderEnvShape` so that both read the same variables the same way.
 */
import { z } from "zod";
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
  STATE_DB: z.string().min(1).default("var/state.db"),
  PLAN_DATA_DIR: z.string().min(1).default("data"),
  /** Defaults to `owners.yml` in PLAN_DATA_DIR. */
  OWNERS_FILE: z.string().min(1).optional(),
};

const slackEnvShape = {
  SLACK_BOT_TOKEN: z
    .string({
      error:
        "設定されていません。xoxb- で始まる Bot User OAuth Token を設定してください（OAuth & Permissions の画面）",
    })
    .regex(/^xoxb-/, "xoxb- で始まる Bot User OAuth Token を設定してください（OAuth & Permissions の画面）"),
  SLACK_API_URL: z
    .url({ error: "URL を設定してください（例: https://slack.com/api/）" })
    .transform((u) => (u.endsWith("/") ? u : `${u}/`))
    .optional(),
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
}

export class ReminderConfigError extends Error {
  readonly code = "reminder_config_invalid";
  constructor(readonly problems: string[]) {
    super(`設定に誤りがあります:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ReminderConfigError";
  }
}

export function parseReminderEnv(env: NodeJS.ProcessEnv = process.env): ReminderSettings {
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

/** The Slack credentials a send needs. */
export function parseSlackEnv(env: NodeJS.ProcessEnv = process.env): SlackSettings {
  const e = parse(z.object(slackEnvShape), env);
  return { botToken: e.SLACK_BOT_TOKEN, slackApiUrl: e.SLACK_API_URL };
}

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  // Empty counts as unset: `REMINDER_CHANNEL= npm run remind` should not mean "a channel named nothing".
  const present = Object.fromEntries(
    Object.entries(env).filter((kv): kv is [string, string] => kv[1] !== undefined && kv[1].trim() !== ""),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ReminderConfigError(result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
}
