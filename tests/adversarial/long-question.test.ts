/**
 * An 85,000-character question (under the 256 KiB body cap) must not stop the bot: it is answered (or politely
 * refused), and the health check answers while it is being handled. Run against the entry point in a child
 * process so that a matcher that blocks the event loop blocks the bot, not the test. No durations are asserted:
 * both must complete within the test's timeout.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/app.ts";
import { blockKitProblems } from "../support/block-kit-limits.ts";
import { type ChildBot, httpPortOf, spawnMain, waitUntil } from "../support/child-bot.ts";
import { ackMessage } from "../support/command-answer.ts";
import { commandBody, eventBody, signedRequest } from "../support/slack-requests.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const TOKEN = "xoxb-3333-2222-longquestiontoken";
const SECRET = "long-question-signing-secret";

let standIn: SlackWebApiStandIn;
let stateDir: string;
let bot: ChildBot;
let port = 0;

beforeAll(async () => {
  standIn = await new SlackWebApiStandIn().start();
  stateDir = mkdtempSync(join(tmpdir(), "adversarial-long-"));
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
  rmSync(stateDir, { recursive: true, force: true });
});

/**
 * One unbroken run of hiragana ending in a kanji: the form that made the matcher's trailing-okurigana regex
 * quadratic (about 13 s for 85,000 characters on an idle machine, 40 s on a busy one).
 */
const HIRAGANA_RUN = `${"あ".repeat(85_000 - 1)}漢`;

/** Questions people might paste, repeated to length: real words, so every matching step has work to do. */
function pastedWords(chars: number): string {
  const words = ["ふるさと納税の実績は?", "滞納整理", "マイナンバー", "遅れ", "tax", "🍣", "&lt;&amp;&gt;"];
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${words[i % words.length]} `;
  return out.slice(0, chars);
}

type ContentType = "application/json" | "application/x-www-form-urlencoded";
interface SlackRequest {
  body: string;
  type: ContentType;
}

function send({ body, type }: SlackRequest): Promise<Response> {
  const signed = signedRequest(SECRET, body, type);
  return fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: signed.headers });
}

const mention = (text: string, ts: string): SlackRequest => ({
  body: eventBody(
    {
      type: "app_mention",
      user: "USTAFF01",
      text: `<@UBOT> ${text}`,
      ts,
      channel: "CLONG0001",
      event_ts: ts,
    },
    `EvLONG${ts.replace(".", "")}`,
  ),
  type: "application/json",
});

const directMessage = (text: string, ts: string): SlackRequest => ({
  body: eventBody(
    { type: "message", channel_type: "im", channel: "DLONG0001", user: "USTAFF01", text, ts },
    `EvLONGDM${ts.replace(".", "")}`,
  ),
  type: "application/json",
});

const command = (text: string, responseId: string): SlackRequest => ({
  body: commandBody({
    command: "/plan",
    text,
    user_id: "USTAFF01",
    channel_id: "CLONG0001",
    response_url: standIn.responseUrl(responseId),
  }),
  type: "application/x-www-form-urlencoded",
});

const postsWhere = (pred: (args: Record<string, unknown>) => boolean) =>
  standIn.callsOf("chat.postMessage").filter((c) => pred(c.args));

describe("very long questions", () => {
  // The bound is the test's timeout, not an assertion on durations: three long questions through a matcher whose
  // cost grows with the square of the length keep the bot busy far longer; capped or linear, they take
  // milliseconds even on a busy machine.
  it("85,000 characters by mention and DM (27,000 by /plan): each answered once, /healthz answers meanwhile", async () => {
    expect(HIRAGANA_RUN.length).toBe(85_000);
    const pasted = pastedWords(85_000);
    expect(pasted.length).toBe(85_000);
    const requests = [
      mention(HIRAGANA_RUN, "1700200000.000100"),
      directMessage(HIRAGANA_RUN, "1700200000.000200"),
      // Form encoding triples a hiragana's bytes: this is as long as a command fits under the cap.
      command(`${"あ".repeat(27_000)}漢`, "LONGCMD"),
      mention(pasted, "1700200000.000300"),
    ];
    for (const r of requests) expect(Buffer.byteLength(r.body)).toBeLessThan(MAX_BODY_BYTES);
    const sent = requests.map(send);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const responses = await Promise.all(sent);
    for (const res of responses) expect(res.status).toBe(200);
    const commandAck = await ackMessage(responses[2] as Response);

    const threads = ["1700200000.000100", "1700200000.000300"];
    await waitUntil(
      () =>
        threads.every((ts) => postsWhere((a) => a.thread_ts === ts).length > 0) &&
        postsWhere((a) => a.channel === "DLONG0001").length > 0 &&
        (commandAck !== null || standIn.calls.some((c) => c.responseId === "LONGCMD")),
      "answers to the long questions",
      { bot, timeoutMs: 60_000 },
    );
    // Still serving ordinary questions afterwards.
    const after = "1700200001.000100";
    await send(mention("No.18", after));
    await waitUntil(
      () => postsWhere((a) => a.thread_ts === after).length > 0,
      "the reply to a short question after the long ones",
      { bot, timeoutMs: 60_000 },
    );
    for (const ts of threads) expect(postsWhere((a) => a.thread_ts === ts)).toHaveLength(1);
    expect(postsWhere((a) => a.channel === "DLONG0001")).toHaveLength(1);
    const answers = [...standIn.calls.map((c) => c.args), ...(commandAck ? [commandAck] : [])];
    for (const args of answers) expect(blockKitProblems(args)).toEqual([]);
  }, 30_000);
});
