/**
 * The local playground: a page that plays Slack's part for the real bot, for people with no Slack workspace.
 * (Over 300 lines on purpose: it is one small HTTP server, and its routes, same-origin checks and event stream
 * share the server's state; the request builders, renderer and stand-in live in their own modules.)
 *
 * The page's input becomes the requests Slack would send (signed with the bot's signing secret, posted to its
 * `/slack/events`); the bot's Web API calls land on the playground's stand-in, which hands them here; the
 * page gets them, rendered, over Server-Sent Events. Nothing of the bot's logic is copied.
 *
 * The person can be one of three personas (PLAYGROUND_PERSONAS); each request the page causes is from the one
 * chosen. Modals the bot opens are kept by the stand-in's ModalStore; the page submits and closes them here.
 *
 * Bound to 127.0.0.1 only. A web page elsewhere could still aim requests at that address from the person's
 * browser, so the API also checks the Host header (against DNS rebinding), the Origin, and requires a JSON
 * content type (which a cross-site form cannot send without a CORS preflight that is never granted).
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { Conversation, type PageEvent } from "./conversation.ts";
import {
  describeFailure,
  describeUnreachable,
  postToBot,
  slashAnswerOf,
  viewSubmissionOutcome,
} from "./forward.ts";
import { clientSideErrors, type OpenView, stateValuesOf } from "./modals.ts";
import { previewReminders } from "./reminders.ts";
import { findButton } from "./render/blocks.ts";
import { renderModal } from "./render/modal.ts";
import {
  type ActionSource,
  appHomeOpenedEvent,
  blockActionsRequest,
  directMessageEvent,
  dmChannelOf,
  type OutgoingRequest,
  PLAYGROUND_IDS,
  PLAYGROUND_PERSONAS,
  PLAYGROUND_USER_NAMES,
  parseSlashCommand,
  slashCommandRequest,
  viewClosedRequest,
  viewSubmissionRequest,
} from "./slack-requests.ts";
import type { PlaygroundStandIn } from "./stand-in.ts";

export interface PlaygroundOptions {
  /** The page's port; 0 picks a free one (tests). */
  port: number;
  /** Only loopback: the playground signs requests with the bot's secret on behalf of whoever reaches it. */
  host: "127.0.0.1";
  /** The bot's Events API endpoint, e.g. http://127.0.0.1:3001/slack/events. */
  botEventsUrl: string;
  /** The secret the bot verifies requests with (generated at start-up in playground mode). */
  signingSecret: string;
  /** The stand-in the bot's `SLACK_API_URL` points at. */
  standIn: PlaygroundStandIn;
  /** This week's reminder digests, without sending anything; the reminders panel shows them. */
  dryRun?: () => Promise<unknown>;
  /** Where the playground reports trouble; defaults to nothing (the page shows errors itself). */
  logger?: { warn(message: string): void };
}

export interface Playground {
  /** The page's address, e.g. http://127.0.0.1:3000/ */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const PAGE_DIR = new URL("./page/", import.meta.url);
const STATIC_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/page/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/page/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
};

/** No inline script or style, nothing from elsewhere: a rendering bug cannot run code or call out. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const MAX_REQUEST_BYTES = 64 * 1024;
/** Slack's own limit for a message's text. */
const MAX_TEXT_CHARS = 40_000;
const KEEPALIVE_MS = 15_000;

/** Who the page says the person is; a request without it is from the persona last chosen. */
const personaField = z
  .string()
  .refine((user) => PLAYGROUND_PERSONAS.includes(user))
  .optional();
const messageInput = z.object({ text: z.string().max(MAX_TEXT_CHARS), user: personaField });
const homeInput = z.object({ user: personaField });
/** What the page says the person entered in a modal: block id → action id → text or option value. */
const enteredValues = z.record(
  z.string().max(255),
  z.record(z.string().max(255), z.string().max(MAX_TEXT_CHARS).nullable()),
);
const actionInput = z.object({
  action_id: z.string().min(1).max(255),
  block_id: z.string().min(1).max(255),
  value: z.string().max(2000).optional(),
  message_ts: z.string().max(64).optional(),
  surface: z.enum(["message", "home", "modal"]).default("message"),
  /** For a button in a modal: the view, and what its inputs hold now (Slack sends them with the click). */
  view_id: z.string().max(64).optional(),
  values: enteredValues.default({}),
  // The page may send it, but the playground always uses its own: the bot would post wherever it points.
  response_url: z.string().optional(),
  user: personaField,
});

