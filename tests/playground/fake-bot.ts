/**
 * A tiny stand-in for the bot, for the playground's own tests: it checks each request's Slack signature as
 * Bolt does (401 when wrong or stale), records what arrived, and answers through the Web API stand-in the
 * way the real bot would: chat.postMessage for a DM, response_url for /plan and buttons, views.publish for the
 * Home tab. The real bot is tested against the playground separately, once it exists.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  kind: "event" | "command" | "interaction";
  headers: IncomingMessage["headers"];
  /** The event callback's JSON, the command's form fields, or the interaction's `payload`. */
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;

export const ITEM_CARD_BLOCKS = [
  { type: "header", text: { type: "plain_text", text: "No.18 ふるさと納税制度の活用", emoji: true } },
  {
    type: "section",
    text: {
      type: "mrkdwn",
      text: ":warning: *遅れ* （令和5年度）\n• 寄附額: 1,234 千円（目標 2,000 千円、達成率 61.7%）",
    },
  },
  { type: "context", elements: [{ type: "mrkdwn", text: "出典: 令和5年度 実績報告書" }] },
  {
    type: "actions",
    block_id: "item_actions",
    elements: [
      {
        type: "button",
        text: { type: "plain_text", text: "詳細", emoji: true },
        action_id: "show_item_detail:18",
        value: "18",
        style: "primary",
      },
    ],
  },
];

export class FakeBot {
  readonly received: ReceivedRequest[] = [];
  /** Set to make the bot answer every request with this status (e.g. 500) instead of 200. */
  failWith: number | null = null;
  private server: Server | null = null;
  url = "";

  constructor(
    private readonly signingSecret: string,
    private readonly apiUrl: string,
  ) {}

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => res.writeHead(status, { "content-type": "application/json" }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private verified(req: IncomingMessage, raw: string): boolean {
    const timestamp = String(req.headers["x-slack-request-timestamp"] ?? "");
    const signature = String(req.headers["x-slack-signature"] ?? "");
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
    const expected = `v0=${createHmac("sha256", this.signingSecret).update(`v0:${timestamp}:${raw}`).digest("hex")}`;
    return (
      signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    );
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (req.url !== "/slack/events") return { status: 404, body: "" };
    if (!this.verified(req, raw)) return { status: 401, body: "" };
    if (this.failWith !== null) return { status: this.failWith, body: '{"error":"boom"}' };

    if ((req.headers["content-type"] ?? "").includes("application/json")) {
      const body = JSON.parse(raw) as Json;
      this.received.push({ kind: "event", headers: req.headers, body });
      // Like Bolt, acknowledge first and work afterwards.
      setImmediate(() => void this.onEvent(body.event as Json));
      return { status: 200, body: "" };
    }
    const form = Object.fromEntries(new URLSearchParams(raw));
    if (form.payload !== undefined) {
      const payload = JSON.parse(form.payload) as Json;
      this.received.push({ kind: "interaction", headers: req.headers, body: payload });
      setImmediate(() => void this.onAction(payload));
      return { status: 200, body: "" };
    }
    this.received.push({ kind: "command", headers: req.headers, body: form });
    if (form.text === "inline") {
      // An answer in the acknowledgement itself, as Bolt's ack({ text }) sends it.
      return { status: 200, body: JSON.stringify({ text: "*すぐの返事* です" }) };
    }
    setImmediate(
      () =>
        void this.post(String(form.response_url), {
          response_type: "ephemeral",
          text: `/plan ${form.text}`,
          blocks: ITEM_CARD_BLOCKS,
        }),
    );
    return { status: 200, body: "" };
  }

  private async onEvent(event: Json): Promise<void> {
    if (event.type === "message") {
      await this.api("chat.postMessage", {
        channel: event.channel,
        text: "No.18 ふるさと納税制度の活用: 遅れ",
        blocks: ITEM_CARD_BLOCKS,
      });
    } else if (event.type === "app_home_opened") {
      await this.api("views.publish", {
        user_id: event.user,
        view: {
          type: "home",
          blocks: [
            { type: "header", text: { type: "plain_text", text: "改革プランの進み具合" } },
            ITEM_CARD_BLOCKS[3],
          ],
        },
      });
    }
  }

  private async onAction(payload: Json): Promise<void> {
    const action = (payload.actions as Json[])[0] ?? {};
    const responseUrl = payload.response_url;
    if (typeof responseUrl === "string") {
      await this.post(responseUrl, {
        replace_original: false,
        text: `詳細: No.${String(action.value)}`,
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: `*詳細* No.${String(action.value)} の全記録` } },
        ],
      });
    } else {
      await this.api("chat.postMessage", {
        channel: (payload.user as Json).id,
        text: `ホームから: No.${String(action.value)}`,
      });
    }
  }

  private async api(method: string, args: Json): Promise<void> {
    await fetch(`${this.apiUrl}${method}`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", authorization: "Bearer xoxb-fake-token" },
      body: JSON.stringify(args),
    });
  }

  private async post(url: string, body: Json): Promise<void> {
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
}
