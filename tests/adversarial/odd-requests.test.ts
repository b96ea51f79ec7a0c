/**
 * Requests Slack never sends, to the real entry point in a child process (a crash in-process would be caught
 * by the test runner and hidden): odd methods and paths, health checks, oversized headers, bodies without a
 * length, garbage with a valid signature, slow bodies. Each gets a 4xx (200 for a health check), and the bot
 * still answers a signed `/plan 18` afterwards. The same for the playground's internal bot port.
 *
 * If a request kills the bot, that case fails and the next case starts a fresh bot, so each case reports on
 * itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChildBot,
  httpPortOf,
  rawRequest,
  spawnMain,
  waitForLine,
  waitUntil,
} from "../support/child-bot.ts";
import { ackMessage } from "../support/command-answer.ts";
import { commandBody, signedRequest } from "../support/slack-requests.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const TOKEN = "xoxb-9999-8888-adversarialtoken";
const SECRET = "adversarial-signing-secret-0123456789";
const START_MS = 60_000;
const CASE_MS = 45_000;

let standIn: SlackWebApiStandIn;
let stateDir: string;
let bot: ChildBot | null = null;
let port = 0;
const everything: string[] = [];

/**
 * True when `port` answers the health check. A process that a request has just killed may not have been reaped
 * yet (its exit code is still unset), so being alive is not enough.
 */
async function serving(healthPort: number, path = "/healthz"): Promise<boolean> {
  return fetch(`http://127.0.0.1:${healthPort}${path}`).then(
    (r) => r.status < 500,
    () => false,
  );
}

async function ensureBot(): Promise<number> {
  if (bot?.alive() && (await serving(port))) return port;
  if (bot) {
    bot.kill();
    await bot.exited;
    everything.push(bot.output());
  }
  bot = spawnMain({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    STATE_DB: join(stateDir, `state-${Date.now()}.db`),
  });
  port = await httpPortOf(bot, START_MS);
  return port;
}

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  stateDir = mkdtempSync(join(tmpdir(), "adversarial-odd-"));
  await ensureBot();
}, START_MS);

afterAll(async () => {
  bot?.kill();
  if (bot) await bot.exited;
  await standIn.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

let responses = 0;
/** A signed `/plan 18` is acked and answered with item 18 through (the stand-in's) response_url. */
async function stillAnswers(target: ChildBot | null = bot): Promise<void> {
  if (!target) throw new Error("no bot");
  expect(target.alive(), `the bot exited:\n${target.output().slice(-2000)}`).toBe(true);
  const id = `ODD${responses++}`;
  const body = commandBody({
    command: "/plan",
    text: "18",
    user_id: "USTAFF01",
    channel_id: "CPLAN0001",
    response_url: standIn.responseUrl(id),
  });
  const signed = signedRequest(SECRET, body, "application/x-www-form-urlencoded");
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    body,
    headers: signed.headers,
  });
  expect(res.status).toBe(200);
  const ack = await ackMessage(res);
  if (!ack) {
    await waitUntil(() => standIn.calls.some((c) => c.responseId === id), "the answer to /plan 18", {
      bot: target,
    });
  }
  const answer = ack ?? standIn.calls.find((c) => c.responseId === id)?.args;
  expect(JSON.stringify(answer?.blocks)).toContain("No.18");
}

