/**
 * The Bolt app, in HTTP mode or Socket Mode, with the same listeners either way.
 *
 * HTTP mode serves `/slack/events` from our own `http.Server` in front of Bolt's HTTPReceiver, for two things
 * Bolt does not do: a cap on request bodies (Bolt reads a whole body, however large) and a clean shutdown that
 * stops taking requests and waits for replies in flight.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ErrorCode, HTTPReceiver, type Logger } from "@slack/bolt";
import { type SlackConnection, serveObservability } from "./health.ts";
import type { BotDeps } from "./listeners/deps.ts";
import { registerListeners } from "./listeners/index.ts";
import { BotMetrics } from "./metrics.ts";
import { singleAttemptClientOptions } from "./slack/call-once.ts";

/** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How long a shutdown waits for replies in flight before giving up on them. */
const DRAIN_TIMEOUT_MS = 10_000;

interface CommonBotOptions {
  botToken: string;
  slackApiUrl?: string | undefined;
  logger: Logger;
  deps: BotDeps;
  /** Counts for `/metrics` and `/healthz` (ack latency is measured here); a fresh set when omitted. */
  metrics?: BotMetrics;
}

/** HTTP mode needs the signing secret and a place to listen; Socket Mode the app-level token. */
export type BotOptions = CommonBotOptions &
  (
    | {
        mode: "http";
        signingSecret: string;
        port?: number;
        host?: string;
        /** The clock for the request-timestamp check (tests choose it). */
        now?: () => number;
      }
    | { mode: "socket"; appToken: string }
  );

export interface RunningBot {
  app: App;
  /** HTTP mode: the address `/slack/events` is served on. */
  url?: string;
  /** Socket Mode: whether the WebSocket to Slack is up; HTTP mode cannot know ("unknown"). */
  slack(): SlackConnection;
  /** Stops taking work, waits for work in flight, and closes the server or socket. */
  stop(): Promise<void>;
}

/** Counts listener runs so that a shutdown can wait for them. */
class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

