/**
 * Who gets which digest, from the real data/: every behind item of the report reaches someone (an owner, or
 * REMINDER_CHANNEL naming the department), or is reported as unroutable; never silently skipped.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model.ts";
import { behindItems, planReminders, recipientFromKey, recipientKey } from "../../src/reminders/digests.ts";
import { BEHIND_IN_REPORT, OWNERS_YAML, ownersFrom, plan, REMINDER_CHANNEL } from "./fixtures.ts";

const WEEK = "2026-W48";
const noOwners = ownersFrom("departments:\n");
const owners = ownersFrom(OWNERS_YAML);

/** recipient → item numbers, for compact assertions. */
const itemsByRecipient = (result: ReturnType<typeof planReminders>) =>
  Object.fromEntries(result.digests.map((d) => [d.key, d.entries.map((e) => e.item.number)]));

describe("the behind items", () => {
  it("are the report's: No.6, 10, 13, 14, 15, 16, 17 (令和5年度)", () => {
    expect(plan.meta.current_fiscal_year).toBe(2023);
    expect(behindItems(plan).map((i) => i.number)).toEqual(BEHIND_IN_REPORT);
  });

  it("each carry what the digest shows: figures with a target, or the report's sentence", () => {
    for (const item of behindItems(plan)) {
      const hasFigures = item.current.measurements.some((m) => m.percent !== null);
      expect(hasFigures || item.current.quote !== null, `No.${item.number}`).toBe(true);
    }
  });
});

