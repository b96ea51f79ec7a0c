/**
 * What the report listeners share: the modal `reportModalFor` builds for a person and an item (the form, or a modal
 * saying why not), pre-filled from a saved draft or the last submission with a note on where it stands; and
 * `withReportedResults`, which adds an approved report to an item's card and leaves the card alone when there is
 * none or the store cannot be read. The store is a real one in memory; times are fixed so the notes' dates are known
 * (Japan time: 2026-12-07T00:30Z is 12月7日).
 */
import type { types } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { answerWithMessage } from "../../src/listeners/reply.ts";
import {
  ITEM_GONE_FOR_REPORT,
  NOT_SET_UP,
  reportModalFor,
  withReportedResults,
} from "../../src/listeners/reports.ts";
import { findItem } from "../../src/plan/model.ts";
import type { StateStore } from "../../src/state/store.ts";
import { itemCard } from "../../src/views/item-card.ts";
import {
  ADMIN,
  MAIL_OWNER,
  memoryStore,
  NOW,
  OWNER,
  REPORTING_YEAR,
  reportClient,
  reportDeps,
  STRANGER,
  submitted,
  VALUES_16,
  withoutItem,
} from "./report-support.ts";
import { contentOf, makeDeps, plans, recordingLogger } from "./support.ts";

const stores: StateStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A store whose clock the test moves: submissions, drafts and reviews get the time it is set to. */
function storeAt(start: Date = NOW) {
  let now = start;
  const store = memoryStore(() => now);
  stores.push(store);
  return {
    store,
    set(t: string) {
      now = new Date(t);
    },
  };
}

type Blocks = Record<string, unknown>[];

/** The text of the single section of a modal that only says something. */
function saying(view: types.ModalView): string {
  expect(view.callback_id).toBeUndefined();
  expect(view.blocks).toHaveLength(1);
  return ((view.blocks[0] as { text: { text: string } }).text as { text: string }).text;
}

/** The line above the inputs, if any. */
function noteOf(view: types.ModalView): string | undefined {
  const ctx = (view.blocks as unknown as Blocks).find((b) => b.type === "context") as
    | { elements: { text: string }[] }
    | undefined;
  return ctx?.elements[0]?.text;
}

/** Each input's pre-filled value, by block id (the form's field key). */
function initialValues(view: types.ModalView): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const b of view.blocks as unknown as Blocks) {
    if (b.type !== "input") continue;
    const el = b.element as { initial_value?: string; initial_option?: { value: string } };
    out[b.block_id as string] = el.initial_value ?? el.initial_option?.value;
  }
  return out;
}

async function modalFor(store: StateStore | null, userId: string, n: number) {
  const api = reportClient();
  const deps = makeDeps(store ? { reports: reportDeps(store) } : {});
  const view = await reportModalFor(deps, api.client as never, userId, n);
  return { view, api };
}

