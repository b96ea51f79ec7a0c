/**
 * The bot's configuration, read once from the environment and checked with zod. A missing or malformed
 * variable stops start-up with a message that names it and says what to set; values are never echoed, since
 * some of them are secrets.
 *
 * The mode follows from what is set: an app token means Socket Mode; a bot token and signing secret without
 * one mean HTTP mode; no bot token at all means the local playground. `Config` is a union by mode, so code past a
 * `config.mode` check has the tokens that mode needs without casts.
 *
 * The remind CLI reads the same reminder and Slack variables through `parseReminderEnv` and `parseSlackEnv`
 * here: one module, one error (ConfigError), whatever reads the environment.
 */
import { z } from "zod";
import {
  botTokenSchema,
  hostSchema,
  type LogLevelName,
  logLevelSchema,
  portSchema,
  presentValues,
  problemsOf,
  slackApiUrlSchema,
} from "./env-schemas.ts";
import { ConfigError } from "./errors.ts";
import { DEFAULT_SCHEDULE, type Weekday, type WeeklySchedule } from "./reminders/calendar.ts";

const csv = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const envSchema = z.object({
  SLACK_BOT_TOKEN: botTokenSchema.optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(
      /^xapp-/,
      "xapp- で始まる App-Level Token を設定してください（Basic Information → App-Level Tokens）",
    )
    .optional(),
  SLACK_API_URL: slackApiUrlSchema.optional(),
  PORT: portSchema.default(3000),
  HOST: hostSchema.default("0.0.0.0"),
  LOG_LEVEL: logLevelSchema.default("info"),
  LOG_FORMAT: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(
      z.enum(["text", "json"], {
        error: "text（人が読む形、既定）か json（1行に1つの JSON）を設定してください",
      }),
    )
    .default("text"),
  // Off unless set: the health port is an extra listener only Socket Mode needs (HTTP mode serves /healthz itself).
  HEALTH_PORT: portSchema.optional(),
  HEALTH_HOST: hostSchema.default("127.0.0.1"),
  LISTEN_CHANNELS: csv.pipe(
    z.array(
      z.string().regex(/^[CG][A-Z0-9]+$/, "チャンネル ID（C で始まる）をカンマ区切りで設定してください"),
    ),
  ),
  ADMIN_USER_IDS: csv.pipe(
    z.array(z.string().regex(/^[UW][A-Z0-9]+$/, "ユーザー ID（U で始まる）をカンマ区切りで設定してください")),
  ),
});

export type Mode = "socket" | "http" | "playground";

/** What every mode has. */
interface CommonConfig {
  slackApiUrl: string | undefined;
  port: number;
  /** The address HTTP mode listens on (HOST, default 0.0.0.0: every interface). */
  host: string;
  logLevel: LogLevelName;
  /** LOG_FORMAT: text for a person at a terminal (default), json for a log collector. */
  logFormat: "text" | "json";
  /** Socket Mode's own port for /healthz and /metrics (HEALTH_PORT); null when not set. */
  healthPort: number | null;
  /** Where that port listens (HEALTH_HOST, default 127.0.0.1: this machine only). */
  healthHost: string;
  listenChannels: string[];
  adminUserIds: string[];
  planDataDir: string;
  stateDb: string;
  /** Weekly reminders: schedule, REMINDER_CHANNEL, owners file (read the same way as `npm run remind`). */
  reminders: ReminderSettings;
}

export type HttpConfig = CommonConfig & { mode: "http"; botToken: string; signingSecret: string };
export type SocketConfig = CommonConfig & {
  mode: "socket";
  botToken: string;
  appToken: string;
  signingSecret: string | undefined;
};
export type PlaygroundConfig = CommonConfig & { mode: "playground" };
export type Config = HttpConfig | SocketConfig | PlaygroundConfig;

/** The values the logger must never print, whatever the mode. */
export function secretsOf(config: Config): string[] {
  if (config.mode === "playground") return [];
  return [
    config.botToken,
    config.signingSecret,
    config.mode === "socket" ? config.appToken : undefined,
  ].filter((s): s is string => s !== undefined);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `FOO= npm start` should not mean "set to nothing".
  const cleaned = presentValues(env);
  const parsed = envSchema.safeParse(cleaned);
  let reminders: ReminderSettings | null = null;
  const problems: string[] = [];
  try {
    reminders = parseReminderEnv(cleaned);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  if (!parsed.success) {
    // Name the variable and what is expected, never the value.
    problems.unshift(...problemsOf(parsed.error));
  }
  if (!parsed.success || !reminders) throw new ConfigError(problems);
  const e = parsed.data;
  const mode: Mode = e.SLACK_APP_TOKEN ? "socket" : e.SLACK_BOT_TOKEN ? "http" : "playground";
  if (mode !== "playground" && !e.SLACK_BOT_TOKEN) {
    problems.push("SLACK_BOT_TOKEN: Socket Mode でも Bot User OAuth Token（xoxb-…）が必要です");
  }
  if (mode === "http" && !e.SLACK_SIGNING_SECRET) {
    problems.push(
      "SLACK_SIGNING_SECRET: HTTP モードでは Signing Secret が必要です（Basic Information → App Credentials）",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const common: CommonConfig = {
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    healthPort: e.HEALTH_PORT ?? null,
    healthHost: e.HEALTH_HOST,
    listenChannels: e.LISTEN_CHANNELS,
    adminUserIds: e.ADMIN_USER_IDS,
    planDataDir: reminders.planDataDir,
    stateDb: reminders.stateDb,
    reminders,
  };
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = e;
  if (!botToken) return { ...common, mode: "playground" };
  if (appToken) return { ...common, mode: "socket", botToken, appToken, signingSecret };
  if (signingSecret) return { ...common, mode: "http", botToken, signingSecret };
  // Unreachable: the checks above refuse a bot token with neither an app token nor a signing secret.
  throw new ConfigError(["SLACK_SIGNING_SECRET: HTTP モードでは Signing Secret が必要です"]);
}

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

/** A week: an item reported since last week's digest is not reminded again. */
export const DEFAULT_SKIP_REPORTED_DAYS = 7;

/** The variables both the CLI and the app read for reminders. */
export const reminderEnvShape = {
  REMINDER_CHANNEL: channelIdSchema.optional(),
  REMINDER_WEEKDAY: weekdaySchema.optional(),
  REMINDER_TIME: timeSchema.optional(),
  REMINDER_TIMEZONE: timeZoneSchema.optional(),
  /** Items whose results were reported from Slack within this many days are left out of the digest (0: never). */
  REMINDER_SKIP_REPORTED_DAYS: z
    .string()
    .regex(/^\d{1,3}$/, "日数を 0 以上の整数で設定してください（例: 7。0 なら報告済みでも省きません）")
    .transform(Number)
    .refine((n) => n <= 365, "365 日以下で設定してください")
    .optional(),
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
  /** An item reported from Slack within this many days is left out of that week's digests; 0 turns it off. */
  skipReportedDays: number;
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

/** The reminder settings alone (the remind CLI, and the app through `loadConfig`). */
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
    skipReportedDays: e.REMINDER_SKIP_REPORTED_DAYS ?? DEFAULT_SKIP_REPORTED_DAYS,
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
  throw new ConfigError(problemsOf(result.error));
}
