/**
 * data/owners.yml is edited by hand: every mistake must come back with the file, the path and the line, and a
 * department the plan does not have must be an error, not a department that silently never hears anything.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PlanDataError } from "../../src/plan/data-issue.ts";
import { hasOwners, loadOwners, ownersOf } from "../../src/reminders/owners.ts";
import { ownersFrom, plan, REPO_ROOT, tempDir } from "./fixtures.ts";

function issuesOf(yaml: string) {
  try {
    ownersFrom(yaml);
  } catch (err) {
    if (err instanceof PlanDataError) return err.issues;
    throw err;
  }
  throw new Error("expected PlanDataError");
}

describe("the shipped data/owners.yml", () => {
  const owners = loadOwners(resolve(REPO_ROOT, "data/owners.yml"), plan, { relativeTo: REPO_ROOT });

  it("lists every department of the plan, none generic, in the plan's own spelling", () => {
    expect([...owners.departments.keys()].sort()).toEqual(plan.departments.map((d) => d.name).sort());
    for (const generic of plan.meta.generic_departments) expect(owners.departments.has(generic)).toBe(false);
  });

  it("carries no real IDs", () => {
    for (const o of owners.departments.values()) expect(hasOwners(o)).toBe(false);
  });
});

describe("parsing owners", () => {
  it("reads users, e-mails (lower-cased) and a channel", () => {
    const owners = ownersFrom(`
departments:
  納税課:
    users: [UNOZEI01, WENTERPRISE1]
    emails: [Taro.Osaki@Example.JP]
    channel: CNOZEI001
`);
    expect(ownersOf(owners, "納税課")).toEqual({
      users: ["UNOZEI01", "WENTERPRISE1"],
      emails: ["taro.osaki@example.jp"],
      channel: "CNOZEI001",
    });
  });

  it("treats empty entries as no owners", () => {
    const owners = ownersFrom("departments:\n  納税課:\n  財政課:\n    users:\n    channel:\n");
    expect(hasOwners(ownersOf(owners, "納税課"))).toBe(false);
    expect(hasOwners(ownersOf(owners, "財政課"))).toBe(false);
    expect(ownersFrom("").departments.size).toBe(0);
  });

  it("matches a bracketed lead name and its base name both ways", () => {
    const byBase = ownersFrom("departments:\n  経営企画課:\n    users: [UHOSP001]\n");
    expect(ownersOf(byBase, "経営企画課（大崎市民病院）").users).toEqual(["UHOSP001"]);
    const byFull = ownersFrom("departments:\n  経営企画課（大崎市民病院）:\n    users: [UHOSP001]\n");
    expect(ownersOf(byFull, "経営企画課").users).toEqual(["UHOSP001"]);
    expect([...byBase.departments.keys()]).toEqual(["経営企画課（大崎市民病院）"]);
  });

  it("refuses a department the plan does not have, naming the line and the plan's departments", () => {
    const [issue, ...rest] = issuesOf(
      "departments:\n  納税課:\n    users: [UNOZEI01]\n  納税科:\n    users: []\n",
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: "owners.yml", path: "departments", line: 4 });
    expect(issue?.message).toContain("「納税科」はプランの課にありません");
    expect(issue?.message).toContain("経営企画課（大崎市民病院）");
  });

  it("reports a misspelt department and a malformed ID in one pass", () => {
    const issues = issuesOf("departments:\n  納税科:\n    users: [taro]\n");
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      ["departments.納税科.users[0]", 3],
      ["departments", 2],
    ]);
  });

  it("refuses a generic department and the same department written twice", () => {
    const issues = issuesOf(
      "departments:\n  関係各課:\n    users: []\n  経営企画課:\n    users: []\n  経営企画課（大崎市民病院）:\n    users: []\n",
    );
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ line: 2 });
    expect(issues[0]?.message).toMatch(/^「関係各課」は特定の課ではない/);
    expect(issues[1]).toMatchObject({ line: 6 });
    expect(issues[1]?.message).toBe(
      "「経営企画課（大崎市民病院）」は「経営企画課」と同じ課です。1か所にまとめてください",
    );
  });

  it("refuses unknown keys at both levels with the line of the key", () => {
    const issues = issuesOf("departments:\n  納税課:\n    user: [UNOZEI01]\nowner: x\n");
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(["departments.納税課.user", "owner"]);
    expect(byPath.owner?.line).toBe(4);
    expect(byPath.owner?.message).toContain("departments だけ");
    expect(byPath["departments.納税課.user"]?.line).toBe(3);
    expect(byPath["departments.納税課.user"]?.message).toContain("users、emails、channel");
  });

  it("refuses malformed IDs and e-mails, and duplicates, each with its path and line", () => {
    const issues = issuesOf(`departments:
  納税課:
    users: [taro, UNOZEI01, UNOZEI01]
    emails: [not-an-address]
    channel: "#nozei"
`);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]));
    expect(byPath["departments.納税課.users[0]"]?.message).toContain("ユーザー ID は U で始まる");
    expect(byPath["departments.納税課.emails[0]"]?.message).toContain("メールアドレス");
    expect(byPath["departments.納税課.channel"]?.message).toContain("チャンネル ID は C で始まる");
    expect(byPath["departments.納税課.channel"]?.line).toBe(5);
    // Duplicates are checked once the shapes are right.
    const dup = issuesOf("departments:\n  納税課:\n    users: [UNOZEI01, UNOZEI01]\n");
    expect(dup).toEqual([
      expect.objectContaining({
        path: "departments.納税課.users[1]",
        line: 3,
        message: "「UNOZEI01」が2回書かれています",
      }),
    ]);
  });

  it("reports YAML syntax errors and a missing file as data errors", () => {
    expect(issuesOf("departments:\n  納税課: [\n")[0]?.message).toContain("YAML として読めません");
    const dir = tempDir();
    try {
      expect(() => loadOwners(join(dir.path, "missing.yml"), plan)).toThrow(PlanDataError);
      writeFileSync(join(dir.path, "owners.yml"), "departments:\n  納税課:\n    users: [UNOZEI01]\n");
      expect(ownersOf(loadOwners(join(dir.path, "owners.yml"), plan), "納税課").users).toEqual(["UNOZEI01"]);
    } finally {
      dir.remove();
    }
  });
});
