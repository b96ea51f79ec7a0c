/**
 * The reminder features inside the running app, over signed HTTP requests: an admin's /plan remind preview
 * and the 「1週間スヌーズ」 button of a digest, with a real SQLite file; and both with an owners.yml that is
 * broken, which they report instead of going quiet.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE, nextSlots } from "../../src/reminders/calendar.ts";
import { createReminderClient } from "../../src/reminders/client.ts";
import { ReminderService } from "../../src/reminders/service.ts";
import { StateStore } from "../../src/state/store.ts";
import { ACTION, actionId } from "../../src/views/action-ids.ts";
import { reminderDryRunMessage, reminderRenderers } from "../../src/views/reminder-dry-run.ts";
import { ADMIN, buttonClick, type Harness, startHarness, uniqueId } from "../support/bot-harness.ts";
import { REPO_ROOT } from "../support/seed.ts";

let h: Harness;
let store: StateStore;
let dir: string;
let service: ReminderService;
let brokenService: () => ReminderService;
let current: () => ReminderService = () => service;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reminders-app-"));
  store = StateStore.open(join(dir, "state.db"));
  const plans = new PlanStore(resolve(REPO_ROOT, "data"));
  // The service's client goes to the harness's stand-in once it exists; the service is created just after.
  h = await startHarness({
    plans,
    reminders: {
      dryRunMessage: async () => reminderDryRunMessage(current().dryRunReport()),
      snooze: (value, user) => current().snooze(value, user),
    },
  });
  const options = {
    plan: () => plans.plan,
    schedule: DEFAULT_SCHEDULE,
    render: reminderRenderers,
    reminderChannel: "CREMIND01",
    client: createReminderClient("xoxb-reminders-test", { slackApiUrl: h.standIn.apiUrl }),
    store,
    logger: createLogger({ level: "error", sink: () => {} }),
  };
  service = new ReminderService({ ...options, ownersFile: resolve(REPO_ROOT, "data/owners.yml") });
  const brokenFile = join(dir, "owners.yml");
  writeFileSync(brokenFile, "departments:\n  納税科:\n    users: [UBROKEN01]\n");
  brokenService = () => new ReminderService({ ...options, ownersFile: brokenFile });
});

afterAll(async () => {
  await h.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reminders in the app", () => {
  it("/plan remind shows an admin this week's dry run, with every behind item", async () => {
    await h.command("remind", { user: ADMIN });
    await h.standIn.waitFor((calls) => calls.some((c) => c.method === "response_url"));
    const reply = h.standIn.callsOf("response_url")[0];
    expect(reply?.args.response_type).toBe("ephemeral");
    const text = String(reply?.args.text);
    expect(text).toContain("No.6、No.10、No.13、No.14、No.15、No.16、No.17");
    expect(text).toContain("CREMIND01");
  });

  it("「1週間スヌーズ」 mutes the item for the person for the next slot", async () => {
    const before = h.standIn.callsOf("response_url").length;
    const value = JSON.stringify({ item: 16, recipient: "USTAFF01", week: "2026-W48" });
    await h.action(
      buttonClick({
        actionId: actionId(ACTION.snoozeItem, 16),
        value,
        user: "USTAFF01",
        channel: "DSTAFF01",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
      }),
    );
    await h.standIn.waitFor((calls) => calls.filter((c) => c.method === "response_url").length > before);
    expect(String(h.standIn.callsOf("response_url")[before]?.args.text)).toContain("No.16 滞納整理の推進");
    const next = nextSlots(new Date(), DEFAULT_SCHEDULE, 1)[0];
    expect(store.snoozesForWeek(next?.week ?? "")).toContainEqual(
      expect.objectContaining({ recipient: "USTAFF01", item: 16 }),
    );
  });

  it("refuses a snooze from someone who is not the digest's recipient", async () => {
    const before = h.standIn.callsOf("response_url").length;
    const value = JSON.stringify({ item: 17, recipient: "USTAFF01", week: "2026-W48" });
    await h.action(
      buttonClick({
        actionId: actionId(ACTION.snoozeItem, 17),
        value,
        user: "UOTHER01",
        responseUrl: h.standIn.responseUrl(uniqueId("R")),
      }),
    );
    await h.standIn.waitFor((calls) => calls.filter((c) => c.method === "response_url").length > before);
    expect(String(h.standIn.callsOf("response_url")[before]?.args.text)).toContain("受け取り手だけ");
  });
});

describe("reminders in the app with a broken owners.yml", () => {
  const PROBLEM = "「納税科」はプランの課にありません";

  it("/plan remind shows the actual error instead of saying reminders are not configured", async () => {
    const broken = brokenService();
    current = () => broken;
    try {
      const responseId = uniqueId("R");
      await h.command("remind", { user: ADMIN, responseId });
      await h.standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId));
      const text = String(h.standIn.calls.find((c) => c.responseId === responseId)?.args.text);
      expect(text).toContain("お知らせを送っていません");
      expect(text).toContain(PROBLEM);
      expect(text).not.toContain("設定されていません");
    } finally {
      current = () => service;
    }
  });

  it("「1週間スヌーズ」 still mutes the item, and says why no reminder is coming", async () => {
    const broken = brokenService();
    current = () => broken;
    try {
      const responseId = uniqueId("R");
      await h.action(
        buttonClick({
          actionId: actionId(ACTION.snoozeItem, 14),
          value: JSON.stringify({ item: 14, recipient: "USTAFF02", week: "2026-W48" }),
          user: "USTAFF02",
          channel: "DSTAFF02",
          responseUrl: h.standIn.responseUrl(responseId),
        }),
      );
      await h.standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId));
      const text = String(h.standIn.calls.find((c) => c.responseId === responseId)?.args.text);
      expect(text).toContain("No.14");
      expect(text).toContain(PROBLEM);
    } finally {
      current = () => service;
    }
  });
});
