/**
 * The one logger the bot uses (Bolt, the Web API client and our own code all get it). Besides levels, it
 * redacts anything that looks like a Slack token and the exact values of the secrets it is given, so that no
 * log line, at any level, ever carries a credential: defence in depth on top of never logging them on purpose.
 */
import { type Logger, LogLevel } from "@slack/bolt";

const TOKEN_PATTERN = /\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+/g;
const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/**
 * The part of Bolt's Logger that code which only writes logs needs (the reminder run, pruning): the app passes its
 * logger, a test a recorder of lines.
 */
export type LogWriter = Pick<Logger, "debug" | "info" | "warn" | "error">;

export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === LogLevel.ERROR || level === LogLevel.WARN) console.error(line);
  else console.log(line);
};

export interface LoggerOptions {
  level?: LogLevel | "debug" | "info" | "warn" | "error";
  /** Exact values to hide (the signing secret, tokens). Empty values are ignored. */
  secrets?: (string | undefined)[];
  sink?: LogSink;
  name?: string;
  /**
   * "text" (default): `[INFO] plan-bot message`, for a person. "json": one object per line,
   * `{"time","level","name","msg"}`, for a log collector (journald, Docker, Fluent Bit); redacted the same way.
   */
  format?: "text" | "json";
  /** The clock for `time` in JSON lines (tests choose it). */
  now?: () => Date;
}

function render(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_PATTERN, (m) => `${m.slice(0, 5)}[REDACTED]`);
  for (const s of secrets) out = out.replaceAll(s, "[REDACTED]");
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 4);
  const sink = options.sink ?? consoleSink;
  let level = (options.level ?? LogLevel.INFO) as LogLevel;
  let name = options.name ?? "plan-bot";
  const now = options.now ?? (() => new Date());
  const emit = (l: LogLevel, msg: unknown[]) => {
    if (ORDER[l] < ORDER[level]) return;
    const text = msg.map(render).join(" ");
    if (options.format === "json") {
      // Redacted before serialising: JSON escaping could otherwise split a secret that contains a quote.
      const line = { time: now().toISOString(), level: l, name, msg: redact(text, secrets) };
      sink(l, JSON.stringify(line));
    } else {
      sink(l, redact(`[${l.toUpperCase()}] ${name} ${text}`, secrets));
    }
  };
  return {
    debug: (...msg: unknown[]) => emit(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => emit(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => emit(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => emit(LogLevel.ERROR, msg),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
