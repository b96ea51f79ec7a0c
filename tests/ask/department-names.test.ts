/**
 * Departments named as staff type them: by reading in any script (ざいせいか, ザイセイカ, ｻﾞｲｾｲｶ), by a nickname
 * (DX課), or by part of the name before 「の課」 (人財の課). Readings live in data/plan.yml's department_readings,
 * which accepts kana only.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { planFileSchema } from "../../src/plan/schema.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");
const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);

function listed(question: string): number[] {
  const a = answerer.answer(question);
  if (a.kind === "list") return a.items.map((i) => i.number).sort((x, y) => x - y);
  if (a.kind === "item") return [a.item.number];
  return [];
}

const itemsOf = (name: string) => {
  const d = plan.departments.find((x) => x.name === name);
  if (!d) throw new Error(`no department ${name}`);
  return [...d.leadOf, ...d.relatedTo].sort((x, y) => x - y);
};

describe("department names as staff type them", () => {
  it.each([
    ["ざいせいかの担当はどれ", "財政課"],
    ["ザイセイカの取組", "財政課"],
    ["ｻﾞｲｾｲｶの項目を教えて", "財政課"],
    ["のうぜいかの担当分", "納税課"],
    ["ちいきしんこうかの取組", "各総合支所地域振興課"],
    ["人財の課の取組は", "人財育成課"],
    ["人財の取組", "人財育成課"],
    ["DXの課が持ってる項目", "デジタル戦略課"],
    ["デジタル課の担当", "デジタル戦略課"],
    ["デジタルの課がやっていること", "デジタル戦略課"],
  ])("「%s」 lists %s's items", (question, department) => {
    expect(listed(question)).toEqual(itemsOf(department));
  });

  it("gives every department of the plan a reading", () => {
    for (const name of plan.meta.departments) {
      expect(plan.meta.department_readings[name], name).toBeDefined();
    }
  });

  it("accepts readings in kana only", () => {
    const base = { ...plan.meta };
    expect(
      planFileSchema.safeParse({ ...base, department_readings: { 財政課: ["ざいせいか"] } }).success,
    ).toBe(true);
    expect(
      planFileSchema.safeParse({ ...base, department_readings: { 財政課: ["ザイセイカ"] } }).success,
    ).toBe(true);
    const kanji = planFileSchema.safeParse({ ...base, department_readings: { 財政課: ["財政課"] } });
    expect(kanji.success).toBe(false);
    expect(JSON.stringify(kanji.error?.issues)).toContain("ひらがなかカタカナ");
  });
});

describe("the end of a department's name", () => {
  it("names the one department whose name ends so (振興課: 各総合支所地域振興課, No.1 and No.15)", () => {
    expect(listed("ちいき振興課が担当にはいってる項目ぜんぶ")).toEqual(itemsOf("各総合支所地域振興課"));
    expect(listed("振興課の項目")).toEqual([1, 15]);
  });

  it("is not read inside another name (商工振興課 is no department of this plan)", () => {
    expect(answerer.answer("商工振興課の担当項目").kind).toBe("none");
  });
});

describe("a department the report names that is not the plan's", () => {
  it("「教育総務課の学校給食費」 is No.17's table row, not 総務課's No.11", () => {
    // No.17's 債権別 table: 教育総務課 学校給食費 533,830 円. 総務課 (No.11) is another department.
    const a = answerer.answer("教育総務課の学校給食費って共同催告でいくら納付あった？");
    expect(a.kind === "item" && a.item.number).toBe(17);
  });

  it("leaves the plan's own department alone (総務課, with the city's name before it)", () => {
    for (const q of ["総務課の項目", "大崎市総務課の項目"]) {
      const a = answerer.answer(q);
      expect(a.kind === "item" && a.item.number).toBe(11);
    }
  });
});

describe("a department's nickname typed in kana", () => {
  it.each([
    // data/plan.yml: まち推 (まちすい), 行管 (ぎょうかん), デジ戦 (でじせん).
    ["まちすいの担当項目はどれですか", [1, 15]],
    ["ぎょうかんの担当項目", [2, 3, 4, 5, 9, 12, 14, 15]],
  ])("「%s」 lists that department's items", (q, expected) => {
    const a = answerer.answer(q);
    expect(a.kind === "list" && a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual(expected);
  });
});
