/**
 * The real Bolt app over HTTP, driven the way Slack drives it: signed requests to /slack/events, and the Web
 * API (and response_url) answered by a recording stand-in on loopback. Expected figures are the report's own:
 * No.18 received 98,328 件 / 1,194,846,047 円 (個人版); 納税課 owns No.16 and No.17; seven items are behind.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTION, actionId } from "../../src/views/action-ids.ts";
import {
  ADMIN,
  BOT_TOKEN,
  buttonClick,
  type Harness,
  SIGNING_SECRET,
  startHarness,
  uniqueId,
} from "../support/bot-harness.ts";
import type { RecordedCall } from "../support/web-api-stand-in.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.standIn.calls.length = 0;
});

const blocksText = (call: RecordedCall | undefined) => JSON.stringify(call?.args.blocks ?? []);
const posts = () => h.standIn.callsOf("chat.postMessage");

/** A slash command's answer, which the bot gives in the ack's body (as Slack shows it), shaped like a recorded call. */
async function ackAnswer(res: Response): Promise<RecordedCall> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return { method: "ack", args: (await res.json()) as Record<string, unknown>, tokenKind: null };
}

async function waitForCall(method: string, count = 1): Promise<RecordedCall> {
  await h.standIn.waitFor((calls) => calls.filter((c) => c.method === method).length >= count);
  return h.standIn.callsOf(method)[count - 1] as RecordedCall;
}

describe("mentions and DMs", () => {
  it("answers a mention in the thread of the question, with the item's figures", async () => {
    const res = await h.event({
      type: "app_mention",
      user: "USTAFF01",
      text: "<@UBOT> ふるさと納税の実績は?",
      ts: "1700000100.000200",
      channel: "CGENERAL1",
      event_ts: "1700000100.000200",
    });
    expect(res.status).toBe(200);
    const call = await waitForCall("chat.postMessage");
    expect(call.args).toMatchObject({ channel: "CGENERAL1", thread_ts: "1700000100.000200" });
    expect(call.tokenKind).toBe("xoxb");
    expect(blocksText(call)).toContain("No.18 ふるさと納税制度の活用");
    expect(blocksText(call)).toContain("98,328 件 1,194,846,047 円");
    expect(String(call.args.text)).toContain("状況（令和5年度）: 達成");
  });

  it("answers a follow-up in the thread about the item answered there (「それのR6の見込みは?」)", async () => {
    // A staff member's mention in #general: at the top of the channel, or in the thread of `threadTs`.
    const mention = (text: string, ts: string, threadTs?: string) =>
      h.event({
        type: "app_mention",
        user: "USTAFF01",
        text: `<@UBOT> ${text}`,
        ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        channel: "CGENERAL1",
        event_ts: ts,
      });
    await mention("ふるさと納税の実績は?", "1700000150.000100");
    await waitForCall("chat.postMessage");
    await mention("それのR6の見込みは?", "1700000151.000100", "1700000150.000100");
    const call = await waitForCall("chat.postMessage", 2);
    expect(call.args).toMatchObject({ channel: "CGENERAL1", thread_ts: "1700000150.000100" });
    expect(blocksText(call)).toContain("直前の答え（No.18）についての質問として答えています。");
    expect(blocksText(call)).toContain("寄附受入 個人版 35,000 件 500,000 千円");
    // The same words at the top of another thread name nothing: no item is guessed.
    await mention("それのR6の見込みは?", "1700000152.000100");
    const alone = await waitForCall("chat.postMessage", 3);
    expect(blocksText(alone)).not.toContain("No.18");
  });

  it("answers a DM in the DM, not in a thread", async () => {
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "DSTAFF01",
      user: "USTAFF01",
      text: "No.16",
      ts: "1700000200.000100",
    });
    const call = await waitForCall("chat.postMessage");
    expect(call.args.channel).toBe("DSTAFF01");
    expect(call.args.thread_ts).toBeUndefined();
    expect(blocksText(call)).toContain("30,885,000 円（目標 44,400 千円、達成率 69.6%）");
  });

  it("ignores its own and other bots' messages", async () => {
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "DSTAFF01",
      user: "UBOT",
      bot_id: "BBOT",
      text: "No.16",
      ts: "1700000201.000100",
    });
    await h.event({
      type: "message",
      subtype: "message_changed",
      channel_type: "im",
      channel: "DSTAFF01",
      ts: "1700000202.000100",
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(0);
  });

  it("never pings anyone with text echoed from the question", async () => {
    await h.event({
      type: "app_mention",
      user: "USTAFF01",
      // Text a person typed arrives escaped by Slack; a real mention of someone arrives as markup.
      text: "<@UBOT> &lt;!channel&gt; <@U0BOSS> 今日の天気 &amp; 気温は?",
      ts: "1700000300.000100",
      channel: "CGENERAL1",
    });
    const call = await waitForCall("chat.postMessage");
    const sent = JSON.stringify(call.args);
    expect(sent).not.toContain("<!channel>");
    expect(sent).not.toContain("<@U0BOSS>");
    // Escaped once (Slack shows 「<!channel> 今日の天気 & 気温は?」), never twice.
    // The weather is not in the report: the answer echoes the question as it says so.
    expect(blocksText(call)).toContain(
      "「&lt;!channel&gt; 今日の天気 &amp; 気温は?」は、改革プランの報告書に書かれていないこと",
    );
    expect(sent).not.toContain("&amp;lt;");
  });
});

