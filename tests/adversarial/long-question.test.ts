/**
 * An 85,000-character mention (under the 256 KiB body cap) must not stop the bot: it is answered (or politely
 * refused), and the health check answers while it is being handled. Run against the entry point in a child
 * process so that a matcher that blocks the event loop blocks the bot, not the test. No durations are asserted:
 * both must complete within the test's timeout.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/app.ts";
import { eventBody, signedRequest } from "../../src/slack-stand-in/signed-request.ts";
import { SlackWebApiStandIn } from "../../src/slack-stand-in/web-api-stand-in.ts";
import { blockKitProblems } from "../support/block-kit-limits.ts";
import { type ChildBot, httpPortOf, spawnMain, waitUntil } from "../support/child-bot.ts";

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

/** Questions people might paste, repeated to length: real words, so the matcher has work to do. */
function longQuestion(chars: number): string {
  const words = ["ふるさと納税の実績は?", "滞納整理", "No.18", "マイナンバー", "遅れ", "tax", "🍣", "&lt;&amp;&gt;"];
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${words[i % words.length]} `;
  return out.slice(0, chars);
}

async function mention(text: string, ts: string): Promise<Response> {
  const body = eventBody(
    {
      type: "app_mention",
      user: "USTAFF01",
      text: `<@UBOT> ${text}`,
      ts,
      channel: "CLONG0001",
      event_ts: ts,
    },
    `EvLONG${ts.replace(".", "")}`,
  );
  expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES);
  const signed = signedRequest(SECRET, body, "application/json");
  return fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: signed.headers });
}

describe("a very long question", () => {
  it("85,000 characters: answered once, and /healthz answers meanwhile", async () => {
    const ts = "1700200000.000100";
    const question = longQuestion(85_000);
    expect(question.length).toBe(85_000);
    expect((await mention(question, ts)).status).toBe(200);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const replies = () => standIn.callsOf("chat.postMessage").filter((c) => c.args.thread_ts === ts);
    await waitUntil(() => replies().length > 0, "the reply to the long question", {
      bot,
      timeoutMs: 100_000,
    });
    expect(blockKitProblems(replies()[0]?.args ?? {})).toEqual([]);
    // Still serving ordinary questions afterwards.
    const after = "1700200001.000100";
    await mention("No.18", after);
    await waitUntil(
      () => standIn.callsOf("chat.postMessage").some((c) => c.args.thread_ts === after),
      "the reply to a short question after the long one",
      { bot, timeoutMs: 30_000 },
    );
    expect(replies()).toHaveLength(1);
  }, 150_000);
});
