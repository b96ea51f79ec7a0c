/**
 * Who gets which weekly digest: pure planning from the plan, the owners file and the week's snoozes. Nothing here
 * talks to Slack, so the CLI's dry run, the app's `/plan remind` and the real send all plan the same way.
 *
 * An item behind target (status "behind" for the plan's current fiscal year) belongs to its lead departments
 * (記入担当課). Each owner of such a department gets one digest a week with all their behind items. A department
 * with no owner is not skipped: its items go to REMINDER_CHANNEL naming the department, or, without that channel,
 * are reported as unroutable so that the CLI and the app can say what to configure.
 *
 * One person gets one digest however they are written: an e-mail address whose Slack user ID is known (the send
 * looks them up first) is merged into that user's digest, so someone listed by ID for one department and by
 * e-mail for another is not sent two. Without the ID (a dry run, which cannot ask Slack, or a failed lookup) the
 * address stays a recipient of its own.
 */

import { departmentBaseName } from "../plan/departments.ts";
import type { Plan, PlanItem } from "../plan/model.ts";
import type { PlanFile } from "../plan/schema.ts";
import type { ReportStore, Submission } from "../state/reports.ts";
import { hasOwners, type OwnersConfig, ownersOf } from "./owners.ts";

export type Recipient =
  | { kind: "user"; id: string }
  | { kind: "email"; email: string }
  | { kind: "channel"; id: string };

/**
 * How a recipient is keyed in the store and in the snooze button: the user or channel ID, or the (lower-case)
 * e-mail when its user ID is not known.
 */
export function recipientKey(recipient: Recipient): string {
  return recipient.kind === "email" ? recipient.email : recipient.id;
}

/** The inverse of recipientKey: e-mails contain "@", channels start with C or G, anything else is a user. */
export function recipientFromKey(key: string): Recipient {
  if (key.includes("@")) return { kind: "email", email: key };
  if (/^[CG]/.test(key)) return { kind: "channel", id: key };
  return { kind: "user", id: key };
}

export interface DigestEntry {
  item: PlanItem;
  /** The item's lead departments that this recipient owns. */
  departments: string[];
  /** Lead departments with no owner at all, for which REMINDER_CHANNEL receives the item. */
  unownedDepartments: string[];
}

/** A message as the caller renders it (Block Kit in the app); the reminder code only carries it to Slack. */
export interface RenderedMessage {
  /** The notification and screen-reader text. */
  text: string;
  blocks: readonly object[];
}

/**
 * `/plan remind`'s dry run, as data: what would go out this week, or what is wrong with owners.yml.
 * `problem.kind`: "invalid" (nothing is sent until it is fixed) or "stale" (the last good version is used).
 */
export interface DryRunReport {
  ownersFile: string;
  problem: { kind: "invalid" | "stale"; message: string } | null;
  /** The week's plan in plain text (empty when owners.yml is invalid). */
  text: string;
}

/** How reminders look: passed in by the caller, so this domain code knows nothing of Block Kit. */
export interface ReminderRenderers {
  digest(digest: Digest, meta: PlanFile): RenderedMessage;
}

export interface Digest {
  /** "2026-W48". */
  week: string;
  recipient: Recipient;
  /** recipientKey(recipient). */
  key: string;
  /**
   * E-mail addresses from owners.yml merged into this user's digest. Deliveries and snoozes recorded under them
   * (by an older version of the bot, which keyed e-mail recipients by address) count for this digest too.
   */
  aliases: string[];
  /** Behind items, by number. */
  entries: DigestEntry[];
}

export interface SnoozeRef {
  recipient: string;
  item: number;
}

export interface UnroutableDepartment {
  department: string;
  items: number[];
}

export interface ReminderPlan {
  week: string;
  /** The fiscal year whose results the statuses come from. */
  fiscalYear: number;
  /** Every behind item, by number, whoever receives it. */
  behindItems: number[];
  /** One per recipient with at least one item left after snoozes. */
  digests: Digest[];
  /** Departments with behind items that nobody will hear about: no owners and no REMINDER_CHANNEL. */
  unroutable: UnroutableDepartment[];
  /** Items left out because their recipient snoozed them for this week. */
  snoozed: SnoozeRef[];
  /** Behind items left out for everyone because their owners reported the year's results recently. */
  reported: number[];
}

export interface PlanRemindersInput {
  plan: Plan;
  owners: OwnersConfig;
  week: string;
  /** A channel ID for departments with no owners, or null. */
  reminderChannel: string | null;
  /** Snoozes recorded for this week. */
  snoozes: readonly SnoozeRef[];
  /** Slack user IDs of owners.yml's e-mail addresses, where known: those are merged into the user's digest. */
  userIdsByEmail?: ReadonlyMap<string, string>;
  /** Items reported from Slack recently (see `recentlyReported`): the reminder has been answered. */
  reported?: ReadonlySet<number>;
}

