/**
 * The report's text (extracted from the published PDF, kept in data/source/) read into items: each №'s section,
 * its 取組による効果 rows by year, and the index table. The PDF's line breaks and page numbers land anywhere, so
 * the reading is by headings, and comparisons are made on text with its white space removed.
 */

/** Removes all white space: what is left must match the report character for character. */
export const compact = (s: string): string => s.replace(/\s+/g, "");

export const nfkc = (s: string): string => compact(s).normalize("NFKC");

export interface ReportItem {
  number: number;
  /** The header line after №N, e.g. "多様な話し合いの場と環境づくり ＜継続＞". */
  header: string;
  /** 1-based line of the header in the report file. */
  line: number;
  /** The whole section, page-number lines removed. */
  text: string;
  /** 【担当課：…】 split on "，". */
  departments: string[];
  /** The 取組による効果 section split into its rows: "2023", "2024", "2025" and "total". */
  effectRows: Map<string, string>;
}

export interface Report {
  /** The index table (項目 / 記入担当課) before the first item. */
  indexText: string;
  items: ReportItem[];
}

/** Splits the report's text into the index table and one section per item. */
export function parseReport(raw: string): Report {
  // A checkout that converted line endings must read the same as the file as extracted.
  const text = raw.replace(/\r\n?/g, "\n");
  const first = text.search(/^\s*№/m);
  if (first < 0) return { indexText: text, items: [] };
  const indexText = text.slice(0, first);
  // Page numbers stand alone on a line between items; the index table has item numbers alone on a line too,
  // so they are removed only from the item sections.
  const body = text.slice(first).replace(/^\s*\d+\s*$/gm, "");
  const lines = text.split("\n");
  const headers = [...body.matchAll(/^\s*№\.?(\d+)\s*(.*)$/gm)];
  const items = headers.map((h, i): ReportItem => {
    const start = h.index ?? 0;
    const end = headers[i + 1]?.index ?? body.length;
    const section = body.slice(start, end);
    const number = Number(h[1]);
    const depts = section.match(/【担当課：([^】]+)】/)?.[1] ?? "";
    const headerLine = lines.findIndex((l) => new RegExp(`^\\s*№\\.?${number}(?!\\d)`).test(l));
    return {
      number,
      header: (h[2] ?? "").trim(),
      line: headerLine + 1,
      text: section,
      departments: depts.split("，").map((d) => d.trim()),
      effectRows: splitEffects(section),
    };
  });
  return { indexText, items };
}

function splitEffects(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  const start = text.search(/取組による\s*効果/);
  // The 総評 heading names the report's own year (令和5年度総評 in this report): any year ends the section.
  const end = text.search(/【?令和\s*\d+\s*年度総評】/);
  if (start < 0 || end < 0) return rows;
  const section = text.slice(start, end).replace(/取組による\s*効果/, "");
  const markers = [...section.matchAll(/^\s*(?:令和\s*(\d)\s*年度|(総計))/gm)];
  markers.forEach((m, i) => {
    const key = m[2] ? "total" : String(2018 + Number(m[1]));
    const from = (m.index ?? 0) + m[0].length;
    const to = markers[i + 1]?.index ?? section.length;
    rows.set(key, section.slice(from, to));
  });
  return rows;
}

/**
 * The figures of a piece of report text, as written (NFKC: "５" → "5"), leaving out dates and fiscal-year
 * labels ("令和 6年 4月 1日", "R5.4.1", "令和4年度", "令和 5～7 年度"), which are not figures.
 */
export function figuresIn(text: string): string[] {
  const cleaned = text
    .normalize("NFKC")
    .replace(/令和\s*\d+\s*年\s*\d+\s*月\s*\d+\s*日/g, " ")
    .replace(/R\d+\.\d+\.\d+/g, " ")
    .replace(/令和\s*\d+\s*[~～]\s*\d+\s*年度/g, " ")
    .replace(/令和\s*\d+\s*年度/g, " ");
  return [...cleaned.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0]);
}
