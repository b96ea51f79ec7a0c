/**
 * App Home: the dashboard published when someone opens the Home tab. Errors: a failed publish is logged in
 * Japanese, never thrown.
 */
import { describe, expect, it } from "vitest";
import { appHomeOpenedCallback } from "../../../src/listeners/events/app-home-opened.ts";
import { BEHIND_IN_REPORT } from "../../reminders/fixtures.ts";
import { ADMIN, memoryStore, OWNER, reportDeps, submitted } from "../report-support.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  networkError,
  platformError,
  recordingClient,
  recordingLogger,
} from "../support.ts";

function open(tab: string) {
  const api = recordingClient();
  const logger = recordingLogger();
  const run = () =>
    appHomeOpenedCallback(makeDeps())({
      event: { type: "app_home_opened", user: "U1", channel: "D1", tab, event_ts: "1.1" },
      client: api.client,
      logger,
    } as Args);
  return { api, logger, run };
}

describe("appHomeOpenedCallback", () => {
  it("publishes the dashboard for the person: the counts by status and the behind items first", async () => {
    const t = open("home");
    await t.run();
    expect(t.api.calls.map((c) => [c.method, c.args.user_id])).toEqual([["views.publish", "U1"]]);
    const view = t.api.calls[0]?.args.view as { type: string; blocks: { type: string }[] };
    expect(view.type).toBe("home");
    const json = contentOf(view.blocks);
    // 21 items in the FY2023 report: 7 遅れ, 8 順調, 3 達成, 3 評価なし.
    expect(json).toContain("令和5年度の状況 ／ 21 項目");
    for (const count of ["遅れ*\\n7 件", "順調*\\n8 件", "達成*\\n3 件", "評価なし*\\n3 件"])
      expect(json).toContain(count);
    const listed = [...json.matchAll(/\*No\.(\d+) /g)].map((m) => Number(m[1]));
    expect(listed).toHaveLength(21);
    expect(listed.slice(0, BEHIND_IN_REPORT.length)).toEqual(BEHIND_IN_REPORT);
  });

  it("the Messages tab is not the dashboard: nothing published", async () => {
    const t = open("messages");
    await t.run();
    expect(t.api.calls).toEqual([]);
  });

  it("a publish refused by Slack: logged in Japanese, not thrown", async () => {
    const t = open("home");
    t.api.failWith("views.publish", platformError("missing_scope"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "ホームタブの表示（U1） に失敗しました: ボットの権限（スコープ）が足りません",
    );
  });

  it("a refused connection: logged with its code, not thrown", async () => {
    const t = open("home");
    t.api.failWith("views.publish", networkError("ECONNREFUSED"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "ホームタブの表示（U1） に失敗しました: Slack API エラー（request_error:ECONNREFUSED）",
    );
  });
});

describe("appHomeOpenedCallback: the owner's items", () => {
  it("shows each of the owner's items with its newest submission of the year and that one's state", async () => {
    const store = memoryStore();
    try {
      const first = submitted(store, { item: 16, viewId: "V1" });
      store.reports.review(first, "returned", "数値を確認してください", ADMIN);
      submitted(store, { item: 16, viewId: "V2" });
      const api = recordingClient();
      await appHomeOpenedCallback(makeDeps({ reports: reportDeps(store) }))({
        event: { type: "app_home_opened", user: OWNER, channel: "D1", tab: "home", event_ts: "1.1" },
        client: api.client,
        logger: recordingLogger(),
      } as Args);
      const json = contentOf(api.calls[0]?.args.view);
      expect(json).toContain("あなたの担当項目");
      // No.16: the newer submission (pending), not the returned one; No.17: nothing yet.
      expect(json).toMatch(/No\.16 滞納整理の推進\*\\n状況: 遅れ ／ 最新の報告: 12月7日 提出（確認待ち）/);
      expect(json).toMatch(/No\.17 使用料等の収入確保\*\\n状況: [^／]+ ／ まだ報告はありません/);
    } finally {
      store.close();
    }
  });
});
