/**
 * The full record of an item (「詳細」): objective, schedule, measures, each year's activities, every row of
 * 取組による効果 and the whole 総評 with its department sections. Long parts are split over several sections
 * so nothing is cut; only a record longer than a whole message is shortened, with a note saying so.
 */
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import type { PlanFile } from "../plan/schema.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { departmentsLine, ownerReportMark, rowLabel, summarizeItem } from "../wording/item-summary.ts";
import type { SlackMessage } from "./blocks.ts";
import {
  actions,
  type Block,
  capBlocks,
  context,
  divider,
  escapeMrkdwn as e,
  header,
  sections,
} from "./blocks.ts";
import { reportButton } from "./report-modal.ts";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮";

export function itemDetail(item: PlanItem, meta: PlanFile): SlackMessage {
  const blocks: Block[] = [
    header(`No.${item.number} ${item.title}（詳細）`),
    context(
      e(
        `状況（${fiscalYearLabel(item.current.fiscalYear)}）: ${STATUS_LABELS[item.current.status]} ／ 担当課: ${departmentsLine(item)}${item.continued ? " ／ ＜継続＞" : ""}`,
      ),
    ),
    // Near the top, where a long record's cap (capBlocks) never cuts it.
    actions([reportButton(item.number)]),
    ...sections(`*改善・推進目標*\n${e(item.objective)}`),
  ];

  const schedule = item.schedule.map((row) => {
    const years = Object.entries(row.years)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([fy, codes]) => `${fiscalYearLabel(Number(fy))} ${codes}`);
    const where =
      years.length > 0
        ? years.join("、")
        : `${row.unplaced ?? ""}（年度の割り当ては報告書の表から読み取れません）`;
    return `• ${row.label}: ${where}`;
  });
  blocks.push(...sections(`*改善スケジュール*\n${e(schedule.join("\n"))}`));
  blocks.push(
    ...sections(
      `*主な取組内容*\n${e(item.measures.map((m, i) => `${CIRCLED[i] ?? `${i + 1}.`}${m}`).join("\n"))}`,
    ),
  );

  blocks.push(divider());
  for (const year of item.activities) {
    blocks.push(
      ...sections(
        `*取組内容 ${e(rowLabel(year.fiscal_year, year.basis))}${ownerReportMark(year)}*\n${e(year.entries.map((x) => `• ${x}`).join("\n"))}`,
      ),
    );
  }

  blocks.push(divider());
  const effects = item.effects.map(
    (row) => `• ${rowLabel(row.fiscal_year, row.basis)}${ownerReportMark(row)}: ${row.text}`,
  );
  if (item.total) effects.push(`• 総計: ${item.total.text}`);
  blocks.push(...sections(`*取組による効果*\n${e(effects.join("\n"))}`));

  if (item.receivables) {
    const r = item.receivables;
    const rows = r.rows.map((x) => `• ${x.department} ${x.name}: ${x.value} ${x.unit}`);
    blocks.push(
      ...sections(
        `*債権別の実績（${e(fiscalYearLabel(r.fiscal_year))}）*\n${e([...rows, `合計: ${r.total.value} ${r.total.unit}`].join("\n"))}`,
      ),
    );
  }

  for (const review of item.reviews) {
    const text = review.sections
      .map((s) =>
        [s.department ? `＜${s.department}＞` : null, ...s.entries.map((x) => `• ${x}`)]
          .filter(Boolean)
          .join("\n"),
      )
      .join("\n");
    const title = ownerReportMark(review) ? "総評案（担当課からの報告）" : "総評";
    blocks.push(...sections(`*${e(fiscalYearLabel(review.fiscal_year))}${title}*\n${e(text)}`));
  }
  // Names the owner's report where the current year comes from it, like the card.
  blocks.push(context(e(summarizeItem(item, meta).source)));

  const plain = `No.${item.number} ${item.title}（詳細）: ${item.objective}`;
  // Escaped: Slack reads the notification text as mrkdwn.
  return { text: e(plain), blocks: capBlocks(blocks) };
}
