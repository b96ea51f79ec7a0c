/**
 * Reporting results from Slack, through the real app over signed HTTP, with the state database on disk and the Web
 * API stand-in on loopback: the modal opens from every entry point, bad values are refused inline with nothing
 * stored, a person who does not own the item is refused, a double submission is stored once, admins approve and
 * return with the owner told by DM, and the approved report shows on answers apart from the report's own figures.
 * Expected labels, units and hints are No.16's and No.20's in data/items (the report's 令和6年度 row).
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main as exportReports } from "../../src/cli/export-reports.ts";
import { main as validate } from "../../src/cli/validate.ts";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient } from "../../src/reminders/client.ts";
import type { OwnersConfig } from "../../src/reminders/owners.ts";
import { ReminderService } from "../../src/reminders/service.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderRenderers } from "../../src/views/reminder-dry-run.ts";
import { tempDir } from "../reminders/fixtures.ts";
import { ADMIN, buttonClick, type Harness, startHarness, uniqueId } from "../support/bot-harness.ts";
import { stateValues } from "../support/slack-requests.ts";
import type { RecordedCall } from "../support/web-api-stand-in.ts";

/**
 * When every submission and review here happens: Monday 7 December 2026, 09:30 in Japan, a business day just after
 * the weekly reminder's slot (Monday 09:00), so the reminder test at the end sends at the same instant.
 */
const NOW = new Date("2026-12-07T00:30:00Z");

/** Owns 納税課's items (No.16, No.17) by user ID. */
const OWNER = "U0NOZEI01";
/** Owns 財政課's items (No.14, No.19) by e-mail only. */
const MAIL_OWNER = "U0ZAISEI1";
const MAIL = "zaisei.tanto@example.jp";
const STRANGER = "U0OTHER01";

const owners: OwnersConfig = {
  file: "data/owners.yml",
  departments: new Map([
    ["納税課", { users: [OWNER], emails: [], channel: null }],
    ["財政課", { users: [], emails: [MAIL], channel: null }],
  ]),
};

let h: Harness;
let dir: ReturnType<typeof tempDir>;
let store: StateStore;
beforeAll(async () => {
  dir = tempDir("reports-e2e-");
  store = StateStore.open(join(dir.path, "state.db"), { clock: () => NOW });
  h = await startHarness({ reports: { store: store.reports, owners: () => owners } });
});
afterAll(async () => {
  await h.stop();
  store.close();
  dir.remove();
});
beforeEach(() => {
  h.standIn.calls.length = 0;
});

type View = {
  callback_id?: string;
  private_metadata?: string;
  title?: { text: string };
  blocks: Record<string, unknown>[];
};

async function openedView(): Promise<{ call: RecordedCall; view: View }> {
  await h.standIn.waitFor((calls) => calls.some((c) => c.method === "views.open"));
  const call = h.standIn.calls.find((c) => c.method === "views.open") as RecordedCall;
  return { call, view: call.args.view as View };
}

async function clickOpen(item: number, user: string, extra: Partial<Parameters<typeof buttonClick>[0]> = {}) {
  const res = await h.action(
    buttonClick({ actionId: `open_report:${item}`, value: String(item), user, ...extra }),
  );
  expect(res.status).toBe(200);
  return openedView();
}

function submission(opts: {
  user: string;
  view: View;
  fields: Record<string, string | undefined>;
  viewId?: string;
  triggerId?: string;
}): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: "T0000", domain: "osaki" },
    user: { id: opts.user, username: "staff", name: "staff", team_id: "T0000" },
    api_app_id: "A0PLANBOT",
    token: "unused-verification-token",
    trigger_id: opts.triggerId ?? uniqueId("T"),
    view: {
      id: opts.viewId ?? uniqueId("V"),
      team_id: "T0000",
      type: "modal",
      callback_id: opts.view.callback_id,
      private_metadata: opts.view.private_metadata ?? "",
      hash: "1700000000.abc",
      blocks: opts.view.blocks,
      state: { values: stateValues(opts.fields) },
    },
    response_urls: [],
  };
}

