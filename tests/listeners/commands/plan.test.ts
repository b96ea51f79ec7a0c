/**
 * `/plan`: questions answered in the ack itself (ephemeral, with 「チャンネルに共有」), admin commands acked first
 * and answered through response_url. Errors: non-admins refused, a reload of broken data refused and explained
 * while the old data keeps answering, reminders not configured said so.
 */
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PlanStore } from "../../../src/ask/plan-store.ts";
import { planCommandCallback } from "../../../src/listeners/commands/plan.ts";
import type { BotDeps, ReminderActions } from "../../../src/listeners/deps.ts";
import { DataCopy } from "../../plan/data-copy.ts";
import { BEHIND_IN_REPORT } from "../../reminders/fixtures.ts";
import { REPO_ROOT } from "../../support/seed.ts";
import { type Args, contentOf, makeDeps, recorder, recordingLogger } from "../support.ts";

async function slash(deps: BotDeps, text: string, user = "USTAFF") {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order);
  const logger = recordingLogger();
  await planCommandCallback(deps)({ command: { text, user_id: user }, ack, respond, logger } as Args);
  return {
    order,
    ack,
    respond,
    logger,
    acked: ack.calls[0] as Record<string, unknown> | undefined,
    responded: respond.calls[0] as Record<string, unknown> | undefined,
  };
}

const copies: DataCopy[] = [];
afterEach(() => {
  for (const c of copies.splice(0)) c.dispose();
});

describe("/plan questions", () => {
  it("No.18: the card in the ack, ephemeral, with 98,328 件 and a share button for the question", async () => {
    const { order, acked } = await slash(makeDeps(), "No.18");
    expect(order).toEqual(["ack"]);
    expect(acked?.response_type).toBe("ephemeral");
    expect(String(acked?.text).split("\n")[0]).toBe("No.18 ふるさと納税制度の活用");
    expect(String(acked?.text)).toContain("寄附件数 個人版 98,328 件 1,194,846,047 円");
    expect(contentOf(acked?.blocks)).toContain('"action_id":"share_to_channel","value":"No.18"');
  });

  it("a question in words finds No.18 too, Slack's escaping undone first", async () => {
    const { acked } = await slash(makeDeps(), "ふるさと納税の寄附件数は&gt;?");
    expect(String(acked?.text)).toContain("No.18 ふるさと納税制度の活用");
  });

  it("遅れ: the behind items of the report (7 of them), then No.2, whose 総評 says a step was not done", async () => {
    const { acked } = await slash(makeDeps(), "遅れ");
    const text = String(acked?.text);
    expect(text.split("\n")[0]).toBe(
      "状況が「遅れ」の項目（令和5年度、7 件）と、総評に「できなかった」とある項目 1 件",
    );
    // The item lines (「No.6 市民ニーズの業務への反映 … 遅れ（…）」), not the sentence under them.
    const numbers = [...text.matchAll(/^No\.(\d+) .+ … /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([...BEHIND_IN_REPORT, 2]);
    // No.2's status stays the secretariat's (順調), with the sentence it is listed for.
    expect(text).toContain("No.2 事務事業の整理・統廃合の推進 … 順調");
    expect(text).toContain("令和 6 年度の当初予算編成に反映させることはできなかった");
  });

  it("help has no share button (nothing to share)", async () => {
    const { acked } = await slash(makeDeps(), "help");
    expect(String(acked?.text)).toContain("21項目");
    expect(contentOf(acked?.blocks)).not.toContain("share_to_channel");
  });
});

describe("/plan reload", () => {
  it("acks before anything else and refuses reload to non-admins", async () => {
    const { order, responded } = await slash(makeDeps(), "reload", "USTAFF");
    expect(order).toEqual(["ack", "respond"]);
    expect(responded).toEqual({
      response_type: "ephemeral",
      text: "このコマンドは管理者（ADMIN_USER_IDS に登録された人）だけが使えます。",
    });
  });

  it("an admin: the data read again, the count and date said", async () => {
    const plans = new PlanStore(resolve(REPO_ROOT, "data"));
    const { order, acked, responded, logger } = await slash(makeDeps({ plans }), "reload", "UADMIN");
    expect(order).toEqual(["ack", "respond"]);
    expect(acked).toBeUndefined();
    expect(responded).toEqual({
      response_type: "ephemeral",
      text: "データを読み直しました: 21 項目（データ更新日 2026-11-24）",
    });
    expect(logger.at("info")).toBe("data/ を読み直しました（UADMIN）: 21 項目");
  });

  it("broken data: refused and explained, logged in Japanese, the old data still answers", async () => {
    const copy = new DataCopy();
    copies.push(copy);
    const plans = new PlanStore(copy.dir);
    copy.edit("items/18.yml", 'value: "98,328"', "value: [");
    const { responded, logger } = await slash(makeDeps({ plans }), "reload", "UADMIN");
    expect(String(responded?.text)).toMatch(
      /^新しいデータに誤りがあるため読み直しを中止しました。前のデータで答え続けています。\n[\s\S]*items\/18\.yml:44 /,
    );
    expect(logger.at("warn")).toMatch(
      /^data\/ の読み直しを中止しました（前のデータで動作を続けます）:\n[\s\S]*items\/18\.yml:44 /,
    );
    expect((await slash(makeDeps({ plans }), "No.18")).acked?.text).toContain("98,328 件");
  });
});

describe("/plan remind", () => {
  it("refused to non-admins", async () => {
    const { responded } = await slash(makeDeps(), "remind", "USTAFF");
    expect(String(responded?.text)).toContain("管理者");
  });

  it("says reminders are not configured when they are not", async () => {
    const { responded } = await slash(makeDeps(), "remind", "UADMIN");
    expect(responded).toEqual({ response_type: "ephemeral", text: "リマインダーは設定されていません。" });
  });

  it("an admin gets the dry run, ephemeral, after the ack", async () => {
    const reminders: ReminderActions = {
      dryRunMessage: async () => ({ text: "今週のお知らせ: 納税課 No.16, No.17", blocks: [] }),
      snooze: async () => "",
    };
    const { order, responded } = await slash(makeDeps({ reminders }), "ＲＥＭＩＮＤ", "UADMIN");
    expect(order).toEqual(["ack", "respond"]);
    expect(responded).toEqual({
      response_type: "ephemeral",
      text: "今週のお知らせ: 納税課 No.16, No.17",
      blocks: [],
    });
  });
});
