/**
 * The real app over signed HTTP, in-process, with the loopback Web API stand-in: what an attacker with a valid
 * signature, an unlucky network or another bot can make it do. Each test starts its own bot, and where the
 * claim is that something was *not* sent it stops the bot first: `stop()` waits for the work in flight, so
 * "nothing recorded" then means nothing was sent, not that it had not been sent yet.
 */
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ReminderActions } from "../../src/listeners/deps.ts";
import { ACTION, actionId } from "../../src/views/action-ids.ts";
import { blockKitProblems } from "../support/block-kit-limits.ts";
import {
  ADMIN,
  BOT_TOKEN,
  buttonClick,
  type Harness,
  SIGNING_SECRET,
  startHarness,
  uniqueId,
} from "../support/bot-harness.ts";
import { waitUntil } from "../support/child-bot.ts";
import { ackMessage, commandAnswer } from "../support/command-answer.ts";
import { commandBody, eventBody, interactionBody, signedRequest } from "../support/slack-requests.ts";
import type { RecordedCall } from "../support/web-api-stand-in.ts";

const harnesses: Harness[] = [];
const allLogs: string[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    allLogs.push(...h.logs);
    await h.stop();
  }
});

async function fresh(overrides: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(overrides);
  harnesses.push(h);
  return h;
}

/** Stops taking requests and waits for the work in flight: after this, the recorded calls are final. */
const settle = (h: Harness) => h.bot.stop();

const posts = (h: Harness) => h.standIn.callsOf("chat.postMessage");
const postsTo = (h: Harness, threadTs: string) => posts(h).filter((c) => c.args.thread_ts === threadTs);

let tsCounter = 0;
const nextTs = () => `17000${String(10_000 + tsCounter++).padStart(5, "0")}.000100`;

function mention(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return {
    ts,
    event: { type: "app_mention", user: "USTAFF01", text, ts, channel: "CGENERAL1", event_ts: ts, ...extra },
  };
}

async function waitForCalls(h: Harness, predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 15_000) {
  await h.standIn.waitFor(predicate, timeoutMs);
}

