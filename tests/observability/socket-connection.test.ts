/**
 * /healthz's `slack` in Socket Mode follows the WebSocket: "connected" once Slack (here a loopback WebSocket
 * server playing Slack) says hello, "disconnected" when the connection drops and the client is reconnecting.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { type RunningBot, startBot } from "../../src/app.ts";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { createLogger } from "../../src/logger.ts";
import { REPO_ROOT } from "../support/seed.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

let standIn: SlackWebApiStandIn;
let wss: WebSocketServer;
let bot: RunningBot;
let socket: WebSocket;

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => wss.once("listening", () => r()));
  const connected = new Promise<WebSocket>((resolve) => {
    wss.on("connection", (ws) => {
      ws.send(
        JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0PLANBOT" } }),
      );
      resolve(ws);
    });
  });
  standIn.queue("apps.connections.open", {
    body: { ok: true, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/` },
  });
  bot = await startBot({
    mode: "socket",
    botToken: "xoxb-socket-health",
    appToken: "xapp-1-A0PLANBOT-socket-health",
    slackApiUrl: standIn.apiUrl,
    logger: createLogger({ level: "error", sink: () => {} }),
    deps: {
      plans: new PlanStore(`${REPO_ROOT}/data`),
      adminUserIds: [],
      listenChannels: [],
      dedupe: new MemoryDeduplicator(),
    },
  });
  socket = await connected;
});

afterAll(async () => {
  await bot.stop();
  await new Promise<void>((r) => wss.close(() => r()));
  await standIn.stop();
});

describe("Socket Mode connection for /healthz", () => {
  it("is connected once started", () => {
    expect(bot.slack()).toBe("connected");
  });

  it("is disconnected while the client reconnects after the socket drops", async () => {
    expect(bot.slack()).toBe("connected");
    socket.terminate();
    // The client notices the close and starts reconnecting; the stand-in has no new URL queued, so it stays
    // disconnected. Waits on the state itself (the client's events are private to Bolt's receiver).
    await vi.waitFor(() => expect(bot.slack()).toBe("disconnected"), { timeout: 4000, interval: 20 });
  });
});
