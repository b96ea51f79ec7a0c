/**
 * This week's reminders as the secretariat sees them before (or after) they go out: who gets which items, what
 * was already sent, and which departments nobody would hear about, with what to configure. The CLI prints it
 * (text or JSON) and the app shows it for `/plan remind`; both come from here so they always agree.
 */
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import { type Plan, reportingYear } from "../plan/model.ts";
import { hintFor } from "../slack/error-text.ts";
import type { Delivery, StateStore } from "../state/store.ts";
import {
  formatDayJa,
  formatSlotJa,
  isDue,
  slotForWeekContaining,
  toZonedIso,
  type WeeklySchedule,
  type WeekSlot,
} from "./calendar.ts";
import { type Digest, planReminders, type ReminderPlan, recentlyReported } from "./digests.ts";
import type { OwnersConfig } from "./owners.ts";
import type { RunReport } from "./send.ts";

export interface DryRun {
  now: Date;
  schedule: WeeklySchedule;
  slot: WeekSlot;
  /** Whether a send now would post (the slot has come and the week is not over). */
  due: boolean;
  plan: ReminderPlan;
  /** This week's ledger rows by recipient, when a store was given. */
  deliveries: ReadonlyMap<string, Delivery>;
}

export interface DryRunInput {
  plan: Plan;
  owners: OwnersConfig;
  schedule: WeeklySchedule;
  reminderChannel: string | null;
  /** Null when there is no state yet: no snoozes, nothing sent. */
  store: StateStore | null;
  now: Date;
  /**
   * User IDs of owners.yml's e-mail addresses already known without asking Slack (the app's lookup cache). The
   * others stay recipients of their own here; the send looks them up and merges them.
   */
  userIdsByEmail?: ReadonlyMap<string, string>;
  /** Items reported from Slack within this many days are left out (see `recentlyReported`); 0 or absent: none. */
  skipReportedDays?: number;
}

export function dryRun(input: DryRunInput): DryRun {
  const slot = slotForWeekContaining(input.now, input.schedule);
  const plan = planReminders({
    plan: input.plan,
    owners: input.owners,
    week: slot.week,
    reminderChannel: input.reminderChannel,
    snoozes: input.store?.snoozesForWeek(slot.week) ?? [],
    ...(input.userIdsByEmail ? { userIdsByEmail: input.userIdsByEmail } : {}),
    ...(input.store && input.skipReportedDays
      ? {
          reported: recentlyReported(
            input.store.reports,
            reportingYear(input.plan),
            input.now,
            input.skipReportedDays,
          ),
        }
      : {}),
  });
  const rows = new Map((input.store?.deliveriesForWeek(slot.week) ?? []).map((d) => [d.recipient, d]));
  // A digest's row is under its key; an e-mail recipient's may be under the user ID it was merged into at send
  // time (the row keeps the address); a merged digest's may be under an address (an older version's key).
  const deliveries = new Map<string, Delivery>();
  for (const d of plan.digests) {
    const row =
      rows.get(d.key) ??
      (d.recipient.kind === "email"
        ? [...rows.values()].find((r) => r.aliases.includes(d.key))
        : d.aliases.map((a) => rows.get(a)).find((r) => r && r.status !== "failed"));
    if (row) deliveries.set(d.key, row);
  }
  return { now: input.now, schedule: input.schedule, slot, due: isDue(slot, input.now), plan, deliveries };
}

/** `--dry-run --json`. */
export function dryRunJson(run: DryRun) {
  const { slot, plan, schedule } = run;
  return {
    period: slot.week,
    slot: slot.at ? toZonedIso(slot.at, schedule.timeZone) : null,
    due: run.due,
    fiscal_year: plan.fiscalYear,
    behind_items: plan.behindItems,
    reminders: plan.digests.map((d) => ({
      recipient: d.key,
      kind: d.recipient.kind,
      items: d.entries.map((e) => e.item.number),
      departments: unique(d.entries.flatMap((e) => e.departments)),
      unowned_departments: unique(d.entries.flatMap((e) => e.unownedDepartments)),
      delivery: run.deliveries.get(d.key)?.status ?? null,
    })),
    unroutable: plan.unroutable.map((u) => ({ department: u.department, items: u.items })),
    snoozed: plan.snoozed,
    reported: plan.reported,
  };
}

