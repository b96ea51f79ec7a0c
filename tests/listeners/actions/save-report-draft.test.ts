/**
 * 「下書きを保存」 inside the report modal: acks at once, keeps what was typed (unchecked) for the item and year, and
 * redraws the modal with the input and a note saying it was saved. Errors: someone who may not report the item, a
 * modal whose private_metadata is not ours, and an item gone after a reload save nothing; a store that cannot write
 * is logged and the modal left as it is; a views.update that fails is logged through callOnce, never thrown.
 */
import { afterEach, describe, expect, it } from "vitest";
import { saveReportDraftCallback } from "../../../src/listeners/actions/save-report-draft.ts";
import type { BotDeps } from "../../../src/listeners/deps.ts";
import { reportModalFor } from "../../../src/listeners/reports.ts";
import type { StateStore } from "../../../src/state/store.ts";
import {
  memoryStore,
  NOW,
  nextFiscalYear,
  OWNER,
  REPORTING_YEAR,
  reportClient,
  reportDeps,
  STRANGER,
  stateValues,
  withoutItem,
} from "../report-support.ts";
import { type Args, makeDeps, platformError, recordingLogger } from "../support.ts";

let store: StateStore;
afterEach(() => store?.close());

function depsWith(overrides: Partial<BotDeps> = {}): BotDeps {
  store = memoryStore();
  return makeDeps({ reports: reportDeps(store), clock: () => NOW, ...overrides });
}

const TYPED = { "figure:0": "44,000", activities: "文書催告を実施した。", assessment: "on_track" };
const META_16 = JSON.stringify({ item: 16, fiscalYear: REPORTING_YEAR });

function click(
  deps: BotDeps,
  opts: { user?: string; metadata?: string; fields?: Record<string, string>; noView?: boolean } = {},
) {
  const api = reportClient();
  const logger = recordingLogger();
  const callsBeforeAck: number[] = [];
  const acks: unknown[] = [];
  const view = {
    id: "V-REPORT-1",
    hash: "1700000000.hash",
    type: "modal",
    callback_id: "report_submit",
    private_metadata: opts.metadata ?? META_16,
    state: { values: stateValues(opts.fields ?? TYPED) },
  };
  const run = () =>
    saveReportDraftCallback(deps)({
      ack: async (m?: unknown) => {
        callsBeforeAck.push(api.calls.length);
        acks.push(m);
      },
      action: { type: "button", action_id: "save_report_draft", value: "16", block_id: "draft" },
      body: {
        type: "block_actions",
        user: { id: opts.user ?? OWNER },
        container: { type: "view", view_id: view.id },
        ...(opts.noView ? {} : { view }),
      },
      client: api.client,
      logger,
    } as Args);
  return { api, logger, acks, callsBeforeAck, run };
}