describe("reportModalFor", () => {
  it("without a state database: says reporting is not set up", async () => {
    const { view } = await modalFor(null, OWNER, 16);
    expect(saying(view)).toBe(NOT_SET_UP);
  });

  it("an item no longer in the data (after a reload): says so", async () => {
    const { store } = storeAt();
    const deps = makeDeps({ plans: withoutItem(16), reports: reportDeps(store) });
    const view = await reportModalFor(deps, reportClient().client as never, OWNER, 16);
    expect(saying(view)).toBe(ITEM_GONE_FOR_REPORT);
  });

  it("someone who may not report: the refusal names every lead department of the item (No.9)", async () => {
    const { store } = storeAt();
    const { view } = await modalFor(store, STRANGER, 9);
    expect(saying(view)).toBe(
      "No.9 デジタル技術の活用による行政サービスの向上 の報告は、" +
        "記入担当課（行政管理課・デジタル戦略課・防災安全課・生涯学習課・財政課）の担当者と、" +
        "行政管理課（管理者）だけができます。担当者として登録されていない場合は、行政管理課に data/owners.yml への登録を依頼してください。",
    );
  });

  it("an owner with nothing saved: the empty form for 令和6年度, without a note", async () => {
    const { store } = storeAt();
    const { view } = await modalFor(store, OWNER, 16);
    expect(view.callback_id).toBe("report_submit");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ item: 16, fiscalYear: REPORTING_YEAR });
    expect(noteOf(view)).toBeUndefined();
    expect(initialValues(view)).toEqual({
      "figure:0": undefined,
      activities: undefined,
      assessment: undefined,
      comment: undefined,
      review: undefined,
    });
  });

  it("an owner by e-mail gets the form too (No.14), Slack asked for the address once", async () => {
    const { store } = storeAt();
    const { view, api } = await modalFor(store, MAIL_OWNER, 14);
    expect(view.callback_id).toBe("report_submit");
    expect(api.of("users.info").map((c) => c.args)).toEqual([{ user: MAIL_OWNER }]);
  });

  it("a saved draft fills the form again, and the note says when it was saved", async () => {
    const t = storeAt(new Date("2026-12-01T01:00:00Z"));
    t.store.reports.saveDraft(16, REPORTING_YEAR, { "figure:0": "44,000", activities: "途中まで" }, OWNER);
    const { view } = await modalFor(t.store, OWNER, 16);
    expect(noteOf(view)).toBe("12月1日 に保存した下書きです。");
    expect(initialValues(view)).toMatchObject({ "figure:0": "44,000", activities: "途中まで" });
    expect(initialValues(view).assessment).toBeUndefined();
  });

  it("a draft of another year is not this year's draft", async () => {
    const { store } = storeAt();
    store.reports.saveDraft(16, REPORTING_YEAR - 1, { "figure:0": "1" }, OWNER);
    const { view } = await modalFor(store, OWNER, 16);
    expect(noteOf(view)).toBeUndefined();
    expect(initialValues(view)["figure:0"]).toBeUndefined();
  });

  it("a pending submission fills the form with what was sent, and says it waits for the secretariat", async () => {
    const t = storeAt(new Date("2026-12-02T03:00:00Z"));
    submitted(t.store, { viewId: "V1", values: { ...VALUES_16, comment: "概ね順調", review: "総評の案" } });
    const { view } = await modalFor(t.store, OWNER, 16);
    expect(noteOf(view)).toBe(
      "12月2日 に提出済みで、行政管理課の確認待ちです。もう一度提出すると、前の報告に代わります。",
    );
    expect(initialValues(view)).toEqual({
      "figure:0": "45,100",
      activities: "文書催告を実施した。\n財産調査を強化した。",
      assessment: "on_track",
      comment: "概ね順調",
      review: "総評の案",
    });
  });

  it("an approved submission: the note says so and that a new one is reviewed again", async () => {
    const t = storeAt(new Date("2026-12-02T03:00:00Z"));
    const id = submitted(t.store, { viewId: "V1" });
    t.set("2026-12-04T03:00:00Z");
    expect(t.store.reports.review(id, "approved", "", ADMIN).ok).toBe(true);
    const { view } = await modalFor(t.store, OWNER, 16);
    // The date is the submission's, not the review's.
    expect(noteOf(view)).toBe("12月2日 に提出した報告は承認済みです。提出し直すと、もう一度確認を受けます。");
    expect(initialValues(view)["figure:0"]).toBe("45,100");
  });

  it("a returned submission: the note carries the admin's comment", async () => {
    const t = storeAt(new Date("2026-12-02T03:00:00Z"));
    const id = submitted(t.store, { viewId: "V1" });
    t.store.reports.review(id, "returned", "数値の根拠を書いてください", ADMIN);
    const { view } = await modalFor(t.store, OWNER, 16);
    expect(noteOf(view)).toBe(
      "12月2日 に提出した報告は差し戻されました（数値の根拠を書いてください）。直して提出してください。",
    );
  });

  it("a returned submission without a comment: no empty brackets", async () => {
    const { store } = storeAt();
    const id = submitted(store, { viewId: "V1" });
    store.reports.review(id, "returned", "", ADMIN);
    const { view } = await modalFor(store, OWNER, 16);
    expect(noteOf(view)).toBe("12月7日 に提出した報告は差し戻されました。直して提出してください。");
  });

  it("a draft saved after the last submission wins, and the note tells of both", async () => {
    const t = storeAt(new Date("2026-12-02T03:00:00Z"));
    const id = submitted(t.store, { viewId: "V1" });
    t.store.reports.review(id, "returned", "取組を具体的に", ADMIN);
    t.set("2026-12-05T03:00:00Z");
    t.store.reports.saveDraft(16, REPORTING_YEAR, { "figure:0": "46,000" }, OWNER);
    const { view } = await modalFor(t.store, OWNER, 16);
    expect(noteOf(view)).toBe(
      "12月5日 に保存した下書きです。12月2日 に提出した報告は差し戻されました（取組を具体的に）。直して提出してください。",
    );
    expect(initialValues(view)["figure:0"]).toBe("46,000");
    expect(initialValues(view).activities).toBeUndefined();
  });
});

