/**
 * A broken data file must stop loading with one clear message per problem that names the file, the path
 * inside it and the line, so the secretariat can fix a hand edit from the message alone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanDataError } from "../../src/plan/data-issue.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-data-"));
  cpSync(resolve(REPO_ROOT, "data"), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces the first occurrence of `from` in a data file, failing if it is not there. */
function edit(file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

function loadError(): PlanDataError {
  try {
    loadPlan(dir, { relativeTo: dir });
  } catch (err) {
    if (err instanceof PlanDataError) return err;
    throw err;
  }
  throw new Error("the data loaded without error");
}

/** 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe("loadPlan", () => {
  it("loads the shipped data: 21 items with FY2023 statuses", () => {
    const plan = loadPlan(dir);
    expect(plan.items).toHaveLength(21);
    expect(plan.items.filter((i) => i.current.status === "behind").map((i) => i.number)).toEqual([
      6, 10, 13, 14, 15, 16, 17,
    ]);
  });

  it("reports bad YAML with file and line", () => {
    edit("items/16.yml", "objective: ", "title: 重複したキー\nobjective: ");
    const err = loadError();
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({
      file: join("items", "16.yml"),
      line: lineOf("items/16.yml", "重複したキー"),
    });
    expect(err.message).toContain("YAML として読めません");
  });

  it("reports an unclosed bracket at the line where the parser notices it", () => {
    edit("items/16.yml", "objective: ", "objective: [unclosed ");
    const issue = loadError().issues[0];
    expect(issue?.file).toBe(join("items", "16.yml"));
    expect(issue?.line).toBeGreaterThanOrEqual(lineOf("items/16.yml", "objective:"));
  });

  it("reports an unknown key (a typo) with its path and line", () => {
    edit("items/16.yml", "        target:\n", "        tagret:\n");
    const err = loadError();
    const issue = err.issues.find((i) => i.path.endsWith("tagret"));
    expect(issue).toMatchObject({
      file: join("items", "16.yml"),
      path: "effects[0].figures[0].tagret",
      line: lineOf("items/16.yml", "tagret:"),
    });
    expect(issue?.message).toContain("知らない項目名");
  });

  it("reports a wrong type: a figure written as a number instead of the report's text", () => {
    edit("items/16.yml", 'value: "30,885,000"', "value: 30885000");
    const err = loadError();
    expect(err.issues).toEqual([
      expect.objectContaining({
        file: join("items", "16.yml"),
        path: "effects[0].figures[0].value",
        line: lineOf("items/16.yml", "value: 30885000"),
        message: expect.stringContaining("引用符"),
      }),
    ]);
    expect(err.message).toMatch(/items\/16\.yml:\d+ effects\[0\]\.figures\[0\]\.value: /);
  });

  it("refuses a duplicate item number", () => {
    cpSync(join(dir, "items/16.yml"), join(dir, "items/16-copy.yml"));
    expect(loadError().issues.map((i) => i.message)).toContainEqual(expect.stringContaining("重複"));
  });

  it("reports a number written twice (number: 17 in 18.yml) once, naming both files, and not as a missing 18", () => {
    edit("items/18.yml", "number: 18", "number: 17");
    const issues = loadError().issues;
    expect(issues).toEqual([
      {
        file: join("items", "18.yml"),
        path: "number",
        line: lineOf("items/18.yml", "number: 17"),
        message: expect.stringContaining(`項目番号 17 が ${join("items", "17.yml")} と重複しています`),
      },
    ]);
    expect(issues[0]?.message).toContain("18.yml");
  });

  it("reports a file whose name and number disagree, with no other file holding that number, as the mismatch alone", () => {
    rmSync(join(dir, "items/17.yml"));
    edit("items/18.yml", "number: 18", "number: 17");
    expect(loadError().issues).toEqual([
      {
        file: join("items", "18.yml"),
        path: "number",
        line: lineOf("items/18.yml", "number: 17"),
        message:
          "ファイル名（18.yml）と項目番号（17）が一致しません。ファイル名か number のどちらかを直します",
      },
    ]);
  });

  it("refuses a lead department that is not among the item's departments", () => {
    edit("items/16.yml", "lead_departments: [納税課]", "lead_departments: [財政課]");
    expect(loadError().issues).toEqual([
      expect.objectContaining({ path: "lead_departments[0]", message: expect.stringContaining("財政課") }),
    ]);
  });

  it("refuses a status with no rationale", () => {
    edit("items/13.yml", "    quote: 目標を 21％下回った。\n", "");
    expect(loadError().issues).toEqual([
      expect.objectContaining({
        path: "assessments[0].quote",
        message: "この項目がありません。必ず書きます",
      }),
    ]);
  });

  it("reports a misspelt rationale key once, as the misspelling", () => {
    edit("items/13.yml", "    quote: ", "    qoute: ");
    expect(loadError().issues).toEqual([
      expect.objectContaining({
        path: "assessments[0].qoute",
        message: expect.stringContaining("qoute → quote"),
      }),
    ]);
  });

  it("refuses a stated rate that contradicts its own target and actual", () => {
    edit("items/16.yml", "        target:\n", '        rate: "75.0"\n        target:\n');
    const issue = loadError().issues[0];
    expect(issue?.path).toBe("effects[0].figures[0].rate");
    expect(issue?.message).toContain("69.6");
  });

  it("accepts a stated rate that agrees with its target and actual", () => {
    edit("items/16.yml", "        target:\n", '        rate: "69.6"\n        target:\n');
    expect(() => loadPlan(dir)).not.toThrow();
  });

  it("refuses a recorded status that contradicts the figures unless it says it overrides them", () => {
    edit("items/16.yml", "    status: behind", "    status: achieved");
    expect(loadError().issues[0]?.message).toContain("overrides_figures");
  });

  it("refuses 達成 in words when the quoted 総評 sentence never says the target was met", () => {
    // No.7's 総評 says the staff number was kept within the plan: work done as planned (順調), not a target met.
    edit("items/7.yml", "    status: on_track", "    status: achieved");
    const issue = loadError().issues[0];
    expect(issue?.path).toBe("assessments[0].quote");
    expect(issue?.message).toContain("on_track（順調）");
  });

  it("lists every problem at once, across files", () => {
    edit("items/16.yml", "number: 16", "numbr: 16");
    edit("items/18.yml", "title: ", "title: \n  - ");
    expect(loadError().issues.length).toBeGreaterThanOrEqual(2);
  });
});
