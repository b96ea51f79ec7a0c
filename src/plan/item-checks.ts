/**
 * The rules each item file must keep beyond its schema: departments from the official list, years within the
 * plan, quotations that are the item's own sentences, figures that are in their row's text, statuses that agree
 * with the figures, and No.17's table adding up. checkPlan (validate.ts) runs them for every item.
 */

import { closest } from "../text/did-you-mean.ts";
import { escapeRegExp } from "../text/regexp.ts";
import { departmentBaseName } from "./departments.ts";
import { achievementRatio, comparableUnits, formatPercent, parseFigureValue } from "./figures.ts";
import { fiscalYearLabel } from "./fiscal-year.ts";
import { type Figure, type ItemFile, isOwnerReported } from "./schema.ts";
import type { SourceFile } from "./source-file.ts";
import { measurementsFor, statusFromFigures } from "./status.ts";

/** Text compared with white space removed and full-width digits made half-width, as the report's text varies. */
export const compact = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** The numbers written in a text ("30,885", "64.0"), NFKC. */
const numbersIn = (text: string): string[] => compact(text).match(/\d[\d,]*(?:\.\d+)?/g) ?? [];

/** Whether `value` directly followed by `unit` is written in `text` (white space ignored). */
const writtenIn = (text: string, value: string, unit: string): boolean =>
  occurrences(text, value).some((o) => o.after.startsWith(compact(unit)));

/** What every per-item check shares: the plan, where issues go, and the lists derived from plan.yml once. */
export interface CheckContext {
  planSource: SourceFile;
  at: (source: SourceFile, path: PropertyKey[], message: string, key?: string) => void;
  /** Whether a fiscal year is within the plan's period, and that period in words. */
  inPlan: (fy: number) => boolean;
  period: string;
  generic: Set<string>;
  isOfficial: (name: string) => boolean;
  departmentWords: string[];
  /** Every unit written anywhere in the effects, to tell a unit from the text after a figure. */
  knownUnits: string[];
}

/** Where `value` is written in `text` as a whole number (not part of a longer one: "885" is not in "30,885"). */
function occurrences(text: string, value: string): { after: string }[] {
  const t = compact(text);
  const pattern = new RegExp(`(?<![\\d.]|\\d,)${escapeRegExp(compact(value))}(?!\\d|[.,]\\d)`, "g");
  return [...t.matchAll(pattern)].map((m) => ({ after: t.slice((m.index ?? 0) + m[0].length) }));
}

/**
 * The unit written right after a number ("円" in "30,885,000円（実績）"): the longest unit the data uses anywhere
 * that the text continues with, else the characters up to a bracket, punctuation or kana; "" when none follow.
 */
function unitAfter(after: string, knownUnits: readonly string[]): string {
  const known = knownUnits.filter((u) => after.startsWith(u)).sort((a, b) => b.length - a.length)[0];
  return known ?? /^[^\d\p{P}ぁ-ゖ]{0,3}/u.exec(after)?.[0] ?? "";
}

export function checkDepartments(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { planSource, at, generic, isOfficial, departmentWords } = ctx;
  const unknown = new Set<string>();
  item.departments.forEach((name, i) => {
    if (isOfficial(name) || generic.has(name)) return;
    unknown.add(name);
    const near = closest(name, departmentWords);
    const alsoLead = item.lead_departments.includes(name)
      ? "（lead_departments にも同じ名前があります。両方直します）"
      : "";
    at(
      source,
      ["departments", i],
      near
        ? `「${name}」は課の一覧（${planSource.file} の departments）にありません。「${near}」ではありませんか${alsoLead}`
        : `「${name}」は課の一覧（${planSource.file} の departments）にありません。課の名前を一覧のとおりに書きます${alsoLead}（組織改正で課が変わったときだけ一覧も直します）`,
    );
  });

  const itemBases = new Set(item.departments.map(departmentBaseName));
  item.lead_departments.forEach((lead, i) => {
    if (unknown.has(lead)) return; // reported with the departments line
    if (generic.has(lead)) {
      at(
        source,
        ["lead_departments", i],
        `「${lead}」は特定の課ではないので記入担当課にはできません。記入を担当する課の名前を書きます`,
      );
      return;
    }
    const inItem = item.departments.includes(lead) || itemBases.has(departmentBaseName(lead));
    if (!inItem) {
      // When `departments` has a misspelt name like this lead, that is reported there and is the one to fix.
      if ([...unknown].some((u) => closest(lead, [u]) !== null)) return;
      const near = closest(
        lead,
        item.departments.filter((d) => !generic.has(d)),
      );
      at(
        source,
        ["lead_departments", i],
        `記入担当課「${lead}」がこの項目の担当課（departments: ${item.departments.join("、")}）にありません。記入担当課は担当課のどれかです${near ? `。「${near}」ではありませんか` : ""}`,
      );
    } else if (!isOfficial(lead)) {
      const near = closest(lead, departmentWords);
      at(
        source,
        ["lead_departments", i],
        `「${lead}」は課の一覧（${planSource.file} の departments）にありません${near ? `。「${near}」ではありませんか` : "。課の名前を一覧のとおりに書きます"}`,
      );
    }
  });
}

