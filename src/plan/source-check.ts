/**
 * Checks `data/` against the report it was transcribed from (the text extracted from the published PDF, kept in
 * `data/source/`): titles against the index table and each item's header, departments against 【担当課】, every
 * quoted sentence against the item's own section, and every figure of 取組による効果 in both directions (each
 * number the report prints in a row is in the data, and each figure in the data is printed in that row).
 *
 * `validate.ts` can only check the data against itself (a figure against its row's `text`); a figure copied
 * wrongly into both `text` and `value` passes there and is caught only here. Each finding names the item file,
 * line and field, with a message the secretariat can act on without reading code.
 *
 * Comparison rules: sentences match when equal after removing all white space (repairing the PDF's line breaks
 * and spacing is the only change a transcription may make); figures and the index table are compared after
 * NFKC as well, because the report mixes full- and half-width digits (「５」 and 「5」).
 *
 * Over 300 lines on purpose: it is one check per field the report is the source of, each with the message that
 * tells the secretariat what the report says instead; reading the report's text is report-text.ts.
 */

import { type DataIssue, formatPath } from "./data-issue.ts";
import { fiscalYearLabel } from "./fiscal-year.ts";
import type { Plan, PlanItem } from "./model.ts";
import { compact, figuresIn, nfkc, parseReport, type Report, type ReportItem } from "./report-text.ts";
import { type Figure, isOwnerReported } from "./schema.ts";
import type { SourceFile } from "./source-file.ts";

/** Which comparison a finding comes from, so a test can ask about one kind of check. */
export type SourceCheckKind =
  | "items"
  | "index"
  | "header"
  | "departments"
  | "quotes"
  | "effects"
  | "targets"
  | "receivables";

export interface SourceFinding extends DataIssue {
  /** The item concerned, or null for the report as a whole. */
  item: number | null;
  check: SourceCheckKind;
}

export interface SourceLocations {
  /** The report as messages name it, e.g. `data/source/report-r5.txt`. */
  reportFile: string;
  /**
   * The item's file as read, for its name and lines. Without it the finding names `items/N.yml` and no line
   * (tests that check the data in memory need no files).
   */
  itemSource?: (number: number) => SourceFile | undefined;
}

/** The report's text with runs of white space shown as one space, for quoting it back in a message. */
const shown = (s: string): string => s.replace(/\s+/g, " ").trim();

/** At most `n` characters of `s`, the end cut with "…". */
const clip = (s: string, n: number): string => ([...s].length > n ? `${[...s].slice(0, n).join("")}…` : s);

const yearLabel = (key: string): string =>
  key === "total" ? "総計" : `令和${Number(key) - 2018 === 1 ? "元" : Number(key) - 2018}年度`;

/**
 * Every place where the data differs from the report. Pure: the caller reads the files.
 *
 * @example
 * checkAgainstSource(plan, readFileSync("data/source/report-r5.txt", "utf8"), {
 *   reportFile: "data/source/report-r5.txt",
 *   itemSource: (n) => sources.get(n),
 * });
 */
export function checkAgainstSource(
  plan: Plan,
  sourceText: string | Report,
  where: SourceLocations,
): SourceFinding[] {
  // A parsed report may be passed in when the same report is checked many times (the tests do).
  const report = typeof sourceText === "string" ? parseReport(sourceText) : sourceText;
  const findings: SourceFinding[] = [];
  const R = where.reportFile;

  if (report.items.length === 0) {
    return [
      {
        file: R,
        path: "",
        line: null,
        item: null,
        check: "items",
        message:
          "報告書のテキストから項目（「№1」のような見出し）を1つも読み取れません。PDF から取り出したテキストのファイルかどうか確かめてください",
      },
    ];
  }

  const inData = new Set(plan.items.map((i) => i.number));
  for (const r of report.items) {
    if (inData.has(r.number)) continue;
    findings.push({
      file: R,
      path: "",
      line: r.line,
      item: r.number,
      check: "items",
      message: `報告書の №${r.number}（${shown(r.header)}）がデータにありません。items/${r.number}.yml を作ります`,
    });
  }

  for (const item of plan.items) {
    const source = where.itemSource?.(item.number);
    const file = source?.file ?? `items/${item.number}.yml`;
    const at = (check: SourceCheckKind, path: PropertyKey[], message: string): void => {
      findings.push({
        file,
        path: formatPath(path),
        line: source?.lineOf(path) ?? null,
        item: item.number,
        check,
        message,
      });
    };
    const r = report.items.find((s) => s.number === item.number);
    if (!r) {
      at(
        "items",
        ["number"],
        `項目 No.${item.number} は報告書（${R}）にありません。項目番号を確かめてください`,
      );
      continue;
    }
    checkItem(item, r, report, R, at);
  }
  return findings;
}

type At = (check: SourceCheckKind, path: PropertyKey[], message: string) => void;