const KIND_LABEL = { user: "DM", email: "DM（メールアドレスで検索）", channel: "チャンネル" } as const;
const DELIVERY_LABEL = { pending: "送信中または確認待ち", sent: "送信済み", failed: "送信失敗" } as const;

/** Said wherever e-mail recipients are listed before the send has looked them up. */
export const EMAIL_MERGE_NOTE =
  "※メールアドレスの宛先は、送信のときに Slack で検索してユーザー ID に置き換えます。同じ人がほかの課にユーザー ID で" +
  "書かれていれば、その分とまとめて1通で届きます（ここでは Slack に問い合わせないため、別々に表示しています）。";

export const UNROUTABLE_HELP =
  "→ data/owners.yml のその課に users（ユーザー ID）・emails（メールアドレス）・channel（チャンネル ID）のどれかを書くか、" +
  "環境変数 REMINDER_CHANNEL に通知先のない課のお知らせを受けるチャンネル ID を設定してください。";

/** The dry run for people, in Japanese. */
export function dryRunText(run: DryRun): string {
  const { slot, plan, schedule } = run;
  const lines = [`${weekLabel(slot, schedule)}のお知らせ（${slot.week}）`, slotLine(slot, run.now, schedule)];
  lines.push(
    plan.behindItems.length > 0
      ? `目標に届いていない項目（${fiscalYearLabel(plan.fiscalYear)}の実績）: ${plan.behindItems.map((n) => `No.${n}`).join("、")}`
      : "目標に届いていない項目はありません。",
  );
  if (plan.digests.length > 0) {
    lines.push("", "宛先ごとの内容:");
    for (const d of plan.digests) lines.push(`- ${digestLine(d, run.deliveries.get(d.key))}`);
    if (plan.digests.some((d) => d.recipient.kind === "email")) lines.push(EMAIL_MERGE_NOTE);
  } else if (plan.behindItems.length > 0) {
    lines.push("", "今週お知らせを受け取る宛先はありません。");
  }
  if (plan.snoozed.length > 0) {
    lines.push("", `スヌーズ中: ${plan.snoozed.map((s) => `${s.recipient} の No.${s.item}`).join("、")}`);
  }
  if (plan.reported.length > 0) {
    lines.push(
      "",
      `最近 Slack で実績が報告されたため今週は省く項目: ${plan.reported.map((n) => `No.${n}`).join("、")}`,
    );
  }
  lines.push(...unroutableLines(plan));
  return lines.join("\n");
}

/** `--send` for people. */
export function runReportText(report: RunReport, schedule: WeeklySchedule, now: Date): string {
  const { slot } = report;
  const lines = [`${weekLabel(slot, schedule)}のお知らせ（${report.week}）`];
  if (report.status !== "ran") {
    lines.push(slotLine(slot, now, schedule), "送信するものはありません。");
    return lines.join("\n");
  }
  lines.push(`送信しました: ${report.sent.length} 件`);
  for (const s of report.sent) lines.push(`- ${s.recipient}: ${s.items.map((n) => `No.${n}`).join("、")}`);
  if (report.alreadySent.length > 0) {
    lines.push(
      `送信済みのため送りませんでした: ${report.alreadySent.length} 件（${report.alreadySent.join("、")}）`,
    );
  }
  if (report.failed.length > 0) {
    lines.push(`送れませんでした: ${report.failed.length} 件`);
    for (const f of report.failed) {
      lines.push(
        `- ${f.recipient}: ${f.reason}${hintFor(f.reason)}（${f.attempt} 回目。今週の次の実行で再試行します）`,
      );
    }
  }
  if (report.gaveUp.length > 0) {
    lines.push("今週は再試行しません（失敗が続いたため）:");
    for (const g of report.gaveUp)
      lines.push(`- ${g.recipient}: ${g.reason ?? "不明"}${hintFor(g.reason ?? "")}`);
  }
  if (report.unconfirmed.length > 0) {
    lines.push("届いたか確認が必要です（送信の途中で止まったため、二重送信を避けて再送しません）:");
    for (const u of report.unconfirmed) {
      lines.push(`- ${u.recipient}${u.error ? `（${u.error}）` : ""}: Slack で届いているか確認してください`);
    }
  }
  if (report.interrupted) lines.push("途中で止めました。まだ送っていない宛先には、次の実行で送ります。");
  lines.push(...unroutableLines(report));
  return lines.join("\n");
}

