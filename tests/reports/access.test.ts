/**
 * Who may report an item: the owners of its lead departments (by Slack user ID, or by the e-mail Slack has for the
 * person) and the admins. The e-mail is asked only when a lead department lists e-mails, at most once per request,
 * and a failing look-up means "not an owner", never an error. Lead departments are data/items' own (No.3: 行政管理課
 * and 政策課; No.9: five departments including 財政課; No.20: 経営企画課（大崎市民病院）).
 */
import { describe, expect, it } from "vitest";
import { findItem, type PlanItem } from "../../src/plan/model.ts";
import type { OwnersConfig } from "../../src/reminders/owners.ts";
import { type AccessContext, itemsOwnedBy, reportRole } from "../../src/reports/access.ts";
import { ownersFrom, plan } from "../reminders/fixtures.ts";

const item = (n: number): PlanItem => {
  const found = findItem(plan, n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};

const numbers = (items: PlanItem[]) => items.map((i) => i.number);

const OWNERS = ownersFrom(`
departments:
  納税課:
    users: [UNOZEI01]
  財政課:
    emails: [Zaisei.Tanto@Example.jp]
  政策課:
    users: [USEISAKU1]
  生涯学習課:
    users: [USHOGAI01]
  経営企画課:
    users: [UHOSP0001]
`);

/** An e-mail look-up that counts its calls; `answer` is Slack's reply for the user. */
function lookUp(answer: (userId: string) => Promise<string | null>) {
  const asked: string[] = [];
  return {
    asked,
    emailOf: (userId: string) => {
      asked.push(userId);
      return answer(userId);
    },
  };
}

const mails: Record<string, string> = { UZAISEI01: "zaisei.tanto@example.jp", UOTHER001: "other@example.jp" };
const slackMail = () => lookUp(async (u) => mails[u] ?? null);

function ctx(overrides: Partial<AccessContext> = {}): AccessContext {
  return { adminUserIds: ["UADMIN"], owners: OWNERS, ...overrides };
}

describe("reportRole", () => {
  it("an owner by user ID owns the department's items, not others, and no e-mail is asked", async () => {
    const mail = slackMail();
    expect(await reportRole(item(16), "UNOZEI01", ctx({ emailOf: mail.emailOf }))).toBe("owner");
    expect(await reportRole(item(17), "UNOZEI01", ctx({ emailOf: mail.emailOf }))).toBe("owner");
    expect(await reportRole(item(18), "UNOZEI01", ctx({ emailOf: mail.emailOf }))).toBeNull();
    // 納税課 and 政策課 list no e-mails, so Slack is never asked.
    expect(mail.asked).toEqual([]);
  });

  it("an owner by e-mail is recognised through Slack's address, whatever its case", async () => {
    const mail = lookUp(async () => "ZAISEI.tanto@example.JP");
    expect(await reportRole(item(14), "UZAISEI01", ctx({ emailOf: mail.emailOf }))).toBe("owner");
    expect(mail.asked).toEqual(["UZAISEI01"]);
  });

  it("asks for the e-mail only when a lead department lists e-mails", async () => {
    const mail = slackMail();
    // No.16 (納税課) lists only IDs: a stranger is refused without asking Slack.
    expect(await reportRole(item(16), "UOTHER001", ctx({ emailOf: mail.emailOf }))).toBeNull();
    expect(mail.asked).toEqual([]);
    // No.14 (財政課) lists an e-mail: asked once, and a different address is not an owner.
    expect(await reportRole(item(14), "UOTHER001", ctx({ emailOf: mail.emailOf }))).toBeNull();
    expect(mail.asked).toEqual(["UOTHER001"]);
  });

  it("a failing or empty look-up means not an owner, never a throw", async () => {
    const failing = lookUp(() => Promise.reject(new Error("users_not_found")));
    await expect(reportRole(item(14), "UZAISEI01", ctx({ emailOf: failing.emailOf }))).resolves.toBeNull();
    const unknown = lookUp(async () => null);
    expect(await reportRole(item(14), "UZAISEI01", ctx({ emailOf: unknown.emailOf }))).toBeNull();
    // Without a way to ask, e-mail owners are simply not recognised.
    expect(await reportRole(item(14), "UZAISEI01", ctx())).toBeNull();
    // An admin whose look-up fails is still an admin.
    expect(await reportRole(item(14), "UADMIN", ctx({ emailOf: failing.emailOf }))).toBe("admin");
  });

  it("admins may report every item; an admin who also owns the item reads as its owner", async () => {
    expect(await reportRole(item(1), "UADMIN", ctx())).toBe("admin");
    expect(await reportRole(item(21), "UADMIN", ctx())).toBe("admin");
    const both = ctx({ adminUserIds: ["UADMIN", "UNOZEI01"] });
    expect(await reportRole(item(16), "UNOZEI01", both)).toBe("owner");
    expect(await reportRole(item(18), "UNOZEI01", both)).toBe("admin");
  });

  it("without an owners file only admins may report, and no e-mail is asked", async () => {
    const mail = slackMail();
    const none = ctx({ owners: null, emailOf: mail.emailOf });
    expect(await reportRole(item(16), "UNOZEI01", none)).toBeNull();
    expect(await reportRole(item(14), "UZAISEI01", none)).toBeNull();
    expect(await reportRole(item(16), "UADMIN", none)).toBe("admin");
    expect(mail.asked).toEqual([]);
  });

  it("an item with two lead departments (No.3: 行政管理課・政策課) is the owners' of either", async () => {
    expect(item(3).lead_departments).toEqual(["行政管理課", "政策課"]);
    expect(await reportRole(item(3), "USEISAKU1", ctx())).toBe("owner");
    expect(await reportRole(item(3), "UNOZEI01", ctx())).toBeNull();
  });

  it("No.9's five lead departments: an owner of any one of them, by ID or by e-mail, may report it", async () => {
    expect(item(9).lead_departments).toEqual([
      "行政管理課",
      "デジタル戦略課",
      "防災安全課",
      "生涯学習課",
      "財政課",
    ]);
    expect(await reportRole(item(9), "USHOGAI01", ctx())).toBe("owner");
    const mail = slackMail();
    expect(await reportRole(item(9), "UZAISEI01", ctx({ emailOf: mail.emailOf }))).toBe("owner");
    expect(mail.asked).toEqual(["UZAISEI01"]);
  });

  it("a department written by its base name (経営企画課) owns the item led by 経営企画課（大崎市民病院）", async () => {
    expect(item(20).lead_departments).toEqual(["経営企画課（大崎市民病院）"]);
    expect(await reportRole(item(20), "UHOSP0001", ctx())).toBe("owner");
    // The same with a configuration built by hand under the base name, as ownersOf compares base names.
    const byHand: OwnersConfig = {
      file: "owners.yml",
      departments: new Map([["経営企画課", { users: ["UHOSP0002"], emails: [], channel: null }]]),
    };
    expect(await reportRole(item(20), "UHOSP0002", ctx({ owners: byHand }))).toBe("owner");
  });
});

describe("itemsOwnedBy", () => {
  it("an owner by ID: the department's items in plan order, including shared ones", async () => {
    expect(numbers(await itemsOwnedBy(plan, "UNOZEI01", ctx()))).toEqual([16, 17]);
    // 政策課 leads No.18 alone and No.3 and No.6 with others.
    expect(numbers(await itemsOwnedBy(plan, "USEISAKU1", ctx()))).toEqual([3, 6, 18]);
    expect(numbers(await itemsOwnedBy(plan, "UHOSP0001", ctx()))).toEqual([20]);
  });

  it("an owner by e-mail: 財政課's items (No.9, 14, 19) with Slack asked once for the whole list", async () => {
    const mail = slackMail();
    expect(numbers(await itemsOwnedBy(plan, "UZAISEI01", ctx({ emailOf: mail.emailOf })))).toEqual([
      9, 14, 19,
    ]);
    expect(mail.asked).toEqual(["UZAISEI01"]);
  });

  it("a failing look-up is asked once and owns nothing", async () => {
    const failing = lookUp(() => Promise.reject(new Error("ratelimited")));
    await expect(itemsOwnedBy(plan, "UZAISEI01", ctx({ emailOf: failing.emailOf }))).resolves.toEqual([]);
    expect(failing.asked).toEqual(["UZAISEI01"]);
  });

  it("admins own nothing by being admins, and nobody owns anything without an owners file", async () => {
    expect(await itemsOwnedBy(plan, "UADMIN", ctx())).toEqual([]);
    expect(await itemsOwnedBy(plan, "UNOZEI01", ctx({ owners: null }))).toEqual([]);
  });
});
