/**
 * Socket Mode, with Slack's side played on loopback (as in tests/e2e/socket-mode.test.ts), against the real
 * entry point in a child process: an unhandled rejection inside the socket client would end the process, which
 * a test runner's own process would hide. Malformed envelopes must not stop the bot: a good envelope afterwards
 * is still answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { type ChildBot, spawnMain, waitUntil } from "../support/child-bot.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const BOT_TOKEN = "xoxb-7777-6666-socketadversarial";
const APP_TOKEN = "xapp-1-A0PLANBOT-socketadversarial";
const START_MS = 60_000;

let standIn: SlackWebApiStandIn;
let wss: WebSocketServer;
let wsUrl = "";
let stateDir: string;
let bot: ChildBot | null = null;
let current: WebSocket | null = null;
const outputs: string[] = [];

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  stateDir = mkdtempSync(join(tmpdir(), "adversarial-socket-"));
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => wss.once("listening", () => r()));
  wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  wss.on("connection", (ws) => {
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0PLANBOT" } }));
    current = ws;
  });
}, START_MS);

afterAll(async () => {
  bot?.kill();
  if (bot) await bot.exited;
  for (const client of wss.clients) client.terminate();
  await new Promise<void>((r) => wss.close(() => r()));
  await standIn.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

/** A running bot connected to our socket; a fresh one if the last case killed it. */
async function ensureBot(): Promise<ChildBot> {
  if (bot?.alive() && current?.readyState === 1) return bot;
  if (bot) {
    bot.kill();
    await bot.exited;
    outputs.push(bot.output());
  }
  current = null;
  // Every (re)connection asks for a URL.
  for (let i = 0; i < 20; i++) standIn.queue("apps.connections.open", { body: { ok: true, url: wsUrl } });
  const started = spawnMain({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: standIn.apiUrl,
    STATE_DB: join(stateDir, `state-${Date.now()}.db`),
  });
  bot = started;
  await waitUntil(() => current?.readyState === 1, "the socket connection", {
    bot: started,
    timeoutMs: START_MS,
  });
  return started;
}

let counter = 0;
/** A good mention envelope; resolves when its reply is posted in its thread. */
async function stillAnswers(target: ChildBot): Promise<void> {
  const ts = `1700100${String(counter++).padStart(3, "0")}.000100`;
  const frame = JSON.stringify({
    envelope_id: `good-${ts}`,
    type: "events_api",
    accepts_response_payload: false,
    retry_attempt: 0,
    payload: {
      type: "event_callback",
      team_id: "T0000",
      api_app_id: "A0PLANBOT",
      event_id: `EvSOCKADV${counter}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_mention", user: "USTAFF01", text: "<@UBOT> No.18", ts, channel: "CSOCKET01" },
    },
  });
  const answered = () => standIn.callsOf("chat.postMessage").some((c) => c.args.thread_ts === ts);
  // If the client reconnects after the bad frame, the envelope may have gone to the closing socket: Slack would
  // deliver it again on the new connection, and so do we (the same event_id, answered once).
  for (let attempt = 0; attempt < 3 && !answered(); attempt++) {
    await waitUntil(() => current?.readyState === 1, "an open socket", { bot: target, timeoutMs: 20_000 });
    const sentOn = current;
    sentOn?.send(frame);
    await waitUntil(() => answered() || current !== sentOn, "the reply to a good envelope", {
      bot: target,
      timeoutMs: 20_000,
    });
  }
  expect(answered()).toBe(true);
  expect(target.alive()).toBe(true);
}

const envelope = (fields: Record<string, unknown>) =>
  JSON.stringify({ accepts_response_payload: false, ...fields });

const MALFORMED: [string, string][] = [
  ["an events_api envelope without payload", envelope({ envelope_id: "bad-1", type: "events_api" })],
  ["a payload that is a string", envelope({ envelope_id: "bad-2", type: "events_api", payload: "oops" })],
  ["a payload that is null", envelope({ envelope_id: "bad-3", type: "events_api", payload: null })],
  ["a payload that is an array", envelope({ envelope_id: "bad-4", type: "events_api", payload: [1, 2] })],
  [
    "an event_callback without its event",
    envelope({
      envelope_id: "bad-5",
      type: "events_api",
      payload: { type: "event_callback", event_id: "EvBAD5" },
    }),
  ],
  [
    "an event that is a string",
    envelope({
      envelope_id: "bad-6",
      type: "events_api",
      payload: { type: "event_callback", event_id: "EvBAD6", event: "app_mention" },
    }),
  ],
  ["a frame that is not JSON", '{"envelope_id":"bad-7","type":"events_api","payload":'],
  ["a frame that is JSON null", "null"],
  ["an envelope without envelope_id", envelope({ type: "events_api", payload: {} })],
  ["an unknown envelope type", envelope({ envelope_id: "bad-8", type: "weird_type", payload: {} })],
  [
    "slash_commands with an empty payload",
    envelope({ envelope_id: "bad-9", type: "slash_commands", payload: {} }),
  ],
  [
    "interactive with an empty payload",
    envelope({ envelope_id: "bad-10", type: "interactive", payload: {} }),
  ],
];

describe("Socket Mode: malformed envelopes", () => {
  for (const [name, frame] of MALFORMED) {
    it(
      `${name} does not stop the bot`,
      async () => {
        const running = await ensureBot();
        current?.send(frame);
        await stillAnswers(running);
      },
      START_MS + 30_000,
    );
  }

  it("never printed either token", () => {
    const all = outputs.join("\n") + (bot?.output() ?? "");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(APP_TOKEN);
  });
});
