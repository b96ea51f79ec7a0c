/**
 * The lists of items by status: 「遅れている項目」, 「目標に届かなかった項目」 (behind because a target was missed, in
 * money when asked), and a list narrowed to a field or without some items (its reason's `scope`, decided in
 * answer.ts). What a status means (`missedTarget`) is plan/status.ts's; this only picks the items.
 */
import type { Plan, PlanItem } from "../plan/model.ts";
import type { Status } from "../plan/schema.ts";
import { missedTarget, type Unfinished, unfinishedSentences } from "../plan/status.ts";
import type { Answer, ListReason, NotDoneStep } from "./answer.ts";
import { MONEY_TARGET } from "./patterns.ts";

export type StatusList = Extract<Answer, { kind: "list" }> & {
  reason: Extract<ListReason, { type: "status" }>;
};

export function statusListOf(
  plan: Plan,
  query: string,
  status: Status,
  targetMissed = false,
  not = false,
): StatusList {
  // 「遅れてない項目」: every item whose status is another, No.2 among them (its status is the secretariat's 順調).
  if (not)
    return {
      kind: "list",
      query,
      items: plan.items.filter((i) => i.current.status !== status),
      reason: { type: "status", status, not: true },
    };
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
    // No.2's 「…反映させることはできなかった」: not a target missed, but a step of the year not done, which many who
    // read the report count among the targets not reached; named under the list as 「遅れている項目」 lists it.
    const notDone = money ? [] : notDoneOutsideBehind(plan);
    return {
      kind: "list",
      query,
      items: missed,
      reason: {
        type: "status",
        status,
        missedTarget: {
          alsoBehind: behind.filter((i) => !missedSet.has(i)),
          ...(notDone.length > 0 ? { notDone } : {}),
          ...(money ? { inMoney: true } : {}),
        },
      },
    };
  }
  const items = plan.items.filter((i) => i.current.status === status);
  if (status === "on_track") return onTrackList(plan, query, items);
  if (status !== "behind") return { kind: "list", query, items, reason: { type: "status", status } };
  // 「遅れている項目」: items of another status whose 総評 says a step of the year was not done are listed after them,
  // in a group of their own and with the sentence (No.2's 予算編成への反映); their status stays the plan
  // secretariat's. Most who wrote questions from the report alone counted No.2 among the items behind (41 of 63
  // lists in the evaluation sets): leaving it out of the list would hide what they look for.
  const notDoneElsewhere = notDoneOutsideBehind(plan);
  return {
    kind: "list",
    query,
    items: [...items, ...notDoneElsewhere.map((n) => n.item)],
    reason: { type: "status", status, ...(notDoneElsewhere.length > 0 ? { notDoneElsewhere } : {}) },
  };
}

/**
 * For each kind of step not done (see `Unfinished`), the items whose 総評 of the current year says so, with the
 * first sentence that does, in the plan's order. Read once per plan: every sentence of every item is split and
 * matched, which for a plan of thousands of items costs more than the rest of answering a question.
 */
const unfinishedByPlan = new WeakMap<Plan, Record<Unfinished, ReadonlyMap<PlanItem, string>>>();
function unfinishedIn(plan: Plan): Record<Unfinished, ReadonlyMap<PlanItem, string>> {
  let found = unfinishedByPlan.get(plan);
  if (!found) {
    const fy = plan.meta.current_fiscal_year;
    const saying = (kind: Unfinished) =>
      new Map(
        plan.items.flatMap((item) => {
          const first = unfinishedSentences(item, fy, [kind])[0];
          return first === undefined ? [] : [[item, first] as const];
        }),
      );
    found = { not_done: saying("not_done"), deferred: saying("deferred") };
    unfinishedByPlan.set(plan, found);
  }
  return found;
}

/** Whether the item's 総評 of the current year says a step of one of these kinds was not done. */
export function saysUnfinished(plan: Plan, item: PlanItem, says: readonly Unfinished[]): boolean {
  const found = unfinishedIn(plan);
  return says.some((kind) => found[kind].has(item));
}

