/**
 * Rules that span more than one value or file, checked after each file has passed its schema. Each rule
 * guards against a hand edit that would make the bot say something the report does not: a missing or copied
 * item file, a misspelt department, a quotation or figure that is not what the item's own text says.
 */

import { closest } from "../text/did-you-mean.ts";
import { type DataIssue, formatPath } from "./data-issue.ts";
import { departmentBaseName } from "./departments.ts";
import { fiscalYearLabel } from "./fiscal-year.ts";
import {
  type CheckContext,
  checkAssessments,
  checkDepartments,
  checkFigures,
  checkQuotes,
  checkReceivables,
  checkYears,
  compact,
} from "./item-checks.ts";
import type { ItemFile, PlanFile } from "./schema.ts";
import type { SourceFile } from "./source-file.ts";

export interface PlanCheckInput {
  planSource: SourceFile;
  plan: PlanFile;
  /** The item files that passed their schema. */
  items: { source: SourceFile; item: ItemFile }[];
  /**
   * Numbers of the item files that are there (N.yml), whether they passed or not and whatever number they
   * hold: such a file is never reported missing; its own problem (unreadable, or `number: 17` in 18.yml) is
   * reported instead.
   */
  presentNumbers?: readonly number[];
  /** Names of the other files in `items/`, which are not read (`7.yml.bak`). */
  otherFiles?: readonly string[];
  /** How the file of item N is named in messages (`data/items/7.yml`). */
  itemFile?: (n: number) => string;
}

