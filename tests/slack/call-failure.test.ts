/**
 * The one table that says whether a failed call may have posted its message, checked against real connection
 * failures of the real WebClient (fetch, since @slack/web-api 8): refused, reset after the request was read, and
 * an answer that never comes.
 */
import { createServer, type Server } from "node:http";
import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { classifyCallFailure, networkErrorCode } from "../../src/slack/call-failure.ts";
import { closedPortUrl } from "../support/closed-port.ts";

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A loopback server that reads the whole request and then does `then` with the socket. */
async function serverThat(then: "reset" | "hang"): Promise<string> {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (then === "reset") res.socket?.destroy();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/api/`;
}

async function failureOf(apiUrl: string, options: webApi.WebClientOptions = {}): Promise<unknown> {
  const client = new webApi.WebClient("xoxb-test", {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    logger: {
      debug() {},
      info() {},
      warn() {},
      error() {},
      setLevel() {},
      getLevel: () => "error" as never,
      setName() {},
    } as never,
    ...options,
  });
  try {
    await client.chat.postMessage({ channel: "C1", text: "x" });
  } catch (err) {
    return err;
  }
  throw new Error("the call should have failed");
}

describe("classifyCallFailure with real connections", () => {
  it("a refused connection: nothing was sent, safe to send again", async () => {
    const failure = classifyCallFailure(await failureOf(await closedPortUrl()));
    expect(failure).toEqual({ reason: "request_error:ECONNREFUSED", delivered: "no" });
  });

  it("a connection reset after Slack read the request: it may have been posted", async () => {
    const failure = classifyCallFailure(await failureOf(await serverThat("reset")));
    expect(failure.delivered).toBe("unknown");
    expect(failure.reason).toMatch(/^request_error:(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it("an answer that never comes (client timeout): it may have been posted", async () => {
    const failure = classifyCallFailure(await failureOf(await serverThat("hang"), { timeout: 200 }));
    expect(failure).toEqual({ reason: "request_error:TIMEOUT", delivered: "unknown" });
  });
});

describe("classifyCallFailure with Slack's answers", () => {
  it("a platform error was not posted", () => {
    const err = Object.assign(new Error("x"), {
      code: webApi.ErrorCode.PlatformError,
      data: { ok: false, error: "not_in_channel" },
    });
    expect(classifyCallFailure(err)).toEqual({ reason: "not_in_channel", delivered: "no" });
  });

  it("a 5xx may have been posted, a 4xx was not", () => {
    const http = (statusCode: number) =>
      Object.assign(new Error("x"), { code: webApi.ErrorCode.HTTPError, statusCode });
    expect(classifyCallFailure(http(503))).toEqual({ reason: "http_503", delivered: "unknown" });
    expect(classifyCallFailure(http(400))).toEqual({ reason: "http_400", delivered: "no" });
  });

  it("a 429 was not posted and carries its Retry-After", () => {
    const err = Object.assign(new Error("x"), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
    expect(classifyCallFailure(err)).toEqual({ reason: "ratelimited", delivered: "no", retryAfterSec: 7 });
  });
});

describe("networkErrorCode", () => {
  it("finds the code under axios's original and under fetch's cause, and inside an AggregateError", () => {
    expect(networkErrorCode({ code: "slack_webapi_request_error", original: { code: "ECONNRESET" } })).toBe(
      "ECONNRESET",
    );
    expect(networkErrorCode({ original: { cause: { code: "UND_ERR_SOCKET" } } })).toBe("UND_ERR_SOCKET");
    expect(networkErrorCode({ original: { cause: { errors: [{ code: "ECONNREFUSED" }] } } })).toBe(
      "ECONNREFUSED",
    );
    expect(networkErrorCode({ original: {} })).toBeUndefined();
  });
});