function createBoltApp(options: BotOptions, receiver?: HTTPReceiver): { app: App; inFlight: InFlight } {
  // Replies are posted through callOnce: the client itself never repeats a post (see slack/call-once.ts).
  const clientOptions = singleAttemptClientOptions(options.slackApiUrl);
  // convoStore: false: no listener keeps conversation state, and Bolt's default store makes every event in a channel
  // it has not seen build an Error (with its stack) only to say so.
  const common = {
    token: options.botToken,
    logger: options.logger,
    clientOptions,
    convoStore: false as const,
  };
  const app =
    options.mode === "socket"
      ? // Bolt hands clientOptions (with our logger) on to the Socket Mode client, so SLACK_API_URL applies there too.
        new App({ ...common, appToken: options.appToken, socketMode: true })
      : new App({ ...common, receiver });
  const inFlight = new InFlight();
  app.use(({ next }) => inFlight.run(next));
  registerListeners(app, {
    ...options.deps,
    responseUrlOrigins: options.deps.responseUrlOrigins ?? loopbackOrigins(options.slackApiUrl),
  });
  app.error(async (error) => {
    options.logger.error("リスナーで予期しないエラーが起きました", error);
  });
  return { app, inFlight };
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  if (options.mode === "socket") {
    const { app, inFlight } = createBoltApp(options);
    const connection = watchSocketConnection(app);
    await app.start();
    options.logger.info("Socket Mode で起動しました");
    return {
      app,
      slack: connection,
      stop: async () => {
        await app.stop();
        await inFlight.idle(DRAIN_TIMEOUT_MS);
      },
    };
  }

  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: "/slack/events",
    logger: options.logger,
    processEventErrorHandler: refuseMalformed,
  });
  const { app, inFlight } = createBoltApp(options, receiver);
  let stopping = false;
  const metrics = options.metrics ?? new BotMetrics();
  const health = { mode: "http" as const, slack: (): SlackConnection => "unknown", metrics };
  const server = createServer((req, res) => {
    if (stopping) return reply(res, 503, "shutting down");
    const route = routeOf(req);
    if (route.kind === "health") return serveObservability(route.path, req, res, health);
    if (route.kind === "refuse") return reply(res, route.status, route.message, route.headers);
    const refusal = refuseOversized(req) ?? refuseStaleOrFuture(req, options.now?.() ?? Date.now());
    if (refusal) return reply(res, refusal.status, refusal.message);
    // Bolt answers Slack's request when a listener acks, so the response's end is the ack.
    const arrived = process.hrtime.bigint();
    res.once("finish", () => metrics.ackLatency(Number(process.hrtime.bigint() - arrived) / 1e9));
    try {
      receiver.requestListener(req, res);
    } catch (err) {
      // Bolt throws for a request it has no route for; nothing a client sends may escape this listener and
      // end the process (a scanner's or a load balancer's request would otherwise take the bot down).
      options.logger.warn("Slack 以外からのリクエストを断りました", (err as Error).message);
      if (!res.headersSent) reply(res, 404, "not found");
    }
  });
  server.on("clientError", (_err, socket) => {
    // Malformed HTTP (bad request line, oversized headers): answer 400 and close, never throw.
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, options.host ?? "0.0.0.0", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === "127.0.0.1" ? "127.0.0.1" : "localhost"}:${port}/slack/events`;
  options.logger.info(`HTTP モードで起動しました: ${url}`);
  return {
    app,
    url,
    slack: health.slack,
    stop: async () => {
      stopping = true;
      const closed = closeServer(server);
      const drained = await inFlight.idle(DRAIN_TIMEOUT_MS);
      if (!drained) options.logger.warn("終了待ちの時間内に終わらなかった処理があります");
      server.closeIdleConnections();
      await closed;
    },
  };
}

/**
 * Follows the Socket Mode client's connection state for `/healthz`. Bolt keeps its receiver private; the client
 * is an EventEmitter that reports each state change by name.
 */
function watchSocketConnection(app: App): () => SlackConnection {
  let state: SlackConnection = "unknown";
  const client = (app as unknown as { receiver?: { client?: NodeJS.EventEmitter } }).receiver?.client;
  client?.on("connected", () => {
    state = "connected";
  });
  // "close" comes at once when the socket drops; "reconnecting" only after the client's back-off delay.
  for (const down of ["close", "disconnected", "reconnecting"])
    client?.on(down, () => {
      state = "disconnected";
    });
  return () => state;
}

/**
 * A Web API stand-in on loopback (tests, the playground) also serves response URLs; its origin may receive
 * answers. A real SLACK_API_URL (a proxy, GovSlack) does not serve response URLs, so it adds nothing.
 */
function loopbackOrigins(slackApiUrl: string | undefined): string[] {
  if (!slackApiUrl || !URL.canParse(slackApiUrl)) return [];
  const url = new URL(slackApiUrl);
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) ? [url.origin] : [];
}

/**
 * Bolt's own handling answers 500 when a correctly signed payload has the wrong shape (an event that is a string,
 * a view_submission with no view), which tells Slack to retry it. Our listeners' failures never reach here (the
 * app's error handler logs them), so what does is the payload itself: refused with 400, once, and logged.
 */
async function refuseMalformed(args: {
  error: Error;
  logger: Logger;
  response: ServerResponse;
}): Promise<boolean> {
  const { error, logger, response } = args;
  if (response.headersSent) return false;
  if ((error as { code?: unknown }).code === ErrorCode.AuthorizationError) {
    response.writeHead(401);
    response.end();
    return true;
  }
  logger.warn(`形式の正しくない Slack のリクエストを断りました: ${error.message}`);
  response.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
  response.end("malformed payload");
  return true;
}

function reply(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(message);
}

type Route =
  | { kind: "health"; path: "/healthz" | "/metrics" }
  | { kind: "slack" }
  | { kind: "refuse"; status: number; message: string; headers?: Record<string, string> };

/**
 * Which of our endpoints a request is for. Only `POST /slack/events` reaches Bolt; the health check and the
 * metrics answer GET and HEAD (load balancers use both) whatever the query string; every other path or method is
 * refused here.
 */
export function routeOf(req: Pick<IncomingMessage, "method" | "url">): Route {
  const path = (req.url ?? "").split("?")[0];
  if (path === "/healthz" || path === "/metrics") {
    if (req.method === "GET" || req.method === "HEAD") return { kind: "health", path };
    return { kind: "refuse", status: 405, message: "method not allowed", headers: { allow: "GET, HEAD" } };
  }
  if (path === "/slack/events") {
    if (req.method === "POST") return { kind: "slack" };
    return { kind: "refuse", status: 405, message: "method not allowed", headers: { allow: "POST" } };
  }
  return { kind: "refuse", status: 404, message: "not found" };
}

/** Slack's rule is |now − timestamp| ≤ 5 minutes; Bolt only refuses old ones, so a future one is refused here. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

function refuseStaleOrFuture(
  req: IncomingMessage,
  nowMs: number,
): { status: number; message: string } | null {
  const header = req.headers["x-slack-request-timestamp"];
  const ts = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > MAX_CLOCK_SKEW_SECONDS)
    return { status: 401, message: "invalid request timestamp" };
  return null;
}

/**
 * Refuses bodies over the cap before Bolt reads them. Slack always sends Content-Length; a POST without one
 * (chunked) could be of any size, so it is refused too rather than read.
 */
function refuseOversized(req: IncomingMessage): { status: number; message: string } | null {
  const length = req.headers["content-length"];
  if (req.method === "POST" && length === undefined) return { status: 411, message: "length required" };
  if (length !== undefined && Number(length) > MAX_BODY_BYTES)
    return { status: 413, message: "payload too large" };
  return null;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