/** Posts a view_submission and returns what the app acknowledged with (Slack reads the response body). */
async function submit(opts: Parameters<typeof submission>[0]): Promise<Record<string, unknown>> {
  const res = await h.action(submission(opts));
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const GOOD_16 = {
  "figure:0": "41,200",
  activities: "・催告書を送付した\n・財産調査を行った",
  assessment: "on_track",
};

const texts = (value: unknown) => JSON.stringify(value);

describe("opening the report modal", () => {
  it("from an item card's button: the item's own figure, unit and the year's forecast as hint", async () => {
    const { view } = await clickOpen(16, OWNER);
    expect(view.callback_id).toBe("report_submit");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ item: 16, fiscalYear: 2024 });
    const figure = view.blocks.find((b) => b.block_id === "figure:0") as {
      label: { text: string };
      element: { placeholder: { text: string } };
    };
    expect(figure.label.text).toBe("滞納額の縮減効果（千円）");
    expect(figure.element.placeholder.text).toBe("見込み 44,400千円");
    expect(view.blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining(["activities", "assessment", "comment", "review"]),
    );
  });

  it("from /plan 報告 with the number in any form, using the command's trigger", async () => {
    for (const text of ["報告 16", "報告　１６", "報告 No.16", "報告十六"]) {
      h.standIn.calls.length = 0;
      const res = await h.command(text, { user: OWNER });
      expect(res.status).toBe(200);
      const { call, view } = await openedView();
      expect(String(call.args.trigger_id)).toMatch(/^trigger\./);
      expect(JSON.parse(view.private_metadata ?? "").item).toBe(16);
    }
  });

  it("/plan 報告 without a number lists the person's own items with their buttons", async () => {
    const res = await h.command("報告", { user: OWNER });
    const body = await res.json();
    expect(texts(body)).toContain("open_report:16");
    expect(texts(body)).toContain("open_report:17");
    expect(texts(body)).not.toContain("open_report:18");
  });

  it("a question that starts with 報告 is still a question", async () => {
    const res = await h.command("報告書の滞納整理の実績は?", { user: OWNER, responseId: uniqueId("R") });
    expect(res.status).toBe(200);
    // Answered as a question (No.16's card), not taken for 「/plan 報告」 and its list of the person's items.
    const shown = texts(await res.json());
    expect(shown).toContain("No.16 滞納整理の推進");
    expect(shown).not.toContain("報告する項目の番号");
    expect(h.standIn.calls.some((c) => c.method === "views.open")).toBe(false);
  });

  it("from the Home tab: 「あなたの担当項目」 lists the owner's items, and its button opens the modal", async () => {
    await h.event({ type: "app_home_opened", user: OWNER, channel: "D0NOZEI01", tab: "home" });
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "views.publish"));
    const home = h.standIn.calls.find((c) => c.method === "views.publish")?.args.view;
    expect(texts(home)).toContain("あなたの担当項目");
    expect(texts(home)).toContain("open_report:16");
    expect(texts(home)).not.toContain("確認待ちの報告");
    h.standIn.calls.length = 0;
    const { view } = await clickOpen(16, OWNER, { home: true });
    expect(view.callback_id).toBe("report_submit");
  });

  it("recognises an owner listed by e-mail through the address Slack has for them", async () => {
    h.standIn.queue("users.info", { body: { ok: true, user: { id: MAIL_OWNER, profile: { email: MAIL } } } });
    const { view } = await clickOpen(19, MAIL_OWNER);
    expect(view.callback_id).toBe("report_submit");
  });

  it("tells anyone else, in a modal, who may report", async () => {
    const { view } = await clickOpen(16, STRANGER);
    expect(view.callback_id).toBeUndefined();
    expect(texts(view)).toContain("記入担当課（納税課）の担当者");
  });
});

