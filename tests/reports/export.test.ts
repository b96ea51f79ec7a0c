/**
 * The export's pieces on their own: one item file with an approved report written in (marked, in year order,
 * the rest of the file untouched, never over the report's own results), and the CSV of every submission (BOM,
 * header, quoting, formula guard, Japan's time on a UTC machine).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ItemFile, itemFileSchema } from "../../src/plan/schema.ts";
import {
  applyReport,
  assessmentQuote,
  CSV_HEADER,
  csvCell,
  effectText,
  submissionsCsv,
} from "../../src/reports/export.ts";
import { tokyoDateTime } from "../../src/reports/time.ts";
import type { ReportValues, Submission } from "../../src/state/reports.ts";
import { REPO_ROOT } from "../support/seed.ts";

const fileOf = (n: number) => readFileSync(resolve(REPO_ROOT, `data/items/${n}.yml`), "utf8");

function submission(values: Partial<ReportValues> = {}, over: Partial<Submission> = {}): Submission {
  return {
    id: 12,
    item: 16,
    fiscalYear: 2024,
    values: {
      figures: [{ label: "滞納額の縮減効果", unit: "千円", value: "40,000" }],
      activities: ["早期の文書催告を行った。"],
      assessment: "on_track",
      comment: "",
      review: "",
      ...values,
    },
    submittedBy: "U0OWNER",
    submittedAt: new Date("2026-11-20T01:00:00Z"),
    // 15:30 UTC on 30 November is 00:30 on 1 December in Tokyo.
    review: {
      decision: "approved",
      comment: "",
      reviewedBy: "U0ADMIN",
      reviewedAt: new Date("2026-11-30T15:30:00Z"),
    },
    state: "approved",
    ...over,
  };
}

function written(fileText: string, s: Submission): { text: string; item: ItemFile } {
  const result = applyReport(fileText, s);
  if (!("text" in result)) throw new Error("refused");
  return { text: result.text, item: itemFileSchema.parse(parse(result.text)) };
}

describe("applyReport", () => {
  it("replaces the year's forecast rows with marked actual rows, in year order, leaving other years alone", () => {
    const before = itemFileSchema.parse(parse(fileOf(16)));
    const { text, item } = written(fileOf(16), submission());
    expect(item.activities.map((a) => [a.fiscal_year, a.basis, a.origin])).toEqual([
      [2023, "actual", undefined],
      [2024, "actual", "owner_report"],
      [2025, "forecast", undefined],
    ]);
    expect(item.effects[1]).toEqual({
      fiscal_year: 2024,
      basis: "actual",
      origin: "owner_report",
      text: "滞納額の縮減効果 40,000 千円（実績）",
      figures: [{ label: "滞納額の縮減効果", value: "40,000", unit: "千円" }],
    });
    expect(item.effects[0]).toEqual(before.effects[0]);
    expect(item.effects[2]).toEqual(before.effects[2]);
    expect(item.assessments.at(-1)).toEqual({
      fiscal_year: 2024,
      status: "on_track",
      origin: "owner_report",
      quote: "早期の文書催告を行った。",
      overrides_figures: false,
    });
    // No 総評 draft, no reviews entry.
    expect(item.reviews.map((r) => r.fiscal_year)).toEqual([2023]);
    // The marker is a comment above each written row, with the approval day in Japan.
    expect(text.match(/# 担当課からの報告（Slack, 2026-12-01 承認, 提出 #12）/g)).toHaveLength(3);
  });

  it("keeps characters YAML gives meaning to as the owner wrote them", () => {
    const tricky = ['"引用" と #記号', "対象: 全庁", "- 箇条書き風", "@mention", "{ 括弧 }", "100%"];
    const { item } = written(
      fileOf(16),
      submission({ activities: tricky, comment: "1行目\n2行目: 理由", review: "総評案: 1\n\n2段落目" }),
    );
    expect(item.activities.find((a) => a.fiscal_year === 2024)?.entries).toEqual(tricky);
    expect(item.assessments.find((a) => a.fiscal_year === 2024)?.quote).toBe("1行目\n2行目: 理由");
    expect(item.reviews.find((r) => r.fiscal_year === 2024)?.sections).toEqual([
      { entries: ["総評案: 1", "2段落目"] },
    ]);
  });

  it("gives the same file when applied again, and replaces its own rows with a newer approval", () => {
    const once = written(fileOf(16), submission()).text;
    expect(written(once, submission()).text).toBe(once);
    const newer = written(
      once,
      submission({ figures: [{ label: "滞納額の縮減効果", unit: "千円", value: "41,000" }] }, { id: 13 }),
    );
    expect(newer.text).not.toContain("提出 #12");
    expect(newer.text.match(/提出 #13/g)).toHaveLength(3);
    expect(newer.item.effects.filter((e) => e.fiscal_year === 2024)).toHaveLength(1);
    expect(newer.item.effects[1]?.figures[0]?.value).toBe("41,000");
  });

  it("never writes over the report's own results for the year", () => {
    expect(applyReport(fileOf(16), submission({}, { fiscalYear: 2023 }))).toEqual({ refused: "published" });
  });

  it("adds the assessments block to a file that had none, at the end", () => {
    expect(fileOf(20)).not.toContain("assessments:");
    const { text, item } = written(fileOf(20), submission({ figures: [] }, { item: 20 }));
    expect(text.endsWith("\n")).toBe(true);
    expect(text.trimEnd().split("\n").slice(-6)).toEqual([
      "assessments:",
      "  # 担当課からの報告（Slack, 2026-12-01 承認, 提出 #12）",
      "  - fiscal_year: 2024",
      "    status: on_track",
      "    origin: owner_report",
      "    quote: 早期の文書催告を行った。",
    ]);
    // With no figures reported, the year's effect row is left as the plan has it.
    expect(item.effects.find((e) => e.fiscal_year === 2024)?.basis).toBe("forecast");
  });

  it("keeps a CRLF file CRLF", () => {
    const crlf = fileOf(16).replaceAll("\n", "\r\n");
    const { text } = written(crlf, submission());
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    expect(text.startsWith(crlf.split("activities:")[0] as string)).toBe(true);
  });
});

describe("effectText and assessmentQuote", () => {
  it("writes figures as the report does, 「－」 for none, joined by 「 ・」", () => {
    expect(
      effectText([
        { label: "医業収支比率（本院）", unit: "％", value: "95.9" },
        { label: "在宅復帰率（岩出山分院）", unit: "％", value: "－" },
        { label: "効果額", unit: "千円", value: "70,001" },
      ]),
    ).toBe("医業収支比率（本院） 95.9 ％ ・在宅復帰率（岩出山分院） － ・効果額 70,001 千円（実績）");
  });

  it("quotes the comment, else the 総評 draft's first line, else the first activity", () => {
    expect(assessmentQuote(submission({ comment: "理由", review: "総評1\n総評2" }))).toBe("理由");
    expect(assessmentQuote(submission({ review: "\n総評1\n総評2" }))).toBe("総評1");
    expect(assessmentQuote(submission({ activities: ["取組1", "取組2"] }))).toBe("取組1");
  });
});

describe("submissionsCsv", () => {
  const titles = new Map([[16, "滞納整理の推進"]]);

  it("starts with a BOM and the Japanese header, ends rows with CRLF", () => {
    const csv = submissionsCsv([], titles);
    expect(csv).toBe(`\uFEFF${CSV_HEADER.join(",")}\r\n`);
    expect(CSV_HEADER).toContain("提出日時(JST)");
  });

  it("quotes commas, quotes and newlines, guards formulas, and gives times in Japan", () => {
    const s = submission(
      {
        activities: ['=HYPERLINK("http://x")', "差押, 催告"],
        figures: [
          { label: "滞納額の縮減効果", unit: "千円", value: "40,000" },
          { label: "件数", unit: "件", value: "－" },
        ],
        comment: '+1 "見込み"より多い',
        review: "@here 2段落\n目",
      },
      { state: "approved" },
    );
    const csv = submissionsCsv([s], titles);
    const row = csv.slice(1).split("\r\n")[1] ?? "";
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(
      row.startsWith(
        "16,滞納整理の推進,令和6年度,12,U0OWNER,2026-11-20 10:00,承認,U0ADMIN,2026-12-01 00:30,,順調,",
      ),
    ).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")\n差押, 催告"');
    expect(csv).toContain('"滞納額の縮減効果: 40,000 千円\n件数: －"');
    expect(csv).toContain('\'+1 ""見込み""より多い');
    expect(csv).toContain('"\'@here 2段落\n目"');
  });

  it("guards each formula start, and quotes only what needs it", () => {
    expect(["=1", "+1", "-1", "@a", "\tx", "a=1"].map(csvCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "a=1",
    ]);
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("")).toBe("");
  });

  it("computes Japan's time explicitly, whatever the machine's zone", () => {
    expect(tokyoDateTime(new Date("2026-03-31T15:00:00Z"))).toBe("2026-04-01 00:00");
    expect(tokyoDateTime(new Date("2026-12-31T14:59:00Z"))).toBe("2026-12-31 23:59");
  });
});
