/**
 * `npm run export-reports` called in-process, on a copy of data/ and a real state file: approved reports become
 * the year's actual rows (marked as the department's report), the result passes `npm run validate`, and after
 * moving current_fiscal_year the bot answers with the new year and says where it comes from. Returned and pending
 * reports stay out, the original comments stay in, and a second run changes nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { main } from "../../src/cli/export-reports.ts";
import { main as validate } from "../../src/cli/validate.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { findItem } from "../../src/plan/model.ts";
import { checkReport, reportForm } from "../../src/reports/form.ts";
import type { ReportValues } from "../../src/state/reports.ts";
import { StateStore } from "../../src/state/store.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { DataCopy } from "../plan/data-copy.ts";

let data: DataCopy;
let db: string;
let original: Map<string, string>;

const capture = () => {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
};

const run = async (...argv: string[]) => {
  const { out, io } = capture();
  const code = await main(["--data", data.dir, "--state", db, ...argv], {}, io);
  return { code, ...out };
};

const itemFiles = () =>
  new Map(readdirSync(data.path("items")).map((f) => [f, readFileSync(data.path(`items/${f}`), "utf8")]));

/** The owner's input, put through the same check the modal uses, so the values are what Slack would store. */
function values(
  item: number,
  figures: string[],
  rest: { activities: string; assessment: string; comment?: string; review?: string },
): ReportValues {
  const plan = loadPlan(data.dir, { relativeTo: data.dir });
  const found = findItem(plan, item);
  if (!found) throw new Error(`no item ${item}`);
  const checked = checkReport(reportForm(found, 2024), { figures, ...rest });
  if (!checked.ok) throw new Error(JSON.stringify([...checked.errors]));
  return checked.values;
}

function figuresOf(item: number) {
  const found = findItem(loadPlan(data.dir, { relativeTo: data.dir }), item);
  if (!found) throw new Error(`no item ${item}`);
  return reportForm(found, 2024).figures;
}

beforeEach(() => {
  data = new DataCopy();
  db = data.path("state.db");
  original = itemFiles();
  // 2026-11-30T23:30Z is 1 December in Tokyo: the comment must carry the Japanese date.
  let at = new Date("2026-11-30T23:30:00Z");
  const store = StateStore.open(db, { clock: () => at });
  const r = store.reports;
  const no16 = values(16, ["40,000"], {
    activities: "・早期の文書催告と財産調査に基づく差押を進めた。\n・スマートフォン決済を広げた。",
    assessment: "on_track",
    comment: "滞納額の縮減は見込みに近い水準で進んでいる。",
  });
  const a = r.submit({ item: 16, fiscalYear: 2024, values: no16, submittedBy: "U0OWNER16", viewId: "V1" });
  const no20 = values(20, ["95.9", "60.1", "82.0", "77.7", "62.5", "96.3", "85.2", "－", "83.4", "70,001"], {
    activities: "第3期病院ビジョンを策定した。\n鳴子温泉分院と岩出山分院が病院機能評価を受審した。",
    assessment: "achieved",
    review: "第3期病院ビジョンを策定し，分院の病院機能評価を受審した。\n引き続き経営の安定化に取り組む。",
  });
  const b = r.submit({ item: 20, fiscalYear: 2024, values: no20, submittedBy: "U0OWNER20", viewId: "V2" });
  const no5 = values(
    5,
    figuresOf(5).map(() => "1"),
    {
      activities: "差し戻される報告",
      assessment: "achieved",
    },
  );
  const c = r.submit({ item: 5, fiscalYear: 2024, values: no5, submittedBy: "U0OWNER5", viewId: "V3" });
  r.submit({
    item: 7,
    fiscalYear: 2024,
    values: { ...no5, activities: ["審査待ちの報告"] },
    submittedBy: "U0OWNER7",
    viewId: "V4",
  });
  if (!("id" in a && "id" in b && "id" in c)) throw new Error("not stored");
  at = new Date("2026-11-30T23:45:00Z");
  expect(r.review(a.id, "approved", "", "U0ADMIN").ok).toBe(true);
  expect(r.review(b.id, "approved", "確認しました", "U0ADMIN").ok).toBe(true);
  expect(r.review(c.id, "returned", "数値を確かめてください", "U0ADMIN").ok).toBe(true);
  store.close();
});

