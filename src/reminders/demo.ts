/**
 * Reminders for people trying the bot in the local playground. The shipped data/owners.yml names nobody, so
 * every digest would be "unroutable"; to show what an owner receives, each lead department with a behind item
 * is given a stand-in recipient. The real owners file is used as soon as it names anyone.
 */
import type { Plan } from "../plan/model.ts";
import type { PlanFile } from "../plan/schema.ts";
import type { ReminderRenderers } from "./digests.ts";
import { type DepartmentOwners, hasOwners, type OwnersConfig } from "./owners.ts";
import { type DryRunInput, dryRun } from "./preview.ts";

/** Whether the owners file names anyone at all. */
export function namesAnyone(owners: OwnersConfig): boolean {
  return [...owners.departments.values()].some(hasOwners);
}

/** One made-up user per lead department (U_DEMO1, U_DEMO2, …), for the demo only. */
export function demoOwners(plan: Plan): OwnersConfig {
  const departments = new Map<string, DepartmentOwners>();
  plan.departments
    .filter((d) => d.leadOf.length > 0)
    .forEach((d, i) => {
      departments.set(d.name, { users: [`U_DEMO${i + 1}`], emails: [], channel: null });
    });
  return { file: "（デモ用の宛先）", departments };
}

export interface DemoDigest {
  recipient: string;
  items: number[];
  text: string;
  blocks: readonly object[];
}

/** This week's digests as their recipients would see them, labelled by the departments they are for. */
export function previewDigests(
  input: DryRunInput & { meta: PlanFile; render: ReminderRenderers["digest"] },
): {
  period: string;
  reminders: DemoDigest[];
} {
  const demo = !namesAnyone(input.owners);
  const run = dryRun({ ...input, owners: demo ? demoOwners(input.plan) : input.owners });
  return {
    period: run.slot.week,
    reminders: run.plan.digests.map((d) => {
      const departments = [
        ...new Set(d.entries.flatMap((e) => [...e.departments, ...e.unownedDepartments])),
      ].join("・");
      return {
        recipient: demo
          ? `${departments} の担当者（デモ: owners.yml が未記入のため仮の宛先）`
          : `${d.key}（${departments}）`,
        items: d.entries.map((e) => e.item.number),
        ...input.render(d, input.meta),
      };
    }),
  };
}
