/**
 * A reproducible fuzz of the real entry point (child process, HTTP mode): 300 odd requests — random methods,
 * paths, headers and bodies, signed and unsigned, stale and future timestamps, unknown buttons, foreign
 * response URLs, Slack's retries — mixed with good questions in random unicode (very long ones, emoji, control
 * characters, mrkdwn and HTML). Afterwards the bot still answers, and every good question got exactly one reply.
 *
 * The PRNG is seeded (FUZZ_SEED overrides it); a failure message names the seed and the request.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION, actionId } from "../../src/views/action-ids.ts";
import { blockKitProblems } from "../support/block-kit-limits.ts";
import { buttonClick } from "../support/bot-harness.ts";
import { type ChildBot, httpPortOf, rawRequest, spawnMain, waitUntil } from "../support/child-bot.ts";
import { ackMessage } from "../support/command-answer.ts";
import { commandBody, eventBody, interactionBody, signedRequest } from "../support/slack-requests.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const REQUESTS = 300;
const CONCURRENCY = 8;
const TOKEN = "xoxb-1212-3434-fuzztokenvalue";
const SECRET = "fuzz-signing-secret-abcdef0123";

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;

const FRAGMENTS = [
  "ふるさと納税の実績は?",
  "No.18",
  "納税課",
  "遅れ",
  "マイナンバー",
  "仙台市",
  "🍣🍺👨‍👩‍👧‍👦",
  "*太字* _斜体_ ~打消し~ `code` ```block```",
  "> 引用",
  "<script>alert(1)</script>",
  "&lt;!channel&gt;",
  "<!here>",
  "<https://evil.example|click>",
  "<@U0BOSS>",
  "\u0000\u0007\u001b[31m",
  "\u202Eevil\u202C",
  "\uFEFF\u200B\u200D",
  "Ｎｏ．１８",
  "'; DROP TABLE events; --",
  "../../etc/passwd",
  "%00%ff",
  "\\u0000",
  "\r\n\r\n",
  " ",
];

function randomUnicode(length: number): string {
  let out = "";
  while (out.length < length) {
    const r = random();
    if (r < 0.5) out += pick(FRAGMENTS);
    else if (r < 0.8) out += String.fromCodePoint(0x3040 + int(0x60));
    else if (r < 0.9) out += String.fromCodePoint(0x1f300 + int(0x300));
    else out += String.fromCodePoint(int(0x2fff));
  }
  // By code point, so that no surrogate pair is cut in half.
  return [...out].slice(0, length).join("");
}

function randomQuestion(): string {
  const r = random();
  if (r < 0.05) return randomUnicode(2_000 + int(6_000));
  if (r < 0.15) return randomUnicode(200 + int(800));
  return randomUnicode(1 + int(60));
}

let standIn: SlackWebApiStandIn;
let recorder: Server;
const foreignHits: string[] = [];
let foreignOrigin = "";
let stateDir: string;
let bot: ChildBot;
let port = 0;

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  recorder = createServer((req, res) => {
    foreignHits.push(`${req.method} ${req.url}`);
    req.resume();
    res.end('{"ok":true}');
  });
  await new Promise<void>((r) => recorder.listen(0, "127.0.0.1", r));
  foreignOrigin = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  stateDir = mkdtempSync(join(tmpdir(), "adversarial-fuzz-"));
  bot = spawnMain({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    STATE_DB: join(stateDir, "state.db"),
  });
  port = await httpPortOf(bot, 60_000);
}, 60_000);

afterAll(async () => {
  bot?.kill();
  if (bot) await bot.exited;
  await standIn.stop();
  await new Promise((r) => recorder.close(r));
  rmSync(stateDir, { recursive: true, force: true });
});

type Send = () => Promise<void>;

/** What went wrong during the fuzz, reported together at the end so that one finding does not hide the rest. */
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};
const show = (s: string) => JSON.stringify(s).slice(0, 160);

