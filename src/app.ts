/**
 * The Bolt app, in HTTP mode or Socket Mode, with the same listeners either way.
 *
 * HTTP mode serves `/slack/events` from our own `http.Server` in front of Bolt's HTTPReceiver, for two things
 * Bolt does not do: a cap on request bodies (Bolt reads a whole body, however large) and a clean shutdown that
 * stops taking requests and waits for replies in flight.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, type Logger, type webApi } from "@slack/bolt";
import type { BotDeps } from "./listeners/deps.ts";
import { registerListeners } from "./listeners/index.ts";

/** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How long a shutdown waits for replies in flight before giving up on them. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface BotOptions {
  mode: "http" | "socket";
  botToken: string;
  signingSecret?: string | undefined;
  appToken?: string | undefined;
  slackApiUrl?: string | undefined;
  port?: number;
  host?: string;
  logger: Logger;
  deps: BotDeps;
  /** The Web API client's retry policy (tests shorten it); 429s are always retried after Retry-After. */
  retryConfig?: webApi.RetryOptions;
}

export interface RunningBot {
  app: App;
  /** HTTP mode: the address `/slack/events` is served on. */
  url?: string;
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
  const clientOptions: webApi.WebClientOptions = {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };
  const app =
    options.mode === "socket"
      ? // Bolt hands clientOptions (with our logger) on to the Socket Mode client, so SLACK_API_URL applies there too.
        new App({
          token: options.botToken,
          ...(options.appToken ? { appToken: options.appToken } : {}),
          socketMode: true,
          logger: options.logger,
          clientOptions,
        })
      : new App({ token: options.botToken, receiver, logger: options.logger, clientOptions });
  const inFlight = new InFlight();
  app.use(({ next }) => inFlight.run(next));
  registerListeners(app, options.deps);
  app.error(async (error) => {
    options.logger.error("リスナーで予期しないエラーが起きました", error);
  });
  return { app, inFlight };
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  if (options.mode === "socket") {
    const { app, inFlight } = createBoltApp(options);
    await app.start();
    options.logger.info("Socket Mode で起動しました");
    return {
      app,
      stop: async () => {
        await app.stop();
        await inFlight.idle(DRAIN_TIMEOUT_MS);
      },
    };
  }

  if (!options.signingSecret) throw new Error("HTTP mode needs a signing secret");
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: "/slack/events",
    logger: options.logger,
  });
  const { app, inFlight } = createBoltApp(options, receiver);
  let stopping = false;
  const server = createServer((req, res) => {
    if (stopping) return reply(res, 503, "shutting down");
    if (req.method === "GET" && req.url === "/healthz") return reply(res, 200, "ok");
    const refusal = refuseOversized(req);
    if (refusal) return reply(res, refusal.status, refusal.message);
    receiver.requestListener(req, res);
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

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message);
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
