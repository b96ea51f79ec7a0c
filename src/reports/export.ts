/**
 * Approved owner reports into next year's data, and every submission as CSV (issue 11, `npm run export-reports`).
 *
 * Decision: an approved report is written INTO `data/items/N.yml`, not as a draft beside it. The secretariat
 * edits one file per item by hand, and the bot reads one file per item; a draft beside it would be a second
 * place to look and to forget. For the given fiscal year the report replaces the year's forecast/plan rows of
 * `activities` and `effects` with `basis: actual` rows, and adds that year's `assessments` entry (the owner's
 * self-assessment) and, when the owner wrote a 総評 draft, a `reviews` entry. Other years are left untouched.
 *
 * Every row written here carries `origin: owner_report` and a YAML comment saying who reported and when it was
 * approved, so that nobody — the validator, the bot, a person reading the file — takes an owner's figures for
 * the published report: the source check skips these rows (and lists them), and the bot says
 * 「担当課からの報告（承認済み・報告書は未公表）」. When the year's report is published, the secretariat replaces
 * them with the report's rows, as for any other year.
 *
 * Only the top-level blocks that change (activities, effects, reviews, assessments) are re-serialised, from
 * the file's own `yaml` Document (so comments and flow style `{ label: …, value: "…", unit: … }` inside them
 * survive); every other line of the file is kept byte for byte. The files mix padded flow maps and unpadded
 * flow sequences (`[納税課]`), which no single serialiser setting reproduces for a whole file.
 */
import { Document, isMap, isSeq, Pair, parseDocument, Scalar, YAMLMap, type YAMLSeq } from "yaml";
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { ReportStore, Submission, SubmissionState } from "../state/reports.ts";
import { figureLine, SELF_ASSESSMENT_LABELS } from "./form.ts";
import { tokyoDate, tokyoDateTime } from "./time.ts";

const OWNER = "owner_report";
const SECTIONS = ["activities", "effects", "reviews", "assessments"] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The item file's text with the approved submission written in for its fiscal year, or "published" when that
 * year's results already come from the report. Re-applying the same submission gives the same text.
 */
