/**
 * The report modal's 「提出する」: everything is decided in the ack. Good values are stored once (per view id) and the
 * modal replaced by a receipt, then each admin but the submitter is told by DM. Errors: bad values are shown under
 * their fields with nothing stored; a store that cannot write keeps the modal open with its input and an error; a
 * person who may not report, an item gone after a reload, a reporting year that changed, and private_metadata that is
 * not ours are each told why, with nothing stored; a DM that cannot be sent is logged through callOnce after the ack.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { BotDeps } from "../../../src/listeners/deps.ts";
import { ITEM_GONE_FOR_REPORT, NOT_SET_UP } from "../../../src/listeners/reports.ts";
import { reportSubmitCallback } from "../../../src/listeners/views/report-submit.ts";
import type { StateStore } from "../../../src/state/store.ts";
import {
  ADMIN,
  GOOD_16,
  MAIL_OWNER,
  memoryStore,
  modalText,
  nextFiscalYear,
  OWNER,
  REPORTING_YEAR,
  reportClient,
  reportDeps,
  runViewSubmission,
  STRANGER,
  stateValues,
  VALUES_16,
  withoutItem,
} from "../report-support.ts";
import { makeDeps, networkError, platformError } from "../support.ts";

let store: StateStore;
afterEach(() => store?.close());

function depsWith(overrides: Partial<BotDeps> = {}): BotDeps {
  store = memoryStore();
  return makeDeps({ reports: reportDeps(store), ...overrides });
}

const RECEIPT_16 =
  "No.16 滞納整理の推進（令和6年度）の報告を受け付けました。" +
  "行政管理課が確認して承認すると、ボットの回答に「担当課からの報告」として表示されます。結果はこのアプリの DM でお知らせします。";

interface SubmitOptions {
  user?: string;
  item?: number;
  fiscalYear?: number;
  metadata?: string;
  fields?: Record<string, string | undefined>;
  viewId?: string;
}

function submit(deps: BotDeps, opts: SubmitOptions = {}, api = reportClient()) {
  const view = {
    id: opts.viewId ?? "V-REPORT-1",
    hash: "1700000000.hash",
    type: "modal",
    callback_id: "report_submit",
    private_metadata:
      opts.metadata ??
      JSON.stringify({ item: opts.item ?? 16, fiscalYear: opts.fiscalYear ?? REPORTING_YEAR }),
    state: { values: stateValues(opts.fields ?? GOOD_16) },
  };
  // The e-mail look-up of an owner listed by address happens before the ack by design: not counted.
  return runViewSubmission(
    reportSubmitCallback(deps),
    view,
    opts.user ?? OWNER,
    api,
    (calls) => calls.filter((c) => c.method !== "users.info").length,
  );
}

describe("reportSubmitCallback: good values", () => {
  it("an owner: stored once, the modal replaced by a receipt, then the admin told by DM", async () => {
    const t = submit(depsWith());
    await t.run();
    const ack = t.acked();
    expect(ack.response_action).toBe("update");
    expect(modalText(ack.view)).toBe(RECEIPT_16);
    const [s, ...more] = store.reports.submissions();
    expect(more).toEqual([]);
    expect(s).toMatchObject({
      item: 16,
      fiscalYear: REPORTING_YEAR,
      values: VALUES_16,
      submittedBy: OWNER,
      state: "pending",
    });
    // The ack went out before any Web API call: Slack waits 3 seconds for it.
    expect(t.callsBeforeAck).toEqual([0]);
    const dms = t.api.of("chat.postMessage");
    expect(dms.map((c) => c.args.channel)).toEqual([ADMIN]);
    expect(JSON.stringify(dms[0]?.args.blocks)).toContain(`"action_id":"approve_report:${s?.id}"`);
  });

  it("an owner by e-mail (No.14): Slack asked for the address once, the report stored", async () => {
    const t = submit(depsWith(), {
      user: MAIL_OWNER,
      item: 14,
      fields: { activities: "施設の統廃合を進めた。", assessment: "achieved", "figure:0": "－" },
    });
    await t.run();
    expect(t.acked().response_action).toBe("update");
    expect(t.api.of("users.info").map((c) => c.args)).toEqual([{ user: MAIL_OWNER }]);
    expect(store.reports.submissions().map((s) => [s.item, s.submittedBy])).toEqual([[14, MAIL_OWNER]]);
  });

  it("the same view delivered twice (double click, retry): stored once, the admins told once, both acked", async () => {
    const deps = depsWith();
    const api = reportClient();
    const first = submit(deps, {}, api);
    await first.run();
    const second = submit(deps, {}, api);
    await second.run();
    expect(modalText(second.acked().view)).toBe(RECEIPT_16);
    expect(store.reports.submissions()).toHaveLength(1);
    expect(api.of("chat.postMessage")).toHaveLength(1);
  });

  it("an admin's own submission: the other admins are told, not the submitter", async () => {
    const t = submit(depsWith({ adminUserIds: [ADMIN, "UADMIN2", "UADMIN3"] }), { user: ADMIN });
    await t.run();
    expect(t.acked().response_action).toBe("update");
    expect(t.api.of("chat.postMessage").map((c) => c.args.channel)).toEqual(["UADMIN2", "UADMIN3"]);
  });

  it("an admin alone: nobody to tell", async () => {
    const t = submit(depsWith(), { user: ADMIN });
    await t.run();
    expect(store.reports.submissions()).toHaveLength(1);
    expect(t.api.of("chat.postMessage")).toEqual([]);
  });

  it("DMs that cannot be sent: each logged through callOnce, not thrown, the report kept", async () => {
    const t = submit(depsWith({ adminUserIds: [ADMIN, "UADMIN2"] }));
    t.api.failWith("chat.postMessage", platformError("user_not_found"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.acked().response_action).toBe("update");
    expect(store.reports.submissions()).toHaveLength(1);
    // One failing admin does not keep the other from being tried.
    expect(t.api.of("chat.postMessage").map((c) => c.args.channel)).toEqual([ADMIN, "UADMIN2"]);
    expect(t.logger.at("warn")).toBe(
      [
        "報告の到着の DM（UADMIN） に失敗しました: ユーザーが見つかりません",
        "報告の到着の DM（UADMIN2） に失敗しました: ユーザーが見つかりません",
      ].join("\n"),
    );
  });

  it("a DM that may have arrived (connection lost): logged as such, not sent again", async () => {
    const t = submit(depsWith());
    t.api.failWith("chat.postMessage", networkError("ECONNRESET"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.api.of("chat.postMessage")).toHaveLength(1);
    expect(t.logger.at("error")).toContain(
      "報告の到着の DM（UADMIN）: Slack が受け取ったかどうかわかりません",
    );
  });
});

describe("reportSubmitCallback: errors", () => {
  it("bad values: each shown under its field, nothing stored, nobody told", async () => {
    const t = submit(depsWith(), {
      fields: { "figure:0": "約4万", activities: "", assessment: "behind", comment: "  " },
    });
    await t.run();
    expect(t.acked()).toEqual({
      response_action: "errors",
      errors: {
        "figure:0":
          "数値は半角数字で、桁区切りのカンマと小数点だけを使って書きます（例: 1,234 や 95.7）。単位（千円）は書かなくてかまいません。",
        activities: "この年度の取組内容・実績を1行以上書いてください。",
        comment: "「遅れ」のときは、理由と今後の見通しを書いてください。",
      },
    });
    expect(store.reports.submissions()).toEqual([]);
    expect(t.api.calls).toEqual([]);
  });

  it("a store that cannot write: the modal stays open with its input and an error, the failure logged", async () => {
    const deps = depsWith();
    const broken = Object.assign(Object.create(store.reports), {
      submit() {
        throw new Error("SQLITE_BUSY: database is locked");
      },
    });
    const t = submit({ ...deps, reports: { store: broken, owners: reportDeps(store).owners } });
    await expect(t.run()).resolves.toBeUndefined();
    // "errors" keeps the modal and what was typed; "update" or "clear" would throw the input away.
    expect(t.acked()).toEqual({
      response_action: "errors",
      errors: {
        activities:
          "保存できませんでした。入力はそのままです。少し待ってから、もう一度「提出する」を押してください。",
      },
    });
    expect(t.logger.at("error")).toBe("報告を保存できませんでした SQLITE_BUSY: database is locked");
    expect(t.api.of("chat.postMessage")).toEqual([]);
  });

  it("someone who may not report the item: told who may, nothing stored", async () => {
    const t = submit(depsWith(), { user: STRANGER });
    await t.run();
    const ack = t.acked();
    expect(ack.response_action).toBe("update");
    expect(modalText(ack.view)).toContain(
      "記入担当課（納税課）の担当者と、行政管理課（管理者）だけができます",
    );
    expect(store.reports.submissions()).toEqual([]);
    expect(t.api.of("chat.postMessage")).toEqual([]);
  });

  it("an item gone after a reload: said so, nothing stored", async () => {
    const t = submit(depsWith({ plans: withoutItem(16) }));
    await t.run();
    expect(modalText(t.acked().view)).toBe(ITEM_GONE_FOR_REPORT);
    expect(store.reports.submissions()).toEqual([]);
  });

  it("a reporting year that changed after the modal opened: asked to open it again, nothing stored", async () => {
    const t = submit(depsWith({ plans: nextFiscalYear() }));
    await t.run();
    expect(modalText(t.acked().view)).toBe(
      "この画面を開いたあとで、報告する年度が変わりました（データが更新されました）。お手数ですが、もう一度「進捗を報告」から開いてください。",
    );
    expect(store.reports.submissions()).toEqual([]);
  });

  it("private_metadata that is not ours: nothing stored", async () => {
    for (const metadata of [
      "",
      "not json",
      JSON.stringify({ item: 16 }),
      JSON.stringify({ item: 1.5, fiscalYear: 2024 }),
    ]) {
      const t = submit(depsWith(), { metadata });
      await expect(t.run()).resolves.toBeUndefined();
      expect(modalText(t.acked().view)).toBe(ITEM_GONE_FOR_REPORT);
      expect(store.reports.submissions()).toEqual([]);
      store.close();
    }
  });

  it("without a state database: says reporting is not set up", async () => {
    const t = submit(makeDeps());
    await t.run();
    expect(modalText(t.acked().view)).toBe(NOT_SET_UP);
    expect(t.api.calls).toEqual([]);
  });
});