afterEach(() => data.dispose());

describe("export-reports", () => {
  it("writes the approved reports as marked actual rows that validate, and the bot then answers with them", async () => {
    const result = await run("--fiscal-year", "令和6年度");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No.16 滞納整理の推進: 書きました（提出 #1、2026-12-01 承認");
    expect(result.stdout).toContain("No.20 病院事業の経営健全化: 書きました（提出 #2");
    expect(result.stdout).toMatch(/No\.5 .*: 差し戻し/);
    expect(result.stdout).toMatch(/No\.7 .*: 審査待ち/);
    expect(result.stdout).toMatch(/報告なし: No\.1、No\.2、/);
    expect(result.stdout).toContain("current_fiscal_year を 2024 にします（今は 2023）");
    expect(result.stdout).toContain("No.16 令和6年度（担当課からの報告）");

    const after = itemFiles();
    // Only the two approved items changed; the returned and pending ones are not in the files.
    for (const [f, text] of after)
      if (f !== "16.yml" && f !== "20.yml") expect(text, f).toBe(original.get(f));
    const no16 = after.get("16.yml") as string;
    expect(no16).toContain("# 担当課からの報告（Slack, 2026-12-01 承認, 提出 #1）");
    // Everything before the replaced blocks, the file's own comment included, is kept byte for byte.
    const head = (original.get("16.yml") as string).split("activities:")[0] as string;
    expect(head.startsWith("# №16 滞納整理の推進\n")).toBe(true);
    expect(no16.startsWith(head)).toBe(true);
    expect(no16).toContain(
      'text: 滞納額の縮減効果 40,000 千円（実績）\n    figures:\n      - { label: 滞納額の縮減効果, value: "40,000", unit: 千円 }',
    );
    // The 令和6年度 forecast rows are gone; 令和7年度's stay.
    expect(no16).not.toContain(
      '滞納額の縮減効果 44,400 千円（見込み）\n    figures:\n      - { label: 滞納額の縮減効果, value: "44,400", unit: 千円 }\n  - fiscal_year: 2025',
    );
    expect(no16.match(/44,400 千円（見込み）/g)).toHaveLength(1);

    const no20 = after.get("20.yml") as string;
    // Nine figures: the 「－」 one is in the text only.
    expect(no20).toContain("在宅復帰率（岩出山分院） － ・");
    const plan = loadPlan(data.dir, { relativeTo: data.dir });
    const row20 = findItem(plan, 20)?.effects.find((e) => e.fiscal_year === 2024);
    expect(row20?.basis).toBe("actual");
    expect(row20?.origin).toBe("owner_report");
    expect(row20?.figures.map((f) => f.value)).toEqual([
      "95.9",
      "60.1",
      "82.0",
      "77.7",
      "62.5",
      "96.3",
      "85.2",
      "83.4",
      "70,001",
    ]);
    expect(findItem(plan, 20)?.reviews.find((r) => r.fiscal_year === 2024)?.sections[0]?.entries).toEqual([
      "第3期病院ビジョンを策定し，分院の病院機能評価を受審した。",
      "引き続き経営の安定化に取り組む。",
    ]);

    const checked = capture();
    expect(await validate([data.dir], {}, checked.io), checked.out.stderr).toBe(0);

    data.edit("plan.yml", "current_fiscal_year: 2023", "current_fiscal_year: 2024");
    const checkedNext = capture();
    expect(await validate([data.dir], {}, checkedNext.io), checkedNext.out.stderr).toBe(0);
    const next = loadPlan(data.dir, { relativeTo: data.dir });
    const answer = createAnswerer(next).answer("No.16");
    expect(answer.kind).toBe("item");
    const text = answerText(answer, next.meta);
    expect(text).toContain("状況（令和6年度）: 順調");
    expect(text).toContain("40,000 千円");
    expect(text).toContain("担当課からの報告（承認済み・報告書は未公表）の自己評価です");
    expect(text).toContain("滞納額の縮減は見込みに近い水準で進んでいる。");
    expect(text).toContain("出典: 令和6年度は担当課からの報告（承認済み・報告書は未公表）");
    expect(text).not.toContain("報告書の総評: 「滞納額の縮減");
    expect(text).toContain("令和6年度（担当課からの報告）: 滞納額の縮減効果 40,000 千円（実績）");
  });

  it("writes the approved report when a newer one waits for review, and says so", async () => {
    const store = StateStore.open(db);
    const approved = store.reports.approved(2024).get(16);
    if (!approved) throw new Error("no approved report");
    const newer = store.reports.submit({
      item: 16,
      fiscalYear: 2024,
      values: { ...approved.values, figures: [{ label: "滞納額の縮減効果", unit: "千円", value: "99,999" }] },
      submittedBy: "U0OWNER16",
      viewId: "V5",
    });
    store.close();
    if (!("id" in newer)) throw new Error("not stored");
    const result = await run("--fiscal-year", "2024");
    expect(result.stdout).toContain(`その後の提出 #${newer.id} は審査待ちです`);
    const no16 = readFileSync(data.path("items/16.yml"), "utf8");
    expect(no16).toContain('value: "40,000"');
    expect(no16).not.toContain("99,999");
  });

  it("changes nothing when run again", async () => {
    expect((await run("--fiscal-year", "2024")).code).toBe(0);
    const first = itemFiles();
    const again = await run("--fiscal-year", "R6");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No.16 滞納整理の推進: 変更なし");
    expect(itemFiles()).toEqual(first);
  });

  it("writes nothing with --dry-run, and shows the lines it would change", async () => {
    const result = await run("--fiscal-year", "2024", "--dry-run", "--csv", data.path("out.csv"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("+    text: 滞納額の縮減効果 40,000 千円（実績）");
    expect(result.stdout).toContain("-    basis: forecast");
    expect(itemFiles()).toEqual(original);
    expect(readdirSync(data.dir)).not.toContain("out.csv");
  });

  it("writes every submission to the CSV, the returned and pending ones included", async () => {
    const result = await run("--fiscal-year", "2024", "--csv", data.path("out.csv"));
    expect(result.code).toBe(0);
    const csv = readFileSync(data.path("out.csv"), "utf8");
    expect(csv.startsWith("\uFEFF項目番号,項目名,年度,提出番号")).toBe(true);
    const rows = csv
      .slice(1)
      .split(/\r\n(?=\d|$)/)
      .filter(Boolean);
    expect(rows).toHaveLength(5);
    expect(rows[3]).toContain("5,");
    expect(rows[3]).toContain("差し戻し");
    expect(rows[4]).toContain("審査待ち");
    // Submitted 23:30 UTC on 30 November: 08:30 on 1 December in Tokyo.
    expect(rows[1]).toContain("2026-12-01 08:30");
  });

  it("refuses a mistyped year and a missing state file", async () => {
    expect((await run("--fiscal-year", "来年")).code).toBe(2);
    expect((await run()).code).toBe(2);
    const missing = capture();
    const code = await main(
      ["--data", data.dir, "--state", data.path("none.db"), "--fiscal-year", "2024"],
      {},
      missing.io,
    );
    expect(code).toBe(1);
    expect(missing.out.stderr).toContain("記録のファイルがありません");
    expect(readdirSync(data.dir)).not.toContain("none.db");
  });

  it("exits 1 and writes nothing when the data does not load", async () => {
    data.edit("items/16.yml", "number: 16", "number: sixteen");
    const before = itemFiles();
    const result = await run("--fiscal-year", "2024");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/16\.yml:\d+/);
    expect(itemFiles()).toEqual(before);
  });
});
