/**
 * The lists of items by status: 「遅れている項目」, 「目標に届かなかった項目」 (behind because a target was missed, in
 * money when asked), and a list narrowed to a field or without some items (its reason's `scope`, decided in
 * answer.ts). What a status means (`missedTarget`) is plan/status.ts's; this only picks the items.
 */
import type { Plan, PlanItem } from "../plan/model.ts";
import type { Status } from "../plan/schema.ts";
import { missedTarget, unfinishedSentences } from "../plan/status.ts";
import type { Answer, ListReason } from "./answer.ts";
import { MONEY_TARGET } from "./patterns.ts";

export type StatusList = Extract<Answer, { kind: "list" }> & {
  reason: Extract<ListReason, { type: "status" }>;
};

export function statusListOf(plan: Plan, query: string, status: Status, targetMissed = false): StatusList {
  if (status === "behind" && targetMissed) {
    const behind = plan.items.filter((i) => i.current.status === "behind");
    // 「金額の目標に届かなかった取組」: those whose missed target is an amount of money, by their figures (No.16's
    // 44,400 千円) or the sentence that says so (No.17's 削減目標額には及ばなかった).
    const money = MONEY_TARGET.test(query);
    const inMoney = (i: PlanItem) =>
      i.current.measurements.some((m) => m.ratio !== null && m.ratio < 1 && /円$/.test(m.target.unit)) ||
      (i.current.basis === "report" && /目標額|円/.test(i.current.quote ?? ""));
    const missed = behind.filter((i) => missedTarget(i.current) && (!money || inMoney(i)));
    // A Set: a plan of thousands of items has thousands behind, and a search of the list for each is quadratic.
    const missedSet = new Set(missed);
    return {
      kind: "list",
      query,
      items: missed,
      reason: {
        type: "status",
        status,
        missedTarget: {
          alsoBehind: behind.filter((i) => !missedSet.has(i)),
          ...(money ? { inMoney: true } : {}),
        },
      },
    };
  }
  const items = plan.items.filter((i) => i.current.status === status);
  if (status !== "behind") return { kind: "list", query, items, reason: { type: "status", status } };
  // 「遅れている項目」: items of another status whose 総評 says a step of the year was not done are named beside the
  // list, with the sentence (No.2's 予算編成への反映); their status stays the plan secretariat's.
  const notDoneElsewhere = notDoneOutsideBehind(plan);
  return {
    kind: "list",
    query,
    items,
    reason: { type: "status", status, ...(notDoneElsewhere.length > 0 ? { notDoneElsewhere } : {}) },
  };
}

/**
 * The items of another status than behind whose 総評 says a step of the year was not done, with the first sentence
 * that says so. Read once per plan: every sentence of every item is split and matched, which for a plan of
 * thousands of items costs more than the rest of answering.
 */
const notDoneByPlan = new WeakMap<Plan, { item: PlanItem; quote: string }[]>();
function notDoneOutsideBehind(plan: Plan): { item: PlanItem; quote: string }[] {
  let found = notDoneByPlan.get(plan);
  if (!found) {
    const fy = plan.meta.current_fiscal_year;
    found = plan.items.flatMap((item) => {
      if (item.current.status === "behind") return [];
      const quote = unfinishedSentences(item, fy, ["not_done"])[0];
      return quote ? [{ item, quote: quote.trim() }] : [];
    });
    notDoneByPlan.set(plan, found);
  }
  return found;
}

/**
 * A status list's reason with the other items behind (「ほかに No.14 も」) and those with a step not done (No.2)
 * narrowed as its items are.
 */
export function scopedReason(
  reason: Extract<ListReason, { type: "status" }>,
  kept: (i: PlanItem) => boolean,
): Extract<ListReason, { type: "status" }> {
  const notDone = reason.notDoneElsewhere?.filter((n) => kept(n.item));
  const { notDoneElsewhere: _dropped, ...rest } = reason;
  return {
    ...rest,
    ...(notDone && notDone.length > 0 ? { notDoneElsewhere: notDone } : {}),
    ...(reason.missedTarget
      ? { missedTarget: { ...reason.missedTarget, alsoBehind: reason.missedTarget.alsoBehind.filter(kept) } }
      : {}),
  };
}
