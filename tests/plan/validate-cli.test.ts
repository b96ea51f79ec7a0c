/**
 * `npm run validate` as the secretariat runs it after an edit: a child process checking the plan and the
 * reminder recipients (owners.yml), printing one line when both are good and every problem otherwise.
 */
import { spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/seed.ts";
import { DataCopy } from "./data-copy.ts";

let data: DataCopy;
beforeEach(() => {
  data = new DataCopy();
});
afterEach(() => data.dispose());

function validate(env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/validate.ts", data.dir], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run validate", { timeout: 30_000 }, () => {
  it("prints the items, their statuses and how many departments hear about them", () => {
    expect(validate()).toEqual({
      code: 0,
      stdout: "OK: 21 項目（達成 5、順調 5、遅れ 8、評価なし 3）、通知先 0 課（未記入 13 課）\n",
      stderr: "",
    });
  });

  it("counts a department with a recipient", () => {
    data.edit("owners.yml", "  納税課:\n    users: []", "  納税課:\n    users: [U0123ABCD]");
    expect(validate().stdout).toBe(
      "OK: 21 項目（達成 5、順調 5、遅れ 8、評価なし 3）、通知先 1 課（未記入 12 課）\n",
    );
  });

  it("fails with owners.yml's own message when it is broken", () => {
    data.edit("owners.yml", "  納税課:", "  納税科:");
    const run = validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("owners.yml:");
    expect(run.stderr).toContain("「納税科」はプランの課にありません");
  });

  it("checks the file OWNERS_FILE names when it is set", () => {
    data.edit("owners.yml", "  納税課:", "  納税科:");
    data.rename("owners.yml", "recipients.yml");
    expect(validate({ OWNERS_FILE: data.path("recipients.yml") }).stderr).toContain("recipients.yml:");
  });

  it("fails with the plan's messages when the plan is broken", () => {
    data.remove("items/7.yml");
    const run = validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^データに誤りがあります（1 件）:\n- .*plan\.yml:\d+ item_count: 項目 7 のファイル/,
    );
  });
});