describe("withReportedResults", () => {
  const item16 = findItem(plans.plan, 16);
  if (!item16) throw new Error("no item 16");
  const card = () => itemCard(item16, plans.plan.meta);

  it("without report deps: the message itself, unchanged", () => {
    const message = card();
    expect(withReportedResults(makeDeps(), message, 16)).toBe(message);
  });

  it("no approved report (only a pending one): unchanged", () => {
    const { store } = storeAt();
    submitted(store, { viewId: "V1" });
    const message = card();
    expect(withReportedResults(makeDeps({ reports: reportDeps(store) }), message, 16)).toBe(message);
  });

  it("an approved report: added apart from the report's figures, labelled as the department's", () => {
    const { store } = storeAt();
    store.reports.review(submitted(store, { viewId: "V1" }), "approved", "", ADMIN);
    const message = card();
    const out = withReportedResults(makeDeps({ reports: reportDeps(store) }), message, 16);
    expect(out.blocks).toHaveLength(message.blocks.length + 1);
    expect(contentOf(out.blocks)).toContain("担当課からの報告（令和6年度・未公表、12月7日 承認）");
    expect(contentOf(out.blocks)).toContain("45,100 千円");
    // Another item's card is left alone.
    const item18 = findItem(plans.plan, 18);
    if (!item18) throw new Error("no item 18");
    const other = itemCard(item18, plans.plan.meta);
    expect(withReportedResults(makeDeps({ reports: reportDeps(store) }), other, 18)).toBe(other);
  });

  it("a report approved between two askings of one question is in the second answer (answers are reused)", () => {
    const { store } = storeAt();
    const deps = makeDeps({ reports: reportDeps(store) });
    const question = "滞納整理の推進の状況は？";
    const before = answerWithMessage(deps, question);
    expect(before.answer.kind === "item" && before.answer.item.number).toBe(16);
    expect(contentOf(before.message.blocks)).not.toContain("担当課からの報告");
    store.reports.review(submitted(store, { viewId: "V1" }), "approved", "", ADMIN);
    const after = answerWithMessage(deps, question);
    expect(after.answer).toBe(before.answer);
    expect(contentOf(after.message.blocks)).toContain("担当課からの報告（令和6年度・未公表、12月7日 承認）");
  });

  it("a store that cannot be read: the message unchanged and a warning logged", () => {
    const { store } = storeAt();
    const broken = Object.assign(Object.create(store.reports), {
      approved() {
        throw new Error("database is locked");
      },
    });
    const logger = recordingLogger();
    const message = card();
    const deps = makeDeps({ reports: { store: broken, owners: () => null } });
    expect(withReportedResults(deps, message, 16, logger)).toBe(message);
    expect(logger.at("warn")).toBe("承認済みの報告を読めませんでした（回答は続けます） database is locked");
  });
});