describe("submitting", () => {
  it("shows each bad value under its field and stores nothing", async () => {
    const { view } = await clickOpen(16, OWNER);
    const ack = await submit({
      user: OWNER,
      view,
      fields: { "figure:0": "約4万", activities: "", assessment: "behind", comment: "" },
    });
    expect(ack.response_action).toBe("errors");
    expect(Object.keys(ack.errors as object).sort()).toEqual(["activities", "comment", "figure:0"]);
    expect(store.reports.submissions()).toEqual([]);
  });

  it("refuses a submission from someone who does not own the item, and stores nothing", async () => {
    const { view } = await clickOpen(16, OWNER);
    const ack = await submit({ user: STRANGER, view, fields: GOOD_16 });
    expect(ack.response_action).toBe("update");
    expect(texts(ack.view)).toContain("記入担当課");
    expect(store.reports.submissions()).toEqual([]);
  });

  it("stores good values once, however often the same modal arrives, and tells the admins", async () => {
    const { view } = await clickOpen(16, OWNER);
    const viewId = uniqueId("V");
    const first = await submit({ user: OWNER, view, fields: GOOD_16, viewId });
    const second = await submit({ user: OWNER, view, fields: GOOD_16, viewId });
    expect(first.response_action).toBe("update");
    expect(texts(first.view)).toContain("受け付けました");
    expect(second).toEqual(first);
    const stored = store.reports.submissions();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      item: 16,
      fiscalYear: 2024,
      submittedBy: OWNER,
      state: "pending",
      values: {
        figures: [{ label: "滞納額の縮減効果", unit: "千円", value: "41,200" }],
        assessment: "on_track",
      },
    });
    expect(stored[0]?.values.activities).toEqual(["催告書を送付した", "財産調査を行った"]);
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));
    const dms = h.standIn.calls.filter((c) => c.method === "chat.postMessage");
    expect(dms.map((c) => c.args.channel)).toEqual([ADMIN]);
    expect(texts(dms[0]?.args.blocks)).toContain(`approve_report:${stored[0]?.id}`);
  });

  it("saves a draft from inside the modal and fills the form with it next time", async () => {
    const { view } = await clickOpen(17, OWNER);
    const viewId = uniqueId("V");
    h.standIn.calls.length = 0;
    const res = await h.action({
      type: "block_actions",
      user: { id: OWNER, username: "staff", team_id: "T0000" },
      team: { id: "T0000" },
      api_app_id: "A0PLANBOT",
      container: { type: "view", view_id: viewId },
      trigger_id: uniqueId("T"),
      view: submission({ user: OWNER, view, fields: { activities: "途中まで", "figure:0": "12" }, viewId })
        .view,
      actions: [{ type: "button", action_id: "save_report_draft", block_id: "draft", value: "17" }],
    });
    expect(res.status).toBe(200);
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "views.update"));
    const update = h.standIn.calls.find((c) => c.method === "views.update");
    expect(update?.args.view_id).toBe(viewId);
    expect(texts(update?.args.view)).toContain("下書きを保存しました");
    expect(store.reports.draft(17, 2024)?.input).toEqual({ activities: "途中まで", "figure:0": "12" });
    h.standIn.calls.length = 0;
    const again = await clickOpen(17, OWNER);
    const activities = again.view.blocks.find((b) => b.block_id === "activities") as {
      element: { initial_value?: string };
    };
    expect(activities.element.initial_value).toBe("途中まで");
    expect(texts(again.view)).toContain("保存した下書きです");
  });
});

describe("a modal the bot no longer knows", () => {
  it("is closed with an empty ack and nothing stored", async () => {
    const before = store.reports.submissions().length;
    const ack = await submit({
      user: OWNER,
      view: { callback_id: "old_modal_v0", blocks: [] },
      fields: { "figure:0": "1" },
    });
    expect(ack).toEqual({});
    expect(store.reports.submissions()).toHaveLength(before);
  });
});

describe("review", () => {
  it("an admin approves; the owner is told by DM; answers show the report apart from the report's figures", async () => {
    const pending = store.reports.pending().find((s) => s.item === 16);
    if (!pending) throw new Error("no pending No.16 report");
    const list = await (await h.command("報告一覧", { user: ADMIN })).json();
    expect(texts(list)).toContain(`approve_report:${pending.id}`);
    const refused = await (await h.command("報告一覧", { user: OWNER })).json();
    expect(texts(refused)).toContain("管理者");

    h.standIn.calls.length = 0;
    await h.action(
      buttonClick({ actionId: `approve_report:${pending.id}`, value: String(pending.id), user: ADMIN }),
    );
    const { view } = await openedView();
    expect(view.callback_id).toBe("report_review");
    const ack = await submit({ user: ADMIN, view, fields: { comment: "確認しました" } });
    expect(ack.response_action).toBe("update");
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));
    const dm = h.standIn.calls.find((c) => c.method === "chat.postMessage");
    expect(dm?.args.channel).toBe(OWNER);
    expect(String(dm?.args.text)).toContain("承認されました");
    expect(texts(dm?.args.blocks)).toContain("確認しました");
    expect(store.reports.submission(pending.id)?.state).toBe("approved");

    const answer = await (await h.command("16", { user: "USTAFF01" })).json();
    const shown = texts(answer);
    expect(shown).toMatch(/担当課からの報告（令和6年度・未公表、\d+月\d+日 承認）/);
    expect(shown).toContain("滞納額の縮減効果: 41,200 千円");
    // The report's own status and figures are unchanged: 令和5年度, 遅れ, 30,885,000 円.
    expect(shown).toContain("状況（令和5年度）");
    expect(shown).toContain("30,885,000");

    // A second review of the same report changes nothing.
    h.standIn.calls.length = 0;
    const twice = await submit({ user: ADMIN, view, fields: { comment: "" } });
    expect(texts(twice.view)).toContain("すでに承認");
  });

  it("a return needs a reason, and the owner gets it with a button to fix the report", async () => {
    const { view: form } = await clickOpen(17, OWNER);
    await submit({
      user: OWNER,
      view: form,
      fields: { "figure:0": "－", activities: "調査中", assessment: "behind", comment: "人員不足" },
    });
    const s = store.reports.latest(17, 2024);
    if (!s) throw new Error("no No.17 report");
    h.standIn.calls.length = 0;
    await h.action(buttonClick({ actionId: `return_report:${s.id}`, value: String(s.id), user: ADMIN }));
    const { view } = await openedView();
    const noReason = await submit({ user: ADMIN, view, fields: { comment: "" } });
    expect(noReason.response_action).toBe("errors");
    expect(store.reports.submission(s.id)?.state).toBe("pending");
    await submit({ user: ADMIN, view, fields: { comment: "数値を入れてください" } });
    await h.standIn.waitFor((calls) =>
      calls.some((c) => c.method === "chat.postMessage" && c.args.channel === OWNER),
    );
    const dm = h.standIn.calls.find((c) => c.method === "chat.postMessage" && c.args.channel === OWNER);
    expect(String(dm?.args.text)).toContain("差し戻されました");
    expect(texts(dm?.args.blocks)).toContain("open_report:17");
    expect(store.reports.submission(s.id)?.state).toBe("returned");
    // Not shown on answers.
    expect(texts(await (await h.command("17", { user: "USTAFF01" })).json())).not.toContain(
      "担当課からの報告",
    );
  });

  it("refuses the review buttons to anyone but an admin", async () => {
    const { view: form } = await clickOpen(16, OWNER);
    await submit({ user: OWNER, view: form, fields: GOOD_16 });
    const s = store.reports.latest(16, 2024);
    h.standIn.calls.length = 0;
    await h.action(buttonClick({ actionId: `approve_report:${s?.id}`, value: String(s?.id), user: OWNER }));
    const { view } = await openedView();
    expect(view.callback_id).toBeUndefined();
    expect(texts(view)).toContain("管理者");
    expect(store.reports.latest(16, 2024)?.state).toBe("pending");
  });
});