describe("planning the week's digests", () => {
  it("with no owners and no REMINDER_CHANNEL: no digest, and every department reported as unroutable", () => {
    const result = planReminders({ plan, owners: noOwners, week: WEEK, reminderChannel: null, snoozes: [] });
    expect(result.digests).toEqual([]);
    expect(result.unroutable).toEqual([
      { department: "政策課", items: [6] },
      { department: "秘書広報課", items: [6] },
      { department: "デジタル戦略課", items: [10, 13] },
      { department: "財政課", items: [14] },
      { department: "まちづくり推進課", items: [15] },
      { department: "納税課", items: [16, 17] },
    ]);
    const reported = new Set(result.unroutable.flatMap((u) => u.items));
    expect([...reported].sort((a, b) => a - b)).toEqual(BEHIND_IN_REPORT);
  });

  it("with no owners but REMINDER_CHANNEL: one digest there with every behind item, naming the departments", () => {
    const result = planReminders({
      plan,
      owners: noOwners,
      week: WEEK,
      reminderChannel: REMINDER_CHANNEL,
      snoozes: [],
    });
    expect(result.unroutable).toEqual([]);
    expect(itemsByRecipient(result)).toEqual({ [REMINDER_CHANNEL]: BEHIND_IN_REPORT });
    const no6 = result.digests[0]?.entries.find((e) => e.item.number === 6);
    expect(no6?.departments).toEqual([]);
    expect(no6?.unownedDepartments).toEqual(["政策課", "秘書広報課"]);
  });

  it("gives each owner one digest with all their items, and the rest to REMINDER_CHANNEL", () => {
    const result = planReminders({
      plan,
      owners,
      week: WEEK,
      reminderChannel: REMINDER_CHANNEL,
      snoozes: [],
    });
    expect(itemsByRecipient(result)).toEqual({
      UNOZEI01: [14, 16, 17], // 納税課 and 財政課: one digest
      "machi@example.jp": [15],
      CDIGITAL1: [10, 13],
      [REMINDER_CHANNEL]: [6],
    });
    expect(result.digests.map((d) => d.recipient.kind)).toEqual(["user", "email", "channel", "channel"]);
    const nozei = result.digests[0];
    expect(nozei?.entries.map((e) => e.departments)).toEqual([["財政課"], ["納税課"], ["納税課"]]);
    expect(result.digests.every((d) => d.week === WEEK)).toBe(true);
  });

  it("sends an item with two lead departments to both departments' owners", () => {
    const split = ownersFrom(
      "departments:\n  政策課:\n    users: [USEISAKU1]\n  秘書広報課:\n    channel: CKOHO0001\n",
    );
    const result = planReminders({ plan, owners: split, week: WEEK, reminderChannel: null, snoozes: [] });
    expect(itemsByRecipient(result)).toMatchObject({ USEISAKU1: [6], CKOHO0001: [6] });
  });

  it("sends a department's items to REMINDER_CHANNEL when another lead of the same item has owners", () => {
    const half = ownersFrom("departments:\n  政策課:\n    users: [USEISAKU1]\n");
    const result = planReminders({
      plan,
      owners: half,
      week: WEEK,
      reminderChannel: REMINDER_CHANNEL,
      snoozes: [],
    });
    const channelNo6 = result.digests
      .find((d) => d.key === REMINDER_CHANNEL)
      ?.entries.find((e) => e.item.number === 6);
    expect(channelNo6?.unownedDepartments).toEqual(["秘書広報課"]);
    expect(itemsByRecipient(result).USEISAKU1).toEqual([6]);
  });

  it("matches a bracketed lead department (経営企画課（大崎市民病院）) to owners written by its base name", () => {
    const hospitalBehind: Plan = {
      ...plan,
      items: plan.items.map((i) =>
        i.number === 20 ? { ...i, current: { ...i.current, status: "behind" } } : i,
      ),
    };
    const hospital = ownersFrom("departments:\n  経営企画課:\n    users: [UHOSP0001]\n", hospitalBehind);
    const result = planReminders({
      plan: hospitalBehind,
      owners: hospital,
      week: WEEK,
      reminderChannel: null,
      snoozes: [],
    });
    expect(itemsByRecipient(result).UHOSP0001).toEqual([20]);
    expect(result.digests[0]?.entries[0]?.departments).toEqual(["経営企画課（大崎市民病院）"]);
  });

  it("leaves out items the recipient snoozed for this week, and drops a digest left empty", () => {
    const result = planReminders({
      plan,
      owners,
      week: WEEK,
      reminderChannel: REMINDER_CHANNEL,
      snoozes: [
        { recipient: "UNOZEI01", item: 16 },
        { recipient: "machi@example.jp", item: 15 },
        // Another recipient's snooze does not touch this one's digest.
        { recipient: "CDIGITAL1", item: 16 },
      ],
    });
    expect(itemsByRecipient(result)).toEqual({
      UNOZEI01: [14, 17],
      CDIGITAL1: [10, 13],
      [REMINDER_CHANNEL]: [6],
    });
    expect(result.snoozed).toEqual([
      { recipient: "UNOZEI01", item: 16 },
      { recipient: "machi@example.jp", item: 15 },
    ]);
  });

  it("merges an e-mail whose user ID is known into that user's digest: one person, one digest", () => {
    const mixed = ownersFrom(
      "departments:\n  納税課:\n    users: [UNOZEI01]\n  まちづくり推進課:\n    emails: [Nozei@Example.jp]\n",
    );
    const input = { plan, owners: mixed, week: WEEK, reminderChannel: null, snoozes: [] };
    // Without the ID (a dry run), the address is a recipient of its own.
    expect(itemsByRecipient(planReminders(input))).toEqual({ UNOZEI01: [16, 17], "nozei@example.jp": [15] });
    const merged = planReminders({ ...input, userIdsByEmail: new Map([["nozei@example.jp", "UNOZEI01"]]) });
    expect(itemsByRecipient(merged)).toEqual({ UNOZEI01: [15, 16, 17] });
    expect(merged.digests[0]).toMatchObject({
      recipient: { kind: "user", id: "UNOZEI01" },
      aliases: ["nozei@example.jp"],
    });
    expect(merged.digests[0]?.entries.map((e) => e.departments)).toEqual([
      ["まちづくり推進課"],
      ["納税課"],
      ["納税課"],
    ]);

    // A snooze recorded under the address (by an older version) still applies to the merged digest.
    const snoozed = planReminders({
      ...input,
      userIdsByEmail: new Map([["nozei@example.jp", "UNOZEI01"]]),
      snoozes: [{ recipient: "nozei@example.jp", item: 15 }],
    });
    expect(itemsByRecipient(snoozed)).toEqual({ UNOZEI01: [16, 17] });
    expect(snoozed.snoozed).toEqual([{ recipient: "UNOZEI01", item: 15 }]);
  });

  it("sends nothing to anyone when nothing is behind", () => {
    const allGood: Plan = {
      ...plan,
      items: plan.items.map((i) => ({ ...i, current: { ...i.current, status: "on_track" } })),
    };
    const result = planReminders({
      plan: allGood,
      owners: ownersFrom(OWNERS_YAML, allGood),
      week: WEEK,
      reminderChannel: REMINDER_CHANNEL,
      snoozes: [],
    });
    expect(result.digests).toEqual([]);
    expect(result.unroutable).toEqual([]);
  });
});

describe("recipient keys", () => {
  it.each(["UNOZEI01", "WENTERPRISE1", "machi@example.jp", "CDIGITAL1", "GPRIVATE1"])(
    "round-trip %s",
    (key) => {
      expect(recipientKey(recipientFromKey(key))).toBe(key);
    },
  );
});
