/**
 * Calls that are safe to repeat (a look-up, opening a DM) are retried after a 429's Retry-After, and only then:
 * Slack did not act on a 429. Posts are never repeated here (see send.ts).
 */
import { webApi } from "@slack/bolt";
import type { LogWriter } from "../logger.ts";
import { type Sleep, sleep } from "../sleep.ts";

/**
 * How many 429s in a row one call waits out before the delivery is recorded as failed (and left to a later run).
 * Slack answers a 429 for as long as the run is over a limit, and a run of 1,000 recipients is over one for most
 * of its length; so the bound that matters is the week (`stillDue`), and this only stops a Slack that answers
 * nothing but 429s from holding one call for hours.
 */
export const MAX_RATE_LIMIT_RETRIES = 60;

/** What a Slack call needs besides its arguments: how to wait out a 429, and when to stop waiting. */
export interface CallContext {
  logger: LogWriter;
  sleep: Sleep;
  signal: AbortSignal | undefined;
  maxRateLimitRetries: number;
  /** False once the week's reminders are no longer due: a 429 is then not waited out. Always due if absent. */
  stillDue?: () => boolean;
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
      if (seconds === null || !mayWaitOut(ctx, retry)) throw err;
      logRateLimited(ctx, seconds, method);
      await ctx.sleep(seconds * 1000, ctx.signal);
      if (ctx.signal?.aborted || ctx.stillDue?.() === false) throw err;
    }
  }
}

/** Whether the `retry`-th 429 in a row may be waited out: not stopped, the week still due, under the cap. */
export function mayWaitOut(ctx: CallContext, retry: number): boolean {
  return retry < ctx.maxRateLimitRetries && !ctx.signal?.aborted && ctx.stillDue?.() !== false;
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
