/**
 * Calls that are safe to repeat (a look-up, opening a DM) are retried after a 429's Retry-After, and only then:
 * Slack did not act on a 429. Posts are never repeated here (see send.ts).
 */
import { webApi } from "@slack/bolt";
import type { LogWriter } from "../logger.ts";
import { type Sleep, sleep } from "../sleep.ts";

/** How many 429s in a row one call waits out before the delivery is recorded as failed (and left to a later run). */
export const MAX_RATE_LIMIT_RETRIES = 5;

/** What a Slack call needs besides its arguments: how to wait out a 429, and when to stop waiting. */
export interface CallContext {
  logger: LogWriter;
  sleep: Sleep;
  signal: AbortSignal | undefined;
  maxRateLimitRetries: number;
}

/** The seconds a 429 asks to wait (WebClient with `rejectRateLimitedCalls`), or null for any other error. */
export function retryAfterOf(err: unknown): number | null {
  const e = err as Partial<webApi.WebAPIRateLimitedError>;
  return e.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === "number"
    ? e.retryAfter
    : null;
}

export function logRateLimited(ctx: CallContext, seconds: number, method: string): void {
  ctx.logger.warn(`Slack の送信制限（429）: ${seconds} 秒待って再試行します（${method}）`);
}

/** A call that is safe to repeat (a lookup, opening a DM), retried after Retry-After on 429 only. */
export async function withRateLimitRetries<T>(
  method: string,
  call: () => Promise<T>,
  ctx: CallContext,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await call();
    } catch (err) {
      const seconds = retryAfterOf(err);
      if (seconds === null || retry >= ctx.maxRateLimitRetries || ctx.signal?.aborted) throw err;
      logRateLimited(ctx, seconds, method);
      await ctx.sleep(seconds * 1000, ctx.signal);
      if (ctx.signal?.aborted) throw err;
    }
  }
}

export function defaultCallContext(): CallContext {
  const quiet = () => {};
  return {
    logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    sleep,
    signal: undefined,
    maxRateLimitRetries: MAX_RATE_LIMIT_RETRIES,
  };
}