export function checkYears(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { at, inPlan, period } = ctx;
  for (const key of ["activities", "effects", "reviews", "assessments"] as const) {
    item[key].forEach((entry, i) => {
      if (!inPlan(entry.fiscal_year)) {
        at(source, [key, i, "fiscal_year"], `年度 ${entry.fiscal_year} はプランの期間 ${period} の外です`);
      }
    });
  }
}

export function checkQuotes(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { at, knownUnits } = ctx;
  const reviewText = (fy?: number) =>
    item.reviews
      .filter((r) => fy === undefined || r.fiscal_year === fy)
      .flatMap((r) => r.sections.flatMap((s) => s.entries))
      .join("");
  const activityText = item.activities.flatMap((a) => a.entries).join("");

  item.assessments.forEach((a, i) => {
    // An owner's self-assessment quotes the owner's own words (the comment, else the 総評 draft or an activity),
    // not a sentence of a published 総評: there is nothing to find it in.
    if (isOwnerReported(a)) return;
    const reviews = reviewText(a.fiscal_year);
    if (reviews === "") {
      at(
        source,
        ["assessments", i, "fiscal_year"],
        `${a.fiscal_year} 年度（${fiscalYearLabel(a.fiscal_year)}）の総評（reviews）がありません。評価の根拠になる総評を reviews に書いてから、その文を quote に引用します`,
      );
    } else if (!compact(reviews).includes(compact(a.quote))) {
      at(
        source,
        ["assessments", i, "quote"],
        `この引用は ${a.fiscal_year} 年度（${fiscalYearLabel(a.fiscal_year)}）の総評（reviews）の中にありません。総評の文をそのままコピーして貼り付けます（空白の違いはかまいません）`,
      );
    }
  });

  item.effects.forEach((row, r) => {
    row.figures.forEach((f, k) => {
      if (!f.target) return;
      const path = ["effects", r, "figures", k, "target"];
      const quote = compact(f.target.quote);
      if (!compact(reviewText()).includes(quote) && !compact(activityText).includes(quote)) {
        at(
          source,
          [...path, "quote"],
          "目標の引用（quote）が、この項目の総評（reviews）にも取組内容（activities）にもありません。目標を書いた報告書の文をそのままコピーして貼り付けます",
        );
      } else if (!writtenIn(f.target.quote, f.target.value, f.target.unit)) {
        const found = occurrences(f.target.quote, f.target.value);
        const unit = found.map((o) => unitAfter(o.after, knownUnits)).find((u) => u !== "");
        if (unit) {
          at(
            source,
            [...path, "unit"],
            `引用の文では ${f.target.value} のあとの単位が「${unit}」です。目標の単位（unit）は引用の文のとおりに書きます`,
          );
        } else {
          const near = closest(compact(f.target.value), numbersIn(f.target.quote));
          at(
            source,
            [...path, "value"],
            `目標 ${f.target.value} ${f.target.unit} が引用（quote）の文の中にありません。引用の文にある目標の数値と単位をそのまま書きます${near ? `（${near} ではありませんか）` : ""}`,
          );
        }
      }
    });
  });
}

