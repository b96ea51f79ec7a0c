/**
 * Reminders inside the app: ticks that catch up at start and never send twice, a stop that does not wait for the
 * whole run, the snooze button end to end (click → next week's digest leaves the item out), `/plan remind`'s
 * preview, and owners.yml edits while running, or broken from the start.
 */
import { statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient } from "../../src/reminders/client.ts";
import { intervalPacer, noPacing, type Pacer } from "../../src/reminders/pacing.ts";
import { ReminderService } from "../../src/reminders/service.ts";
import { snoozeFromButton } from "../../src/reminders/snooze.ts";
import type { Sleep } from "../../src/sleep.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderDryRunMessage, reminderRenderers } from "../../src/views/reminder-dry-run.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";
import {
  OWNERS_YAML,
  plan,
  REMINDER_CHANNEL,
  type RecordedLogger,
  recordingLogger,
  tempDir,
  USERS_BY_EMAIL,
} from "./fixtures.ts";

let standIn: SlackWebApiStandIn;
let dir: ReturnType<typeof tempDir>;
let store: StateStore;
let logger: RecordedLogger;
let now: Date;
let ownersFile: string;
let service: ReminderService;

const services: ReminderService[] = [];

function newService(overrides: { pacer?: Pacer; reminderChannel?: string | null } = {}): ReminderService {
  const created = new ReminderService({
    plan: () => plan,
    ownersFile,
    render: reminderRenderers,
    schedule: DEFAULT_SCHEDULE,
    reminderChannel: overrides.reminderChannel === undefined ? REMINDER_CHANNEL : overrides.reminderChannel,
    client: createReminderClient("xoxb-service-test", {
      slackApiUrl: standIn.apiUrl,
      logger: createLogger({ level: "error", sink: () => {} }),
    }),
    store,
    logger,
    clock: () => now,
    pacer: overrides.pacer ?? noPacing,
    tickMs: 60_000,
  });
  services.push(created);
  return created;
}

beforeEach(async () => {
  standIn = await new SlackWebApiStandIn({ usersByEmail: USERS_BY_EMAIL }).start();
  dir = tempDir("service-");
  store = StateStore.open(join(dir.path, "state.db"));
  logger = recordingLogger();
  now = new Date("2026-11-24T10:00:00+09:00");
  ownersFile = join(dir.path, "owners.yml");
  writeFileSync(ownersFile, OWNERS_YAML);
  service = newService();
});
afterEach(async () => {
  for (const s of services.splice(0)) await s.stop();
  store.close();
  await standIn.stop();
  dir.remove();
});

const posts = () => standIn.callsOf("chat.postMessage");
const value = (item: number, recipient: string, week = "2026-W48") =>
  JSON.stringify({ item, recipient, week });

