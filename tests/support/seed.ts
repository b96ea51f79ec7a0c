/**
 * Reads the source report (text extracted from the PDF) into per-item sections, so tests can check the data
 * in `data/` against the report itself. Kept deliberately simple: the checks compare text with all white space
 * removed, which is exactly what repairing the PDF's line breaks is allowed to change.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED_PATH =
  process.env.SEED_REPORT ?? resolve(REPO_ROOT, "../shared/seeds/000_3a0331ace3e6fa69.txt");

/** Removes all white space: what is left must match the report character for character. */
export const compact = (s: string): string => s.replace(/\s+/g, "");

export interface SeedItem {
  number: number;
  /** The header line after №N, e.g. "多様な話し合いの場と環境づくり ＜継続＞". */
  header: string;
  /** The whole section, page-number lines removed. */
  text: string;
  /** 【担当課：…】 split on "，". */
  departments: string[];
  /** The 取組による効果 section split into its rows: "2023", "2024", "2025" and "total". */
  effectRows: Map<string, string>;
}

export interface Seed {
  indexText: string;
  items: SeedItem[];
}

export function readSeed(path = SEED_PATH): Seed {
  const raw = readFileSync(path, "utf8");
  const first = raw.search(/^\s*№/m);
  const indexText = raw.slice(0, first);
  // Page numbers stand alone on a line between items; the index table has item numbers alone on a line too,
  // so they are removed only from the item sections.
  const body = raw.slice(first).replace(/^\s*\d+\s*$/gm, "");
  const headers = [...body.matchAll(/^\s*№\.?(\d+)\s*(.*)$/gm)];
  const items = headers.map((h, i) => {
    const start = h.index ?? 0;
    const end = headers[i + 1]?.index ?? body.length;
    const text = body.slice(start, end);
    const depts = text.match(/【担当課：([^】]+)】/)?.[1] ?? "";
    return {
      number: Number(h[1]),
      header: (h[2] ?? "").trim(),
      text,
      departments: depts.split("，").map((d) => d.trim()),
      effectRows: splitEffects(text),
    };
  });
  return { indexText, items };
}

function splitEffects(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  const start = text.search(/取組による\s*効果/);
  const end = text.search(/【?令和\s*5\s*年度総評】/);
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