export function applyReport(
  fileText: string,
  submission: Submission,
): { text: string } | { refused: "published" } {
  // A file saved on Windows keeps its CRLF: the blocks written here must not mix line endings into it.
  const crlf = fileText.includes("\r\n");
  const text = crlf ? fileText.replaceAll("\r\n", "\n") : fileText;
  const doc = parseDocument(text);
  const fy = submission.fiscalYear;
  const seqOf = (key: Section): YAMLSeq | undefined => {
    const node = doc.get(key, true);
    return isSeq(node) ? node : undefined;
  };
  const rowsOfYear = (key: Section) =>
    (seqOf(key)?.items ?? []).filter((row) => isMap(row) && row.get("fiscal_year") === fy) as YAMLMap[];

  // The report's own results for the year, or its own 総評 or verdict, are never replaced by an owner's report.
  const published =
    rowsOfYear("activities").some((r) => r.get("basis") === "actual" && r.get("origin") !== OWNER) ||
    rowsOfYear("effects").some((r) => r.get("basis") === "actual" && r.get("origin") !== OWNER) ||
    rowsOfYear("reviews").some((r) => r.get("origin") !== OWNER) ||
    rowsOfYear("assessments").some((r) => r.get("origin") !== OWNER);
  if (published) return { refused: "published" };

  const v = submission.values;
  const marker = ` ${ownerReportComment(submission)}`;
  const changed = new Set<Section>();
  const put = (key: Section, row: YAMLMap | null) => {
    let seq = seqOf(key);
    if (!seq) {
      if (!row) return;
      seq = doc.createNode([]) as YAMLSeq;
      doc.set(key, seq);
    }
    const before = seq.items.length;
    seq.items = seq.items.filter((r) => !(isMap(r) && r.get("fiscal_year") === fy));
    // A comment above a sequence's first row is parsed as the sequence's own: our marker of a row being
    // replaced must go with the row, or a second export would stack a second marker above the new one.
    if (seq.commentBefore) seq.commentBefore = withoutMarkers(seq.commentBefore);
    if (row) {
      row.commentBefore = marker;
      // Kept in year order, where the replaced row was.
      const at = seq.items.findIndex((r) => isMap(r) && Number(r.get("fiscal_year")) > fy);
      seq.items.splice(at === -1 ? seq.items.length : at, 0, row);
    }
    if (row || seq.items.length !== before) changed.add(key);
  };

  put(
    "activities",
    map(doc, [
      ["fiscal_year", fy],
      ["basis", "actual"],
      ["origin", OWNER],
      ["entries", v.activities],
    ]),
  );

  // An item whose plan has no effect figures keeps its effects as they are: there is nothing reported to write.
  if (v.figures.length > 0) {
    const figures = v.figures
      .filter((f) => !isNone(f.value))
      .map((f) => {
        const value = new Scalar(f.value);
        value.type = Scalar.QUOTE_DOUBLE;
        const node = map(doc, [
          ["label", f.label],
          ["value", value],
          ["unit", f.unit],
        ]);
        node.flow = true;
        return node;
      });
    put(
      "effects",
      map(doc, [
        ["fiscal_year", fy],
        ["basis", "actual"],
        ["origin", OWNER],
        ["text", effectText(v.figures)],
        ...(figures.length > 0 ? [["figures", doc.createNode(figures)] as [string, unknown]] : []),
      ]),
    );
  }

  const reviewLines = splitLines(v.review);
  put(
    "reviews",
    reviewLines.length > 0
      ? map(doc, [
          ["fiscal_year", fy],
          ["origin", OWNER],
          ["sections", [{ entries: reviewLines }]],
        ])
      : null,
  );

  put(
    "assessments",
    map(doc, [
      ["fiscal_year", fy],
      ["status", v.assessment],
      ["origin", OWNER],
      ["quote", assessmentQuote(submission)],
    ]),
  );

  const out = replaceBlocks(text, doc, changed);
  return { text: crlf ? out.replaceAll("\n", "\r\n") : out };
}

/** 「担当課からの報告（Slack, 2026-12-01 承認, 提出 #12）」: the comment above every row written here. */
export function ownerReportComment(s: Submission): string {
  const approved = s.review ? `${tokyoDate(s.review.reviewedAt)} 承認` : "未承認";
  return `担当課からの報告（Slack, ${approved}, 提出 #${s.id}）`;
}

/**
 * The effect row's text as the report would print it: 「滞納額の縮減効果 40,000 千円（実績）」, several figures
 * joined by 「 ・」, a figure the owner had none for shown as 「－」 (and left out of `figures`).
 */
export function effectText(figures: { label: string; unit: string; value: string }[]): string {
  const parts = figures.map((f) => (isNone(f.value) ? `${f.label} －` : `${f.label} ${f.value} ${f.unit}`));
  return `${parts.join(" ・")}（実績）`;
}

/** The sentence behind the self-assessment: the owner's comment, else the 総評 draft's first line, else the first activity. */
export function assessmentQuote(s: Submission): string {
  const v = s.values;
  const comment = v.comment.trim();
  if (comment) return comment;
  const review = splitLines(v.review)[0];
  if (review) return review;
  return v.activities[0] ?? SELF_ASSESSMENT_LABELS[v.assessment];
}

const isNone = (value: string) => value === "－";