describe("the scheduler", () => {
  it("catches up at start and does not send again on later ticks", async () => {
    service.start();
    await standIn.waitFor((calls) => calls.filter((c) => c.method === "chat.postMessage").length === 4);
    await service.runDue();
    await service.runDue();
    expect(posts()).toHaveLength(4);
  });

  it("runs one tick at a time", async () => {
    const [a, b] = [service.runDue(), service.runDue()];
    expect(a).toBe(b);
    expect((await a)?.sent).toHaveLength(4);
    expect(posts()).toHaveLength(4);
  });

  it("stops after the post in flight, without waiting for the rest of the run", async () => {
    // Pacing whose wait ends only when the run is stopped: stop() returns only if it ends the wait.
    const waits: { ms: number; endedBy: string | null }[] = [];
    let pacing: () => void = () => {};
    const pacingStarted = new Promise<void>((resolve) => {
      pacing = resolve;
    });
    const untilStopped: Sleep = (ms, signal) =>
      new Promise<void>((resolve) => {
        const wait = { ms, endedBy: null as string | null };
        waits.push(wait);
        pacing();
        if (signal?.aborted) {
          wait.endedBy = "already stopped";
          return resolve();
        }
        signal?.addEventListener("abort", () => {
          wait.endedBy = "stop";
          resolve();
        });
      });
    // Pacing is per channel and each digest has its own; paced as one channel here, the second post must wait.
    const oneChannel = intervalPacer(1_100, untilStopped, () => 0);
    const paced = newService({ pacer: { wait: (signal) => oneChannel.wait(signal) } });
    paced.start();
    await pacingStarted;
    expect(posts()).toHaveLength(1);
    await paced.stop();
    expect(waits).toEqual([{ ms: 1_100, endedBy: "stop" }]);
    expect(posts()).toHaveLength(1);
    // Nothing was claimed for the others: the next start sends them.
    expect(store.deliveriesForWeek("2026-W48").map((d) => [d.recipient, d.status])).toEqual([
      ["UMACHI001", "sent"],
    ]);
    const again = newService();
    expect((await again.runDue())?.sent.map((s) => s.recipient)).toEqual([
      "UNOZEI01",
      "CDIGITAL1",
      REMINDER_CHANNEL,
    ]);
    expect(posts()).toHaveLength(4);
  });

  it("takes only a client that never repeats a post on its own (checked by the type)", () => {
    // Was a run-time check reading WebClient's private fields; now a plain WebClient does not type-check.
    const make = () =>
      new ReminderService({
        plan: () => plan,
        ownersFile,
        schedule: DEFAULT_SCHEDULE,
        reminderChannel: null,
        // @ts-expect-error a plain WebClient retries on its own and is not a ReminderClient
        client: new webApi.WebClient("xoxb-service-test", { slackApiUrl: standIn.apiUrl }),
        store,
        logger,
      });
    expect(typeof make).toBe("function");
  });

  it("reports a department nobody hears about once a week, not every tick", async () => {
    writeFileSync(ownersFile, "departments:\n  納税課:\n    users: [UNOZEI01]\n");
    const quiet = newService({ reminderChannel: null });
    await quiet.runDue();
    await quiet.runDue();
    const warnings = logger.lines.filter((l) => l.text.includes("まちづくり推進課 に通知先がない"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toContain("REMINDER_CHANNEL");
  });
});

describe("snoozing", () => {
  it("leaves the item out of the recipient's next digest only", async () => {
    await service.runDue();
    const reply = await service.snooze(value(16, "UNOZEI01"), "UNOZEI01");
    expect(reply).toBe(
      "No.16 滞納整理の推進 を次回（2026年11月30日（月）09:00）のお知らせから外しました。その次の回からはまた届きます。",
    );
    expect(store.snoozesForWeek("2026-W49")).toEqual([{ recipient: "UNOZEI01", item: 16, week: "2026-W49" }]);
    expect(await service.snooze(value(16, "UNOZEI01"), "UNOZEI01")).toContain("すでに次回");

    now = new Date("2026-11-30T09:01:00+09:00");
    const report = await service.runDue();
    expect(report?.sent.find((s) => s.recipient === "UNOZEI01")?.items).toEqual([14, 17]);
    now = new Date("2026-12-07T09:01:00+09:00");
    const later = await service.runDue();
    expect(later?.sent.find((s) => s.recipient === "UNOZEI01")?.items).toEqual([14, 16, 17]);
  });

  it("keys a snooze from an e-mail-keyed button (an older digest) by the user who clicked it", async () => {
    expect(await service.snooze(value(15, "machi@example.jp"), "UMACHI001")).toContain("外しました");
    expect(store.snoozesForWeek("2026-W49")).toEqual([
      { recipient: "UMACHI001", item: 15, week: "2026-W49" },
    ]);
    now = new Date("2026-11-30T09:01:00+09:00");
    const report = await service.runDue();
    expect(report?.sent.map((s) => s.recipient)).not.toContain("UMACHI001");
  });

  it("lets anyone in a channel snooze the channel's item, but not someone else's DM item", async () => {
    expect(await service.snooze(value(10, "CDIGITAL1"), "UANYONE01")).toContain("外しました");
    expect(await service.snooze(value(16, "UNOZEI01"), "UINTRUDER1")).toBe(
      "このお知らせの受け取り手だけがスヌーズできます。",
    );
    expect(await service.snooze("not json", "UNOZEI01")).toContain("このボタンは使えません");
    expect(await service.snooze(value(99, "UNOZEI01"), "UNOZEI01")).toContain("現在のデータにありません");
    expect(store.snoozesForWeek("2026-W49")).toEqual([
      { recipient: "CDIGITAL1", item: 10, week: "2026-W49" },
    ]);
  });

  it("mutes the next slot after the click, even from an older digest clicked before this week's slot", () => {
    const result = snoozeFromButton({
      value: value(16, "UNOZEI01", "2026-W47"),
      userId: "UNOZEI01",
      plan,
      store,
      schedule: DEFAULT_SCHEDULE,
      now: new Date("2026-11-23T12:00:00+09:00"), // holiday Monday, before Tuesday's slot
    });
    expect(result).toMatchObject({ ok: true, week: "2026-W48", already: false });
  });
});

describe("/plan remind and owners.yml", () => {
  it("previews this week's digests and what was sent, the week by its dates", async () => {
    const before = (await reminderDryRunMessage(service.dryRunReport())).text;
    expect(before.split("\n")[0]).toBe("11月23日（月）～11月29日（日）の週のお知らせ（2026-W48）");
    expect(before).toContain("machi@example.jp（DM（メールアドレスで検索）、まちづくり推進課）: No.15");
    expect(before).toContain("送信のときに Slack で検索してユーザー ID に置き換えます");

    await service.runDue();
    const message = await reminderDryRunMessage(service.dryRunReport());
    expect(message.text).toContain("UNOZEI01（DM、財政課・納税課）: No.14、No.16、No.17［送信済み］");
    // After a send the app knows who the address is, without asking Slack again.
    expect(message.text).toContain(
      "UMACHI001（DM、メールアドレス machi@example.jp の人、まちづくり推進課）: No.15［送信済み］",
    );
    expect(message.text).not.toContain("送信のときに Slack で検索");
    expect(message.blocks[0]).toMatchObject({ type: "header" });
  });

  it("picks up an edit to owners.yml, and keeps the last good one when an edit is broken", async () => {
    writeFileSync(ownersFile, "departments:\n  納税課:\n    users: [UNEWOWNER1]\n");
    utimesSync(ownersFile, new Date(), new Date(Date.now() + 5_000));
    expect((await reminderDryRunMessage(service.dryRunReport())).text).toContain("UNEWOWNER1");

    writeFileSync(ownersFile, "departments:\n  納税科:\n    users: [UBROKEN01]\n");
    utimesSync(ownersFile, new Date(), new Date(Date.now() + 10_000));
    const text = (await reminderDryRunMessage(service.dryRunReport())).text;
    expect(text).toContain("UNEWOWNER1");
    expect(text).not.toContain("UBROKEN01");
    await reminderDryRunMessage(service.dryRunReport());
    const errors = logger.lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.text).toContain("「納税科」はプランの課にありません");
  });
});

describe("an owners.yml broken from the start", () => {
  const BROKEN = "departments:\n  納税科:\n    users: [UBROKEN01]\n";
  const PROBLEM = "「納税科」はプランの課にありません";

  it("starts anyway, sends nothing, logs the error once and shows it; a fix is picked up at the next tick", async () => {
    writeFileSync(ownersFile, BROKEN);
    const broken = newService();
    expect(broken.currentOwnersConfig()).toBeNull();
    expect(broken.ownersError()).toContain(PROBLEM);

    broken.start();
    await broken.runDue();
    await broken.runDue();
    expect(posts()).toEqual([]);
    const errors = logger.lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.text).toContain(PROBLEM);
    expect(errors[0]?.text).toContain("再起動しなくても");

    const preview = await reminderDryRunMessage(broken.dryRunReport());
    expect(preview.text).toContain("お知らせを送っていません");
    expect(preview.text).toContain(PROBLEM);
    expect(JSON.stringify(preview.blocks)).toContain(PROBLEM);

    // The snooze still works (it does not need owners.yml) and says why nothing is coming.
    const reply = await broken.snooze(value(16, "UNOZEI01"), "UNOZEI01");
    expect(reply).toContain("外しました");
    expect(reply).toContain(PROBLEM);

    // Fixed in place, even with the same modification time: the next tick reads it and sends.
    const { mtime } = statSync(ownersFile);
    writeFileSync(ownersFile, OWNERS_YAML);
    utimesSync(ownersFile, mtime, mtime);
    const report = await broken.runDue();
    expect(report?.sent).toHaveLength(4);
    expect(await broken.snooze(value(17, "UNOZEI01"), "UNOZEI01")).not.toContain(PROBLEM);
    expect((await reminderDryRunMessage(broken.dryRunReport())).text).not.toContain(PROBLEM);
  });

  it("shows a broken edit beside the preview made with the last good owners", async () => {
    writeFileSync(ownersFile, BROKEN);
    utimesSync(ownersFile, new Date(), new Date(Date.now() + 5_000));
    const message = await reminderDryRunMessage(service.dryRunReport());
    expect(message.text).toContain("前の正しい内容で送ります");
    expect(message.text).toContain(PROBLEM);
    expect(message.text).toContain("UNOZEI01（DM、財政課・納税課）");
  });
});