/** A loopback server that records every request it gets: a response_url host that is not Slack's. */
async function startRecorder(): Promise<{ server: Server; origin: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const FATE_UNKNOWN = /(受け取ったかどうか|届いたか)(わか|分か)りません/;

describe("a reply whose fate is unknown is posted once", () => {
  it.each([
    ["the connection is dropped after Slack read the request", { body: null, dropConnection: true }],
    ["Slack answers 500", { status: 500, body: { ok: false, error: "internal_error" } }],
    ["Slack answers 503", { status: 503, body: "Service Unavailable" }],
  ])(
    "%s: one call, a log line saying the fate is unknown, no second post",
    async (_name, reply) => {
      const h = await fresh();
      h.standIn.queue("chat.postMessage", reply);
      const { ts, event } = mention("<@UBOT> No.18");
      expect((await h.event(event)).status).toBe(200);
      await waitForCalls(h, (calls) => calls.some((c) => c.method === "chat.postMessage"));
      await waitUntil(
        () => h.logs.some((l) => FATE_UNKNOWN.test(l)),
        "a log line saying the fate is unknown",
      );
      await settle(h);
      expect(postsTo(h, ts)).toHaveLength(1);
    },
    30_000,
  );
});

describe("response_url is only used when it is Slack's (or the configured stand-in)", () => {
  const dryRun: ReminderActions = {
    dryRunMessage: async () => ({
      text: "今週のお知らせ（ドライラン）: UNOZEI01 nozei@city.osaki.example",
      blocks: [],
    }),
    snooze: async () => "スヌーズしました",
  };

  it("posts nothing to another host, for /plan, the admin dry run and a button", async () => {
    const recorder = await startRecorder();
    try {
      const h = await fresh({ reminders: dryRun });
      const port = new URL(recorder.origin).port;
      const foreign = [
        `${recorder.origin}/plan-18`,
        `http://localhost:${port}/localhost`,
        `http://hooks.slack.com@127.0.0.1:${port}/userinfo`,
        `http://127.0.0.1:${port}/commands/T0000/1234/hooks.slack.com`,
      ];
      const command = (text: string, responseUrl: string, user = "USTAFF01") =>
        h.post(
          commandBody({
            command: "/plan",
            text,
            user_id: user,
            channel_id: "CPLAN0001",
            response_url: responseUrl,
          }),
          "application/x-www-form-urlencoded",
        );
      for (const url of foreign) {
        expect((await command("18", url)).status).toBeLessThan(500);
        expect((await command("remind", url, ADMIN)).status).toBeLessThan(500);
        const click = buttonClick({
          actionId: actionId(ACTION.showDetail, 18),
          value: "18",
          responseUrl: url,
        });
        expect((await h.action(click)).status).toBeLessThan(500);
      }
      // The stand-in's own response URLs keep working, for the same commands.
      const good18 = await commandAnswer(
        await h.command("18", { responseId: "GOOD18" }),
        h.standIn,
        "GOOD18",
      );
      const remind = await commandAnswer(
        await h.command("remind", { user: ADMIN, responseId: "GOODREMIND" }),
        h.standIn,
        "GOODREMIND",
      );
      await settle(h);
      expect(recorder.received).toEqual([]);
      expect(JSON.stringify(good18.blocks)).toContain("No.18");
      expect(String(remind.text)).toContain("nozei@");
    } finally {
      await new Promise((r) => recorder.server.close(r));
    }
  }, 30_000);
});

/**
 * Stamps each recorded call with the moment a 5 ms poll first saw it, to compare calls with each other (never
 * with a fixed limit).
 */
function stampCalls(h: Harness): { seenAt: Map<RecordedCall, number>; stop: () => void } {
  const seenAt = new Map<RecordedCall, number>();
  const timer = setInterval(() => {
    for (const call of h.standIn.calls) if (!seenAt.has(call)) seenAt.set(call, performance.now());
  }, 5);
  return { seenAt, stop: () => clearInterval(timer) };
}

describe("rate limits are per channel", () => {
  it("a 429 with Retry-After in channel A does not hold back a reply in channel B", async () => {
    const h = await fresh();
    const stamps = stampCalls(h);
    try {
      h.standIn.queue("chat.postMessage", {
        status: 429,
        headers: { "retry-after": "3" },
        body: { ok: false, error: "ratelimited" },
      });
      const a = mention("<@UBOT> No.5", { channel: "CCHANNELA" });
      await h.event(a.event);
      await waitForCalls(h, (calls) => calls.some((c) => c.method === "chat.postMessage"));
      const b = mention("<@UBOT> No.6", { channel: "CCHANNELB" });
      await h.event(b.event);
      await waitForCalls(
        h,
        (calls) => calls.filter((c) => c.method === "chat.postMessage").length >= 3,
        20_000,
      );
      await settle(h);
      await waitUntil(() => posts(h).every((c) => stamps.seenAt.has(c)), "the poll to see every call");
      const [a1, second, third] = posts(h);
      const order = [a1, second, third].map((c) => String(c?.args.channel));
      // A (429), then B, then A again after its Retry-After.
      expect(order).toEqual(["CCHANNELA", "CCHANNELB", "CCHANNELA"]);
      expect(posts(h)).toHaveLength(3);
      // B went out in the first half of A's wait, not when A's wait ended (a paused queue sends B right before
      // A's retry). Compared with each other: no fixed duration.
      const at = (c: RecordedCall | undefined) => stamps.seenAt.get(c as RecordedCall) as number;
      const midpoint = (at(a1) + at(third)) / 2;
      expect(at(second)).toBeLessThan(midpoint);
    } finally {
      stamps.stop();
    }
  }, 30_000);
});

describe("requests Slack did not send", () => {
  it("refuses a timestamp six minutes in the future (401) and processes nothing", async () => {
    const h = await fresh();
    const future = mention("<@UBOT> No.18");
    const res = await h.event(future.event, uniqueId("Ev"), {
      timestamp: Math.floor(Date.now() / 1000) + 6 * 60,
    });
    expect(res.status).toBe(401);
    const now = mention("<@UBOT> No.17");
    await h.event(now.event);
    await waitForCalls(h, () => postsTo(h, now.ts).length === 1);
    await settle(h);
    expect(postsTo(h, future.ts)).toEqual([]);
  }, 20_000);

  it("refuses a stale timestamp, a forged signature, a body signed for another body, and no signature", async () => {
    const h = await fresh();
    const m = mention("<@UBOT> No.18");
    const body = eventBody(m.event, uniqueId("Ev"));
    const stale = await h.post(body, "application/json", {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const forged = await h.post(body, "application/json", { secret: "not-the-secret" });
    const other = signedRequest(SIGNING_SECRET, "{}", "application/json");
    const swapped = await fetch(h.bot.url as string, { method: "POST", body, headers: other.headers });
    const unsigned = await fetch(h.bot.url as string, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    for (const res of [stale, forged, swapped, unsigned]) expect(res.status).toBe(401);
    await settle(h);
    expect(posts(h)).toEqual([]);
  }, 20_000);

  it("does not answer another bot's mention (no bot loops), but answers a person's", async () => {
    const h = await fresh();
    const fromBot = mention("<@UBOT> No.18", { bot_id: "BOTHER01", user: "UOTHERBOT" });
    const fromBotNoUser = mention("<@UBOT> No.18", { bot_id: "BOTHER02", user: undefined });
    const person = mention("<@UBOT> No.17");
    await h.event(fromBot.event);
    await h.event(fromBotNoUser.event);
    await h.event(person.event);
    await waitForCalls(h, () => postsTo(h, person.ts).length === 1);
    await settle(h);
    expect(postsTo(h, fromBot.ts)).toEqual([]);
    expect(postsTo(h, fromBotNoUser.ts)).toEqual([]);
  }, 20_000);

  it("processes a replayed slash command (same body, same signature) once", async () => {
    const h = await fresh();
    const body = commandBody({
      command: "/plan",
      text: "18",
      user_id: "USTAFF01",
      channel_id: "CPLAN0001",
      response_url: h.standIn.responseUrl("REPLAYCMD"),
    });
    const signed = signedRequest(SIGNING_SECRET, body, "application/x-www-form-urlencoded");
    const acks: (Record<string, unknown> | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(h.bot.url as string, { method: "POST", body, headers: signed.headers });
      if (i === 0) expect(res.status).toBe(200);
      acks.push(await ackMessage(res));
    }
    await settle(h);
    // Answered in an ack or through response_url, but once in all.
    const answers =
      acks.filter((a) => a !== null).length +
      h.standIn.calls.filter((c) => c.responseId === "REPLAYCMD").length;
    expect(answers).toBe(1);
  }, 20_000);

  it("processes a replayed button click once", async () => {
    const h = await fresh();
    const body = interactionBody(
      buttonClick({
        actionId: actionId(ACTION.showDetail, 17),
        value: "17",
        responseUrl: h.standIn.responseUrl("REPLAYCLICK"),
        ephemeral: true,
      }),
    );
    const signed = signedRequest(SIGNING_SECRET, body, "application/x-www-form-urlencoded");
    const first = await fetch(h.bot.url as string, { method: "POST", body, headers: signed.headers });
    expect(first.status).toBe(200);
    await fetch(h.bot.url as string, { method: "POST", body, headers: signed.headers });
    await settle(h);
    expect(h.standIn.calls.filter((c) => c.responseId === "REPLAYCLICK")).toHaveLength(1);
  }, 20_000);

  it("answers an event Slack retries three times (same event_id) once", async () => {
    const h = await fresh();
    const m = mention("<@UBOT> No.5");
    await h.event(m.event, "EvADVRETRY1");
    for (const n of ["1", "2", "3"])
      await h.event(m.event, "EvADVRETRY1", {
        headers: { "x-slack-retry-num": n, "x-slack-retry-reason": "http_error" },
      });
    await waitForCalls(h, () => postsTo(h, m.ts).length >= 1);
    await settle(h);
    expect(postsTo(h, m.ts)).toHaveLength(1);
  }, 20_000);
});

describe("buttons", () => {
  it("acknowledges a click on a button no listener knows and says it is no longer valid", async () => {
    const h = await fresh();
    const res = await h.action(
      buttonClick({
        actionId: "renamed_old_button:3",
        value: "3",
        responseUrl: h.standIn.responseUrl("STALE1"),
      }),
    );
    expect(res.status).toBe(200);
    await waitForCalls(h, (calls) => calls.some((c) => c.responseId === "STALE1"));
    const told = h.standIn.calls.find((c) => c.responseId === "STALE1");
    expect(String(told?.args.text)).toMatch(/ボタン/);
  }, 20_000);
});

describe("buttons without a response_url (the Home tab)", () => {
  it("acknowledges an unknown button on the Home tab and tells the person in a message", async () => {
    const h = await fresh();
    const res = await h.action(buttonClick({ actionId: "renamed_old_button:4", value: "4", home: true }));
    expect(res.status).toBe(200);
    const toPerson = (c: RecordedCall) =>
      (c.method === "chat.postMessage" || c.method === "chat.postEphemeral") &&
      (c.args.channel === "USTAFF01" || c.args.user === "USTAFF01");
    await waitForCalls(h, (calls) => calls.some(toPerson));
    expect(String(h.standIn.calls.find(toPerson)?.args.text)).toMatch(/ボタン/);
  }, 20_000);
});

describe("escaping", () => {
  const MARKUP = ["<!channel>", "<!here>", "<https://evil.example|x>", "<@U0BOSS>", "<!subteam^S0TEAM>"];
  /** What Slack parses for markup: the top-level text and every mrkdwn text object (plain_text shows as typed). */
  const mrkdwnOf = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(mrkdwnOf);
    if (typeof value !== "object" || value === null) return [];
    const o = value as Record<string, unknown>;
    const own = o.type === "mrkdwn" && typeof o.text === "string" ? [o.text] : [];
    return [...own, ...Object.values(o).flatMap(mrkdwnOf)];
  };
  const noMarkup = (call: RecordedCall | undefined) => {
    const args = call?.args ?? {};
    const parsed = [String(args.text ?? ""), ...mrkdwnOf(args.blocks)].join("\n");
    for (const m of MARKUP) expect(parsed, `${m} reached Slack unescaped`).not.toContain(m);
  };

  it("escapes markup from the data in the notification text of the card and the detail", async () => {
    const h = await fresh();
    const file = join(h.dataDir, "items", "18.yml");
    const yaml = await readFile(file, "utf8");
    writeFileSync(
      file,
      yaml.replace(/^title: .*$/m, 'title: "ふるさと納税 <!channel> <https://evil.example|x> & 活用"'),
    );
    const reloaded = h.plans.reload();
    expect(reloaded.ok, reloaded.ok ? "" : reloaded.error.message).toBe(true);

    const card = await commandAnswer(
      await h.command("18", { responseId: "ESC-CARD" }),
      h.standIn,
      "ESC-CARD",
    );
    await h.action(
      buttonClick({
        actionId: actionId(ACTION.showDetail, 18),
        value: "18",
        responseUrl: h.standIn.responseUrl("ESC-DETAIL"),
        ephemeral: true,
      }),
    );
    const m = mention("<@UBOT> No.18");
    await h.event(m.event);
    await waitForCalls(
      h,
      (calls) => calls.some((c) => c.responseId === "ESC-DETAIL") && postsTo(h, m.ts).length === 1,
    );
    const sent = [
      { args: card } as RecordedCall,
      h.standIn.calls.find((c) => c.responseId === "ESC-DETAIL"),
      postsTo(h, m.ts)[0],
    ];
    for (const call of sent) {
      const text = String(call?.args.text);
      expect(text).toContain("&lt;!channel&gt;");
      expect(text).toContain("&amp; 活用");
      noMarkup(call);
    }
  }, 20_000);

  it("never echoes markup from the question, in text or blocks", async () => {
    const h = await fresh();
    // What Slack delivers: typed text escaped, real mentions and links as markup.
    const m = mention(
      "<@UBOT> &lt;!here&gt; <!channel> <!subteam^S0TEAM> <@U0BOSS> <https://evil.example|x> 天気 &amp; 気温は?",
    );
    await h.event(m.event);
    const answer = await commandAnswer(
      await h.command("&lt;!here&gt; <https://evil.example|x> 天気は?", { responseId: "ESC-Q" }),
      h.standIn,
      "ESC-Q",
    );
    await waitForCalls(h, () => postsTo(h, m.ts).length === 1);
    noMarkup(postsTo(h, m.ts)[0]);
    noMarkup({ args: answer } as RecordedCall);
    expect(JSON.stringify(postsTo(h, m.ts)[0]?.args)).not.toContain("&amp;lt;");
  }, 20_000);

  it("does not echo bidi control characters from the question", async () => {
    const h = await fresh();
    const bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    const question = `今日の${bidi}天気\u202Eは?\u2069 ふる\u2066さと`;
    const m = mention(`<@UBOT> ${question}`);
    await h.event(m.event);
    const answer = await commandAnswer(
      await h.command(question, { responseId: "BIDI-CMD" }),
      h.standIn,
      "BIDI-CMD",
    );
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "DSTAFF01",
      user: "USTAFF01",
      text: question,
      ts: nextTs(),
    });
    await waitForCalls(
      h,
      (calls) =>
        postsTo(h, m.ts).length === 1 &&
        calls.some((c) => c.method === "chat.postMessage" && c.args.channel === "DSTAFF01"),
    );
    await settle(h);
    for (const args of [answer, ...h.standIn.calls.map((c) => c.args)])
      expect(JSON.stringify(args)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  }, 20_000);
});

describe("Block Kit limits", () => {
  it("keeps every answer within Slack's limits for long and odd questions", async () => {
    const h = await fresh();
    const long = "ふるさと納税の実績と滞納整理の状況は? ".repeat(200);
    const questions = [
      long,
      "a".repeat(3_900),
      "🍣".repeat(2_000),
      "*_~`> ".repeat(600),
      "No.".repeat(1_000),
      "遅れ ".repeat(700),
    ];
    const answers: Record<string, unknown>[] = [];
    for (const q of questions) {
      const id = uniqueId("LIM");
      answers.push(await commandAnswer(await h.command(q, { responseId: id }), h.standIn, id, 30_000));
      await h.event(mention(`<@UBOT> ${q}`).event);
    }
    await waitForCalls(h, () => posts(h).length >= questions.length, 30_000);
    await settle(h);
    for (const args of [...answers, ...h.standIn.calls.map((c) => c.args)])
      expect(blockKitProblems(args), String(args.text).slice(0, 80)).toEqual([]);
  }, 60_000);
});

describe("logs", () => {
  // Last in the file: every bot above logged at debug level, and none of it may carry a secret.
  it("never contain the bot token or the signing secret", () => {
    const all = allLogs.join("\n");
    expect(allLogs.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
