import { describe, expect, it } from "vitest";
import { viewSubmissionOutcome } from "../../src/playground/forward.ts";

const answer = (body: string, status = 200) => ({ status, contentType: "application/json", body });

describe("viewSubmissionOutcome: the bot's acknowledgement of a view_submission, read as Slack reads it", () => {
  it("closes the view on an empty body, {} or JSON without response_action", () => {
    expect(viewSubmissionOutcome(answer(""))).toEqual({ kind: "close" });
    expect(viewSubmissionOutcome(answer("{}"))).toEqual({ kind: "close" });
    expect(viewSubmissionOutcome(answer('{"text":"x"}'))).toEqual({ kind: "close" });
  });

  it("reads errors, update, push and clear", () => {
    expect(
      viewSubmissionOutcome(
        answer('{"response_action":"errors","errors":{"result":"実績を書いてください"}}'),
      ),
    ).toEqual({ kind: "errors", errors: { result: "実績を書いてください" } });
    const view = { type: "modal", title: { type: "plain_text", text: "確認" }, blocks: [] };
    expect(viewSubmissionOutcome(answer(JSON.stringify({ response_action: "update", view })))).toEqual({
      kind: "update",
      view,
    });
    expect(viewSubmissionOutcome(answer(JSON.stringify({ response_action: "push", view })))).toEqual({
      kind: "push",
      view,
    });
    expect(viewSubmissionOutcome(answer('{"response_action":"clear"}'))).toEqual({ kind: "clear" });
  });

  it("shows what Slack would not understand instead of guessing", () => {
    expect(viewSubmissionOutcome(answer('{"response_action":"close"}'))).toEqual({
      kind: "errors",
      errors: { "": "ボットの応答の response_action（close）は Slack にありません" },
    });
    expect(viewSubmissionOutcome(answer("OK"))).toEqual({
      kind: "errors",
      errors: { "": "ボットの応答を読めませんでした: OK" },
    });
  });
});
