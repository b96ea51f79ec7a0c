import { request as httpRequest } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PageEvent, PageMessage } from "../../src/playground/conversation.ts";
import { type Playground, startPlayground } from "../../src/playground/server.ts";
import { PlaygroundStandIn } from "../../src/playground/stand-in.ts";
import { FakeBot } from "./fake-bot.ts";

const SECRET = "playground-test-secret";

let standIn: PlaygroundStandIn;
let bot: FakeBot;
let playground: Playground;

beforeAll(async () => {
  standIn = await new PlaygroundStandIn().start();
  bot = await new FakeBot(SECRET, standIn.apiUrl).start();
  playground = await startPlayground({
    port: 0,
    host: "127.0.0.1",
    botEventsUrl: bot.url,
    signingSecret: SECRET,
    standIn,
    dryRun: async () => ({
      period: "2026-W48",
      reminders: [
        {
          recipient: { kind: "user", id: "U01", label: "納税課 <@U01>" },
          items: [18],
          text: "遅れている項目",
          blocks: [
            {
              type: "actions",
              elements: [
                {
                  type: "button",
                  text: { type: "plain_text", text: "1週間スヌーズ" },
                  action_id: "snooze_item:18",
                  value: "<script>",
                },
              ],
            },
          ],
        },
      ],
    }),
  });
});

afterAll(async () => {
  await playground.stop();
  await bot.stop();
  await standIn.stop();
});

afterEach(() => {
  bot.failWith = null;
});