describe("saveReportDraftCallback", () => {
  it("an owner: acked first, the input kept for No.16 and 令和6年度, the modal redrawn with it and a note", async () => {
    const t = click(depsWith());
    await t.run();
    expect(t.callsBeforeAck).toEqual([0]);
    expect(t.acks).toEqual([undefined]);
    const draft = store.reports.draft(16, REPORTING_YEAR);
    expect(draft).toEqual({ input: TYPED, savedBy: OWNER, savedAt: NOW });
    const update = t.api.of("views.update");
    expect(update).toHaveLength(1);
    const args = update[0]?.args as { view_id: string; hash: string; view: { blocks: unknown[] } };
    // Slack's hash makes an update lose to an edit made meanwhile, rather than overwrite it.
    expect([args.view_id, args.hash]).toEqual(["V-REPORT-1", "1700000000.hash"]);
    const blocks = JSON.stringify(args.view.blocks);
    // 00:30 UTC is 09:30 in Japan.
    expect(blocks).toContain(
      "下書きを保存しました（2026-12-07 09:30）。閉じても、次に開いたときに続きから書けます。",
    );
    expect(blocks).toContain('"initial_value":"44,000"');
    expect(blocks).toContain('"initial_value":"文書催告を実施した。"');
  });

  it("the draft fills the form when the owner opens it again", async () => {
    const deps = depsWith();
    await click(deps).run();
    const view = await reportModalFor(deps, reportClient().client as never, OWNER, 16);
    expect(JSON.stringify(view.blocks)).toContain('"initial_value":"44,000"');
  });

  it("someone who may not report the item: nothing saved, the modal not touched", async () => {
    const t = click(depsWith(), { user: STRANGER });
    await t.run();
    expect(store.reports.draft(16, REPORTING_YEAR)).toBeUndefined();
    expect(t.api.of("views.update")).toEqual([]);
  });

  it("private_metadata that is not ours (not JSON, or not item and year): nothing saved", async () => {
    for (const metadata of ["", "{not json", JSON.stringify({ item: "16", fiscalYear: 2024 }), "{}"]) {
      const t = click(depsWith(), { metadata });
      await expect(t.run()).resolves.toBeUndefined();
      expect(store.reports.submissions()).toEqual([]);
      expect(store.reports.draft(16, REPORTING_YEAR)).toBeUndefined();
      expect(t.api.calls).toEqual([]);
      store.close();
    }
  });

  it("a click without a view (not from a modal): nothing saved", async () => {
    const t = click(depsWith(), { noView: true });
    await t.run();
    expect(store.reports.draft(16, REPORTING_YEAR)).toBeUndefined();
    expect(t.api.calls).toEqual([]);
  });

  it("an item gone after a reload: nothing saved", async () => {
    const t = click(depsWith({ plans: withoutItem(16) }));
    await t.run();
    expect(store.reports.draft(16, REPORTING_YEAR)).toBeUndefined();
    expect(t.api.calls).toEqual([]);
  });

  it("a store that cannot write: logged, not thrown, and the modal says the draft was not saved, input kept", async () => {
    const deps = depsWith();
    const broken = Object.assign(Object.create(store.reports), {
      saveDraft() {
        throw new Error("database is locked");
      },
    });
    const t = click({ ...deps, reports: { store: broken, owners: reportDeps(store).owners } });
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe("報告の下書きを保存できませんでした database is locked");
    const updates = JSON.stringify(t.api.of("views.update"));
    expect(updates).toContain("下書きを保存できませんでした");
    expect(updates).not.toContain("下書きを保存しました");
    expect(updates).toContain(JSON.stringify(Object.values(TYPED)[0]));
  });

  it("views.update refused (the modal was edited meanwhile): logged, the draft still kept", async () => {
    const t = click(depsWith());
    t.api.failWith("views.update", platformError("hash_conflict"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(store.reports.draft(16, REPORTING_YEAR)?.input).toEqual(TYPED);
    expect(t.logger.at("warn")).toBe(
      "報告画面の更新（No.16） に失敗しました: Slack API エラー（hash_conflict）",
    );
  });

  // Regression (found by these tests, since fixed; src/listeners/actions/save-report-draft.ts, the saveDraft call): a modal opened before /plan reload moved
  // the reporting year on is saved under the old year, and the note promises 「次に開いたときに続きから書けます」;
  // but the next modal reads the draft of the new year, so the input never comes back. Submitting the same modal
  // is refused with "the year changed" (report-submit.ts); the draft should say the same, or not promise.
  it("a modal of a year that has since changed: the note does not promise a draft that never comes back", async () => {
    const deps = depsWith({ plans: nextFiscalYear() });
    // The modal was opened for 令和6年度 (2024); after the reload the reporting year is 2025.
    const t = click(deps);
    await t.run();
    const promised = JSON.stringify(t.api.of("views.update")).includes("次に開いたときに続きから書けます");
    const reopened = await reportModalFor(deps, reportClient().client as never, OWNER, 16);
    const comesBack = JSON.stringify(reopened.blocks).includes('"initial_value":"44,000"');
    expect({ promised, comesBack }).not.toEqual({ promised: true, comesBack: false });
  });
});