/** Good mentions (by ts, the thread their reply goes to) and good commands (by response id → their acks). */
const goodMentions = new Map<string, string>();
const goodCommands = new Map<string, Record<string, unknown> | null>();
/** Threads of requests that must not be answered (stale, future, wrong signature). */
const refusedThreads = new Set<string>();
const sentMentions: { body: string; ts: string }[] = [];
let seq = 0;
const nextTs = () => `1700300${String(seq++).padStart(3, "0")}.000100`;

const url = () => `http://127.0.0.1:${port}/slack/events`;
const signed = (body: string, type: "application/json" | "application/x-www-form-urlencoded", ts?: number) =>
  signedRequest(SECRET, body, type, ts).headers;

function mentionBody(ts: string, text: string, extra: Record<string, unknown> = {}) {
  return eventBody(
    { type: "app_mention", user: "USTAFF01", text: `<@UBOT> ${text}`, ts, channel: "CFUZZ0001", ...extra },
    `EvFUZZ${ts.replace(".", "")}`,
  );
}

const generators: [number, () => Send][] = [
  // A good question by mention.
  [
    18,
    () => {
      const ts = nextTs();
      const question = randomQuestion();
      const body = mentionBody(ts, question);
      goodMentions.set(ts, question);
      sentMentions.push({ body, ts });
      return async () => {
        const res = await fetch(url(), { method: "POST", body, headers: signed(body, "application/json") });
        check(res.status === 200, `good mention answered HTTP ${res.status}: ${show(question)}`);
      };
    },
  ],
  // A good /plan question.
  [
    12,
    () => {
      const id = `FUZZCMD${seq++}`;
      const question = [...randomQuestion()].slice(0, 3_000).join("");
      const body = commandBody({
        command: "/plan",
        text: question,
        user_id: "USTAFF01",
        channel_id: "CFUZZ0001",
        response_url: standIn.responseUrl(id),
      });
      goodCommands.set(id, null);
      return async () => {
        const res = await fetch(url(), {
          method: "POST",
          body,
          headers: signed(body, "application/x-www-form-urlencoded"),
        });
        check(res.status === 200, `good command answered HTTP ${res.status}: ${show(question)}`);
        goodCommands.set(id, await ackMessage(res));
      };
    },
  ],
  // Slack's retry of a good mention already sent: same event_id, must not be answered again.
  [
    6,
    () => {
      const earlier = sentMentions.length > 0 ? pick(sentMentions) : null;
      return async () => {
        if (!earlier) return;
        await fetch(url(), {
          method: "POST",
          body: earlier.body,
          headers: {
            ...signed(earlier.body, "application/json"),
            "x-slack-retry-num": String(1 + int(3)),
            "x-slack-retry-reason": pick(["http_timeout", "http_error", "too_many_requests"]),
          },
        });
      };
    },
  ],
  // A mention that is stale, future-dated, or signed with another secret: refused, never answered.
  [
    8,
    () => {
      const ts = nextTs();
      refusedThreads.add(ts);
      const body = mentionBody(ts, randomQuestion());
      const now = Math.floor(Date.now() / 1000);
      const kind = int(3);
      const headers =
        kind === 2
          ? signedRequest("not-the-secret", body, "application/json").headers
          : signed(body, "application/json", now + (kind === 0 ? -1 : 1) * (6 * 60 + int(3600)));
      return async () => {
        const res = await fetch(url(), { method: "POST", body, headers });
        check(res.status === 401, `a stale, future or forged request answered HTTP ${res.status}`);
      };
    },
  ],
  // Signed garbage: invalid JSON, JSON of the wrong shape, forms without a payload, odd event types.
  [
    14,
    () => {
      const ts = nextTs();
      const bodies: [string, "application/json" | "application/x-www-form-urlencoded"][] = [
        [randomUnicode(int(200)), "application/json"],
        [JSON.stringify([randomUnicode(10)]), "application/json"],
        [JSON.stringify({ type: randomUnicode(8) }), "application/json"],
        [
          JSON.stringify({ type: "event_callback", event_id: `EvG${ts}`, event: randomUnicode(5) }),
          "application/json",
        ],
        [
          JSON.stringify({
            type: "event_callback",
            event_id: `EvH${ts}`,
            event: {
              type: pick(["message", "reaction_added", "app_mention", "x"]),
              ts,
              channel: "CFUZZ0002",
              text: randomUnicode(20),
              bot_id: "BOTHER",
            },
          }),
          "application/json",
        ],
        [JSON.stringify({ type: "url_verification", challenge: randomUnicode(20) }), "application/json"],
        [`payload=${encodeURIComponent(randomUnicode(50))}`, "application/x-www-form-urlencoded"],
        [
          `payload=${encodeURIComponent(JSON.stringify({ type: pick(["block_actions", "view_submission", "shortcut", "x"]) }))}`,
          "application/x-www-form-urlencoded",
        ],
        [
          `command=%2Fplan&text=${encodeURIComponent(randomUnicode(20))}`,
          "application/x-www-form-urlencoded",
        ],
        [randomUnicode(100), "application/x-www-form-urlencoded"],
      ];
      const [body, type] = pick(bodies);
      return async () => {
        const res = await fetch(url(), { method: "POST", body, headers: signed(body, type) });
        check(res.status < 500, `signed garbage answered HTTP ${res.status}: ${show(body)}`);
      };
    },
  ],
  // Buttons: unknown action ids, foreign response URLs, missing fields.
  [
    10,
    () => {
      const foreign = random() < 0.5;
      const id = `FUZZBTN${seq++}`;
      const payload = buttonClick({
        actionId: pick([
          actionId(ACTION.showDetail, 1 + int(30)),
          actionId(ACTION.pickCandidate, int(99)),
          ACTION.shareToChannel,
          `old_button_${int(9)}`,
          randomUnicode(10),
        ]),
        value: randomUnicode(int(40)),
        responseUrl: foreign ? `${foreignOrigin}/${id}` : standIn.responseUrl(id),
        ephemeral: random() < 0.5,
        home: random() < 0.2,
        user: "USTAFF01",
      });
      if (random() < 0.2) delete payload.actions;
      const body = interactionBody(payload);
      return async () => {
        const res = await fetch(url(), {
          method: "POST",
          body,
          headers: signed(body, "application/x-www-form-urlencoded"),
        });
        check(res.status < 500, `a button click answered HTTP ${res.status}: ${show(body)}`);
      };
    },
  ],
  // Raw HTTP that fetch would not send: odd methods, paths and headers, unsigned.
  [
    32,
    () => {
      const method = pick([
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "OPTIONS",
        "HEAD",
        "PATCH",
        "TRACE",
        "FOO",
        "CONNECT",
      ]);
      const path = pick([
        "/",
        "/slack/events",
        "/slack/events/",
        "/slack/events?x=1",
        "/healthz",
        "/healthz?x",
        "/slack/../healthz",
        "//slack//events",
        "/%2e%2e/%2e%2e/etc/passwd",
        `/${encodeURIComponent(randomUnicode(20))}`,
        "*",
        "http://evil.example/",
        `/${"a".repeat(int(9_000))}`,
      ]);
      const body = random() < 0.5 ? Buffer.from(randomUnicode(int(500)), "utf8") : Buffer.alloc(0);
      const headers = [
        `host: ${pick(["127.0.0.1", "evil.example", "", "a".repeat(300)])}`,
        "connection: close",
        ...(random() < 0.8 ? [`content-length: ${body.length}`] : []),
        ...(random() < 0.3
          ? [
              `content-type: ${pick(["application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"])}`,
            ]
          : []),
        ...(random() < 0.2
          ? [
              `x-slack-request-timestamp: ${pick(["0", "-1", "abc", "99999999999", String(Math.floor(Date.now() / 1000))])}`,
            ]
          : []),
        ...(random() < 0.2 ? [`x-slack-signature: v0=${"0".repeat(64)}`] : []),
        ...(random() < 0.1 ? [`x-junk: ${"j".repeat(int(20_000))}`] : []),
        ...(random() < 0.05 ? ["transfer-encoding: chunked"] : []),
        ...(random() < 0.05 ? ["expect: 100-continue"] : []),
      ];
      const request = Buffer.concat([
        Buffer.from(`${method} ${path} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`, "utf8"),
        body,
      ]);
      return async () => {
        // Whatever the answer (or none: a server may wait for a body it was promised), the bot must survive.
        await rawRequest(port, request, 1_000).catch(() => undefined);
      };
    },
  ],
];

