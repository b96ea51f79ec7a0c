/**
 * A small stand-in for Slack's Web API on loopback. Slack cannot be reached from the machines this project is
 * built and tested on, so the bot's real WebClient is pointed here with `SLACK_API_URL`; the stand-in answers
 * like Slack does and records every call. The local playground uses it to hand the bot's messages to the page;
 * the tests extend it (tests/support/web-api-stand-in.ts) to make Slack slow, rate-limited or lossy.
 *
 * It also serves `response_url`s (`/response/<id>`), which Slack gives with slash commands and button clicks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** Web API method ("chat.postMessage"), or "response_url" for posts to a response URL. */
  method: string;
  /** For response_url posts: the id in the URL. */
  responseId?: string;
  /** The arguments, decoded: JSON-encoded form fields (blocks, attachments) are parsed back into objects. */
  args: Record<string, unknown>;
  /** The Authorization header's token kind ("xoxb" …), never the token itself. */
  tokenKind: string | null;
}

export interface StandInReply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Answer only after this long: a slow Slack, for tests of work in flight. */
  delayMs?: number;
  /**
   * Read and record the call, then close the connection without answering: Slack got the request but its answer
   * was lost (`status`, `headers` and `body` are not sent).
   */
  dropConnection?: boolean;
}

export interface StandInOptions {
  /** Users that `users.lookupByEmail` knows: e-mail → user ID. */
  usersByEmail?: Record<string, string>;
  /** Called for every recorded call, after it is recorded (the playground forwards messages from here). */
  onCall?: (call: RecordedCall) => void;
}

/** Caps request bodies: a stand-in should fail loudly, not swallow a runaway client. */
const MAX_BODY_BYTES = 1_000_000;

export class WebApiStandIn {
  readonly calls: RecordedCall[] = [];
  private server: Server | null = null;
  private origin = "";
  private ts = 1_700_000_000;

  constructor(private readonly options: StandInOptions = {}) {}

  /** Starts listening on 127.0.0.1 (port 0: any free port). */
  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: `stand_in_error: ${(err as Error).message}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The Web API base URL for `SLACK_API_URL` / `slackApiUrl` (ends with a slash, as WebClient expects). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response URL to put in a slash command or interaction payload. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${encodeURIComponent(id)}`;
  }

  /** The recorded calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const raw = await readBody(req);
    const args = decodeArgs(raw, req.headers["content-type"] ?? "");
    const auth = req.headers.authorization ?? "";
    const tokenKind =
      auth.match(/^Bearer (xox[a-z]|xapp)-/)?.[1] ??
      (typeof args.token === "string" ? (args.token.match(/^(xox[a-z]|xapp)-/)?.[1] ?? null) : null);
    delete args.token;

    let call: RecordedCall;
    if (url.pathname.startsWith("/response/")) {
      call = {
        method: "response_url",
        responseId: decodeURIComponent(url.pathname.slice("/response/".length)),
        args,
        tokenKind,
      };
    } else if (url.pathname.startsWith("/api/")) {
      call = { method: url.pathname.slice("/api/".length), args, tokenKind };
    } else {
      res.writeHead(404).end();
      return;
    }
    this.calls.push(call);
    this.options.onCall?.(call);

    const reply = this.replyTo(call);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (reply.dropConnection) {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify(reply.body));
  }

  /** The answer to a call: Slack's usual one. Tests override it to answer with errors, delays or nothing. */
  protected replyTo(call: RecordedCall): StandInReply {
    return this.defaultReply(call);
  }

  private nextTs(): string {
    this.ts += 1;
    return `${this.ts}.000100`;
  }

  private defaultReply(call: RecordedCall): StandInReply {
    const a = call.args;
    switch (call.method) {
      case "response_url":
        return { body: { ok: true } };
      case "auth.test":
        return {
          body: {
            ok: true,
            url: "https://stand-in.invalid/",
            team: "大崎市",
            user: "plan-bot",
            team_id: "T0000",
            user_id: "UBOT",
            bot_id: "BBOT",
          },
        };
      case "chat.postMessage": {
        const ts = this.nextTs();
        return {
          body: { ok: true, channel: dmOf(a.channel), ts, message: { ts, text: a.text, blocks: a.blocks } },
        };
      }
      case "chat.postEphemeral":
        return { body: { ok: true, message_ts: this.nextTs() } };
      case "chat.update":
        return { body: { ok: true, channel: a.channel, ts: a.ts, text: a.text } };
      case "conversations.open":
        return { body: { ok: true, channel: { id: `D${String(a.users ?? "").split(",")[0]}` } } };
      case "users.lookupByEmail": {
        const id = this.options.usersByEmail?.[String(a.email)];
        return { body: id ? { ok: true, user: { id } } : { ok: false, error: "users_not_found" } };
      }
      case "views.publish":
        return {
          body: {
            ok: true,
            view: {
              id: "V0001",
              type: "home",
              blocks: a.view ? (a.view as { blocks?: unknown }).blocks : [],
            },
          },
        };
      default:
        return { body: { ok: false, error: "unknown_method" } };
    }
  }
}

/** A post to a user ID lands in the bot's DM with that person, and Slack answers with the DM's ID, as here. */
export function dmOf(channel: unknown): unknown {
  return typeof channel === "string" && /^[UW][A-Z0-9]+$/.test(channel) ? `D${channel}` : channel;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** WebClient sends form fields with objects JSON-encoded; response_url posts are JSON. */
function decodeArgs(raw: string, contentType: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
