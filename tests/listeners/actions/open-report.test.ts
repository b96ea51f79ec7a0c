/**
 * 「進捗を報告」: acks at once, then opens the report modal with the click's trigger — the form for an owner or an
 * admin, a modal saying why not for anyone else. Errors: a view that cannot be opened (an expired trigger, a lost
 * connection) is logged through callOnce and never thrown; a store that cannot be read still opens a modal that says
 * so; a malformed button value and an item gone after a reload are explained.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openReportCallback } from "../../../src/listeners/actions/open-report.ts";
import type { BotDeps } from "../../../src/listeners/deps.ts";
import { ITEM_GONE_FOR_REPORT, NOT_SET_UP } from "../../../src/listeners/reports.ts";
import type { StateStore } from "../../../src/state/store.ts";
import {
  ADMIN,
  memoryStore,
  modalText,
  OWNER,
  reportClient,
  reportDeps,
  STRANGER,
  withoutItem,
} from "../report-support.ts";
import { type Args, makeDeps, networkError, platformError, recorder, recordingLogger } from "../support.ts";

const stores: StateStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function withStore(overrides: Partial<BotDeps> = {}): BotDeps {
  const store = memoryStore();
  stores.push(store);
  return makeDeps({ reports: reportDeps(store), ...overrides });
}

function click(deps: BotDeps, value: string, user = OWNER) {
  const api = reportClient();
  const logger = recordingLogger();
  const order: string[] = [];
  // The number of Web API calls made before the ack: Slack needs the ack within 3 seconds, whatever follows.
  const callsBeforeAck: number[] = [];
  const ack = recorder("ack", order);
  const run = () =>
    openReportCallback(deps)({
      ack: async () => {
        callsBeforeAck.push(api.calls.length);
        await ack();
      },
      action: { type: "button", action_id: `open_report:${value}`, value },
      body: { type: "block_actions", trigger_id: "T-CLICK-1", user: { id: user } },
      client: api.client,
      logger,
    } as Args);
  return { api, logger, ack, callsBeforeAck, run };
}

/** The view passed to the one views.open call. */
function opened(api: ReturnType<typeof reportClient>) {
  const calls = api.of("views.open");
  expect(calls).toHaveLength(1);
  return calls[0]?.args as { trigger_id: string; view: Record<string, unknown> };
}

describe("openReportCallback", () => {
  it("an owner: acked first, then the No.16 form opened with the click's trigger", async () => {
    const t = click(withStore(), "16");
    await t.run();
    expect(t.callsBeforeAck).toEqual([0]);
    const { trigger_id, view } = opened(t.api);
    expect(trigger_id).toBe("T-CLICK-1");
    expect(view.callback_id).toBe("report_submit");
    expect(JSON.parse(String(view.private_metadata))).toEqual({ item: 16, fiscalYear: 2024 });
    expect(JSON.stringify(view.blocks)).toContain("滞納額の縮減効果（千円）");
  });

  it("an admin gets the form for any item", async () => {
    const t = click(withStore(), "21", ADMIN);
    await t.run();
    expect(opened(t.api).view.callback_id).toBe("report_submit");
  });

  it("anyone else: a modal saying who may report, nothing else", async () => {
    const t = click(withStore(), "16", STRANGER);
    await t.run();
    const { view } = opened(t.api);
    expect(view.callback_id).toBeUndefined();
    expect(modalText(view)).toContain("記入担当課（納税課）の担当者と、行政管理課（管理者）だけができます");
  });

  it("a malformed button value: the modal says the item is not in the data", async () => {
    const t = click(withStore(), "No.16");
    await t.run();
    expect(modalText(opened(t.api).view)).toBe(ITEM_GONE_FOR_REPORT);
  });

  it("an item gone after a reload: the modal says so", async () => {
    const t = click(withStore({ plans: withoutItem(16) }), "16");
    await t.run();
    expect(modalText(opened(t.api).view)).toBe(ITEM_GONE_FOR_REPORT);
  });

  it("without a state database: the modal says reporting is not set up", async () => {
    const t = click(makeDeps(), "16");
    await t.run();
    expect(modalText(opened(t.api).view)).toBe(NOT_SET_UP);
  });

  it("a store that cannot be read: logged, and a modal asking to try again instead of the form", async () => {
    const store = memoryStore();
    stores.push(store);
    const broken = Object.assign(Object.create(store.reports), {
      draft() {
        throw new Error("database is locked");
      },
    });
    const t = click(makeDeps({ reports: { store: broken, owners: reportDeps(store).owners } }), "16");
    await expect(t.run()).resolves.toBeUndefined();
    expect(modalText(opened(t.api).view)).toBe(
      "報告画面を開けませんでした。しばらくしてからもう一度試してください。",
    );
    expect(t.logger.at("warn")).toBe("報告画面を作れませんでした database is locked");
  });

  it("views.open refused (an expired trigger): logged in Japanese, not thrown, after the ack", async () => {
    const t = click(withStore(), "16");
    t.api.failWith("views.open", platformError("expired_trigger_id"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.ack.calls).toHaveLength(1);
    expect(t.logger.at("warn")).toBe(
      "報告画面を開く（No.16、UNOZEI01） に失敗しました: Slack API エラー（expired_trigger_id）",
    );
  });

  it("views.open with the connection lost midway: logged as maybe shown, not sent again", async () => {
    const t = click(withStore(), "16");
    t.api.failWith("views.open", networkError("ECONNRESET"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.api.of("views.open")).toHaveLength(1);
    expect(t.logger.at("error")).toContain(
      "報告画面を開く（No.16、UNOZEI01）: Slack が受け取ったかどうかわかりません",
    );
  });
});
