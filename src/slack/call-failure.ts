/**
 * What a failed Web API call means for the message it carried: was it certainly not posted (safe to send
 * again), or may Slack have posted it (sending again could make a person read it twice)?
 *
 * Both the replies to questions and the weekly reminders decide with this one table. Under @slack/web-api 8 the
 * client uses `fetch`: a connection failure arrives as `RequestError` whose `original` is undici's
 * `TypeError: fetch failed`, with the system or undici code on its `cause` (sometimes an AggregateError one level
 * further down), not on `original.code` as under axios. The code is found wherever it sits in that chain.
 */
import { webApi } from "@slack/bolt";

export interface CallFailure {
  /** Slack's error code (`not_in_channel`), `http_503`, `ratelimited`, `request_error:ECONNRESET`, … */
  reason: string;
  /** "no": Slack certainly did not act on it; "unknown": it may have. */
  delivered: "no" | "unknown";
  /** For a 429: how long Slack asked us to wait, in seconds. */
  retryAfterSec?: number;
}

/**
 * Connection failures that happen before a request is written: the request cannot have reached Slack. A reset,
 * a socket closed mid-answer or a timed-out answer (ECONNRESET, UND_ERR_SOCKET, UND_ERR_HEADERS_TIMEOUT, ETIMEDOUT)
 * may come after Slack read the request, so they are not here.
 */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The first string `code` found on an error, its `original`, its `cause` chain or an AggregateError's members. */
export function networkErrorCode(err: unknown, depth = 0): string | undefined {
  if (depth > 6 || err === null || typeof err !== "object") return undefined;
  const e = err as { code?: unknown; name?: unknown; original?: unknown; cause?: unknown; errors?: unknown };
  // WebClient's own codes ("slack_webapi_request_error") name the wrapper, not the network failure.
  if (typeof e.code === "string" && !e.code.startsWith("slack_")) return e.code;
  // The client's own `timeout` aborts fetch with a DOMException whose `code` is a number.
  if (e.name === "TimeoutError") return "TIMEOUT";
  for (const inner of [e.original, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const code = networkErrorCode(inner, depth + 1);
    if (code) return code;
  }
  return undefined;
}

export function classifyCallFailure(err: unknown): CallFailure {
  const e = err as Partial<webApi.WebAPICallError> & { message?: string };
  switch (e.code) {
    case webApi.ErrorCode.PlatformError:
      return { reason: String((e as webApi.WebAPIPlatformError).data?.error ?? "unknown"), delivered: "no" };
    case webApi.ErrorCode.HTTPError: {
      // A 5xx may come from a proxy or from Slack after the message was stored: it may have been posted.
      const status = (e as webApi.WebAPIHTTPError).statusCode;
      return { reason: `http_${status}`, delivered: status >= 500 ? "unknown" : "no" };
    }
    case webApi.ErrorCode.RateLimitedError:
      return {
        reason: "ratelimited",
        delivered: "no",
        retryAfterSec: (e as webApi.WebAPIRateLimitedError).retryAfter,
      };
    case webApi.ErrorCode.RequestError: {
      const code = networkErrorCode(err) ?? "unknown";
      return { reason: `request_error:${code}`, delivered: NOT_SENT_CODES.has(code) ? "no" : "unknown" };
    }
  }
  // A client that waits out 429s itself gives up with a plain Error; a 429 means Slack did not post.
  if (/rate limit was exceeded/i.test(e.message ?? "")) return { reason: "ratelimited", delivered: "no" };
  return { reason: `unexpected:${e.message ?? String(err)}`.slice(0, 200), delivered: "unknown" };
}
