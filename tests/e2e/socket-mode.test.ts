/**
 * Socket Mode cannot reach Slack from here, so Slack's side of it is played on loopback: the Web API stand-in
 * answers apps.connections.open with the address of a local WebSocket server, which greets the app as Slack
 * does and delivers envelopes. The app under test is the same startBot() with the same listeners as in HTTP mode.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
const acks: Record<string, unknown>[] = [];

/** Waits until `condition` holds, checking as messages arrive (bounded: vitest's timeout ends a hang). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
const logs: string[] = [];

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => wss.once("listening", () => r()));
  const connected = new Promise<WebSocket>((resolve) => {
    wss.on("connection", (ws) => {
      ws.on("message", (data) => acks.push(JSON.parse(String(data))));
      ws.send(
        JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0PLANBOT" } }),
      );
      resolve(ws);
    });
  });
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  standIn.queue("apps.connections.open", { body: { ok: true, url } });
  bot = await startBot({
    mode: "socket",
    botToken: "xoxb-socket-test",
    appToken: "xapp-1-A0PLANBOT-socket-test",
    slackApiUrl: standIn.apiUrl,
    logger: createLogger({
      level: "debug",
      secrets: ["xoxb-socket-test", "xapp-1-A0PLANBOT-socket-test"],
      sink: (_l, line) => logs.push(line),
    }),
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

describe("Socket Mode", () => {
  it("opens the connection with the app-level token", () => {
    expect(standIn.callsOf("apps.connections.open")[0]?.tokenKind).toBe("xapp");
  });

  it("acks an envelope and answers a mention in the thread", async () => {
    socket.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "events_api",
        accepts_response_payload: false,
        retry_attempt: 0,
        payload: {
          type: "event_callback",
          team_id: "T0000",
          api_app_id: "A0PLANBOT",
          event_id: "EvSOCKET1",
          event_time: 1700000000,
          event: {
            type: "app_mention",
            user: "USTAFF01",
            text: "<@UBOT> ふるさと納税の実績は?",
            ts: "1700000900.000100",
            channel: "CGENERAL1",
          },
        },
      }),
    );
    await standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: "env-1" }));
    const post = standIn.callsOf("chat.postMessage")[0];
    expect(post?.args).toMatchObject({ channel: "CGENERAL1", thread_ts: "1700000900.000100" });
    expect(JSON.stringify(post?.args.blocks)).toContain("98,328 件 1,194,846,047 円");
  });

  it("handles /plan through the same listener", async () => {
    socket.send(
      JSON.stringify({
        envelope_id: "env-2",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: {
          command: "/plan",
          text: "納税課",
          user_id: "USTAFF01",
          channel_id: "CPLAN0001",
          team_id: "T0000",
          response_url: standIn.responseUrl("socket"),
          trigger_id: "t",
        },
      }),
    );
    // The answer comes back in the ack's payload, as in HTTP mode.
    await until(() => acks.some((a) => a.envelope_id === "env-2"));
    const ack = acks.find((a) => a.envelope_id === "env-2") as { payload?: { text?: string } };
    expect(String(ack.payload?.text)).toContain("No.16 滞納整理の推進");
    expect(standIn.callsOf("response_url")).toHaveLength(0);
  });

  it("keeps both tokens out of the logs", () => {
    expect(logs.join("\n")).not.toMatch(/xoxb-socket-test|xapp-1-A0PLANBOT-socket-test/);
  });
});