describe("weekly reminders after reporting", () => {
  it("leave out the item reported this week, keep the one whose report was returned, and offer the modal", async () => {
    // By now No.16 has a report waiting for review and No.17's was returned; both are behind in the report.
    expect(store.reports.latest(16, 2024)?.state).toBe("pending");
    expect(store.reports.latest(17, 2024)?.state).toBe("returned");
    const ownersFile = join(dir.path, "owners.yml");
    writeFileSync(ownersFile, `departments:\n  納税課:\n    users: [${OWNER}]\n`);
    const service = new ReminderService({
      plan: () => h.plans.plan,
      ownersFile,
      schedule: DEFAULT_SCHEDULE,
      render: reminderRenderers,
      reminderChannel: null,
      skipReportedDays: 7,
      client: createReminderClient("xoxb-reports-reminders", { slackApiUrl: h.standIn.apiUrl }),
      store,
      logger: createLogger({ level: "error", sink: () => {} }),
      clock: () => NOW,
    });
    expect(service.dryRunReport().text).toContain("今週は省く項目: No.16");
    await service.runDue();
    const digest = h.standIn.calls.find((c) => c.method === "chat.postMessage" && c.args.channel === OWNER);
    const shown = texts(digest?.args.blocks);
    expect(shown).toContain("No.17");
    expect(shown).not.toContain("No.16");
    expect(shown).toContain("open_report:17");
    // Its button opens the report modal like any other.
    h.standIn.calls.length = 0;
    const { view } = await clickOpen(17, OWNER, { channel: `D${OWNER}` });
    expect(view.callback_id).toBe("report_submit");
  });
});

describe("into next year's data", () => {
  it("exports the approved report, validates, and after /plan reload the bot answers with the new year", async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t) };
    const statePath = join(dir.path, "state.db");
    const env = { STATE_DB: statePath, PLAN_DATA_DIR: h.dataDir };
    expect(
      await exportReports(["--fiscal-year", "令和6年度", "--data", h.dataDir, "--state", statePath], env, io),
    ).toBe(0);
    expect(readFileSync(join(h.dataDir, "items/16.yml"), "utf8")).toContain("origin: owner_report");
    const planYml = join(h.dataDir, "plan.yml");
    writeFileSync(
      planYml,
      readFileSync(planYml, "utf8").replace("current_fiscal_year: 2023", "current_fiscal_year: 2024"),
    );
    expect(await validate([h.dataDir], env, io), out.join("")).toBe(0);

    const responseId = uniqueId("R");
    await h.command("reload", { user: ADMIN, responseId });
    await h.standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId));
    expect(String(h.standIn.calls.find((c) => c.responseId === responseId)?.args.text)).toContain(
      "読み直しました",
    );

    const shown = texts(await (await h.command("16", { user: "USTAFF01" })).json());
    expect(shown).toContain("状況（令和6年度）");
    expect(shown).toContain("41,200");
    expect(shown).toContain("担当課からの報告（承認済み・報告書は未公表）");
  });
});