function checkItem(item: PlanItem, r: ReportItem, report: Report, R: string, at: At): void {
  const section = compact(r.text);
  const no = `№${item.number}`;

  /** Says where a sentence stops matching the report, so one wrong character can be found in a long paragraph. */
  const quote = (path: PropertyKey[], what: string, text: string): boolean => {
    const wanted = compact(text);
    if (section.includes(wanted)) return true;
    const chars = [...wanted];
    // The longest beginning of the sentence that the report has: the difference is right after it.
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (section.includes(chars.slice(0, mid).join(""))) lo = mid;
      else hi = mid - 1;
    }
    const head = chars.slice(0, lo).join("");
    const rest = chars.slice(lo).join("");
    let hint: string;
    if (lo < 4) {
      hint = `書き出しの「${clip(wanted, 12)}」から報告書と違います`;
    } else {
      const after = section.slice(section.indexOf(head) + head.length);
      const tail = [...head].slice(-8).join("");
      hint = `「…${tail}」のあとが違います（データ: 「${clip(rest, 12)}」、報告書: 「${clip(after, 12) || "（ここで終わり）"}」）`;
    }
    at(
      "quotes",
      path,
      `${what}が報告書（${R}）の ${no} の文と一致しません。${hint}。報告書の文を1字も変えずに写します（改行と空白の違いは構いません）`,
    );
    return false;
  };

  // The item's own header: title and ＜継続＞.
  const headerTitle = compact(r.header).replace("＜継続＞", "");
  const titleMatches = headerTitle === compact(item.title);
  if (!titleMatches) {
    at(
      "header",
      ["title"],
      `タイトルが報告書（${R}）の ${no} の見出しと一致しません。報告書では「${headerTitle}」です`,
    );
  }
  const continued = r.header.includes("＜継続＞");
  if (item.continued !== continued) {
    at(
      "header",
      ["continued"],
      continued
        ? `報告書（${R}）の ${no} の見出しには ＜継続＞ があります。continued: true にします`
        : `報告書（${R}）の ${no} の見出しには ＜継続＞ がありません。continued: false にします（または行ごと消します）`,
    );
  }

  // The index table: number, title and lead departments on one row.
  const index = nfkc(report.indexText);
  const row = `${item.number}${item.title}${item.lead_departments.join("，")}`;
  if (!index.includes(nfkc(row))) {
    if (index.includes(nfkc(`${item.number}${item.title}`))) {
      at(
        "index",
        ["lead_departments"],
        `記入担当課が報告書（${R}）の目次の No.${item.number} の行と一致しません。目次の記入担当課を、同じ順に同じ名前で書きます`,
      );
    } else if (titleMatches) {
      at("index", ["title"], `タイトルが報告書（${R}）の目次の No.${item.number} の行と一致しません`);
    }
  }

  if (
    item.departments.length !== r.departments.length ||
    item.departments.some((d, i) => d !== r.departments[i])
  ) {
    at(
      "departments",
      ["departments"],
      `担当課が報告書（${R}）の ${no} の【担当課】と一致しません。報告書では「${r.departments.join("，")}」です（同じ順に書きます）`,
    );
  }

  // The PDF's objective column can be interrupted by a schedule row in the extracted text (No.21), so each
  // paragraph is checked on its own.
  for (const paragraph of item.objective.split("\n"))
    quote(["objective"], "objective（改善・推進目標）", paragraph);
  item.schedule.forEach((s, i) => {
    quote(["schedule", i, "label"], "改善スケジュールの項目名", s.label);
  });
  item.measures.forEach((m, i) => {
    quote(["measures", i], "主な取組内容", m);
  });
  // Rows an owner reported (origin: owner_report) are not in the published report yet: see ownerReportedRows.
  item.activities.forEach((a, i) => {
    if (isOwnerReported(a)) return;
    a.entries.forEach((e, j) => {
      quote(["activities", i, "entries", j], "取組内容", e);
    });
  });
  item.reviews.forEach((review, i) => {
    if (isOwnerReported(review)) return;
    review.sections.forEach((s, j) => {
      if (s.department)
        quote(["reviews", i, "sections", j, "department"], "総評の課名", `＜${s.department}＞`);
      s.entries.forEach((e, k) => {
        quote(["reviews", i, "sections", j, "entries", k], "総評", e);
      });
    });
  });
  item.assessments.forEach((a, i) => {
    if (isOwnerReported(a)) return;
    quote(["assessments", i, "quote"], "assessments の quote", a.quote);
  });

  checkEffects(item, r, R, at);

  item.effects.forEach((e, i) => {
    e.figures.forEach((f, j) => {
      if (!f.target) return;
      const path = ["effects", i, "figures", j, "target"];
      // The value and unit are read from the quote: a wrong quote already says what to fix.
      if (!quote([...path, "quote"], "目標の quote", f.target.quote)) return;
      const value = f.target.value.normalize("NFKC");
      if (!figuresIn(f.target.quote).includes(value)) {
        at(
          "targets",
          [...path, "value"],
          `目標値「${f.target.value}」が、報告書（${R}）から写した quote の文にありません。quote の文にある目標値を書きます`,
        );
      } else if (!compact(f.target.quote).includes(compact(`${f.target.value}${f.target.unit}`))) {
        at(
          "targets",
          [...path, "unit"],
          `目標「${f.target.value}${f.target.unit}」が、報告書（${R}）から写した quote の文の書き方と違います。value と unit は quote の文のとおりに書きます（例: 44,400 千円 → value: "44,400"、unit: 千円）`,
        );
      }
    });
  });

  if (item.receivables) {
    item.receivables.rows.forEach((row, i) => {
      quote(
        ["receivables", "rows", i],
        "債権の行（name・value・unit）",
        `${row.name}${row.value}${row.unit}`,
      );
    });
    const total = item.receivables.total;
    quote(["receivables", "total"], "債権の合計（value・unit）", `合計${total.value}${total.unit}`);
  }
}

