/**
 * The zod pieces the bot and the CLIs share for environment variables. Every schema carries its own Japanese
 * message that says what may be set: zod's defaults are English and are read by city-hall staff, and some
 * would describe the value itself, which for a token must never reach a terminal or a log.
 */
import { isIP } from "node:net";
import { z } from "zod";

/** Empty counts as unset: `REMINDER_CHANNEL= npm run remind` should not mean "a channel named nothing". */
export function presentValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((kv): kv is [string, string] => kv[1] !== undefined && kv[1].trim() !== ""),
  );
}

/** "VARIABLE: what to set", one per problem; the variable is the issue's first path segment. */
export function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
}

const BOT_TOKEN_HINT = "xoxb- で始まる Bot User OAuth Token を設定してください（OAuth & Permissions の画面）";

export const botTokenSchema = z
  .string({ error: `設定されていません。${BOT_TOKEN_HINT}` })
  .regex(/^xoxb-/, BOT_TOKEN_HINT);

export const slackApiUrlSchema = z
  .url({ error: "URL を設定してください（例: https://slack.com/api/）" })
  .transform((u) => (u.endsWith("/") ? u : `${u}/`));

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Case-insensitive, since `LOG_LEVEL=DEBUG` is what many people type. */
export const logLevelSchema = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z.enum(LOG_LEVELS, { error: `${LOG_LEVELS.join("、")} のどれかを設定してください（ふだんは info）` }),
  );

export const portSchema = z.string().transform((s, ctx): number => {
  const t = s.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || n > 65535) {
    ctx.addIssue({ code: "custom", message: "ポート番号（0～65535 の整数、例: 3000）を設定してください" });
    return z.NEVER;
  }
  return n;
});

/** RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens. */
const HOST_NAME =
  /^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** The address HTTP mode listens on: an IP address (IPv6 with or without brackets) or a host name. */
export const hostSchema = z.string().transform((s, ctx): string => {
  const t = s.trim();
  const unbracketed = t.startsWith("[") && t.endsWith("]") ? t.slice(1, -1) : t;
  if (isIP(unbracketed) !== 0) return unbracketed;
  if (unbracketed === t && HOST_NAME.test(t)) return t;
  ctx.addIssue({
    code: "custom",
    message:
      "待ち受けるアドレスを IP アドレスかホスト名で設定してください（例: 0.0.0.0 ですべて、127.0.0.1 でこの機械の中だけ）",
  });
  return z.NEVER;
});