/** `--schedule` for people. */
export function scheduleText(weeks: WeekSlot[], schedule: WeeklySchedule): string {
  const lines = [
    `今後のお知らせ（${scheduleLabel(schedule)}。土日・祝日・年末年始（12/29～1/3）は次の営業日）:`,
  ];
  for (const w of weeks) {
    if (w.at === null) {
      lines.push(`- ${weekLabel(w, schedule)}（${w.week}）: ${noSlotText(w)}`);
      continue;
    }
    const moved = w.skipped.length > 0 ? `　※${movedReason(w)}` : "";
    lines.push(`- ${formatSlotJa(w.at, schedule.timeZone)}（${w.week}）${moved}`);
  }
  return lines.join("\n");
}

export function scheduleLabel(schedule: WeeklySchedule): string {
  const day = ["", "月", "火", "水", "木", "金"][schedule.weekday];
  const time = `${String(schedule.hour).padStart(2, "0")}:${String(schedule.minute).padStart(2, "0")}`;
  return `毎週${day}曜 ${time}、${schedule.timeZone}`;
}

function unroutableLines(plan: { unroutable: ReminderPlan["unroutable"] }): string[] {
  if (plan.unroutable.length === 0) return [];
  return [
    "",
    "通知先のない課（この課の遅れ項目のお知らせはどこにも届きません）:",
    ...plan.unroutable.map((u) => `- ${u.department}: ${u.items.map((n) => `No.${n}`).join("、")}`),
    UNROUTABLE_HELP,
  ];
}

function digestLine(d: Digest, delivery: Delivery | undefined): string {
  const items = d.entries.map((e) => `No.${e.item.number}`).join("、");
  const owned = unique(d.entries.flatMap((e) => e.departments));
  const unowned = unique(d.entries.flatMap((e) => e.unownedDepartments));
  const why = [
    ...(owned.length > 0 ? [owned.join("・")] : []),
    ...(unowned.length > 0 ? [`通知先のない課: ${unowned.join("・")}`] : []),
  ].join("／");
  const as = delivery && delivery.recipient !== d.key ? `、${delivery.recipient} 宛の1通として` : "";
  const state = delivery
    ? `［${DELIVERY_LABEL[delivery.status]}${as}${delivery.error ? `: ${delivery.error}` : ""}］`
    : "";
  const kind =
    d.aliases.length > 0
      ? `${KIND_LABEL[d.recipient.kind]}、メールアドレス ${d.aliases.join("・")} の人`
      : KIND_LABEL[d.recipient.kind];
  return `${d.key}（${kind}、${why}）: ${items}${state}`;
}

/** "11月23日（月）～11月29日（日）の週": a week for people (the ISO key, "2026-W48", is for the ledger). */
export function weekLabel(slot: WeekSlot, schedule: WeeklySchedule): string {
  const first = formatDayJa(dayOf(slot.weekStart, schedule));
  const last = formatDayJa(dayOf(new Date(slot.weekEnd.getTime() - 1), schedule));
  return `${first}～${last}の週`;
}

function slotLine(slot: WeekSlot, now: Date, schedule: WeeklySchedule): string {
  if (!slot.at) return `この週は${noSlotText(slot)}`;
  const when = formatSlotJa(slot.at, schedule.timeZone);
  const moved = slot.skipped.length > 0 ? `（${movedReason(slot)}）` : "";
  const state = now.getTime() < slot.at.getTime() ? "送信予定" : "送信時刻";
  return `${state}: ${when}${moved}`;
}

function movedReason(slot: WeekSlot): string {
  return `${slot.skipped.map((s) => `${formatDayJa(s.day)}が${s.reason}`).join("、")}のため`;
}

function noSlotText(slot: WeekSlot): string {
  const reasons = unique(slot.skipped.map((s) => s.reason)).join("・");
  return `予定の曜日以降に営業日がないため、お知らせはありません（${reasons}）。`;
}

function dayOf(instant: Date, schedule: WeeklySchedule): string {
  return toZonedIso(instant, schedule.timeZone).slice(0, 10);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
