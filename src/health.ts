/**
 * `/healthz` (JSON) and `/metrics` (Prometheus text) for the people who run the bot. HTTP mode serves them beside
 * `/slack/events` (app.ts); Socket Mode has no server of its own, so `startHealthServer` opens a small one on
 * HEALTH_PORT, on loopback unless HEALTH_HOST says otherwise: the numbers are for the server's own monitoring,
 * not for the city network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotMetrics } from "./metrics.ts";

/** What Slack's side looks like: Socket Mode knows its connection; HTTP mode only waits to be called. */
export type SlackConnection = "connected" | "disconnected" | "unknown";

export interface HealthSource {
  mode: "http" | "socket" | "playground";
  slack(): SlackConnection;
  metrics: BotMetrics;
}

export interface HealthReport {
  /** "ok" whenever the process answers: a Slack outage is reported in `slack`, not as a failed check. */
  status: "ok";
  mode: HealthSource["mode"];
  slack: SlackConnection;
  /** ISO time the reminder scheduler last finished a run; null before its first. */
  lastReminderRun: string | null;
}

export function healthReport(source: HealthSource): HealthReport {
  return {
    status: "ok",
    mode: source.mode,
    slack: source.slack(),
    lastReminderRun: source.metrics.lastReminderRun?.toISOString() ?? null,
  };
}

export type ObservabilityPath = "/healthz" | "/metrics";

/** Answers GET or HEAD on `/healthz` or `/metrics` (the caller has checked the method). */
export function serveObservability(
  path: ObservabilityPath,
  req: Pick<IncomingMessage, "method">,
  res: ServerResponse,
  source: HealthSource,
): void {
  const [type, body] =
    path === "/healthz"
      ? ["application/json; charset=utf-8", JSON.stringify(healthReport(source))]
      : ["text/plain; version=0.0.4; charset=utf-8", source.metrics.render()];
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}

export interface HealthServer {
  url: string;
  stop(): Promise<void>;
}

/** The health port for Socket Mode: `/healthz` and `/metrics`, GET and HEAD, nothing else. */
export async function startHealthServer(options: {
  port: number;
  host: string;
  source: HealthSource;
}): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/healthz" && path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
      res.end("method not allowed");
      return;
    }
    serveObservability(path, req, res, options.source);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