/**
 * The items whose owners reported `fiscalYear`'s results within `days` days before `now`, going by each item's
 * newest submission: a returned one is not an answer (the owner still has to act), so it does not count.
 */
export function recentlyReported(
  reports: Pick<ReportStore, "submissions">,
  fiscalYear: number,
  now: Date,
  days: number,
): Set<number> {
  if (days <= 0) return new Set();
  const since = now.getTime() - days * 24 * 60 * 60 * 1000;
  const newest = new Map<number, Submission>();
  for (const s of reports.submissions(fiscalYear)) newest.set(s.item, s);
  return new Set(
    [...newest.values()]
      .filter((s) => s.state !== "returned" && s.submittedAt.getTime() >= since)
      .map((s) => s.item),
  );
}

/** The items behind target in the plan's current fiscal year, by number. */
export function behindItems(plan: Plan): PlanItem[] {
  return plan.items.filter((i) => i.current.status === "behind");
}

export function planReminders(input: PlanRemindersInput): ReminderPlan {
  const { plan, owners, week, reminderChannel } = input;
  const generic = new Set(plan.meta.generic_departments);
  const byKey = new Map<
    string,
    { recipient: Recipient; aliases: Set<string>; entries: Map<number, DigestEntry> }
  >();
  const unroutable = new Map<string, number[]>();

  const add = (
    recipient: Recipient,
    item: PlanItem,
    department: string,
    unowned: boolean,
    alias?: string,
  ) => {
    const key = recipientKey(recipient);
    let digest = byKey.get(key);
    if (!digest) {
      digest = { recipient, aliases: new Set(), entries: new Map() };
      byKey.set(key, digest);
    }
    if (alias !== undefined) digest.aliases.add(alias);
    let entry = digest.entries.get(item.number);
    if (!entry) {
      entry = { item, departments: [], unownedDepartments: [] };
      digest.entries.set(item.number, entry);
    }
    const list = unowned ? entry.unownedDepartments : entry.departments;
    if (!list.includes(department)) list.push(department);
  };

  const behind = behindItems(plan);
  const reported = behind.filter((i) => input.reported?.has(i.number)).map((i) => i.number);
  for (const item of behind) {
    if (input.reported?.has(item.number)) continue;
    for (const lead of item.lead_departments) {
      if (generic.has(lead)) continue;
      const department = planDepartmentName(plan, lead);
      const o = ownersOf(owners, department);
      if (hasOwners(o)) {
        for (const id of o.users) add({ kind: "user", id }, item, department, false);
        for (const email of o.emails) {
          const id = input.userIdsByEmail?.get(email);
          if (id) add({ kind: "user", id }, item, department, false, email);
          else add({ kind: "email", email }, item, department, false);
        }
        if (o.channel) add({ kind: "channel", id: o.channel }, item, department, false);
      } else if (reminderChannel) {
        add({ kind: "channel", id: reminderChannel }, item, department, true);
      } else {
        unroutable.set(department, [...(unroutable.get(department) ?? []), item.number]);
      }
    }
  }

  const snoozedSet = new Set(input.snoozes.map((s) => `${s.recipient}\u0000${s.item}`));
  const snoozed: SnoozeRef[] = [];
  const digests: Digest[] = [];
  for (const [key, { recipient, aliases, entries }] of byKey) {
    const keys = [key, ...aliases];
    const kept = [...entries.values()]
      .filter((e) => {
        if (!keys.some((k) => snoozedSet.has(`${k}\u0000${e.item.number}`))) return true;
        snoozed.push({ recipient: key, item: e.item.number });
        return false;
      })
      .sort((a, b) => a.item.number - b.item.number);
    if (kept.length > 0) digests.push({ week, recipient, key, aliases: [...aliases].sort(), entries: kept });
  }
  digests.sort(compareDigests);
  snoozed.sort(
    (a, b) =>
      compareKeys(recipientFromKey(a.recipient), a.recipient, recipientFromKey(b.recipient), b.recipient) ||
      a.item - b.item,
  );

  return {
    week,
    fiscalYear: plan.meta.current_fiscal_year,
    behindItems: behind.map((i) => i.number),
    digests,
    unroutable: [...unroutable].map(([department, items]) => ({ department, items })),
    snoozed,
    reported,
  };
}

const KIND_ORDER: Readonly<Record<Recipient["kind"], number>> = { user: 0, email: 1, channel: 2 };

/** A stable order (people before channels), so that runs and dry runs list recipients the same way. */
function compareDigests(a: Digest, b: Digest): number {
  return compareKeys(a.recipient, a.key, b.recipient, b.key);
}

function compareKeys(a: Recipient, aKey: string, b: Recipient, bKey: string): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || aKey.localeCompare(bKey, "en");
}

/** The plan's name for a lead department ("経営企画課" → "経営企画課（大崎市民病院）"), or the name as written. */
function planDepartmentName(plan: Plan, name: string): string {
  const base = departmentBaseName(name);
  return plan.departments.find((d) => departmentBaseName(d.name) === base)?.name ?? name;
}