/** A raw HTTP/1.1 request; `signed` adds Slack's headers for `body`. */
function raw(
  requestLine: string,
  opts: { headers?: Record<string, string>; body?: string; signed?: boolean; length?: boolean } = {},
): Buffer {
  const body = Buffer.from(opts.body ?? "", "utf8");
  const headers: Record<string, string> = { host: `127.0.0.1:${port}`, connection: "close" };
  if (opts.signed) {
    const type = opts.headers?.["content-type"] ?? "application/json";
    Object.assign(headers, signedRequest(SECRET, opts.body ?? "", type as "application/json").headers);
  }
  Object.assign(headers, opts.headers);
  if (opts.length !== false && (opts.body !== undefined || requestLine.startsWith("POST"))) {
    headers["content-length"] = String(body.length);
  }
  const head = `${requestLine}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n")}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

const is4xx = (status: number | null) => status !== null && status >= 400 && status < 500;

interface OddCase {
  name: string;
  request: () => Buffer;
  /** "4xx", or 200 for health checks. */
  expect: "4xx" | 200;
  /** HEAD: the answer must have no body. */
  noBody?: boolean;
}

const CASES: OddCase[] = [
  { name: "GET /", request: () => raw("GET / HTTP/1.1"), expect: "4xx" },
  { name: "GET /slack/events", request: () => raw("GET /slack/events HTTP/1.1"), expect: "4xx" },
  {
    name: "HEAD /healthz",
    request: () => raw("HEAD /healthz HTTP/1.1"),
    expect: 200,
    noBody: true,
  },
  { name: "GET /healthz?x=1", request: () => raw("GET /healthz?x=1 HTTP/1.1"), expect: 200 },
  {
    name: "POST /slack/events/ (trailing slash, unsigned)",
    request: () => raw("POST /slack/events/ HTTP/1.1", { body: '{"type":"url_verification"}' }),
    expect: "4xx",
  },
  {
    name: "PUT /slack/events",
    request: () => raw("PUT /slack/events HTTP/1.1", { body: "{}" }),
    expect: "4xx",
  },
  { name: "OPTIONS /slack/events", request: () => raw("OPTIONS /slack/events HTTP/1.1"), expect: "4xx" },
  { name: "OPTIONS *", request: () => raw("OPTIONS * HTTP/1.1"), expect: "4xx" },
  { name: "DELETE /slack/events", request: () => raw("DELETE /slack/events HTTP/1.1"), expect: "4xx" },
  { name: "PATCH /healthz", request: () => raw("PATCH /healthz HTTP/1.1", { body: "x" }), expect: "4xx" },
  {
    name: "GET /slack/../../etc/passwd",
    request: () => raw("GET /slack/../../etc/passwd HTTP/1.1"),
    expect: "4xx",
  },
  {
    name: "POST /slack/events/../events (dot segments)",
    request: () => raw("POST /slack/events/../events HTTP/1.1", { body: "{}" }),
    expect: "4xx",
  },
  {
    name: "GET http://evil.example/ (absolute form)",
    request: () => raw("GET http://evil.example/slack/events HTTP/1.1"),
    expect: "4xx",
  },
  {
    name: "a 64 KB header",
    request: () => raw("GET /healthz HTTP/1.1", { headers: { "x-junk": "a".repeat(64 * 1024) } }),
    expect: "4xx",
  },
  {
    name: "POST /slack/events without Content-Length (chunked)",
    request: () =>
      Buffer.concat([
        raw("POST /slack/events HTTP/1.1", {
          headers: { "transfer-encoding": "chunked", "content-type": "application/json" },
          length: false,
        }),
        Buffer.from("2\r\n{}\r\n0\r\n\r\n"),
      ]),
    expect: "4xx",
  },
  {
    name: "POST /slack/events with a Content-Length over the cap",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        headers: { "content-length": String(10 * 1024 * 1024), "content-type": "application/json" },
        length: false,
      }),
    expect: "4xx",
  },
  {
    name: "invalid JSON with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: '{"type":"event_callback","event":',
        signed: true,
        headers: { "content-type": "application/json" },
      }),
    expect: "4xx",
  },
  {
    name: "a JSON array with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: "[1,2,3]",
        signed: true,
        headers: { "content-type": "application/json" },
      }),
    expect: "4xx",
  },
  {
    name: "a form body with a valid signature but no payload",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: "foo=bar&baz=1",
        signed: true,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    expect: "4xx",
  },
  {
    name: "a form payload that is not JSON, with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: "payload=%7Bnot-json",
        signed: true,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    expect: "4xx",
  },
  {
    name: "an event_callback whose event is a string, with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: JSON.stringify({ type: "event_callback", event_id: "EvODDSTRING1", event: "app_mention" }),
        signed: true,
        headers: { "content-type": "application/json" },
      }),
    expect: "4xx",
  },
  {
    name: "a view_submission with nothing in it, with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: `payload=${encodeURIComponent(JSON.stringify({ type: "view_submission" }))}`,
        signed: true,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    expect: "4xx",
  },
  {
    name: "an unknown content type with a valid signature",
    request: () =>
      raw("POST /slack/events HTTP/1.1", {
        body: "hello",
        signed: true,
        headers: { "content-type": "text/plain" },
      }),
    expect: "4xx",
  },
  {
    name: "an unsigned POST /slack/events",
    request: () => raw("POST /slack/events HTTP/1.1", { body: '{"type":"event_callback"}' }),
    expect: "4xx",
  },
];

describe("odd requests to the HTTP port", () => {
  for (const c of CASES) {
    it(
      `${c.name}: ${c.expect === 200 ? "200" : "4xx"}, and the bot still answers`,
      async () => {
        const p = await ensureBot();
        const res = await rawRequest(p, c.request());
        if (c.expect === 200) expect(res.status).toBe(200);
        else expect(is4xx(res.status), `status ${res.status}: ${res.head.split("\r\n")[0]}`).toBe(true);
        if (c.noBody) expect(res.body).toBe("");
        await stillAnswers();
      },
      CASE_MS + START_MS,
    );
  }

  it(
    "keeps answering while 20 clients trickle their bodies (slowloris)",
    async () => {
      const p = await ensureBot();
      const slow: Socket[] = [];
      try {
        for (let i = 0; i < 20; i++) {
          const socket = connect({ host: "127.0.0.1", port: p });
          socket.on("error", () => {});
          await new Promise<void>((r) => socket.once("connect", () => r()));
          socket.write(
            `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
          );
          slow.push(socket);
        }
        const health = await fetch(`http://127.0.0.1:${p}/healthz`);
        expect(health.status).toBe(200);
        await stillAnswers();
      } finally {
        for (const s of slow) s.destroy();
      }
    },
    CASE_MS + START_MS,
  );

  it(
    "HOST=127.0.0.1 listens on loopback only",
    async (ctx) => {
      const p = await ensureBot();
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
      if (!outside) return ctx.skip();
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: outside, port: p });
        socket.once("connect", () => {
          socket.destroy();
          resolve(true);
        });
        socket.once("error", () => resolve(false));
      });
      expect(reached, `port ${p} answered on ${outside}`).toBe(false);
    },
    START_MS,
  );

  it("never printed the token or the signing secret", () => {
    const all = everything.join("\n") + (bot?.output() ?? "");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
  });
});