export function checkFigures(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { at, knownUnits } = ctx;
  const checkRow = (text: string, figures: Figure[], path: PropertyKey[]) => {
    figures.forEach((f, k) => {
      const found = occurrences(text, f.value);
      if (found.length === 0) {
        const near = closest(compact(f.value), numbersIn(text));
        at(
          source,
          [...path, "figures", k, "value"],
          `${f.value} がこの行の text（${text}）にありません。数値は text に書いてあるとおりに書きます${near ? `（${near} ではありませんか）` : ""}`,
        );
        return;
      }
      if (found.some((o) => o.after.startsWith(compact(f.unit)))) return;
      const written = found.map((o) => unitAfter(o.after, knownUnits)).find((u) => u !== "");
      if (written) {
        at(
          source,
          [...path, "figures", k, "unit"],
          `この行の text（${text}）では ${f.value} のあとの単位が「${written}」です。単位（unit）は text に書いてあるとおりに書きます`,
        );
      }
    });
  };
  item.effects.forEach((row, r) => {
    checkRow(row.text, row.figures, ["effects", r]);
  });
  if (item.total) checkRow(item.total.text, item.total.figures, ["total"]);

  item.effects.forEach((row, r) => {
    row.figures.forEach((f, k) => {
      const path = ["effects", r, "figures", k];
      if (f.target && !comparableUnits(f.unit, f.target.unit)) {
        at(
          source,
          [...path, "target", "unit"],
          `目標の単位「${f.target.unit}」は実績の単位「${f.unit}」と比べられません`,
        );
      }
      if (f.rate !== undefined) {
        if (!f.target) {
          at(source, [...path, "rate"], "達成率（rate）を書くときは目標（target）も必要です");
        } else {
          const ratio = achievementRatio(f, f.target);
          const stated = parseFigureValue(f.rate);
          const decimals = f.rate.split(".")[1]?.length ?? 0;
          const computed = ratio === null ? null : Number((ratio * 100).toFixed(decimals));
          if (computed !== null && Math.abs(computed - stated) > 10 ** -decimals / 2 + 1e-9) {
            at(
              source,
              [...path, "rate"],
              `達成率 ${f.rate}% は実績 ${f.value} ${f.unit} と目標 ${f.target.value} ${f.target.unit} から計算した ${formatPercent(ratio as number)}% と合いません`,
            );
          }
        }
      }
    });
  });
}

/**
 * Words with which a 総評 says a target was met. Without figures, 達成 rests on the report saying so; a sentence
 * that only says the work was done as planned (No.5's 改正を行った, No.7's 範囲内に抑えた) is 順調. Every reader
 * who wrote a blind question set from the report drew the line there, and a 達成 the report never states is a
 * claim the bot cannot back with a quote.
 */
const SAYS_TARGET_MET = /達成|目標以上|上回|超え|超過/;

export function checkAssessments(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { at } = ctx;
  const assessedYears = new Set<number>();
  item.assessments.forEach((a, i) => {
    if (assessedYears.has(a.fiscal_year)) {
      at(source, ["assessments", i, "fiscal_year"], `${a.fiscal_year} 年度の評価が2つあります`);
    }
    assessedYears.add(a.fiscal_year);
    const fromFigures = statusFromFigures(measurementsFor(item, a.fiscal_year));
    if (fromFigures && fromFigures !== a.status && !a.overrides_figures) {
      at(
        source,
        ["assessments", i, "status"],
        `状況「${a.status}」は数値（目標と実績）から求めた「${fromFigures}」と食い違います。報告書の評価を優先するなら overrides_figures: true を書いてください`,
      );
    }
    if (
      a.status === "achieved" &&
      !fromFigures &&
      !isOwnerReported(a) &&
      !SAYS_TARGET_MET.test(compact(a.quote))
    ) {
      at(
        source,
        ["assessments", i, "quote"],
        "「達成」（achieved）は、総評が目標を達成した・上回ったと書いている文を quote に引くときだけ書けます。予定どおり進めたという文なら on_track（順調）にしてください",
      );
    }
    if (a.overrides_figures && !fromFigures) {
      at(
        source,
        ["assessments", i, "overrides_figures"],
        "目標付きの数値がないので overrides_figures は不要です",
      );
    }
  });
}

export function checkReceivables(ctx: CheckContext, source: SourceFile, item: ItemFile): void {
  const { at } = ctx;
  if (!item.receivables) return;
  const sum = item.receivables.rows.reduce((s, r) => s + parseFigureValue(r.value), 0);
  if (sum !== parseFigureValue(item.receivables.total.value)) {
    at(
      source,
      ["receivables", "total", "value"],
      `内訳の合計（${sum.toLocaleString("en-US")}）と合計欄が一致しません`,
    );
  }
}
