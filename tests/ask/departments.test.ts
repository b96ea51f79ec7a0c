/**
 * The departments a question names, read directly (DepartmentFinder), on the real plan: data/plan.yml lists each
 * department with its nicknames and readings.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { DepartmentFinder } from "../../src/ask/departments.ts";
import { createPassageIndex } from "../../src/ask/passage-index.ts";
import { TopicIndex } from "../../src/ask/topic-index.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const index = new TopicIndex(
  plan.items.map((i) => ({
    id: i.number,
    title: i.title,
    aliases: i.aliases,
    keywords: i.keywords,
    body: [],
  })),
);
const finder = new DepartmentFinder(plan, index, createPassageIndex(plan));
const names = (q: string) => finder.find(q).map((f) => [f.department.name, f.form]);

describe("DepartmentFinder", () => {
  it.each([
    ["納税課の項目", [["納税課", "納税課"]]],
    ["ざいせいかの担当", [["財政課", "ざいせいか"]]],
    ["まちすいの担当項目", [["まちづくり推進課", "まちすい"]]],
    ["せいさく課が持ってる項目", [["政策課", "せいさく課"]]],
    ["財政の取組", [["財政課", "財政"]]],
    [
      "納税課と財政課",
      [
        ["納税課", "納税課"],
        ["財政課", "財政課"],
      ],
    ],
  ])("「%s」 names %j, as the question wrote it", (q, expected) => {
    expect(names(q)).toEqual(expected);
  });

  it("finds none inside another office's name the report writes (教育総務課, No.17's table)", () => {
    expect(names("教育総務課の学校給食費")).toEqual([]);
  });

  it("finds none inside an item's phrase (病院機能評価: No.20)", () => {
    expect(names("病院機能評価の結果")).toEqual([]);
  });
});

describe("a department asked as what items are related to", () => {
  it("「〇〇課が関わってる項目」 is the department's items, not the items whose text names it", () => {
    const a = createAnswerer(plan).answer("行政管理課が関わっている項目を一覧で");
    expect(a.kind === "list" && a.reason.type).toBe("department");
  });
});
