/**
 * The bot's configuration, read once from the environment and checked with zod. A missing or malformed
 * variable stops start-up with a message that names it and says what to set; values are never echoed, since
 * some of them are secrets.
 *
 * The mode follows from what is set: an app token means Socket Mode; a bot token and signing secret without
 * one mean HTTP mode; no bot token at all means the local playground.
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
import { ConfigError, ReminderConfigError } from "./errors.ts";
import { parseReminderEnv, type ReminderSettings } from "./reminders/config.ts";

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

export interface Config {
  mode: Mode;
  botToken: string | undefined;
  signingSecret: string | undefined;
  appToken: string | undefined;
  slackApiUrl: string | undefined;
  port: number;
  /** The address HTTP mode listens on (HOST, default 0.0.0.0: every interface). */
  host: string;
  logLevel: LogLevelName;
  listenChannels: string[];
  adminUserIds: string[];
  planDataDir: string;
  stateDb: string;
  /** Weekly reminders: schedule, REMINDER_CHANNEL, owners file (read the same way as `npm run remind`). */
  reminders: ReminderSettings;
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
    if (!(err instanceof ReminderConfigError)) throw err;
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
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    listenChannels: e.LISTEN_CHANNELS,
    adminUserIds: e.ADMIN_USER_IDS,
    planDataDir: reminders.planDataDir,
    stateDb: reminders.stateDb,
    reminders,
  };
}
