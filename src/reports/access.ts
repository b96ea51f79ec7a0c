/**
 * Who may report an item's results: the owners of its lead departments (記入担当課) as `data/owners.yml` lists
 * them, and the admins (ADMIN_USER_IDS, the secretariat). Owners listed by e-mail are recognised by the e-mail
 * Slack has for the person, which the caller looks up only when needed.
 */
import type { Plan, PlanItem } from "../plan/model.ts";
import { type OwnersConfig, ownersOf } from "../reminders/owners.ts";

export type ReportRole = "admin" | "owner";

export interface AccessContext {
  adminUserIds: readonly string[];
  /** The owners file; null while it is missing or invalid (then only admins may report). */
  owners: OwnersConfig | null;
  /** The person's e-mail in Slack, asked only when an owner is listed by e-mail; null when unknown. */
  emailOf?: (userId: string) => Promise<string | null>;
}

/** Whether `userId` is listed as an owner of one of the item's lead departments. */
async function isOwner(
  item: PlanItem,
  userId: string,
  ctx: AccessContext,
  email: () => Promise<string | null>,
) {
  if (!ctx.owners) return false;
  const depts = item.lead_departments.map((d) => ownersOf(ctx.owners as OwnersConfig, d));
  if (depts.some((d) => d.users.includes(userId))) return true;
  if (!depts.some((d) => d.emails.length > 0)) return false;
  const address = (await email())?.toLowerCase();
  return !!address && depts.some((d) => d.emails.includes(address));
}

/** Caches the one e-mail look-up a request may need. */
function emailOnce(userId: string, ctx: AccessContext): () => Promise<string | null> {
  let pending: Promise<string | null> | undefined;
  return () => {
    pending ??= ctx.emailOf ? ctx.emailOf(userId).catch(() => null) : Promise.resolve(null);
    return pending;
  };
}

/** "owner" wins over "admin" where both hold, so that an owner's own items read as theirs. */
export async function reportRole(
  item: PlanItem,
  userId: string,
  ctx: AccessContext,
): Promise<ReportRole | null> {
  if (await isOwner(item, userId, ctx, emailOnce(userId, ctx))) return "owner";
  return ctx.adminUserIds.includes(userId) ? "admin" : null;
}

/** The items whose lead department lists `userId` as an owner, in plan order. */
export async function itemsOwnedBy(plan: Plan, userId: string, ctx: AccessContext): Promise<PlanItem[]> {
  const email = emailOnce(userId, ctx);
  const out: PlanItem[] = [];
  for (const item of plan.items) if (await isOwner(item, userId, ctx, email)) out.push(item);
  return out;
}
