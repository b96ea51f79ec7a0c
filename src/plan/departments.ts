/**
 * Department names as the plan writes them. The index table sometimes adds the organisation in brackets
 * (経営企画課（大崎市民病院）) where an item's 【担当課】 line does not (経営企画課): both are the same department.
 */

/** "経営企画課（大崎市民病院）" → "経営企画課". */
export function departmentBaseName(name: string): string {
  return name.replace(/[（(].*?[）)]$/, "").trim();
}
