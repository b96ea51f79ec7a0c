/**
 * Rules that span more than one value or file, checked after each file has passed its schema. Each rule
 * guards against a hand edit that would make the bot say something the report does not.
 */
import { achievementRatio, comparableUnits, formatPercent, parseFigureValue } from "./figures.ts";
import type { ItemFile, PlanFile } from "./schema.ts";
import { type DataIssue, formatPath, type SourceFile } from "./source-file.ts";
import { measurementsFor, statusFromFigures } from "./status.ts";

/** "経営企画課（大崎市民病院）" → "経営企画課": the index table sometimes adds the organisation in brackets. */
export function departmentBaseName(name: string): string {
  return name.replace(/[（(].*?[）)]$/, "").trim();
}

export function checkPlan(plan: PlanFile, items: { source: SourceFile; item: ItemFile }[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = (source: SourceFile, path: PropertyKey[], message: string) =>
    issues.push({ file: source.file, path: formatPath(path), line: source.lineOf(path), message });

  const seen = new Map<number, SourceFile>();
  for (const { source, item } of items) {
    const first = seen.get(item.number);
    if (first) at(source, ["number"], `項目番号 ${item.number} が ${first.file} と重複しています`);
    else seen.set(item.number, source);

    const departmentBases = new Set(item.departments.map(departmentBaseName));
    item.lead_departments.forEach((lead, i) => {
      if (!item.departments.includes(lead) && !departmentBases.has(departmentBaseName(lead))) {
        at(
          source,
          ["lead_departments", i],
          `記入担当課「${lead}」が担当課（departments）にありません。departments にも書いてください`,
        );
      }
    });

    const inPlan = (fy: number) => fy >= plan.fiscal_years.first && fy <= plan.fiscal_years.last;
    const checkYear = (fy: number, path: PropertyKey[]) => {
      if (!inPlan(fy)) {
        at(
          source,
          path,
          `年度 ${fy} はプランの期間（${plan.fiscal_years.first}～${plan.fiscal_years.last}）の外です`,
        );
      }
    };
    for (const key of ["activities", "effects", "reviews"] as const) {
      item[key].forEach((entry, i) => {
        checkYear(entry.fiscal_year, [key, i, "fiscal_year"]);
      });
    }

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
      if (a.overrides_figures && !fromFigures) {
        at(
          source,
          ["assessments", i, "overrides_figures"],
          "目標付きの数値がないので overrides_figures は不要です",
        );
      }
    });

    if (item.receivables) {
      const sum = item.receivables.rows.reduce((s, r) => s + parseFigureValue(r.value), 0);
      if (sum !== parseFigureValue(item.receivables.total.value)) {
        at(
          source,
          ["receivables", "total", "value"],
          `内訳の合計（${sum.toLocaleString("en-US")}）と合計欄が一致しません`,
        );
      }
    }
  }
  return issues;
}
