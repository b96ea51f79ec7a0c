/**
 * The weekly digest as a Slack message: one recipient's items behind target, each with its figures (target,
 * actual, achievement rate) or the report's sentence, a 「詳細」 button and a 「1週間スヌーズ」 button.
 *
 * Everything from the data is escaped. The message always fits Slack's limits: an item's text is cut with a
 * pointer to 「詳細」, and items beyond the block budget are listed by number and title at the end.
 *
 * Bold (`*…*`) always stands on its own line: Slack only reads a `*` as a marker next to a space, a line break
 * or ASCII punctuation, so `*太字*（…` or `…の*太字*` would show the asterisks.
 */
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanFile } from "../plan/schema.ts";
import type { Digest, DigestEntry } from "../reminders/digests.ts";
import { encodeSnoozeValue } from "../reminders/snooze.ts";
import { sourceLine } from "../wording/item-summary.ts";
import { ACTION, actionId } from "./action-ids.ts";
import {
  actions,
  type Block,
  button,
  context,
  divider,
  escapeMrkdwn as e,
  header,
  LIMITS,
  type SlackMessage,
  section,
  truncate,
} from "./blocks.ts";
import { reportButton } from "./report-modal.ts";

/** Blocks per item: a divider, the item's section, its buttons. */
const BLOCKS_PER_ENTRY = 3;

export function reminderDigestMessage(digest: Digest, meta: PlanFile): SlackMessage {
  const year = fiscalYearLabel(meta.current_fiscal_year);
  const count = digest.entries.length;
  const head: Block[] = [
    header(`目標に届いていない取組のお知らせ（${count}件）`),
    section(intro(digest, year)),
  ];
  const foot: Block[] = [
    context(`${e(sourceLine(meta))}\n「1週間スヌーズ」を押すと、その項目を次回のお知らせから外します。`),
  ];

  // Leave room for one overflow section when not every item fits.
  const budget = LIMITS.messageBlocks - head.length - foot.length;
  const fitsAll = count * BLOCKS_PER_ENTRY <= budget;
  const shown = fitsAll
    ? digest.entries
    : digest.entries.slice(0, Math.floor((budget - 1) / BLOCKS_PER_ENTRY));
  const rest = digest.entries.slice(shown.length);

  // Per-item departments only add something when the digest covers several departments or unowned ones.
  const departmentsOf = unique(digest.entries.flatMap((x) => [...x.departments, ...x.unownedDepartments]));
  const showDepartments =
    departmentsOf.length > 1 || digest.entries.some((x) => x.unownedDepartments.length > 0);
  const body = shown.flatMap((entry) => [
    divider(),
    section(entryText(entry, showDepartments)),
    entryButtons(digest, entry),
  ]);
  if (rest.length > 0) {
    const list = rest.map((r) => `• No.${r.item.number} ${e(r.item.title)}`).join("\n");
    body.push(
      divider(),
      section(
        `*ほかに ${rest.length} 件あります*\n各項目の詳細は \`/plan 番号\` で表示できます。\n${list}`,
        "…（残りは `/plan 遅れ` で確認できます）",
      ),
    );
  }
  return { text: fallbackText(digest), blocks: [...head, ...body, ...foot] };
}

function intro(digest: Digest, year: string): string {
  const owned = unique(digest.entries.flatMap((x) => x.departments));
  const unowned = unique(digest.entries.flatMap((x) => x.unownedDepartments));
  const lines = [`${year}の実績で目標に届いていない取組です。進み具合の確認と、必要な対応をお願いします。`];
  if (owned.length > 0) lines.push(`担当課: ${e(owned.join("、"))}`);
  if (unowned.length > 0) {
    lines.push(
      `:warning: 通知先が設定されていない課の分をこのチャンネルにお知らせしています: ${e(unowned.join("、"))}。` +
        "`data/owners.yml` に担当者かチャンネルを設定してください。",
    );
  }
  return lines.join("\n");
}

function entryText(entry: DigestEntry, showDepartments: boolean): string {
  const { item } = entry;
  const lines = [`*No.${item.number} ${e(item.title)}*`];
  // The intro already names the department when the whole digest is one department's: said once, not per item.
  if (showDepartments) {
    const departments = [
      ...entry.departments,
      ...entry.unownedDepartments.map((d) => `${d}（通知先未設定）`),
    ];
    lines.push(`担当課: ${e(departments.join("、"))}`);
  }
  const { measurements, quote, basis } = item.current;
  for (const m of measurements) {
    const rate = m.percent ? ` ／ 達成率 ${m.percent}%` : "";
    lines.push(
      `• ${e(m.label)}: 目標 ${e(`${m.target.value} ${m.target.unit}`)} ／ 実績 ${e(`${m.actual.value} ${m.actual.unit}`)}${rate}`,
    );
  }
  // The report's sentence is what the status rests on when there are no figures (or it overrides them).
  if (quote && (measurements.length === 0 || basis === "report")) lines.push(`>「${e(quote)}」`);
  return lines.join("\n");
}

function entryButtons(digest: Digest, entry: DigestEntry): Block {
  const n = entry.item.number;
  const value = encodeSnoozeValue({ item: n, recipient: digest.key, week: digest.week });
  return actions([
    button({ text: "詳細", actionId: actionId(ACTION.showDetail, n), value: String(n) }),
    button({ text: "1週間スヌーズ", actionId: actionId(ACTION.snoozeItem, n), value }),
    // Reporting the year's results answers the reminder; a reported item is left out of the next digests.
    reportButton(n),
  ]);
}

/** Notification text: short, since phones show the first line or two. Escaped: Slack reads it as mrkdwn too. */
function fallbackText(digest: Digest): string {
  const items = digest.entries.map((x) => `No.${x.item.number} ${x.item.title}`).join("、");
  return e(
    truncate(`目標に届いていない取組が ${digest.entries.length} 件あります: ${items}`, LIMITS.sectionText),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
