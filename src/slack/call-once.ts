/**
 * Posting a message so that a person reads it exactly once.
 *
 * WebClient's defaults repeat a request on its own: on a lost answer or a 5xx it posts again (a second copy for
 * the person), and on a 429 it pauses its whole queue (every channel waits for one channel's limit, although
 * `chat.postMessage` limits are per channel). So the clients that post — Bolt's, for replies, and the reminder
 * sender's — never retry by themselves, and this module decides instead, from what the failure means
 * (`call-failure.ts`): a 429 was not posted, so wait out its Retry-After for that one call and send again; a failure
 * that may have been posted is logged as such and never sent again.
 */
import type { Logger, webApi } from "@slack/bolt";
import { type Sleep, sleep } from "../sleep.ts";
import { classifyCallFailure } from "./call-failure.ts";
import { explainSlackError } from "./error-text.ts";

/** Slack answers in well under a second; a call hung this long ends as "maybe posted" instead of hanging. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Client options for any client that posts: no retries of its own, 429s handed back to the caller. */
export function singleAttemptClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: REQUEST_TIMEOUT_MS,
  };
}

export interface CallOnceOptions {
  logger: Logger;
  /** What is being posted, for the log: 「チャンネル C123 への返信」. */
  what: string;
  sleep?: Sleep;
  /** How many 429s in a row to wait out before giving up. */
  maxRateLimitRetries?: number;
}

/**
 * Makes the call once, and again only after a 429 (which Slack did not act on). Returns the result, or undefined
 * after logging why it failed and whether the person may still have received it.
 */
export async function callOnce<T>(call: () => Promise<T>, options: CallOnceOptions): Promise<T | undefined> {
  const wait = options.sleep ?? sleep;
  const maxRetries = options.maxRateLimitRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const failure = classifyCallFailure(err);
      if (failure.reason === "ratelimited" && attempt < maxRetries) {
        const seconds = failure.retryAfterSec ?? 1;
        options.logger.warn(`Slack の送信制限（429）: ${seconds} 秒待って再送します（${options.what}）`);
        await wait(seconds * 1000);
        continue;
      }
      if (failure.delivered === "unknown") {
        options.logger.error(
          `${options.what}: Slack が受け取ったかどうかわかりません（${failure.reason}）。二重に届かないよう再送しません`,
        );
      } else {
        options.logger.warn(`${options.what} に失敗しました: ${explainSlackError(failure.reason)}`);
      }
      return undefined;
    }
  }
}