function nextRequest(): Send {
  const total = generators.reduce((sum, [weight]) => sum + weight, 0);
  let r = int(total);
  for (const [weight, make] of generators) {
    if (r < weight) return make();
    r -= weight;
  }
  throw new Error("unreachable");
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`${REQUESTS} odd requests, then every good question has exactly one reply and the bot still answers`, async () => {
    const requests = Array.from({ length: REQUESTS }, () => nextRequest());
    // A pool of workers, each taking the next request: a request the bot leaves unanswered for Bolt's 3 s
    // (signed payloads no listener handles) holds up one worker, not a whole batch.
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        if (!bot.alive()) {
          problems.push(
            `the bot exited during the fuzz (seed ${SEED}, before request ${i}):\n${bot.output().slice(-3000)}`,
          );
          return;
        }
        await (requests[i] as Send)().catch(
          (e: Error) => void problems.push(`request ${i} failed: ${e.message}`),
        );
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(bot.alive(), `the bot exited during the fuzz (seed ${SEED}):\n${bot.output().slice(-3000)}`).toBe(
      true,
    );
    expect(goodMentions.size).toBeGreaterThan(5);
    expect(goodCommands.size).toBeGreaterThan(5);

    // A good request after the fuzz is still answered.
    const last = nextTs();
    const body = mentionBody(last, "No.18");
    const res = await fetch(url(), { method: "POST", body, headers: signed(body, "application/json") });
    expect(res.status).toBe(200);
    const repliesTo = (ts: string) =>
      standIn.callsOf("chat.postMessage").filter((c) => c.args.thread_ts === ts);
    await waitUntil(() => repliesTo(last).length > 0, "the answer after the fuzz", {
      bot,
      timeoutMs: 60_000,
    });
    const commandAnswers = (id: string) =>
      (goodCommands.get(id) ? 1 : 0) + standIn.calls.filter((c) => c.responseId === id).length;
    await waitUntil(
      () =>
        [...goodMentions.keys()].every((ts) => repliesTo(ts).length > 0) &&
        [...goodCommands.keys()].every((id) => commandAnswers(id) > 0),
      "a reply to every good question",
      { bot, timeoutMs: 60_000 },
    );

    // SIGTERM: the bot finishes the work in flight and exits; the recorded calls are then final.
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);

    for (const [ts, question] of goodMentions)
      expect(repliesTo(ts), `replies to ${JSON.stringify(question).slice(0, 200)}`).toHaveLength(1);
    for (const id of goodCommands.keys()) expect(commandAnswers(id), `answers to command ${id}`).toBe(1);
    for (const ts of refusedThreads)
      expect(repliesTo(ts), `a refused request (${ts}) was answered`).toEqual([]);
    expect(foreignHits).toEqual([]);
    for (const call of standIn.calls) expect(blockKitProblems(call.args), call.method).toEqual([]);
    for (const ack of goodCommands.values()) if (ack) expect(blockKitProblems(ack)).toEqual([]);
    expect(bot.output()).not.toContain(TOKEN);
    expect(bot.output()).not.toContain(SECRET);
    expect(problems, `seed ${SEED}`).toEqual([]);
  }, 240_000);
});