/** Reads the page's event stream as the page does. */
async function openStream() {
  const controller = new AbortController();
  const response = await fetch(`${playground.url}play/stream`, { signal: controller.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: PageEvent[] = [];
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end !== -1) {
        for (const line of buffer.slice(0, end).split("\n")) {
          if (line.startsWith("data: ")) events.push(JSON.parse(line.slice(6)) as PageEvent);
        }
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
      }
    }
  })();
  return {
    events,
    async next<T extends PageEvent>(predicate: (e: PageEvent) => e is T, timeoutMs = 5000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(predicate);
        if (found) {
          events.splice(events.indexOf(found), 1);
          return found;
        }
        if (Date.now() > deadline)
          throw new Error(`no such event; got ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

const isMessageFrom =
  (author: PageMessage["author"]) =>
  (e: PageEvent): e is Extract<PageEvent, { type: "message" }> =>
    e.type === "message" && e.message.author === author;

async function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${playground.url}${path.replace(/^\//, "")}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: string } };
}

describe("the playground server", () => {
  it("listens on 127.0.0.1 only", async () => {
    expect(playground.url).toBe(`http://127.0.0.1:${playground.port}/`);
    const page = await fetch(playground.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await page.text()).toContain("改革プランBot");

    // A server on 0.0.0.0 or :: would answer on these too. Probing them keeps the test on loopback: the
    // machine's other interfaces are not to be aimed at, even its own.
    for (const address of ["127.0.0.2", "[::1]"]) {
      await expect(fetch(`http://${address}:${playground.port}/`)).rejects.toThrow();
    }
  });

  it("refuses requests addressed to another host name (DNS rebinding)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: "127.0.0.1", port: playground.port, path: "/", headers: { host: "evil.example" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it("refuses cross-site posts and non-JSON bodies", async () => {
    expect((await postJson("/play/message", { text: "x" }, { origin: "http://evil.example" })).status).toBe(
      403,
    );
    const form = await fetch(`${playground.url}play/message`, { method: "POST", body: "text=x" });
    expect(form.status).toBe(415);
  });

  it("signs a typed question and posts it to the bot as a DM event; the answer reaches the page rendered", async () => {
    const stream = await openStream();
    await stream.next((e): e is PageEvent => e.type === "snapshot");
    const before = bot.received.length;

    expect(await postJson("/play/message", { text: "ふるさと納税の実績は?" })).toEqual({
      status: 200,
      body: { ok: true },
    });

    const mine = await stream.next(isMessageFrom("person"));
    expect(mine.message.text).toBe("ふるさと納税の実績は?");
    const answer = await stream.next(isMessageFrom("bot"));
    expect(answer.message).toMatchObject({
      channel: "D_PLAYGROUND",
      ephemeral: false,
      text: "No.18 ふるさと納税制度の活用: 遅れ",
    });
    expect(answer.message.blocks).toHaveLength(4);
    expect(answer.message.html).toContain(
      '<div class="bk-header" data-block-id="b0"><span class="plain">No.18 ふるさと納税制度の活用</span></div>',
    );
    expect(answer.message.html).toContain("<b>遅れ</b>");
    expect(answer.message.html).toContain(
      'data-action-id="show_item_detail:18" data-value="18" data-block-id="item_actions"',
    );
    // The bot was given the same ts as the page shows, so chat.update and buttons refer to the right message.
    expect(standIn.callsOf("chat.postMessage").at(-1)?.args.channel).toBe("D_PLAYGROUND");

    const request = bot.received[before];
    expect(request?.kind).toBe("event");
    expect(request?.headers["x-slack-signature"]).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(Number(request?.headers["x-slack-request-timestamp"])).toBeCloseTo(Date.now() / 1000, -1);
    expect(request?.body).toMatchObject({
      type: "event_callback",
      team_id: "T0000",
      event: {
        type: "message",
        channel: "D_PLAYGROUND",
        channel_type: "im",
        user: "U_PLAYGROUND",
        text: "ふるさと納税の実績は?",
        ts: mine.message.ts,
      },
    });
    expect(typeof request?.body.event_time).toBe("number");
    await stream.close();
  });

  it("gives every event its own event_id and escapes what the person typed, as Slack does", async () => {
    const before = bot.received.length;
    await postJson("/play/message", { text: "<!channel> A&B" });
    await postJson("/play/message", { text: "二つ目" });
    const [first, second] = bot.received.slice(before).map((r) => r.body);
    expect(first?.event).toMatchObject({ text: "&lt;!channel&gt; A&amp;B" });
    expect(first?.event_id).toMatch(/^Ev[0-9A-Z]+$/);
    expect(first?.event_id).not.toBe(second?.event_id);
  });

  it("sends /plan as a slash command with a response_url the bot can answer", async () => {
    const stream = await openStream();
    const before = bot.received.length;
    expect((await postJson("/play/message", { text: "/plan 遅れ" })).status).toBe(200);

    const command = bot.received[before];
    expect(command?.kind).toBe("command");
    expect(command?.body).toMatchObject({
      command: "/plan",
      text: "遅れ",
      user_id: "U_PLAYGROUND",
      channel_id: "D_PLAYGROUND",
    });
    expect(String(command?.body.response_url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/response\/command-/);
    expect(String(command?.body.trigger_id)).not.toBe("");

    const mine = await stream.next(isMessageFrom("person"));
    expect(mine.message).toMatchObject({ command: true, text: "/plan 遅れ" });
    const answer = await stream.next(isMessageFrom("bot"));
    expect(answer.message).toMatchObject({ ephemeral: true, text: "/plan 遅れ" });
    await stream.close();
  });

  it("shows an answer that came in the slash command's acknowledgement", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan inline" });
    const answer = await stream.next(isMessageFrom("bot"));
    expect(answer.message).toMatchObject({ ephemeral: true, text: "*すぐの返事* です" });
    expect(answer.message.html).toContain("<b>すぐの返事</b> です");
    await stream.close();
  });

  it("turns a button click into block_actions with the message, container and response_url", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "No.18" });
    const card = await stream.next(isMessageFrom("bot"));
    const before = bot.received.length;

    const click = await postJson("/play/action", {
      action_id: "show_item_detail:18",
      block_id: "item_actions",
      value: "ignored: the value comes from the message",
      message_ts: card.message.ts,
    });
    expect(click).toEqual({ status: 200, body: { ok: true } });

    const payload = bot.received[before]?.body;
    expect(bot.received[before]?.kind).toBe("interaction");
    expect(payload).toMatchObject({
      type: "block_actions",
      user: { id: "U_PLAYGROUND" },
      container: {
        type: "message",
        message_ts: card.message.ts,
        channel_id: "D_PLAYGROUND",
        is_ephemeral: false,
      },
      channel: { id: "D_PLAYGROUND" },
      message: { ts: card.message.ts, text: card.message.text },
      actions: [
        {
          type: "button",
          action_id: "show_item_detail:18",
          block_id: "item_actions",
          value: "18",
          style: "primary",
          text: { type: "plain_text", text: "詳細", emoji: true },
        },
      ],
    });
    expect(String(payload?.response_url)).toMatch(/\/response\/action-/);

    const detail = await stream.next(isMessageFrom("bot"));
    expect(detail.message).toMatchObject({ ephemeral: true, text: "詳細: No.18" });
    await stream.close();
  });

  it("refuses a click on a button the message does not have", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "No.18" });
    const card = await stream.next(isMessageFrom("bot"));
    const click = await postJson("/play/action", {
      action_id: "nope",
      block_id: "item_actions",
      message_ts: card.message.ts,
    });
    expect(click.status).toBe(404);
    expect(click.body.ok).toBe(false);
    await stream.close();
  });

  it("opens the Home tab with app_home_opened; views.publish comes back to the page", async () => {
    const stream = await openStream();
    const before = bot.received.length;
    expect((await postJson("/play/home", {})).status).toBe(200);
    expect(bot.received[before]?.body.event).toMatchObject({
      type: "app_home_opened",
      user: "U_PLAYGROUND",
      tab: "home",
    });
    const home = await stream.next((e): e is Extract<PageEvent, { type: "home" }> => e.type === "home");
    expect(home.home.html).toContain("改革プランの進み具合");

    // A Home tab button has no response_url and a view container, as in Slack.
    const count = bot.received.length;
    await postJson("/play/action", {
      action_id: "show_item_detail:18",
      block_id: "item_actions",
      surface: "home",
    });
    const payload = bot.received[count]?.body;
    expect(payload).toMatchObject({ container: { type: "view" }, view: { type: "home" } });
    expect(payload).not.toHaveProperty("response_url");
    await stream.close();
  });

  it("replays the conversation to a page that connects later", async () => {
    const stream = await openStream();
    const snapshot = await stream.next(
      (e): e is Extract<PageEvent, { type: "snapshot" }> => e.type === "snapshot",
    );
    expect(snapshot.messages.length).toBeGreaterThan(0);
    expect(snapshot.home?.html).toContain("改革プランの進み具合");
    await stream.close();
  });

  it("tells the page plainly when the bot answers non-2xx", async () => {
    bot.failWith = 500;
    const answer = await postJson("/play/message", { text: "こんにちは" });
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ ok: false, error: 'ボットが HTTP 500 を返しました: {"error":"boom"}' });
  });

  it("explains a signature the bot refuses", async () => {
    const wrong = await startPlayground({
      port: 0,
      host: "127.0.0.1",
      botEventsUrl: bot.url,
      signingSecret: "wrong",
      standIn,
    });
    try {
      const response = await fetch(`${wrong.url}play/message`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "x" }),
      });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { error: string }).error).toContain("署名の検証に失敗しました");
    } finally {
      await wrong.stop();
    }
  });

  it("says when the bot cannot be reached", async () => {
    const lonely = await startPlayground({
      port: 0,
      host: "127.0.0.1",
      botEventsUrl: "http://127.0.0.1:1/slack/events",
      signingSecret: SECRET,
      standIn,
    });
    try {
      const response = await fetch(`${lonely.url}play/home`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { error: string }).error).toContain("ボットに接続できませんでした");
      const reminders = await fetch(`${lonely.url}play/reminders`);
      expect(reminders.status).toBe(501);
    } finally {
      await lonely.stop();
    }
  });

  it("refuses slash commands other than /plan and empty messages", async () => {
    expect((await postJson("/play/message", { text: "/remind me" })).status).toBe(400);
    expect((await postJson("/play/message", { text: "  " })).status).toBe(400);
    expect((await postJson("/play/message", { nope: 1 })).status).toBe(400);
  });

  it("shows the reminders dry run as each recipient would see it, with inert buttons", async () => {
    const response = await fetch(`${playground.url}play/reminders`);
    const body = (await response.json()) as {
      ok: boolean;
      period: string;
      digests: { recipient: string; html: string }[];
    };
    expect(body.period).toBe("2026-W48");
    expect(body.digests).toEqual([
      {
        recipient: "納税課 <@U01>",
        itemCount: 1,
        html:
          '<div class="bk-actions" data-block-id="b0"><button type="button" class="bk-button bk-button-default" ' +
          'data-action-id="snooze_item:18" data-value="&lt;script&gt;" data-block-id="b0" disabled>' +
          '<span class="plain">1週間スヌーズ</span></button></div>',
      },
    ]);
  });
});

