/**
 * The plan as the rest of the bot sees it: the validated files plus what is derived from them once (each
 * item's status for the current fiscal year, the list of departments). Nothing here knows about Slack.
 */

import { departmentBaseName } from "./departments.ts";
import type { ItemFile, PlanFile, Status } from "./schema.ts";
import { type ItemStatus, itemStatus } from "./status.ts";

export interface PlanItem extends ItemFile {
  /** Status for the plan's current fiscal year. */
  current: ItemStatus;
}

export interface Department {
  name: string;
  /** Short names people use: from `department_aliases` and `department_readings`, plus the parts of a bracketed name. */
  aliases: string[];
  /** Items this department writes the report for (記入担当課). */
  leadOf: number[];
  /** Items that list it in 【担当課】 but where it is not a lead. */
  relatedTo: number[];
}

export interface Plan {
  meta: PlanFile;
  items: PlanItem[];
  departments: Department[];
  /** Items by number, for look-ups that must not scan the list. */
  byNumber: ReadonlyMap<number, PlanItem>;
}

export function buildPlan(meta: PlanFile, files: ItemFile[]): Plan {
  const items = [...files]
    .sort((a, b) => a.number - b.number)
    .map((f) => ({ ...f, current: itemStatus(f, meta.current_fiscal_year) }));
  return {
    meta,
    items,
    departments: collectDepartments(meta, items),
    byNumber: new Map(items.map((i) => [i.number, i])),
  };
}

/**
 * One entry per real department. "経営企画課（大崎市民病院）" in the index and "経営企画課" in the 【担当課】 line
 * are the same department: the bracketed form is kept as the name because it is the more precise one.
 */
function collectDepartments(meta: PlanFile, items: PlanItem[]): Department[] {
  const generic = new Set(meta.generic_departments);
  const byBase = new Map<string, Department>();
  const get = (name: string): Department => {
    const base = departmentBaseName(name);
    let dept = byBase.get(base);
    if (!dept) {
      dept = { name, aliases: [], leadOf: [], relatedTo: [] };
      byBase.set(base, dept);
    } else if (name.length > dept.name.length) {
      dept.name = name;
    }
    return dept;
  };
  for (const item of items) {
    for (const lead of item.lead_departments) get(lead).leadOf.push(item.number);
    const leadBases = new Set(item.lead_departments.map(departmentBaseName));
    for (const name of item.departments) {
      if (generic.has(name) || leadBases.has(departmentBaseName(name))) continue;
      get(name).relatedTo.push(item.number);
    }
  }
  for (const dept of byBase.values()) {
    const inner = dept.name.match(/[（(](.+?)[）)]$/)?.[1];
    const base = departmentBaseName(dept.name);
    const aliases = new Set([
      ...(meta.department_aliases[dept.name] ?? []),
      ...(meta.department_aliases[base] ?? []),
      ...(meta.department_readings[dept.name] ?? []),
      ...(meta.department_readings[base] ?? []),
    ]);
    if (base !== dept.name) aliases.add(base);
    if (inner) aliases.add(inner);
    dept.aliases = [...aliases];
  }
  return [...byBase.values()];
}

/** The fiscal year owners report now (from Slack): the one after the latest year with results in the data. */
export function reportingYear(plan: Plan): number {
  return plan.meta.current_fiscal_year + 1;
}

export function findItem(plan: Plan, number: number): PlanItem | undefined {
  return plan.byNumber.get(number);
}

export function itemsWithStatus(plan: Plan, status: Status): PlanItem[] {
  return plan.items.filter((i) => i.current.status === status);
}

/** A department's items, the ones it leads first. */
export function itemsOfDepartment(plan: Plan, dept: Department): PlanItem[] {
  const leads = new Set(dept.leadOf);
  const numbers = [...dept.leadOf, ...dept.relatedTo.filter((n) => !leads.has(n))];
  return numbers.map((n) => findItem(plan, n)).filter((i): i is PlanItem => !!i);
}
