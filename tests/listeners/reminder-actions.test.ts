/**
 * What the listeners offer of the reminders, made from the reminder service: /plan remind's dry run rendered as
 * Block Kit (or what is wrong with owners.yml), and the snooze passed through.
 */
import { describe, expect, it } from "vitest";
import { reminderActions } from "../../src/listeners/reminder-actions.ts";
import type { DryRunReport } from "../../src/reminders/digests.ts";
import type { ReminderService } from "../../src/reminders/service.ts";

function service(report: DryRunReport, snooze: (value: string, userId: string) => Promise<string>) {
  const snoozed: [string, string][] = [];
  const fake = {
    dryRunReport: () => report,
    snooze: (value: string, userId: string) => {
      snoozed.push([value, userId]);
      return snooze(value, userId);
    },
  };
  // Only the two methods reminderActions uses; the real service needs a store, a client and owners.yml.
  return { snoozed, service: fake as unknown as ReminderService };
}

describe("reminderActions", () => {
  it("the dry run: this week's text under a header", async () => {
    const { service: s } = service(
      { ownersFile: "data/owners.yml", problem: null, text: "納税課 → <@UNOZEI01>: No.16, No.17" },
      async () => "",
    );
    const message = await reminderActions(s).dryRunMessage();
    expect(message.text).toBe("納税課 → <@UNOZEI01>: No.16, No.17");
    expect(message.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "今週のお知らせ（確認用）", emoji: true },
    });
    // The file's text is escaped: a stray `<` in owners.yml cannot become a mention or a link.
    expect(JSON.stringify(message.blocks)).toContain("&lt;@UNOZEI01&gt;");
  });

  it("owners.yml broken: says nothing is being sent and what to fix", async () => {
    const { service: s } = service(
      {
        ownersFile: "data/owners.yml",
        problem: { kind: "invalid", message: "owners.yml:3 納税課: users が空です" },
        text: "",
      },
      async () => "",
    );
    const message = await reminderActions(s).dryRunMessage();
    expect(message.text).toMatch(/^data\/owners\.yml に誤りがあるため、お知らせを送っていません。/);
    expect(message.text).toContain("owners.yml:3 納税課: users が空です");
  });

  it("snooze: the value and the clicker passed through, the service's line returned", async () => {
    const { snoozed, service: s } = service(
      { ownersFile: "data/owners.yml", problem: null, text: "" },
      async () => "No.16 を来週のお知らせから外しました。",
    );
    await expect(reminderActions(s).snooze('{"item":16}', "UNOZEI01")).resolves.toBe(
      "No.16 を来週のお知らせから外しました。",
    );
    expect(snoozed).toEqual([['{"item":16}', "UNOZEI01"]]);
  });
});
