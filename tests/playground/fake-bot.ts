/**
 * A tiny stand-in for the bot, for the playground's own tests: it checks each request's Slack signature as
 * Bolt does (401 when wrong or stale), records what arrived, and answers through the Web API stand-in the
 * way the real bot would: chat.postMessage for a DM, response_url for /plan and buttons, views.publish for the
 * Home tab. The real bot is tested against the playground separately, once it exists.
 *
 * `/plan 報告` opens REPORT_MODAL with views.open (the answer is kept in `viewsOpened`); its submission is
 * refused with an error under the text input until the text mentions 実績, then accepted (the modal closes
 * and a DM says so); its 「下書きを保存」 button updates the modal with views.update.
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

export const REPORT_MODAL = {
  type: "modal",
  callback_id: "report_submit",
  private_metadata: "18",
  title: { type: "plain_text", text: "進捗を報告" },
  submit: { type: "plain_text", text: "提出" },
  close: { type: "plain_text", text: "キャンセル" },
  blocks: [
    { type: "section", text: { type: "mrkdwn", text: "*No.18* ふるさと納税制度の活用" } },
    {
      type: "input",
      block_id: "result",
      label: { type: "plain_text", text: "今年度の実績" },
      hint: { type: "plain_text", text: "数字があれば書いてください" },
      element: {
        type: "plain_text_input",
        action_id: "text",
        multiline: true,
        max_length: 500,
        placeholder: { type: "plain_text", text: "例: 寄附額 1,200 千円" },
      },
    },
    {
      type: "input",
      block_id: "status",
      label: { type: "plain_text", text: "状況" },
      element: {
        type: "static_select",
        action_id: "choice",
        options: [
          { text: { type: "plain_text", text: "順調" }, value: "on_track" },
          { text: { type: "plain_text", text: "遅れ" }, value: "behind" },
        ],
        initial_option: { text: { type: "plain_text", text: "順調" }, value: "on_track" },
      },
    },
    {
      type: "input",
      block_id: "scope",
      optional: true,
      label: { type: "plain_text", text: "公開範囲" },
      element: {
        type: "radio_buttons",
        action_id: "radio",
        options: [
          { text: { type: "plain_text", text: "課内" }, value: "section" },
          { text: { type: "plain_text", text: "全庁" }, value: "all" },
        ],
      },
    },
    {
      type: "actions",
      block_id: "draft",
      elements: [
        {
          type: "button",
          action_id: "save_draft",
          text: { type: "plain_text", text: "下書きを保存" },
          value: "18",
        },
      ],
    },
  ],
};

export class FakeBot {
  readonly received: ReceivedRequest[] = [];
  /** What views.open and views.update answered, in order. */
  readonly viewsAnswered: Json[] = [];
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
      if (payload.type === "view_submission") return this.onSubmission(payload);
      setImmediate(() => void this.onAction(payload));
      return { status: 200, body: "" };
    }
    this.received.push({ kind: "command", headers: req.headers, body: form });
    if (form.text === "報告") {
      setImmediate(() => void this.api("views.open", { trigger_id: form.trigger_id, view: REPORT_MODAL }));
      return { status: 200, body: "" };
    }
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

  /** Refused until the text says 実績 (Bolt's ack({ response_action: "errors" })), then accepted. */
  private onSubmission(payload: Json): { status: number; body: string } {
    const values = ((payload.view as Json).state as Json).values as Record<string, Record<string, Json>>;
    const text = values.result?.text?.value;
    if (typeof text !== "string" || !text.includes("実績")) {
      return {
        status: 200,
        body: JSON.stringify({ response_action: "errors", errors: { result: "実績を書いてください" } }),
      };
    }
    const user = (payload.user as Json).id;
    setImmediate(
      () => void this.api("chat.postMessage", { channel: user, text: `報告を受け付けました: ${text}` }),
    );
    return { status: 200, body: "" };
  }

  private async onAction(payload: Json): Promise<void> {
    // view_closed needs no answer.
    if (payload.type !== "block_actions") return;
    const action = (payload.actions as Json[])[0] ?? {};
    const container = payload.container as Json;
    if (container.type === "view" && (payload.view as Json).type === "modal") {
      const view = payload.view as Json;
      await this.api("views.update", {
        view_id: view.id,
        hash: view.hash,
        view: {
          ...REPORT_MODAL,
          blocks: [
            ...REPORT_MODAL.blocks,
            { type: "context", elements: [{ type: "mrkdwn", text: "下書きを保存しました" }] },
          ],
        },
      });
      return;
    }
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
    const response = await fetch(`${this.apiUrl}${method}`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", authorization: "Bearer xoxb-fake-token" },
      body: JSON.stringify(args),
    });
    if (method.startsWith("views.")) this.viewsAnswered.push((await response.json()) as Json);
  }

  private async post(url: string, body: Json): Promise<void> {
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
}
