/**
 * What the report listener tests share: a real in-memory state store on a fixed clock, owners as data/owners.yml
 * would list them, a Web API client with the methods the report listeners call (views.open, views.update,
 * chat.postMessage, users.info) that records every call and can be made to fail, a plan "after a reload" without an
 * item or with the next fiscal year, and the modal's input in the shape Slack sends it.
 *
 * The plan is the real one in data/ (current_fiscal_year 2023, so reports are for 令和6年度 = 2024).
 */
import { expect } from "vitest";
import type { PlanStore } from "../../src/ask/plan-store.ts";
import type { ReportDeps } from "../../src/listeners/deps.ts";
import type { Plan } from "../../src/plan/model.ts";
import type { OwnersConfig } from "../../src/reminders/owners.ts";
import type { ReportValues } from "../../src/state/reports.ts";
import { StateStore } from "../../src/state/store.ts";
import { ownersFrom } from "../reminders/fixtures.ts";
import { type ApiCall, type Args, plans, recordingLogger } from "./support.ts";

/** Monday 7 December 2026, 09:30 in Japan: 「12月7日」. */
export const NOW = new Date("2026-12-07T00:30:00Z");
export const REPORTING_YEAR = 2024;

export const ADMIN = "UADMIN";
/** Owns 納税課's items (No.16, No.17) by user ID. */
export const OWNER = "UNOZEI01";
/** Owns 財政課's items (No.14, No.19) by e-mail only. */
export const MAIL_OWNER = "UZAISEI01";
export const MAIL = "zaisei.tanto@example.jp";
export const STRANGER = "UOTHER001";

export const OWNERS: OwnersConfig = ownersFrom(`
departments:
  納税課:
    users: [${OWNER}]
  財政課:
    emails: [${MAIL}]
`);

/** A real store in memory, its clock fixed at `NOW` unless a test moves it. */
export function memoryStore(clock: () => Date = () => NOW): StateStore {
  return StateStore.open(":memory:", { clock });
}

export function reportDeps(store: StateStore, owners: OwnersConfig | null = OWNERS): ReportDeps {
  return { store: store.reports, owners: () => owners };
}

type Method = "views.open" | "views.update" | "chat.postMessage" | "users.info";

/**
 * A client whose methods record their calls. `failWith(method, err)` makes every later call of that method reject
 * (the call is still recorded). users.info answers with the e-mail in `emails` for the user, if any.
 */
export function reportClient(emails: Record<string, string> = { [MAIL_OWNER]: MAIL }) {
  const calls: ApiCall[] = [];
  const failures = new Map<Method, Error>();
  const method =
    (name: Method, answer: (args: Record<string, unknown>) => Record<string, unknown> = () => ({})) =>
    async (args: Record<string, unknown>): Promise<Record<string, unknown>> => {
      calls.push({ method: name, args });
      const err = failures.get(name);
      if (err) throw err;
      return { ok: true, ...answer(args) };
    };
  return {
    calls,
    /** The calls of one method, in order. */
    of: (name: Method) => calls.filter((c) => c.method === name),
    failWith(name: Method, err: Error) {
      failures.set(name, err);
    },
    client: {
      views: { open: method("views.open"), update: method("views.update") },
      chat: { postMessage: method("chat.postMessage", () => ({ ts: "1700000000.000100" })) },
      users: {
        info: method("users.info", (args) => {
          const email = emails[String(args.user)];
          return { user: { id: args.user, profile: email ? { email } : {} } };
        }),
      },
    },
  };
}

/** The plan as a reload would leave it: `change` applied to a copy (the shared PlanStore is never touched). */
export function plansAfterReload(change: (plan: Plan) => Plan): PlanStore {
  return { plan: change(plans.plan) } as unknown as PlanStore;
}

/** The plan without item `n` (it was removed from data/items and reloaded). */
export function withoutItem(n: number): PlanStore {
  return plansAfterReload((p) => {
    const byNumber = new Map(p.byNumber);
    byNumber.delete(n);
    return { ...p, items: p.items.filter((i) => i.number !== n), byNumber };
  });
}

/** The plan after the secretariat published the next year's results (current_fiscal_year one later). */
export function nextFiscalYear(): PlanStore {
  return plansAfterReload((p) => ({
    ...p,
    meta: { ...p.meta, current_fiscal_year: p.meta.current_fiscal_year + 1 },
  }));
}

export { stateValues } from "../support/slack-requests.ts";

/** Good input for No.16 (one figure, 滞納額の縮減効果 in 千円). */
export const GOOD_16 = {
  "figure:0": "45,100",
  activities: "・文書催告を実施した。\n・財産調査を強化した。",
  assessment: "on_track",
  comment: "",
  review: "",
};

/** What the store keeps for GOOD_16 after the check. */
export const VALUES_16: ReportValues = {
  figures: [{ label: "滞納額の縮減効果", unit: "千円", value: "45,100" }],
  activities: ["文書催告を実施した。", "財産調査を強化した。"],
  assessment: "on_track",
  comment: "",
  review: "",
};

/** Stores a submission straight into the store, as an earlier modal would have. */
export function submitted(
  store: StateStore,
  opts: { item?: number; by?: string; viewId: string; values?: ReportValues; fiscalYear?: number },
): number {
  const result = store.reports.submit({
    item: opts.item ?? 16,
    fiscalYear: opts.fiscalYear ?? REPORTING_YEAR,
    values: opts.values ?? VALUES_16,
    submittedBy: opts.by ?? OWNER,
    viewId: opts.viewId,
  });
  if (!result.stored) throw new Error(`view ${opts.viewId} was stored before`);
  return result.id;
}

/** The text of a modal that only says something (one section, no inputs). */
export function modalText(view: unknown): string {
  const v = view as { callback_id?: string; blocks: { type: string; text?: { text?: string } }[] };
  expect(v.callback_id).toBeUndefined();
  expect(v.blocks.map((b) => b.type)).toEqual(["section"]);
  return String(v.blocks[0]?.text?.text);
}

/**
 * Runs a view_submission listener as Bolt calls it: the view in the body and as `view`, the person, a recording
 * client and logger. Keeps each ack, and how many Web API calls (as `counted` counts them) came before it.
 */
export function runViewSubmission<A>(
  callback: (args: A) => Promise<void>,
  view: Record<string, unknown>,
  user: string,
  api: ReturnType<typeof reportClient>,
  counted: (calls: { method: string }[]) => number = (calls) => calls.length,
) {
  const logger = recordingLogger();
  const acks: Record<string, unknown>[] = [];
  const callsBeforeAck: number[] = [];
  const run = () =>
    callback({
      ack: async (m: Record<string, unknown>) => {
        callsBeforeAck.push(counted(api.calls));
        acks.push(m);
      },
      body: { type: "view_submission", user: { id: user }, view },
      view,
      client: api.client,
      logger,
    } as Args as unknown as A);
  return {
    api,
    logger,
    acks,
    callsBeforeAck,
    run,
    /** The one ack's answer. */
    acked: () => {
      expect(acks).toHaveLength(1);
      return acks[0] as { response_action: string; view?: unknown; errors?: Record<string, string> };
    },
  };
}