/**
 * 「順調に進んでる項目」: the items 順調, then the items achieved or not rated whose 総評 says no step was left undone
 * (none of the evaluation sets' writers, 13 of them, read 順調 as the secretariat's status alone: all counted the
 * items not rated as going well, most the items achieved too); the items 順調 whose 総評 says a step was not done
 * (No.2) are set aside and named, as 「遅れている項目」 lists them apart.
 */
function onTrackList(plan: Plan, query: string, onTrack: PlanItem[]): StatusList {
  const notDone = notDoneOutsideBehind(plan);
  const undone = new Set(notDone.map((n) => n.item));
  // 達成 is a status of its own, as 遅れ is: the items achieved are named under the list, not in it. Of those who
  // wrote questions from the report alone, most listed 順調 without them when the brief named three statuses
  // apart (12 lists of 17 in sets 100 on; before it, 3 of 10).
  const clear = plan.items.filter((i) => i.current.status === "unrated" && !undone.has(i));
  const achieved = plan.items.filter((i) => i.current.status === "achieved" && !undone.has(i));
  const kept = onTrack.filter((i) => !undone.has(i));
  const setAside = notDone.filter((n) => n.item.current.status === "on_track");
  return {
    kind: "list",
    query,
    items: [...kept, ...clear],
    reason: { type: "status", status: "on_track", onTrackToo: { clear, setAside, achieved } },
  };
}

/** The items of another status than behind whose 総評 says a step of the year was not done, with that sentence. */
export function notDoneOutsideBehind(plan: Plan): NotDoneStep[] {
  return [...unfinishedIn(plan).not_done]
    .filter(([item]) => item.current.status !== "behind")
    .map(([item, quote]) => ({ item, quote: quote.trim() }));
}

/**
 * A status list's reason with the other items behind (「ほかに No.14 も」) and those with a step not done (No.2)
 * narrowed as its items are.
 */
export function scopedReason(
  reason: Extract<ListReason, { type: "status" }>,
  kept: (i: PlanItem) => boolean,
): Extract<ListReason, { type: "status" }> {
  const notDone = keptSteps(reason.notDoneElsewhere, kept);
  const { notDoneElsewhere: _dropped, onTrackToo, ...rest } = reason;
  return {
    ...rest,
    ...(notDone ? { notDoneElsewhere: notDone } : {}),
    ...(onTrackToo
      ? {
          onTrackToo: {
            clear: onTrackToo.clear.filter(kept),
            setAside: onTrackToo.setAside.filter((n) => kept(n.item)),
            achieved: onTrackToo.achieved.filter(kept),
          },
        }
      : {}),
    ...(reason.missedTarget ? { missedTarget: scopedMissed(reason.missedTarget, kept) } : {}),
  };
}

function scopedMissed(
  missed: NonNullable<Extract<ListReason, { type: "status" }>["missedTarget"]>,
  kept: (i: PlanItem) => boolean,
): NonNullable<Extract<ListReason, { type: "status" }>["missedTarget"]> {
  const notDone = keptSteps(missed.notDone, kept);
  const { notDone: _dropped, ...rest } = missed;
  return {
    ...rest,
    alsoBehind: missed.alsoBehind.filter(kept),
    ...(notDone ? { notDone } : {}),
  };
}

/** The steps not done whose items are kept; undefined when none is (the reason then leaves the field out). */
function keptSteps(
  steps: readonly NotDoneStep[] | undefined,
  kept: (i: PlanItem) => boolean,
): NotDoneStep[] | undefined {
  const left = steps?.filter((n) => kept(n.item));
  return left && left.length > 0 ? left : undefined;
}

/**
 * The items whose result for the current fiscal year is a figure of zero (No.10's 新規電子申請サービス 0件（実績））,
 * for 「実績がゼロ件だった取組ある？」. Read once per plan, as `unfinishedIn` is.
 */
const zeroByPlan = new WeakMap<Plan, PlanItem[]>();
export function itemsWithZeroResult(plan: Plan): PlanItem[] {
  let found = zeroByPlan.get(plan);
  if (!found) {
    const fy = plan.meta.current_fiscal_year;
    found = plan.items.filter((item) =>
      item.effects.some(
        (row) =>
          row.fiscal_year === fy && row.basis === "actual" && row.figures.some((f) => Number(f.value) === 0),
      ),
    );
    zeroByPlan.set(plan, found);
  }
  return found;
}