export function checkPlan(input: PlanCheckInput): DataIssue[] {
  const { planSource, plan, items } = input;
  const itemFile = input.itemFile ?? ((n: number) => `items/${n}.yml`);
  const issues: DataIssue[] = [];
  const at = (source: SourceFile, path: PropertyKey[], message: string, key?: string) => {
    issues.push({ file: source.file, path: formatPath(path), line: source.lineOf(path, key), message });
  };
  const atPlan = (path: PropertyKey[], message: string) => at(planSource, path, message);

  // --- plan.yml on its own ---------------------------------------------------------------------------------
  const { first, last } = plan.fiscal_years;
  if (first > last) {
    atPlan(["fiscal_years", "last"], `最終年度 ${last} が開始年度 ${first} より前です`);
  }
  const inPlan = (fy: number) => fy >= first && fy <= last;
  const period = `${first}～${last}（${fiscalYearLabel(first)}～${fiscalYearLabel(last)}）`;
  if (!inPlan(plan.current_fiscal_year)) {
    atPlan(["current_fiscal_year"], `年度 ${plan.current_fiscal_year} はプランの期間 ${period} の外です`);
  }

  const official = new Set(plan.departments);
  const officialBases = new Map(plan.departments.map((d) => [departmentBaseName(d), d]));
  const generic = new Set(plan.generic_departments);
  /** An official name, or the base of a bracketed official name ("経営企画課"). */
  const isOfficial = (name: string) =>
    official.has(name) || (departmentBaseName(name) === name && officialBases.has(name));
  const departmentWords = [...new Set([...plan.departments, ...officialBases.keys(), ...generic])];

  plan.departments.forEach((name, i) => {
    if (plan.departments.indexOf(name) !== i) atPlan(["departments", i], `「${name}」が2回書かれています`);
    else if (generic.has(name)) {
      atPlan(
        ["departments", i],
        `「${name}」は generic_departments（特定の課ではないもの）にもあります。どちらか一方にします`,
      );
    }
  });
  for (const [field, names] of [
    ["department_aliases", Object.keys(plan.department_aliases)],
    ["department_readings", Object.keys(plan.department_readings)],
  ] as const) {
    for (const name of names) {
      if (isOfficial(name)) continue;
      const near = closest(name, departmentWords);
      at(
        planSource,
        [field],
        `「${name}」は課の一覧（departments）にありません。${near ? `「${near}」ではありませんか` : "課の名前を departments のとおりに書きます"}`,
        name,
      );
    }
  }

  // --- item numbers: exactly 1 … item_count, each once, and no copied item --------------------------------------
  const count = plan.item_count;
  const seen = new Map<number, SourceFile>();
  const titles = new Map<string, SourceFile>();
  // Of two files with one number or title, the one named after its number (16.yml) is the original.
  const named = ({ source, item }: (typeof items)[number]) =>
    source.file.replace(/\\/g, "/").endsWith(`/${item.number}.yml`) || source.file === `${item.number}.yml`;
  for (const { source, item } of [...items].sort((a, b) => Number(named(b)) - Number(named(a)))) {
    const earlier = seen.get(item.number);
    const sameTitle = titles.get(compact(item.title));
    if (earlier) {
      const ownNumber = /(?:^|[\\/])(\d+)\.ya?ml$/.exec(source.file)?.[1];
      const fix =
        ownNumber !== undefined && Number(ownNumber) !== item.number
          ? `このファイル（${ownNumber}.yml）が項目 ${ownNumber} なら number: ${ownNumber} に直します`
          : "コピーしたファイルが残っていないか確かめ、番号を直すか不要なファイルを消します";
      at(source, ["number"], `項目番号 ${item.number} が ${earlier.file} と重複しています。${fix}`);
    } else if (sameTitle) {
      const over = item.number > count ? `（項目番号 ${item.number} も項目数 ${count} を超えています）` : "";
      at(
        source,
        ["title"],
        `タイトル「${item.title}」が ${sameTitle.file} と同じです${over}。項目のファイルをコピーして残していないか確かめ、不要なら消します`,
      );
    } else if (item.number > count) {
      at(
        source,
        ["number"],
        `項目番号 ${item.number} は項目の数（${planSource.file} の item_count: ${count}）より大きいです。番号の打ち間違いなら直し、項目が増えたのなら item_count も直します`,
      );
    }
    if (!earlier) seen.set(item.number, source);
    if (!sameTitle) titles.set(compact(item.title), source);
  }
  const present = new Set(input.presentNumbers ?? []);
  for (let n = 1; n <= count; n++) {
    if (seen.has(n) || present.has(n)) continue;
    const stray = (input.otherFiles ?? []).find((f) => f.startsWith(`${n}.`) || f.startsWith(`${n}_`));
    const fix = stray
      ? `items/${stray} は .yml で終わらないので読み込まれません。名前を ${n}.yml に戻してください`
      : `消したり名前を変えたりしたのなら元に戻します。項目の数が変わったのなら item_count を直します`;
    atPlan(
      ["item_count"],
      `項目 ${n} のファイル（${itemFile(n)}）がありません（item_count: ${count} なので 1.yml ～ ${count}.yml が必要です）。${fix}`,
    );
  }

  // --- the current fiscal year must have results --------------------------------------------------------------
  const hasActuals = items.some(
    ({ item }) =>
      item.effects.some((r) => r.fiscal_year === plan.current_fiscal_year && r.basis === "actual") ||
      item.activities.some((a) => a.fiscal_year === plan.current_fiscal_year && a.basis === "actual"),
  );
  if (items.length > 0 && !hasActuals && inPlan(plan.current_fiscal_year)) {
    const fy = plan.current_fiscal_year;
    atPlan(
      ["current_fiscal_year"],
      `${fy}（${fiscalYearLabel(fy)}）の実績（fiscal_year: ${fy} で basis: actual の行）がまだどの項目にもありません。先に各項目の activities と effects に実績を入れてから current_fiscal_year を ${fy} にします`,
    );
  }

  const knownUnits = [
    ...new Set(
      items.flatMap(({ item }) =>
        [...item.effects.flatMap((r) => r.figures), ...(item.total?.figures ?? [])].flatMap((f) => [
          compact(f.unit),
          ...(f.target ? [compact(f.target.unit)] : []),
        ]),
      ),
    ),
  ];

  // --- each item -------------------------------------------------------------------------------------------------
  const ctx: CheckContext = {
    planSource,
    at,
    generic,
    isOfficial,
    departmentWords,
    inPlan,
    period,
    knownUnits,
  };
  for (const { source, item } of items) {
    checkDepartments(ctx, source, item);
    checkYears(ctx, source, item);
    const before = issues.length;
    checkQuotes(ctx, source, item);
    checkFigures(ctx, source, item);
    // A mistyped figure also changes the status its figures give: report the figure only.
    if (issues.length === before) checkAssessments(ctx, source, item);
    checkReceivables(ctx, source, item);
  }
  return issues;
}