describe("modals and personas", () => {
  type ModalsEvent = Extract<PageEvent, { type: "modals" }>;
  const isModals =
    (count: number) =>
    (e: PageEvent): e is ModalsEvent =>
      e.type === "modals" && e.modals.length === count;
  const lastInteraction = () => bot.received.filter((r) => r.kind === "interaction").at(-1)?.body;

  afterEach(async () => {
    standIn.modals.clear();
    await postJson("/play/persona", { user: "U_PLAYGROUND" });
  });

  it("opens the bot's modal from a slash command's trigger_id and sends the page its markup", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    const { modals } = await stream.next(isModals(1));
    const view = standIn.modals.views()[0]?.view;
    expect(bot.viewsAnswered.at(-1)).toEqual({ ok: true, view });
    expect(modals[0]).toMatchObject({ id: view?.id, hash: view?.hash });
    expect(modals[0]?.html).toContain("進捗を報告");
    expect(modals[0]?.html).toContain('data-block-id="result" data-action-id="text"');
    await stream.close();
  });

  it("answers views.open with expired_trigger_id for a trigger it never issued", async () => {
    const response = await fetch(`${standIn.apiUrl}views.open`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer xoxb-x" },
      body: JSON.stringify({ trigger_id: "123.456.made-up", view: { type: "modal" } }),
    });
    expect(await response.json()).toEqual({ ok: false, error: "expired_trigger_id" });
  });

  it("submits a signed view_submission; shows the bot's errors, then closes on an empty answer", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    await stream.next(isModals(1));
    const view = standIn.modals.views()[0]?.view as Record<string, unknown>;

    // Slack checks a required input itself and sends nothing.
    const before = bot.received.length;
    const empty = await postJson("/play/view/submit", { view_id: view.id, values: {} });
    // (The page sends what each control holds; sending nothing leaves the select empty too.)
    expect(empty.body).toEqual({
      ok: true,
      errors: { result: "この項目は必須です", status: "この項目は必須です" },
    });
    expect(bot.received.length).toBe(before);

    const refused = await postJson("/play/view/submit", {
      view_id: view.id,
      values: { result: { text: "まだです" }, status: { choice: "behind" } },
    });
    expect(refused.body).toEqual({ ok: true, errors: { result: "実績を書いてください" } });
    const submission = bot.received.at(-1);
    expect(submission?.headers["x-slack-signature"]).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(submission?.body).toMatchObject({
      type: "view_submission",
      user: { id: "U_PLAYGROUND" },
      view: {
        id: view.id,
        hash: view.hash,
        callback_id: "report_submit",
        private_metadata: "18",
        state: {
          values: {
            result: { text: { type: "plain_text_input", value: "まだです" } },
            status: {
              choice: {
                type: "static_select",
                selected_option: { text: { type: "plain_text", text: "遅れ" }, value: "behind" },
              },
            },
            scope: { radio: { type: "radio_buttons", selected_option: null } },
          },
        },
      },
    });
    expect(String(submission?.body.trigger_id)).toMatch(/\.playground$/);
    expect(standIn.modals.views()).toHaveLength(1);

    const accepted = await postJson("/play/view/submit", {
      view_id: view.id,
      values: { result: { text: "実績 1,200 千円" }, status: { choice: "on_track" } },
    });
    expect(accepted.body).toEqual({ ok: true });
    await stream.next(isModals(0));
    const dm = await stream.next(isMessageFrom("bot"));
    expect(dm.message).toMatchObject({
      text: "報告を受け付けました: 実績 1,200 千円",
      audience: "U_PLAYGROUND",
    });
    await stream.close();
  });

  it("sends a modal's button as block_actions with the view and its current values; views.update comes back", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    const [opened] = (await stream.next(isModals(1))).modals;
    const click = await postJson("/play/action", {
      surface: "modal",
      view_id: opened?.id,
      action_id: "save_draft",
      block_id: "draft",
      values: { result: { text: "途中まで" } },
    });
    expect(click).toEqual({ status: 200, body: { ok: true } });
    expect(lastInteraction()).toMatchObject({
      type: "block_actions",
      container: { type: "view", view_id: opened?.id },
      view: {
        id: opened?.id,
        hash: opened?.hash,
        state: { values: { result: { text: { type: "plain_text_input", value: "途中まで" } } } },
      },
      actions: [{ type: "button", action_id: "save_draft", block_id: "draft", value: "18" }],
    });
    const updated = await stream.next(
      (e): e is ModalsEvent => e.type === "modals" && e.modals[0]?.hash !== opened?.hash,
    );
    expect(updated.modals[0]?.id).toBe(opened?.id);
    expect(updated.modals[0]?.html).toContain("下書きを保存しました");
    await stream.close();
  });

  it("closes the top view with its close button, telling the bot only when the view asked (notify_on_close)", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    const [opened] = (await stream.next(isModals(1))).modals;
    const before = bot.received.length;
    expect((await postJson("/play/view/close", { view_id: opened?.id })).body).toEqual({ ok: true });
    await stream.next(isModals(0));
    expect(bot.received.length).toBe(before);

    const trigger = standIn.modals.issueTrigger("U_PLAYGROUND_STAFF");
    const notifying = standIn.modals.call("views.open", {
      trigger_id: trigger,
      view: { type: "modal", title: { type: "plain_text", text: "確認" }, blocks: [], notify_on_close: true },
    });
    const id = notifying?.ok ? notifying.view.id : "";
    await postJson("/play/view/close", { view_id: id });
    expect(bot.received.at(-1)?.body).toMatchObject({
      type: "view_closed",
      user: { id: "U_PLAYGROUND_STAFF" },
      view: { id, notify_on_close: true },
      is_cleared: false,
    });
    await stream.close();
  });

  it("shows a plain error, and keeps the modal, when the bot answers a submission non-2xx", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    const [opened] = (await stream.next(isModals(1))).modals;
    bot.failWith = 500;
    const failed = await postJson("/play/view/submit", {
      view_id: opened?.id,
      values: { result: { text: "実績" }, status: { choice: "on_track" } },
    });
    expect(failed.status).toBe(502);
    expect(failed.body.error).toContain("ボットが HTTP 500 を返しました");
    expect(standIn.modals.views()).toHaveLength(1);
    await stream.close();
  });

  it("switches persona: requests come from that user, modals close, and the Home tab is opened again", async () => {
    const stream = await openStream();
    await postJson("/play/message", { text: "/plan 報告" });
    await stream.next(isModals(1));
    expect((await postJson("/play/persona", { user: "U_PLAYGROUND_OWNER" })).body).toEqual({ ok: true });
    await stream.next(isModals(0));
    await stream.next((e): e is PageEvent => e.type === "persona" && e.user === "U_PLAYGROUND_OWNER");
    expect(bot.received.at(-1)?.body).toMatchObject({
      event: { type: "app_home_opened", user: "U_PLAYGROUND_OWNER" },
    });
    const home = await stream.next((e): e is Extract<PageEvent, { type: "home" }> => e.type === "home");
    expect(home.home.user).toBe("U_PLAYGROUND_OWNER");

    await postJson("/play/message", { text: "/plan 納税課" });
    expect(bot.received.at(-1)?.body).toMatchObject({
      user_id: "U_PLAYGROUND_OWNER",
      channel_id: "DU_PLAYGROUND_OWNER",
    });
    await postJson("/play/message", { text: "こんにちは" });
    expect(bot.received.at(-1)?.body).toMatchObject({
      event: { user: "U_PLAYGROUND_OWNER", channel: "DU_PLAYGROUND_OWNER" },
    });
    const answer = await stream.next(
      (e): e is Extract<PageEvent, { type: "message" }> =>
        e.type === "message" && e.message.author === "bot" && e.message.channel === "DU_PLAYGROUND_OWNER",
    );
    expect(answer.message.audience).toBe("U_PLAYGROUND_OWNER");

    // A reconnecting page learns who the person is.
    const later = await openStream();
    const snapshot = await later.next((e): e is PageEvent => e.type === "snapshot");
    expect(snapshot).toMatchObject({ persona: "U_PLAYGROUND_OWNER", modals: [] });
    await later.close();

    expect((await postJson("/play/persona", { user: "U_SOMEONE" })).status).toBe(400);
    await stream.close();
  });
});