describe("odd requests to the playground (npm start without Slack)", () => {
  let playground: ChildBot | null = null;
  let botPort = 0;
  let pagePort = 0;

  /** A running playground; a fresh one if the last case killed it. */
  async function ensurePlayground(): Promise<ChildBot> {
    if (playground?.alive() && (await serving(botPort)) && (await serving(pagePort, "/"))) return playground;
    if (playground) {
      playground.kill();
      await playground.exited;
    }
    const started = spawnMain({ PORT: "0" });
    playground = started;
    botPort = await httpPortOf(started, START_MS);
    pagePort = Number(new URL(await waitForLine(started, /プレイグラウンド: (\S+)/, START_MS)).port);
    return started;
  }

  beforeAll(async () => {
    await ensurePlayground();
  }, START_MS * 2);

  afterAll(async () => {
    playground?.kill();
    if (playground) await playground.exited;
  });

  /** The page sends `/plan 18`; the bot's answer reaches the page's event stream. */
  async function playgroundStillAnswers(): Promise<void> {
    const running = playground as ChildBot;
    expect(running.alive(), running.output().slice(-2000)).toBe(true);
    const origin = `http://127.0.0.1:${pagePort}`;
    const abort = new AbortController();
    const stream = await fetch(`${origin}/play/stream`, { signal: abort.signal });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let seen = "";
    const decoder = new TextDecoder();
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        seen += decoder.decode(value, { stream: true });
      }
    })().catch(() => {});
    try {
      const before = seen.split("No.18 ふるさと納税制度の活用").length;
      const res = await fetch(`${origin}/play/message`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ text: "/plan 18" }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      await waitUntil(
        () => seen.split("No.18 ふるさと納税制度の活用").length > before,
        "the playground to show the answer to /plan 18",
        { bot: running },
      );
    } finally {
      abort.abort();
      await reading;
    }
  }

  const BOT_CASES: [string, () => Buffer][] = [
    ["GET /", () => Buffer.from("GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")],
    [
      "HEAD /slack/events",
      () => Buffer.from("HEAD /slack/events HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"),
    ],
    [
      "OPTIONS /slack/events",
      () => Buffer.from("OPTIONS /slack/events HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"),
    ],
    [
      "PUT /slack/events/",
      () =>
        Buffer.from(
          "PUT /slack/events/ HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
        ),
    ],
  ];

  for (const [name, request] of BOT_CASES) {
    it(
      `the internal bot port answers ${name} with a 4xx and the playground still answers /plan 18`,
      async () => {
        await ensurePlayground();
        const res = await rawRequest(botPort, request());
        expect(is4xx(res.status), `status ${res.status}`).toBe(true);
        await playgroundStillAnswers();
      },
      CASE_MS + START_MS,
    );
  }

  it(
    "the page's own port refuses odd requests and keeps serving",
    async () => {
      await ensurePlayground();
      for (const line of [
        "GET /../../etc/passwd HTTP/1.1",
        "PUT / HTTP/1.1",
        "DELETE /play/message HTTP/1.1",
        "OPTIONS * HTTP/1.1",
      ]) {
        const res = await rawRequest(
          pagePort,
          Buffer.from(
            `${line}\r\nhost: 127.0.0.1:${pagePort}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
          ),
        );
        expect(is4xx(res.status), `${line}: ${res.status}`).toBe(true);
      }
      await playgroundStillAnswers();
    },
    CASE_MS + START_MS,
  );
});
