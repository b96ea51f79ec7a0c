/**
 * Learning from what the bot could not answer, through the real app over signed HTTP with the state database on
 * disk: a DM it cannot answer is recorded, an admin's `/plan 未回答` lists it, anyone else's is refused, and a
 * click on 「違う」 under an answer is recorded and thanked. No user ID ever reaches the table.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { StateStore } from "../../src/state/store.ts";
import { ACTION } from "../../src/views/action-ids.ts";
import { tempDir } from "../reminders/fixtures.ts";
import { ADMIN, buttonClick, type Harness, startHarness, uniqueId } from "../support/bot-harness.ts";
import { commandAnswer } from "../support/command-answer.ts";
import type { RecordedCall } from "../support/web-api-stand-in.ts";

const ASKER = "U0ASKER01";
const CLICKER = "U0CLICK01";

let h: Harness;
let dir: ReturnType<typeof tempDir>;
let store: StateStore;
beforeAll(async () => {
  dir = tempDir("unanswered-e2e-");
  store = StateStore.open(join(dir.path, "state.db"));
  h = await startHarness({ questionLog: store.questions });
});
afterAll(async () => {
  await h.stop();
  store.close();
  dir.remove();
});
beforeEach(() => {
  h.standIn.calls.length = 0;
});

async function slash(text: string, user: string): Promise<Record<string, unknown>> {
  const responseId = uniqueId("R");
  const res = await h.command(text, { user, responseId });
  expect(res.status).toBe(200);
  return commandAnswer(res, h.standIn, responseId);
}

describe("unanswered questions over HTTP", () => {
  it("records a DM the bot cannot answer, lists it for an admin, and refuses anyone else", async () => {
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "D0ASKER01",
      user: ASKER,
      text: "公用車の台数は?",
      ts: "1700000300.000100",
    });
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));
    expect(store.questions.entries({ since: new Date(0) })).toMatchObject([
      { kind: "none", question: "公用車の台数は?", channelType: "im", items: [] },
    ]);

    const list = await slash("未回答", ADMIN);
    expect(list.response_type).toBe("ephemeral");
    expect(JSON.stringify(list.blocks)).toContain("該当なし・DM");
    expect(JSON.stringify(list.blocks)).toContain("「公用車の台数は?」");

    const refused = await slash("未回答", "USTAFF01");
    expect(refused.text).toBe("このコマンドは管理者（ADMIN_USER_IDS に登録された人）だけが使えます。");
    expect(JSON.stringify(refused)).not.toContain("公用車");
  });

  it("records a click on 「違う」 under an answer and thanks the person privately", async () => {
    const answer = await slash("No.16", "USTAFF01");
    const buttons = (answer.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? []);
    const wrong = buttons.find((b) => b.action_id === ACTION.feedbackWrong);
    expect(wrong).toBeDefined();

    const responseId = uniqueId("R");
    const res = await h.action(
      buttonClick({
        actionId: ACTION.feedbackWrong,
        value: wrong?.value ?? "",
        responseUrl: h.standIn.responseUrl(responseId),
        ephemeral: true,
        user: CLICKER,
      }),
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId));
    const thanks = h.standIn.calls.find((c) => c.responseId === responseId) as RecordedCall;
    expect(thanks.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(thanks.args.text)).toContain("ありがとうございます。記録しました。");

    const feedback = store.questions.entries({ since: new Date(0), kinds: ["feedback_wrong"] });
    expect(feedback).toMatchObject([{ question: "No.16", items: [16], channelType: "command" }]);
    expect(store.questions.feedbackCounts(new Date(0))).toEqual([{ item: 16, helpful: 0, wrong: 1 }]);
  });

  it("acknowledges a malformed feedback value without recording it", async () => {
    const before = store.questions.entries({ since: new Date(0) }).length;
    const responseId = uniqueId("R");
    const res = await h.action(
      buttonClick({
        actionId: ACTION.feedbackHelpful,
        value: '{"item":"No.16"',
        responseUrl: h.standIn.responseUrl(responseId),
      }),
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId));
    expect(store.questions.entries({ since: new Date(0) })).toHaveLength(before);
  });

  it("keeps no user ID in the table", () => {
    const raw = new Database(store.path, { readonly: true });
    try {
      const rows = raw.prepare("SELECT * FROM question_log").all();
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const id of [ASKER, CLICKER, ADMIN, "USTAFF01"]) expect(JSON.stringify(rows)).not.toContain(id);
    } finally {
      raw.close();
    }
  });
});
