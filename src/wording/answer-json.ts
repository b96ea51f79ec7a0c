/**
 * The machine-readable form of an answer, for `npm run ask -- --json` and for tests:
 * `{"query", "kind", "items": [{number, title, status, ...}]}`.
 */
import type { Answer, NotDoneStep } from "../ask/answer.ts";
import { BASIS_LABELS, fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import { caveatsOf, statusBasisText } from "./item-summary.ts";

export interface ItemJson {
  number: number;
  title: string;
  status: PlanItem["current"]["status"];
  fiscal_year: number;
  lead_departments: string[];
  measurements: { label: string; actual: string; target: string; percent: string | null }[];
  effects: { fiscal_year: string; basis: string | null; text: string }[];
  /**
   * What the status rests on: `figures` (the report's targets and results), `report_words` (a 総評 sentence,
   * the secretariat's reading; `overrides_figures` when it prevails over figures), or `none`.
   */
  status_basis: {
    kind: "figures" | "report_words" | "none";
    overrides_figures: boolean;
    quote: string | null;
    explanation: string;
  };
  /** 総評 sentences that qualify the status. */
  caveats: string[];
}

export function itemToJson(item: PlanItem): ItemJson {
  return {
    number: item.number,
    title: item.title,
    status: item.current.status,
    fiscal_year: item.current.fiscalYear,
    lead_departments: item.lead_departments,
    measurements: item.current.measurements.map((m) => ({
      label: m.label,
      actual: `${m.actual.value} ${m.actual.unit}`,
      target: `${m.target.value} ${m.target.unit}`,
      percent: m.percent,
    })),
    effects: item.effects.map((e) => ({
      fiscal_year: fiscalYearLabel(e.fiscal_year),
      basis: e.basis ? BASIS_LABELS[e.basis] : null,
      text: e.text,
    })),
    status_basis: {
      kind:
        item.current.basis === "figures"
          ? "figures"
          : item.current.basis === "report"
            ? "report_words"
            : "none",
      overrides_figures: item.current.basis === "report" && item.current.measurements.length > 0,
      quote: item.current.quote,
      explanation: statusBasisText(item),
    },
    caveats: caveatsOf(item),
  };
}

/** Items whose 総評 says a step was not done, as `--json` gives them: number, status and the report's sentence. */
function stepsJson(steps: readonly NotDoneStep[]): { number: number; status: string; quote: string }[] {
  return steps.map(({ item, quote }) => ({ number: item.number, status: item.current.status, quote }));
}

export function answerToJson(answer: Answer): Record<string, unknown> {
  const items =
    answer.kind === "item"
      ? [answer.item]
      : answer.kind === "list" || answer.kind === "candidates"
        ? answer.items
        : [];
  const extra: Record<string, unknown> = {};
  if (answer.kind === "list") {
    extra.list = answer.reason.type;
    if (answer.reason.type === "department") extra.departments = answer.reason.departments.map((d) => d.name);
    if (answer.reason.type === "status" || (answer.reason.type === "department" && answer.reason.status)) {
      extra.status = "status" in answer.reason ? answer.reason.status : undefined;
    }
    if (answer.reason.type === "all" && answer.reason.excluded) extra.excluded = answer.reason.excluded;
    if (answer.reason.type === "rated") extra.order = answer.reason.order;
    if (answer.reason.type === "titled") extra.term = answer.reason.term;
    if (answer.reason.type === "unfinished") {
      extra.review_says = answer.reason.says;
      extra.with_behind = answer.reason.withBehind;
      if (answer.reason.departments) extra.departments = answer.reason.departments.map((d) => d.name);
    }
    if ((answer.reason.type === "status" || answer.reason.type === "department") && answer.reason.not)
      extra.status_not = true;
    if (answer.reason.type === "status" && answer.reason.scope) {
      const { field, noneHas, excluded, within } = answer.reason.scope;
      if (field) extra.field = field;
      if (within) extra.within = within;
      if (noneHas) extra.none_has_status = true;
      if (excluded) extra.excluded = excluded;
    }
    if (answer.reason.type === "status" && answer.reason.onTrackToo) {
      extra.also_clear = answer.reason.onTrackToo.clear.map((i) => i.number);
      extra.set_aside = stepsJson(answer.reason.onTrackToo.setAside);
      extra.also_achieved = answer.reason.onTrackToo.achieved.map((i) => i.number);
    }
    if (
      (answer.reason.type === "status" || answer.reason.type === "department") &&
      answer.reason.notDoneElsewhere
    ) {
      extra.not_done_elsewhere = stepsJson(answer.reason.notDoneElsewhere);
    }
    if (answer.reason.type === "status" && answer.reason.missedTarget) {
      extra.missed_target = true;
      extra.also_behind = answer.reason.missedTarget.alsoBehind.map((i) => i.number);
      if (answer.reason.missedTarget.notDone)
        extra.also_not_done = stepsJson(answer.reason.missedTarget.notDone);
      if (answer.reason.missedTarget.inMoney) extra.money_target = true;
    }
  }
  if (answer.kind === "candidates" && answer.mentions) {
    extra.term = answer.mentions.term;
    if (answer.mentions.alsoAs) extra.also_as = answer.mentions.alsoAs;
  }
  if (answer.kind === "none") {
    extra.reason = answer.reason;
    if (answer.number !== undefined) extra.number = answer.number;
    extra.valid_range = answer.range;
  }
  if (answer.note) extra.note = answer.note;
  return { query: answer.query, kind: answer.kind, items: items.map(itemToJson), ...extra };
}