const submitInput = z.object({ view_id: z.string().min(1).max(64), values: enteredValues });
const closeInput = z.object({ view_id: z.string().min(1).max(64) });
const personaInput = z.object({ user: personaField.unwrap() });

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  if (options.host !== "127.0.0.1") throw new Error("the playground listens on 127.0.0.1 only");
  const { standIn } = options;
  const conversation = new Conversation(() => standIn.newTs());
  const streams = new Set<ServerResponse>();
  let counter = 0;
  const nextId = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

  const broadcast = (event: PageEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  const unsubscribe = standIn.subscribe((observed) => {
    for (const event of conversation.apply(observed)) broadcast(event);
  });
  const renderModals = (stack: readonly OpenView[]) =>
    stack.map(({ view }) => renderModal(view, { users: PLAYGROUND_USER_NAMES }));
  const unsubscribeModals = standIn.modals.subscribe((stack) =>
    broadcast({ type: "modals", modals: renderModals(stack) }),
  );
  /** Who the person at the page is now: every request the page causes is from this user. */
  let persona: string = PLAYGROUND_IDS.user;
  const snapshot = (): PageEvent => ({
    ...conversation.snapshot(),
    modals: renderModals(standIn.modals.views()),
    persona,
  });

  const sendHomeOpened = (user: string) =>
    send(appHomeOpenedEvent({ eventId: `Ev${nextId()}`, eventTs: standIn.newTs(), nowMs: Date.now(), user }));

  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  /** Sends a request to the bot; a non-2xx answer or no answer becomes an HttpError for the page. */
  const send = async (request: OutgoingRequest) => {
    let answer: Awaited<ReturnType<typeof postToBot>>;
    try {
      answer = await postToBot(options.botEventsUrl, options.signingSecret, request);
    } catch (error) {
      options.logger?.warn(`playground: the bot did not answer (${(error as Error).name})`);
      throw new HttpError(502, describeUnreachable(error));
    }
    if (answer.status < 200 || answer.status > 299) {
      options.logger?.warn(`playground: the bot answered HTTP ${answer.status}`);
      throw new HttpError(502, describeFailure(answer));
    }
    return answer;
  };

  const routes: Record<string, (body: unknown) => Promise<unknown>> = {
    "POST /play/message": async (body) => {
      const { text, user = persona } = parse(messageInput, body);
      if (text.trim() === "") throw new HttpError(400, "メッセージが空です");
      const slash = parseSlashCommand(text);
      if (!slash && text.trim().startsWith("/")) {
        throw new HttpError(400, "このプレイグラウンドで使えるスラッシュコマンドは /plan だけです");
      }
      const ts = standIn.newTs();
      broadcast(conversation.addPersonMessage(ts, text, slash !== null, user));
      if (!slash) {
        await send(directMessageEvent({ text, ts, eventId: `Ev${nextId()}`, nowMs: Date.now(), user }));
        return { ok: true };
      }
      const responseId = `command-${nextId()}`;
      conversation.expectResponses(responseId, { channel: dmChannelOf(user) });
      const answer = await send(
        slashCommandRequest({
          ...slash,
          responseUrl: standIn.responseUrl(responseId),
          triggerId: standIn.modals.issueTrigger(user),
          user,
        }),
      );
      const inline = slashAnswerOf(answer);
      if (inline) broadcast(conversation.addBotMessage(standIn.newTs(), inline.args, inline.ephemeral, user));
      return { ok: true };
    },
    "POST /play/action": async (body) => {
      const input = parse(actionInput, body);
      const responseId = `action-${nextId()}`;
      const user = input.user ?? persona;
      let source: ActionSource;
      if (input.surface === "modal") {
        const open = input.view_id === undefined ? undefined : standIn.modals.find(input.view_id);
        if (!open) throw new HttpError(404, "ボタンのある画面（モーダル）が見つかりません");
        source = { surface: "modal", view: open.view, values: stateValuesOf(open.view, input.values) };
      } else if (input.surface === "home") {
        const home = conversation.homeView(user) ?? conversation.homeView();
        if (!home) throw new HttpError(404, "ホームタブがまだ表示されていません");
        source = { surface: "home", blocks: home.blocks };
      } else {
        const message = input.message_ts === undefined ? undefined : conversation.find(input.message_ts);
        if (!message) throw new HttpError(404, "ボタンのあるメッセージが見つかりません");
        conversation.expectResponses(responseId, { channel: message.channel, messageTs: message.ts });
        source = {
          surface: "message",
          channel: message.channel,
          ts: message.ts,
          ...(message.threadTs === undefined ? {} : { threadTs: message.threadTs }),
          ephemeral: message.ephemeral,
          text: message.text,
          blocks: message.blocks,
          responseUrl: standIn.responseUrl(responseId),
        };
      }
      const blocks = source.surface === "modal" ? source.view.blocks : source.blocks;
      const button = findButton(Array.isArray(blocks) ? blocks : [], input.block_id, input.action_id);
      if (!button) throw new HttpError(404, "押されたボタンがメッセージの中に見つかりません");
      await send(
        blockActionsRequest({
          button: {
            actionId: input.action_id,
            blockId: input.block_id,
            ...(typeof button.value === "string" ? { value: button.value } : {}),
            text: button.text,
            ...(typeof button.style === "string" ? { style: button.style } : {}),
          },
          source,
          triggerId: standIn.modals.issueTrigger(user),
          nowMs: Date.now(),
          user,
        }),
      );
      return { ok: true };
    },
    "POST /play/home": async (body) => {
      const { user = persona } = parse(homeInput, body);
      await sendHomeOpened(user);
      return { ok: true };
    },
    "POST /play/persona": async (body) => {
      const { user } = parse(personaInput, body);
      if (user === persona) return { ok: true };
      persona = user;
      // A modal is on one person's screen; someone else sees none of it.
      standIn.modals.clear();
      broadcast({ type: "persona", user });
      // Slack sends app_home_opened whenever a person opens the tab, so the new persona's Home is rebuilt.
      await sendHomeOpened(user);
      return { ok: true };
    },
    /**
     * The modal's submit button: what Slack checks itself first (required inputs, lengths), then a signed
     * view_submission, then the bot's answer applied as Slack applies it. Errors go back to the page, which
     * shows each under its input block ("" is for the modal as a whole).
     */
    "POST /play/view/submit": async (body) => {
      const input = parse(submitInput, body);
      const open = standIn.modals.find(input.view_id);
      if (!open) throw new HttpError(404, "この画面（モーダル）はもう閉じられています");
      const values = stateValuesOf(open.view, input.values);
      const local = clientSideErrors(open.view, values);
      if (Object.keys(local).length > 0) return { ok: true, errors: local };
      const answer = await send(
        viewSubmissionRequest({
          view: open.view,
          values,
          triggerId: standIn.modals.issueTrigger(open.user),
          user: open.user,
        }),
      );
      const errors = standIn.modals.applySubmission(input.view_id, viewSubmissionOutcome(answer));
      return errors === null ? { ok: true } : { ok: true, errors };
    },
    "POST /play/view/close": async (body) => {
      const { view_id } = parse(closeInput, body);
      const top = standIn.modals.views().at(-1);
      if (top?.view.id !== view_id) return { ok: true };
      standIn.modals.closeTop();
      // Slack tells the bot only when the view asked to be told.
      if (top.view.notify_on_close === true)
        await send(viewClosedRequest({ view: top.view, user: top.user, isCleared: false }));
      return { ok: true };
    },
    "GET /play/reminders": async () => {
      if (!options.dryRun) throw new HttpError(501, "この構成ではリマインダーのドライランを使えません");
      let result: unknown;
      try {
        result = await options.dryRun();
      } catch (error) {
        // The reminders module words its own errors for people (what to configure); show them as they are.
        throw new HttpError(500, `ドライランに失敗しました: ${(error as Error).message}`);
      }
      return { ok: true, ...previewReminders(result) };
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has(req.headers.host ?? "")) {
      res.writeHead(421, { "content-type": "text/plain; charset=utf-8" }).end("misdirected request");
      return;
    }
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const page = STATIC_FILES[path];
    if (req.method === "GET" && page) {
      const content = await readFile(new URL(page.file, PAGE_DIR));
      res.writeHead(200, {
        "content-type": page.type,
        "cache-control": "no-store",
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "x-content-type-options": "nosniff",
      });
      res.end(content);
      return;
    }
    if (req.method === "GET" && path === "/play/stream") {
      openStream(res, snapshot(), streams);
      return;
    }
    const route = routes[`${req.method} ${path}`];
    if (!route) {
      sendJson(res, 404, { ok: false, error: "not found" });
      return;
    }
    try {
      let body: unknown = null;
      if (req.method === "POST") {
        checkSameOrigin(req, allowedHosts());
        body = await readJson(req);
      }
      sendJson(res, 200, await route(body));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError)) options.logger?.warn(`playground: ${(error as Error).message}`);
      sendJson(res, status, { ok: false, error: error instanceof HttpError ? error.message : "内部エラー" });
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger?.warn(`playground: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: "内部エラー" });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const keepalive = setInterval(() => {
    for (const res of streams) res.write(": keepalive\n\n");
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async stop() {
      clearInterval(keepalive);
      unsubscribe();
      unsubscribeModals();
      for (const res of streams) res.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, "リクエストの形式が正しくありません");
  return result.data;
}

function openStream(res: ServerResponse, snapshot: PageEvent, streams: Set<ServerResponse>): void {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
  });
  // A reconnecting page starts again from the snapshot, so it never shows a message twice.
  res.write(`retry: 2000\n\ndata: ${JSON.stringify(snapshot)}\n\n`);
  streams.add(res);
  res.on("close", () => streams.delete(res));
}

function checkSameOrigin(req: IncomingMessage, hosts: Set<string>): void {
  const origin = req.headers.origin;
  if (origin !== undefined && ![...hosts].some((host) => origin === `http://${host}`)) {
    throw new HttpError(403, "別のサイトからの操作は受け付けません");
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    throw new HttpError(415, "Content-Type は application/json にしてください");
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new HttpError(413, "リクエストが大きすぎます");
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw === "") return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new HttpError(400, "JSON として読めません");
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}
