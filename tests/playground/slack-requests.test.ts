import { describe, expect, it } from "vitest";
import {
  blockActionsRequest,
  escapeTyped,
  parseSlashCommand,
  slackSignatureHeaders,
  slashCommandRequest,
} from "../../src/playground/slack-requests.ts";

describe("slackSignatureHeaders", () => {
  it("matches the example in Slack's documentation on verifying requests", () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackSignatureHeaders("8f742231b10e8888abcd99yyyzzz85a5", body, 1531420618_000)).toEqual({
      "X-Slack-Request-Timestamp": "1531420618",
      "X-Slack-Signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    });
  });
});

describe("what the person types", () => {
  it("is escaped as Slack escapes it", () => {
    expect(escapeTyped("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });

  it("is a /plan command only when it starts with /plan as a word", () => {
    expect(parseSlashCommand("/plan 遅れ")).toEqual({ command: "/plan", text: "遅れ" });
    expect(parseSlashCommand("  /plan  ")).toEqual({ command: "/plan", text: "" });
    expect(parseSlashCommand("/plan\n納税課")).toEqual({ command: "/plan", text: "納税課" });
    expect(parseSlashCommand("/planet")).toBeNull();
    expect(parseSlashCommand("plan 遅れ")).toBeNull();
  });
});

describe("slashCommandRequest", () => {
  it("is the form Slack posts", () => {
    const request = slashCommandRequest({
      command: "/plan",
      text: "a<b",
      responseUrl: "http://r/1",
      triggerId: "t.1",
    });
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      token: "playground",
      team_id: "T0000",
      team_domain: "playground",
      channel_id: "D_PLAYGROUND",
      channel_name: "directmessage",
      user_id: "U_PLAYGROUND",
      user_name: "playground",
      command: "/plan",
      text: "a&lt;b",
      api_app_id: "A_PLAYGROUND",
      is_enterprise_install: "false",
      response_url: "http://r/1",
      trigger_id: "t.1",
    });
  });
});

describe("blockActionsRequest", () => {
  const button = {
    actionId: "share_to_channel",
    blockId: "b2",
    value: "No.18",
    text: { type: "plain_text", text: "共有" },
  };
  const payloadOf = (body: string) => JSON.parse(new URLSearchParams(body).get("payload") ?? "null");

  it("leaves out the message for an ephemeral one, as Slack does", () => {
    const request = blockActionsRequest({
      button,
      source: {
        surface: "message",
        channel: "D_PLAYGROUND",
        ts: "1.000001",
        ephemeral: true,
        text: "x",
        blocks: [],
        responseUrl: "http://r/2",
      },
      triggerId: "t",
      nowMs: 1_767_225_600_000,
    });
    const payload = payloadOf(request.body);
    expect(payload.container).toEqual({
      type: "message",
      message_ts: "1.000001",
      channel_id: "D_PLAYGROUND",
      is_ephemeral: true,
    });
    expect(payload).not.toHaveProperty("message");
    expect(payload.response_url).toBe("http://r/2");
    expect(payload.actions).toEqual([
      {
        type: "button",
        action_id: "share_to_channel",
        block_id: "b2",
        text: { type: "plain_text", text: "共有" },
        value: "No.18",
        action_ts: "1767225600.000000",
      },
    ]);
  });
});
