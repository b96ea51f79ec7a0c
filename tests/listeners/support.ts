/**
 * What the listener tests pass a handler in place of Bolt: recording ack/respond/say, a Web API client whose
 * methods record their calls and can be made to fail the way @slack/web-api fails, a logger implementing Bolt's
 * Logger that keeps its lines, and deps on the real plan in data/.
 */
import { resolve } from "node:path";
import { type Logger, LogLevel } from "@slack/bolt";
import { expect } from "vitest";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { type BotDeps, MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { REPO_ROOT } from "../support/seed.ts";

/** One PlanStore for every test file that does not reload: loading and indexing the plan is the slow part. */
export const plans = new PlanStore(resolve(REPO_ROOT, "data"));

// biome-ignore lint/suspicious/noExplicitAny: Bolt's argument types are far larger than what a handler reads
export type Args = any;

export function makeDeps(overrides: Partial<BotDeps> = {}): BotDeps {
  return {
    plans,
    adminUserIds: ["UADMIN"],
    listenChannels: ["CLISTEN"],
    dedupe: new MemoryDeduplicator(),
    ...overrides,
  };
}

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  text: string;
}

export interface RecordingLogger extends Logger {
  lines: LogLine[];
  /** Every line at `level`, joined: what a test looks for words in. */
  at(level: LogLine["level"]): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  let level = LogLevel.DEBUG;
  let name = "test";
  const write =
    (l: LogLine["level"]) =>
    (...msg: unknown[]) =>
      void lines.push({
        level: l,
        text: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(" "),
      });
  return {
    lines,
    at: (l) =>
      lines
        .filter((x) => x.level === l)
        .map((x) => x.text)
        .join("\n"),
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
    // Read so the setters are not write-only state.
    toString: () => `${name}:${level}`,
  } as RecordingLogger;
}

/** ack, respond or say: records each argument; `order` is shared so a test can check what came first. */
export interface Recorder {
  (message?: unknown): Promise<void>;
  calls: unknown[];
}

export function recorder(
  name: string,
  order: string[],
  fail?: (message: unknown) => Error | undefined,
): Recorder {
  const calls: unknown[] = [];
  const fn = (async (message?: unknown) => {
    calls.push(message);
    order.push(name);
    const err = fail?.(message);
    if (err) throw err;
  }) as Recorder;
  fn.calls = calls;
  return fn;
}

/** What @slack/web-api throws when Slack answers `ok: false`. */
export function platformError(error: string): Error {
  return Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });
}

/**
 * What @slack/web-api 8 throws when the connection fails: a RequestError wrapping fetch's TypeError, the system
 * code on its cause. ECONNREFUSED never reached Slack; ECONNRESET may have.
 */
export function networkError(code: "ECONNREFUSED" | "ECONNRESET"): Error {
  const original = Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code }),
  });
  return Object.assign(new Error(`A request error occurred: ${original.message}`), {
    code: "slack_webapi_request_error",
    original,
  });
}

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

/**
 * A client with the Web API methods the listeners call. `failWith(method, err)` makes every later call of that
 * method reject with `err` (the call is still recorded).
 */
export function recordingClient() {
  const calls: ApiCall[] = [];
  const failures = new Map<string, Error>();
  const method =
    (name: string) =>
    async (args: Record<string, unknown>): Promise<Record<string, unknown>> => {
      // Recorded as Slack reads them: blocks sent as a JSON string (as the Web API client sends them anyway) are
      // decoded, like the loopback stand-in does.
      calls.push({
        method: name,
        args: typeof args.blocks === "string" ? { ...args, blocks: JSON.parse(args.blocks) } : args,
      });
      const err = failures.get(name);
      if (err) throw err;
      return { ok: true, ts: "1700000000.000100" };
    };
  return {
    calls,
    failWith(name: "chat.postMessage" | "views.publish", err: Error) {
      failures.set(name, err);
    },
    client: {
      chat: { postMessage: method("chat.postMessage") },
      views: { publish: method("views.publish") },
    },
  };
}

/** The one Web API call a handler made (failing the test if it made none or several). */
export function onlyCall(calls: ApiCall[]): ApiCall {
  expect(calls).toHaveLength(1);
  return calls[0] as ApiCall;
}

/** The text and blocks a message carries, as one string to look for facts in. */
export function contentOf(message: unknown): string {
  return JSON.stringify(message);
}