describe("channels in LISTEN_CHANNELS", () => {
  it("answers a confident question in the thread without a mention", async () => {
    await h.event({
      type: "message",
      channel_type: "channel",
      channel: "CLISTEN01",
      user: "USTAFF01",
      text: "マイナンバーどうなった?",
      ts: "1700000400.000100",
    });
    const call = await waitForCall("chat.postMessage");
    expect(call.args).toMatchObject({ channel: "CLISTEN01", thread_ts: "1700000400.000100" });
    expect(blocksText(call)).toContain("No.10");
  });

  it("stays silent on statements, unsure matches and channels not listed", async () => {
    await h.event({
      type: "message",
      channel_type: "channel",
      channel: "CLISTEN01",
      user: "USTAFF01",
      text: "ふるさと納税の資料を共有します",
      ts: "1700000401.000100",
    });
    await h.event({
      type: "message",
      channel_type: "channel",
      channel: "CLISTEN01",
      user: "USTAFF01",
      text: "お昼どこ行く?",
      ts: "1700000402.000100",
    });
    await h.event({
      type: "message",
      channel_type: "channel",
      channel: "COTHER001",
      user: "USTAFF01",
      text: "ふるさと納税の実績は?",
      ts: "1700000403.000100",
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(0);
  });
});

describe("/plan", () => {
  it("answers by number in the ack itself, ephemeral, with a share button", async () => {
    const res = await h.command("18");
    expect(res.status).toBe(200);
    const call = await ackAnswer(res);
    expect(call.args.response_type).toBe("ephemeral");
    expect(blocksText(call)).toContain("No.18 ふるさと納税制度の活用");
    expect(blocksText(call)).toContain(ACTION.shareToChannel);
  });

  it("lists a department's items", async () => {
    const call = await ackAnswer(await h.command("納税課"));
    expect(String(call.args.text)).toMatch(/納税課が担当する項目（2 件/);
    expect(String(call.args.text)).toContain("No.16 滞納整理の推進 … 遅れ");
    expect(String(call.args.text)).toContain("No.17 使用料等の収入確保 … 遅れ");
  });

  it("lists the items behind target", async () => {
    const text = String((await ackAnswer(await h.command("遅れ"))).args.text);
    expect(text).toContain("状況が「遅れ」の項目（令和5年度、7 件）");
    for (const n of [6, 10, 13, 14, 15, 16, 17]) expect(text).toContain(`No.${n} `);
  });

  it("lists everything and explains itself", async () => {
    expect(String((await ackAnswer(await h.command("list"))).args.text)).toContain(
      "全項目（令和5年度の状況、21 件）",
    );
    expect(blocksText(await ackAnswer(await h.command("help")))).toContain("/plan 納税課");
  });

  it("says which numbers exist for an out-of-range number", async () => {
    expect(String((await ackAnswer(await h.command("22"))).args.text)).toContain("項目の番号は 1～21");
  });

  it("lets only admins reload, and keeps the last good data when the new data is broken", async () => {
    await h.command("reload");
    expect(String((await waitForCall("response_url")).args.text)).toContain("管理者");

    writeFileSync(join(h.dataDir, "items", "18.yml"), "number: 18\ntitle: [broken\n");
    await h.command("reload", { user: ADMIN });
    const refused = String((await waitForCall("response_url", 2)).args.text);
    expect(refused).toContain("読み直しを中止しました");
    expect(refused).toContain(join("items", "18.yml"));

    expect(blocksText(await ackAnswer(await h.command("18")))).toContain("98,328");
  });
});

describe("buttons", () => {
  it("「詳細」 answers with the full record as an ephemeral message", async () => {
    await h.action(
      buttonClick({
        actionId: actionId(ACTION.showDetail, 17),
        value: "17",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
        ephemeral: true,
      }),
    );
    const call = await waitForCall("response_url");
    expect(call.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(blocksText(call)).toContain("合計: 4,516,766 円");
    expect(blocksText(call)).toContain("生活保護費返還金: 731,586 円");
  });

  it("「詳細」 from the Home tab goes to the person's DM", async () => {
    await h.action(buttonClick({ actionId: actionId(ACTION.showDetail, 13), value: "13", home: true }));
    const call = await waitForCall("chat.postMessage");
    expect(call.args.channel).toBe("USTAFF01");
    expect(blocksText(call)).toContain("No.13 内部情報系システムの運用の見直し（詳細）");
  });

  it("a candidate of 「もしかして」 replaces the ephemeral list with its card", async () => {
    const list = await ackAnswer(await h.command("経営健全化"));
    expect(blocksText(list)).toContain("もしかして");
    await h.action(
      buttonClick({
        actionId: actionId(ACTION.pickCandidate, 21),
        value: "21",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
        ephemeral: true,
      }),
    );
    const card = await waitForCall("response_url");
    expect(card.args.replace_original).toBe(true);
    expect(blocksText(card)).toContain("No.21 上下水道事業の経営健全化");
  });

  it("「チャンネルに共有」 posts the answer to the channel and removes the private copy", async () => {
    await h.action(
      buttonClick({
        actionId: ACTION.shareToChannel,
        value: "ふるさと納税",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
        ephemeral: true,
      }),
    );
    const post = await waitForCall("chat.postMessage");
    expect(post.args.channel).toBe("CPLAN0001");
    expect(blocksText(post)).toContain("さんが /plan で共有しました");
    expect((await waitForCall("response_url")).args.delete_original).toBe(true);
  });

  it("tells the person how to invite the bot when it is not in the channel", async () => {
    h.standIn.queue("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    await h.action(
      buttonClick({
        actionId: ACTION.shareToChannel,
        value: "18",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
        ephemeral: true,
      }),
    );
    const call = await waitForCall("response_url");
    expect(String(call.args.text)).toContain("/invite");
    expect(h.logs.join("\n")).toContain("ボットがチャンネルに参加していません");
  });
});

describe("App Home", () => {
  it("publishes the dashboard when the Home tab opens", async () => {
    await h.event({ type: "app_home_opened", user: "USTAFF01", channel: "DSTAFF01", tab: "home" });
    const call = await waitForCall("views.publish");
    expect(call.args.user_id).toBe("USTAFF01");
    const view = JSON.stringify(call.args.view);
    expect(view).toContain("遅れ（7 件）");
    expect(view).toContain(actionId(ACTION.showDetail, 16));
  });
});

describe("delivery and failures", () => {
  it("answers a retried event (same event_id) once", async () => {
    const event = {
      type: "app_mention",
      user: "USTAFF01",
      text: "<@UBOT> No.5",
      ts: "1700000500.000100",
      channel: "CGENERAL1",
    };
    await h.event(event, "EvRETRY0001");
    await h.event(event, "EvRETRY0001", {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await waitForCall("chat.postMessage");
    await new Promise((r) => setTimeout(r, 300));
    expect(posts()).toHaveLength(1);
  });

  it("waits for Retry-After on a 429 and then delivers", async () => {
    h.standIn.queue("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    await h.event({
      type: "app_mention",
      user: "USTAFF01",
      text: "<@UBOT> No.7",
      ts: "1700000600.000100",
      channel: "CGENERAL1",
    });
    await h.standIn.waitFor(
      (calls) => calls.filter((c) => c.method === "chat.postMessage").length >= 2,
      8_000,
    );
    expect(posts()).toHaveLength(2);
    expect(blocksText(posts()[1])).toContain("No.7");
  });

  it("logs a Web API error clearly and goes on serving", async () => {
    h.standIn.queue("chat.postMessage", { body: { ok: false, error: "channel_not_found" } });
    await h.event({
      type: "app_mention",
      user: "USTAFF01",
      text: "<@UBOT> No.8",
      ts: "1700000700.000100",
      channel: "CGONE0001",
    });
    await waitForCall("chat.postMessage");
    await h.standIn.waitFor(() => h.logs.some((l) => l.includes("チャンネルが見つかりません")));
    expect(blocksText(await ackAnswer(await h.command("8")))).toContain("No.8");
  });
});

describe("requests Slack did not send", () => {
  const body = (eventId = uniqueId("Ev")) =>
    JSON.stringify({
      type: "event_callback",
      event_id: eventId,
      event: { type: "app_mention", user: "U1", text: "<@UBOT> 18", channel: "CREFUSE01", ts: "1.1" },
    });
  /** Gives a wrongly accepted request time to reach the Web API, then checks that nothing was sent. */
  const nothingSent = async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(0);
  };

  it("refuses a forged signature and sends nothing", async () => {
    const res = await h.post(body(), "application/json", { secret: "not-the-secret" });
    expect(res.status).toBe(401);
    await nothingSent();
  });

  it("refuses a stale request (timestamp older than five minutes) and sends nothing", async () => {
    const res = await h.post(body(), "application/json", {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(res.status).toBe(401);
    await nothingSent();
  });

  it("answers a replayed event (same signed body again) once", async () => {
    const replayed = body("EvREPLAY001");
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await h.post(replayed, "application/json", { timestamp })).status).toBe(200);
    expect((await h.post(replayed, "application/json", { timestamp })).status).toBe(200);
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(1);
  });

  it("refuses an oversized body before reading it and sends nothing", async () => {
    const res = await h.post(`{"x":"${"a".repeat(300 * 1024)}"}`, "application/json");
    expect(res.status).toBe(413);
    await nothingSent();
  });
});

describe("logs", () => {
  it("never contain the bot token or the signing secret, even at debug level", () => {
    const all = h.logs.join("\n");
    expect(h.logs.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
