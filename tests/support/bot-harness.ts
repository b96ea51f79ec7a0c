/**
 * Runs the real bot in HTTP mode on loopback, with the Web API stand-in in place of Slack, and sends it
 * requests signed exactly as Slack signs them. Everything between the request and the recorded Web API call
 * is the production code.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type RunningBot, startBot } from "../../src/app.ts";
import { RecentTopics } from "../../src/ask/follow-up.ts";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { type BotDeps, MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { createLogger } from "../../src/logger.ts";
import { REPO_ROOT } from "./seed.ts";
import { commandBody, eventBody, interactionBody, signedRequest } from "./slack-requests.ts";
import { SlackWebApiStandIn } from "./web-api-stand-in.ts";

export const BOT_TOKEN = "xoxb-1111-2222-testtokenvalue";
export const SIGNING_SECRET = "e2e-signing-secret-0123456789abcdef";
export const ADMIN = "UADMIN01";

export interface Harness {
  standIn: SlackWebApiStandIn;
  bot: RunningBot;
  plans: PlanStore;
  /** A copy of data/ the test may break. */
  dataDir: string;
  logs: string[];
  post(
    body: string,
    contentType: "application/json" | "application/x-www-form-urlencoded",
    opts?: PostOptions,
  ): Promise<Response>;
  event(event: Record<string, unknown>, eventId?: string, opts?: PostOptions): Promise<Response>;
  command(text: string, opts?: { user?: string; responseId?: string }): Promise<Response>;
  action(payload: Record<string, unknown>): Promise<Response>;
  stop(): Promise<void>;
}

export interface PostOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

let counter = 0;
export const uniqueId = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export async function startHarness(overrides: Partial<BotDeps> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), "bot-data-"));
  cpSync(resolve(REPO_ROOT, "data"), dataDir, { recursive: true });
  const standIn = await new SlackWebApiStandIn().start();
  const logs: string[] = [];
  const logger = createLogger({
    level: "debug",
    secrets: [BOT_TOKEN, SIGNING_SECRET],
    sink: (_l, line) => logs.push(line),
  });
  const plans = new PlanStore(dataDir);
  const bot = await startBot({
    mode: "http",
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: standIn.apiUrl,
    port: 0,
    host: "127.0.0.1",
    logger,
    deps: {
      plans,
      adminUserIds: [ADMIN],
      listenChannels: ["CLISTEN01"],
      dedupe: new MemoryDeduplicator(),
      // As main.ts wires it: follow-ups in a thread or DM are about the last item answered there.
      topics: new RecentTopics(),
      ...overrides,
    },
  });
  const url = bot.url as string;

  const post: Harness["post"] = (body, contentType, opts = {}) => {
    const signed = signedRequest(opts.secret ?? SIGNING_SECRET, body, contentType, opts.timestamp);
    return fetch(url, { method: "POST", body, headers: { ...signed.headers, ...opts.headers } });
  };
  return {
    standIn,
    bot,
    plans,
    dataDir,
    logs,
    post,
    event: (event, eventId = uniqueId("Ev"), opts) =>
      post(eventBody(event, eventId), "application/json", opts),
    command: (text, opts = {}) =>
      post(
        commandBody({
          command: "/plan",
          text,
          user_id: opts.user ?? "USTAFF01",
          channel_id: "CPLAN0001",
          response_url: standIn.responseUrl(opts.responseId ?? uniqueId("R")),
        }),
        "application/x-www-form-urlencoded",
      ),
    action: (payload) => post(interactionBody(payload), "application/x-www-form-urlencoded"),
    stop: async () => {
      await bot.stop();
      await standIn.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A block_actions payload for one button click. */
export function buttonClick(opts: {
  actionId: string;
  value: string;
  responseUrl?: string;
  channel?: string;
  ephemeral?: boolean;
  home?: boolean;
  messageTs?: string;
  threadTs?: string;
  user?: string;
}): Record<string, unknown> {
  const user = { id: opts.user ?? "USTAFF01", username: "staff", team_id: "T0000" };
  const action = {
    type: "button",
    action_id: opts.actionId,
    block_id: "b1",
    value: opts.value,
    action_ts: "1700000000.1",
  };
  if (opts.home) {
    return {
      type: "block_actions",
      user,
      team: { id: "T0000" },
      api_app_id: "A0PLANBOT",
      container: { type: "view", view_id: "V0001" },
      trigger_id: uniqueId("T"),
      view: { id: "V0001", type: "home" },
      actions: [action],
    };
  }
  const ts = opts.messageTs ?? "1700000000.000100";
  return {
    type: "block_actions",
    user,
    team: { id: "T0000" },
    api_app_id: "A0PLANBOT",
    container: {
      type: "message",
      message_ts: ts,
      channel_id: opts.channel ?? "CPLAN0001",
      is_ephemeral: opts.ephemeral ?? false,
    },
    channel: { id: opts.channel ?? "CPLAN0001", name: "plan" },
    message: {
      type: "message",
      ts,
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
      text: "",
      blocks: [],
    },
    response_url: opts.responseUrl,
    trigger_id: uniqueId("T"),
    actions: [action],
  };
}
