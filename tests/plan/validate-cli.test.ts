/**
 * `npm run validate` as the secretariat runs it after an edit, run in-process through `main(argv, env, io)`:
 * the plan, the plan against the report text in `data/source/`, and the reminder recipients (owners.yml);
 * one line when all is good and every problem otherwise.
 */
import { spawnSync } from "node:child_process";
import { relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main, USAGE } from "../../src/cli/validate.ts";
import { REPO_ROOT } from "../support/seed.ts";
import { DataCopy } from "./data-copy.ts";

let data: DataCopy;
beforeEach(() => {
  data = new DataCopy();
});
afterEach(() => data.dispose());

async function validate(env: Record<string, string> = {}, argv = [data.dir]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, env, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A file of the copy as validate names it: relative to the working directory, as the secretariat sees it. */
const shown = (file: string) => relative(process.cwd(), data.path(file));

describe("npm run validate", () => {
  it("prints the items, their statuses, the report they match and how many departments hear about them", async () => {
    expect(await validate()).toEqual({
      code: 0,
      stdout: `OK: 21 項目（達成 3、順調 8、遅れ 7、評価なし 3）、報告書（${shown("source/report-r5.txt")}）と一致、通知先 0 課（未記入 13 課）\n`,
      stderr: "",
    });
  });

  it("counts a department with a recipient", async () => {
    data.edit("owners.yml", "  納税課:\n    users: []", "  納税課:\n    users: [U0123ABCD]");
    expect((await validate()).stdout).toMatch(/、通知先 1 課（未記入 12 課）\n$/);
  });

  it("fails with owners.yml's own message when it is broken", async () => {
    data.edit("owners.yml", "  納税課:", "  納税科:");
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("owners.yml:");
    expect(run.stderr).toContain("「納税科」はプランの課にありません");
  });

  it("checks the file OWNERS_FILE names when it is set", async () => {
    data.edit("owners.yml", "  納税課:", "  納税科:");
    data.rename("owners.yml", "recipients.yml");
    expect((await validate({ OWNERS_FILE: data.path("recipients.yml") })).stderr).toContain(
      "recipients.yml:",
    );
  });

  it("fails with the plan's messages when the plan is broken", async () => {
    data.remove("items/7.yml");
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^データに誤りがあります（1 件）:\n- .*plan\.yml:\d+ item_count: 項目 7 のファイル/,
    );
  });

  it("says how to run it when given an option it does not know", async () => {
    const run = await validate({}, ["--fix", data.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`不明なオプション: --fix\n\n${USAGE}\n`);
  });

  it("prints its usage with --help", async () => {
    expect(await validate({}, ["--help"])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
    expect(USAGE).toContain("npm run validate [-- データのフォルダ]");
  });
});

describe("npm run validate against the report", () => {
  it("names the file, line, field and figure when a figure is wrong in both the row's text and its value", async () => {
    // Consistent with itself, so only the report can tell that 30,885,000 was mistyped.
    data.edit("items/16.yml", "text: 滞納額の縮減効果 30,885,000 円", "text: 滞納額の縮減効果 30,855,000 円");
    data.edit("items/16.yml", 'value: "30,885,000"', 'value: "30,855,000"');
    const report = shown("source/report-r5.txt");
    const file = shown("items/16.yml");
    const run = await validate();
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "データに誤りがあります（2 件）:",
        `- ${file}:${data.lineOf("items/16.yml", "text: 滞納額の縮減効果 30,855,000 円")} effects[0].text: text が報告書（${report}）の №16 の取組による効果（令和5年度）の文と一致しません。報告書では「滞納額の縮減効果 30,885,000 円（実績）」です`,
        `- ${file}:${data.lineOf("items/16.yml", 'value: "30,855,000"')} effects[0].figures[0].value: 「30,855,000」は報告書（${report}）の №16 の取組による効果（令和5年度）にありません。報告書では「30,885,000」です`,
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });

  it("lists the report's findings with owners.yml's, in one run", async () => {
    data.edit("items/16.yml", "早期の文書催告", "早期の文章催告");
    data.edit("owners.yml", "  納税課:", "  納税科:");
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^データに誤りがあります（2 件）:\n/);
    expect(run.stderr).toContain(
      `${shown("items/16.yml")}:${data.lineOf("items/16.yml", "早期の文章催告")} activities[0].entries[0]: 取組内容が報告書`,
    );
    expect(run.stderr).toContain("「納税科」はプランの課にありません");
  });

  it("says where the report text must be when it is missing", async () => {
    data.remove("source/report-r5.txt");
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `データに誤りがあります（1 件）:\n- ${shown("source/report-r5.txt")}: 報告書のテキストファイルがありません。${shown("plan.yml")}:${data.lineOf("plan.yml", "file: source/report-r5.txt")} の source.file で指定した場所に、報告書の PDF から取り出したテキストを置いてください（data/source/README.md を参照）。数値と文はこのテキストと突き合わせて確かめます\n`,
    );
  });

  it("reads the report that plan.yml names", async () => {
    data.rename("source/report-r5.txt", "source/report.txt");
    data.edit("plan.yml", "file: source/report-r5.txt", "file: source/report.txt");
    expect((await validate()).stdout).toContain(`報告書（${shown("source/report.txt")}）と一致`);
  });

  it("refuses a report saved in another encoding", async () => {
    data.write("source/report-r5.txt", Uint8Array.from([0x82, 0xa0, 0x0a]));
    expect((await validate()).stderr).toContain("文字コードが UTF-8 ではありません");
  });
});

describe("npm run validate as a command", () => {
  // The one child process: that running the file runs main and exits with its status. Starting tsx on a busy
  // machine can take many seconds, hence the generous limit (it bounds a hang, it does not measure speed).
  it("exits 1 on a finding and prints it", { timeout: 120_000 }, () => {
    data.edit("items/16.yml", "早期の文書催告", "早期の文章催告");
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/validate.ts", data.dir], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
    });
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^データに誤りがあります（1 件）:\n- .*16\.yml:\d+ activities\[0\]\.entries\[0\]: 取組内容が報告書/,
    );
    expect(run.status).toBe(1);
  });
});
