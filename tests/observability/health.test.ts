/**
 * /healthz and /metrics: in HTTP mode beside /slack/events (with the ack of a signed request counted), and in
 * Socket Mode on the health port of its own (startHealthServer), which serves nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/app.ts";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { type HealthServer, startHealthServer } from "../../src/health.ts";
import { MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { createLogger } from "../../src/logger.ts";
import { BotMetrics } from "../../src/metrics.ts";
import { slackSignatureHeaders, slashCommandRequest } from "../../src/playground/slack-requests.ts";
import { REPO_ROOT } from "../support/seed.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const SECRET = "health-test-signing-secret-0123";

describe("HTTP mode", () => {
  let bot: RunningBot;
  let standIn: SlackWebApiStandIn;
  const metrics = new BotMetrics();
  const origin = () => (bot.url as string).replace("/slack/events", "");

  beforeAll(async () => {
    standIn = await new SlackWebApiStandIn().start();
    bot = await startBot({
      mode: "http",
      botToken: "xoxb-1-2-healthtest",
      signingSecret: SECRET,
      slackApiUrl: standIn.apiUrl,
      port: 0,
      host: "127.0.0.1",
      logger: createLogger({ level: "error", sink: () => {} }),
      deps: {
        plans: new PlanStore(`${REPO_ROOT}/data`),
        adminUserIds: [],
        listenChannels: [],
        dedupe: new MemoryDeduplicator(),
      },
      metrics,
    });
  });
  afterAll(async () => {
    await bot.stop();
    await standIn.stop();
  });

  it("answers /healthz with JSON: ok, the mode, Slack unknown, no reminder run yet", async () => {
    const res = await fetch(`${origin()}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: "ok", mode: "http", slack: "unknown", lastReminderRun: null });
  });

  it("reports the last reminder run once there was one", async () => {
    metrics.reminderRunFinished(new Date("2026-11-30T00:00:00Z"));
    const body = (await (await fetch(`${origin()}/healthz`)).json()) as { lastReminderRun: string };
    expect(body.lastReminderRun).toBe("2026-11-30T00:00:00.000Z");
  });

  it("counts the ack of a signed /plan request in the /metrics histogram", async () => {
    const before = await (await fetch(`${origin()}/metrics`)).text();
    expect(before).toContain("planbot_ack_latency_seconds_count 0\n");
    const request = slashCommandRequest({
      command: "/plan",
      text: "18",
      responseUrl: standIn.responseUrl("R1"),
      triggerId: "T1",
    });
    const res = await fetch(bot.url as string, {
      method: "POST",
      body: request.body,
      headers: {
        "content-type": request.contentType,
        ...slackSignatureHeaders(SECRET, request.body, Date.now()),
      },
    });
    expect(res.status).toBe(200);
    await res.text();
    const after = await fetch(`${origin()}/metrics`);
    expect(after.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await after.text();
    expect(text).toContain("planbot_ack_latency_seconds_count 1\n");
    expect(text).toContain('planbot_ack_latency_seconds_bucket{le="+Inf"} 1\n');
  });

  it("refuses POST on /metrics like /healthz", async () => {
    const res = await fetch(`${origin()}/metrics`, { method: "POST", body: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("the Socket Mode health port", () => {
  let server: HealthServer;
  let connection: "connected" | "disconnected" | "unknown" = "unknown";
  const metrics = new BotMetrics();

  beforeAll(async () => {
    server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      source: { mode: "socket", slack: () => connection, metrics },
    });
  });
  afterAll(() => server.stop());

  it("says whether the Socket Mode connection is up, as it changes", async () => {
    const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as { slack: string };
    expect(await health()).toMatchObject({ status: "ok", mode: "socket", slack: "unknown" });
    connection = "connected";
    expect((await health()).slack).toBe("connected");
    connection = "disconnected";
    expect((await health()).slack).toBe("disconnected");
  });

  it("serves /metrics, HEAD without a body, and nothing else", async () => {
    metrics.rateLimited();
    expect(await (await fetch(`${server.url}/metrics`)).text()).toContain(
      "planbot_slack_rate_limited_total 1\n",
    );
    const head = await fetch(`${server.url}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect((await fetch(`${server.url}/slack/events`, { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(`${server.url}/healthz`, { method: "DELETE" })).status).toBe(405);
  });
});