/** A node's comment without the lines this export wrote (see ownerReportComment); undefined when nothing is left. */
function withoutMarkers(comment: string): string | undefined {
  const kept = comment.split("\n").filter((line) => !line.trimStart().startsWith("担当課からの報告（Slack,"));
  return kept.length > 0 ? kept.join("\n") : undefined;
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A block-style map with its keys in the given order (the order the hand-written files use). */
function map(doc: Document, entries: [string, unknown][]): YAMLMap {
  const node = new YAMLMap();
  for (const [key, value] of entries) {
    node.items.push(new Pair(doc.createNode(key), value instanceof Scalar ? value : doc.createNode(value)));
  }
  return node;
}

/**
 * The original text with each changed top-level block (a line `key:` and the indented lines under it) replaced by
 * that key re-serialised from the edited document; a block the file did not have is appended at the end.
 */
function replaceBlocks(text: string, doc: Document, changed: ReadonlySet<Section>): string {
  if (changed.size === 0) return text;
  const lines = text.split("\n");
  const blockStart = (key: string) => lines.findIndex((l) => l.startsWith(`${key}:`));
  const blockEnd = (start: number) => {
    let end = start + 1;
    // A block runs to the next line at column 0 that is not inside it (the next key, or the end).
    while (end < lines.length && (lines[end] === "" || /^[\s-]/.test(lines[end] as string))) end++;
    // Trailing empty lines belong to the file, not to the block.
    while (end > start + 1 && lines[end - 1] === "") end--;
    return end;
  };
  const serialised = (key: Section): string[] => {
    const one = new Document();
    one.contents = new YAMLMap();
    one.contents.items.push(new Pair(one.createNode(key), doc.get(key, true)));
    return one.toString({ lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, "").split("\n");
  };
  for (const key of SECTIONS) {
    if (!changed.has(key)) continue;
    const start = blockStart(key);
    if (start === -1) {
      const tail = lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
      lines.splice(tail, 0, ...serialised(key));
    } else {
      lines.splice(start, blockEnd(start) - start, ...serialised(key));
    }
  }
  return lines.join("\n");
}

/** What the export did and left out, per item, for the CLI to print. */
export interface LeftOut {
  item: number;
  /** The newest submission's state, or "none" when the item has no submission for the year. */
  state: SubmissionState | "none";
}

/**
 * Items without an approved report for the year, and why: their newest submission is pending, returned or
 * superseded, or there is none. Items with an approved report are not listed, even when a newer one waits.
 */
export function leftOut(store: ReportStore, fiscalYear: number, items: readonly number[]): LeftOut[] {
  const approved = store.approved(fiscalYear);
  return items
    .filter((n) => !approved.has(n))
    .map((n) => ({ item: n, state: store.latest(n, fiscalYear)?.state ?? "none" }));
}

export const STATE_LABELS: Readonly<Record<SubmissionState, string>> = {
  pending: "審査待ち",
  approved: "承認",
  returned: "差し戻し",
  superseded: "新しい提出で置き換え",
};

export const CSV_HEADER = [
  "項目番号",
  "項目名",
  "年度",
  "提出番号",
  "提出者",
  "提出日時(JST)",
  "状態",
  "審査者",
  "審査日時(JST)",
  "審査コメント",
  "自己評価",
  "取組内容",
  "数値",
  "コメント",
  "総評案",
] as const;

/**
 * Every submission, one row each, oldest first: UTF-8 with a BOM (so Excel reads the Japanese), CRLF between
 * rows, RFC 4180 quoting. Figures go in one cell, one 「label: value unit」 per line, rather than one column per
 * label: the items have different figures (No.20 alone has ten), so per-label columns would be dozens of mostly
 * empty columns whose set changes with the plan; one cell keeps one fixed table the secretariat can filter.
 * Activities are one per line in their cell likewise.
 */
export function submissionsCsv(
  submissions: readonly Submission[],
  titles: ReadonlyMap<number, string>,
): string {
  const rows: string[][] = [
    [...CSV_HEADER],
    ...submissions.map((s) => [
      String(s.item),
      titles.get(s.item) ?? "",
      fiscalYearLabel(s.fiscalYear),
      String(s.id),
      s.submittedBy,
      tokyoDateTime(s.submittedAt),
      STATE_LABELS[s.state],
      s.review?.reviewedBy ?? "",
      s.review ? tokyoDateTime(s.review.reviewedAt) : "",
      s.review?.comment ?? "",
      SELF_ASSESSMENT_LABELS[s.values.assessment],
      s.values.activities.join("\n"),
      s.values.figures.map(figureLine).join("\n"),
      s.values.comment,
      s.values.review,
    ]),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * RFC 4180 quoting, with a formula guard: a cell that starts like a formula (= + - @, or a tab or CR) gets a
 * leading apostrophe, so Excel shows what an owner typed into Slack instead of evaluating it.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