/** 取組による効果: each row's text, and its figures in both directions. */
function checkEffects(item: PlanItem, r: ReportItem, R: string, at: At): void {
  const rows = [
    ...item.effects.map((e, i) => ({
      key: String(e.fiscal_year),
      path: ["effects", i] as PropertyKey[],
      text: e.text,
      figures: e.figures,
      owner: isOwnerReported(e),
    })),
    ...(item.total
      ? [
          {
            key: "total",
            path: ["total"] as PropertyKey[],
            text: item.total.text,
            figures: item.total.figures,
            owner: false,
          },
        ]
      : []),
  ];
  const no = `№${item.number}`;
  for (const [key, reportRow] of r.effectRows) {
    const row = rows.find((x) => x.key === key);
    const where = `報告書（${R}）の ${no} の取組による効果（${yearLabel(key)}）`;
    if (!row) {
      // No.3 prints 「総計」 with nothing after it: an empty cell is left out of the data, not invented.
      if (compact(reportRow) === "") continue;
      at(
        "effects",
        key === "total" ? ["total"] : ["effects"],
        `${where}の行がデータにありません。報告書では「${clip(shown(reportRow), 60)}」です`,
      );
      continue;
    }
    // The report prints the year's forecast or plan here; the data holds the owner's result in its place.
    if (row.owner) continue;
    if (!compact(reportRow).includes(compact(row.text))) {
      at(
        "effects",
        [...row.path, "text"],
        `text が${where}の文と一致しません。報告書では「${shown(reportRow)}」です`,
      );
    }
    checkFigures(row.path, row.figures, figuresIn(reportRow), where, at);
  }
  for (const row of rows) {
    if (r.effectRows.has(row.key) || row.owner) continue;
    at(
      "effects",
      row.path,
      `報告書（${R}）の ${no} の取組による効果には ${yearLabel(row.key)} の行がありません`,
    );
  }
}

function checkFigures(
  path: PropertyKey[],
  figures: Figure[],
  inReport: string[],
  where: string,
  at: At,
): void {
  const inData = figures.map((f) => f.value.normalize("NFKC"));
  const missing = inReport.filter((n) => !inData.includes(n));
  const extra = figures
    .map((f, j) => ({ f, j }))
    .filter(({ f }) => !inReport.includes(f.value.normalize("NFKC")));
  const listed =
    inReport.length > 0 ? `この行の報告書の数値: ${inReport.join("、")}` : "この行に数値はありません";
  // One wrong figure shows up twice (its value is not in the report, the report's value is not in the data):
  // say it once, with the value the report prints.
  const paired = extra.length === missing.length;
  extra.forEach(({ f, j }, k) => {
    at(
      "effects",
      [...path, "figures", j, "value"],
      `「${f.value}」は${where}にありません。${paired ? `報告書では「${missing[k]}」です` : listed}`,
    );
  });
  if (paired) return;
  for (const n of missing) {
    at("effects", [...path, "figures"], `${where}の数値「${n}」が figures にありません。${listed}`);
  }
}

/**
 * The rows the source check leaves out because an owner reported them (origin: owner_report), one line per item
 * and year, for `npm run validate` and `npm run export-reports` to list: 「No.16 令和6年度（担当課からの報告）」.
 * Listed rather than silently skipped, so nobody takes a passing check for a check of these figures.
 */
export function ownerReportedRows(plan: Plan): string[] {
  return plan.items.flatMap((item) => {
    const years = new Set(
      [...item.activities, ...item.effects, ...item.reviews, ...item.assessments]
        .filter(isOwnerReported)
        .map((row) => row.fiscal_year),
    );
    return [...years]
      .sort((a, b) => a - b)
      .map((fy) => `No.${item.number} ${fiscalYearLabel(fy)}（担当課からの報告）`);
  });
}
