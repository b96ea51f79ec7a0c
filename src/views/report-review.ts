/**
 * Reported results as people see them: the secretariat's list of reports waiting for review (with 承認 and
 * 差し戻し), the review modal, the DM the owner gets either way, and the section an answer shows for an approved
 * report — always labelled as the owner's report, apart from the published report's figures and status.
 */
import type { types } from "@slack/bolt";
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { Plan } from "../plan/model.ts";
import { figureLine, SELF_ASSESSMENT_LABELS } from "../reports/form.ts";
import { tokyoDateTime, tokyoDay } from "../reports/time.ts";
import type { ReviewDecision, Submission } from "../state/reports.ts";
import { parseJsonObject } from "../text/json-object.ts";
import { ACTION, actionId, VIEW } from "./action-ids.ts";
import {
  actions,
  type Block,
  button,
  capBlocks,
  context,
  divider,
  escapeMrkdwn as e,
  header,
  LIMITS,
  type SlackMessage,
  section,
  truncate,
} from "./blocks.ts";
import { MODAL_LIMITS } from "./report-modal.ts";

const DECISION_LABELS: Readonly<Record<ReviewDecision, string>> = { approved: "承認", returned: "差し戻し" };

/** 「• 滞納額の縮減効果: 40,000 千円」 per figure, one per line so that No.20's ten stay readable. */
export function figureLines(s: Submission): string[] {
  return s.values.figures.map((f) => `• ${e(figureLine(f))}`);
}

/** The whole submission as mrkdwn: figures, activities, assessment, comment, 総評 draft. */
export function submissionText(s: Submission): string {
  const parts = [
    ...(s.values.figures.length ? [`*数値*\n${figureLines(s).join("\n")}`] : []),
    `*取組内容・実績*\n${s.values.activities.map((a) => `• ${e(a)}`).join("\n")}`,
    `*自己評価*: ${SELF_ASSESSMENT_LABELS[s.values.assessment]}`,
    ...(s.values.comment ? [`*コメント*\n${e(s.values.comment)}`] : []),
    ...(s.values.review ? [`*総評の案*\n${e(s.values.review)}`] : []),
  ];
  return parts.join("\n");
}

function titleOf(plan: Plan, item: number): string {
  return plan.byNumber.get(item)?.title ?? "（現在のデータにない項目）";
}

/** One pending submission: what was reported, by whom, when, with 承認 and 差し戻し. */
function pendingBlocks(plan: Plan, s: Submission): Block[] {
  return [
    section(
      `*No.${s.item} ${e(titleOf(plan, s.item))}*（${fiscalYearLabel(s.fiscalYear)}）\n` +
        `提出 <@${s.submittedBy}>・${tokyoDateTime(s.submittedAt)}（提出番号 ${s.id}）\n${submissionText(s)}`,
      "…（長いため省略。全文は審査画面で）",
    ),
    actions([
      button({
        text: "承認",
        actionId: actionId(ACTION.approveReport, s.id),
        value: String(s.id),
        style: "primary",
      }),
      button({
        text: "差し戻し",
        actionId: actionId(ACTION.returnReport, s.id),
        value: String(s.id),
        style: "danger",
      }),
    ]),
  ];
}

/** `/plan 報告一覧`: the reports waiting for review, newest per item. */
export function pendingReportsMessage(plan: Plan, pending: readonly Submission[]): SlackMessage {
  if (pending.length === 0) {
    return { text: "確認待ちの報告はありません。", blocks: [section("確認待ちの報告はありません。")] };
  }
  const blocks: Block[] = [header(`確認待ちの報告（${pending.length} 件）`)];
  for (const s of pending) blocks.push(divider(), ...pendingBlocks(plan, s));
  return { text: `確認待ちの報告が ${pending.length} 件あります。`, blocks: capBlocks(blocks) };
}

/** The same list for App Home (admins only), where a longer page is allowed. */
export function pendingReportsHomeBlocks(
  plan: Plan,
  pending: readonly Submission[],
  maxBlocks: number,
): Block[] {
  const blocks: Block[] = [header(`確認待ちの報告（${pending.length} 件）`)];
  if (pending.length === 0) blocks.push(context("確認待ちの報告はありません。"));
  for (const s of pending) {
    if (blocks.length + 2 > maxBlocks) {
      blocks.push(context("（ほかにもあります。/plan 報告一覧 で全件を見られます）"));
      break;
    }
    blocks.push(...pendingBlocks(plan, s));
  }
  return blocks;
}

export interface ReviewMetadata {
  id: number;
  decision: ReviewDecision;
}

/** The modal for 承認 or 差し戻し: the report in full and a comment, required when returning. */
export function reviewModal(plan: Plan, s: Submission, decision: ReviewDecision): types.ModalView {
  const metadata: ReviewMetadata = { id: s.id, decision };
  const label = DECISION_LABELS[decision];
  return {
    type: "modal",
    callback_id: VIEW.review,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: `報告の${label}`, emoji: true },
    submit: { type: "plain_text", text: label, emoji: true },
    close: { type: "plain_text", text: "やめる", emoji: true },
    blocks: [
      section(
        `*No.${s.item} ${e(titleOf(plan, s.item))}*（${fiscalYearLabel(s.fiscalYear)}）\n提出 <@${s.submittedBy}>・${tokyoDateTime(s.submittedAt)}`,
      ),
      section(submissionText(s), "…（長いため省略）"),
      {
        type: "input",
        block_id: "comment",
        optional: decision === "approved",
        label: {
          type: "plain_text",
          text:
            decision === "returned"
              ? "差し戻しの理由（担当者に届きます）"
              : "コメント（任意・担当者に届きます）",
        },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 1000 },
      } as Block,
    ].slice(0, MODAL_LIMITS.blocks),
  };
}

export function reviewMetadata(raw: string | undefined): ReviewMetadata | null {
  const m = parseJsonObject(raw);
  return m && Number.isInteger(m.id) && (m.decision === "approved" || m.decision === "returned")
    ? { id: m.id as number, decision: m.decision }
    : null;
}

/** The DM to the person who submitted, after the review. */
export function reviewedDm(
  plan: Plan,
  s: Submission,
  decision: ReviewDecision,
  comment: string,
): SlackMessage {
  const what = `No.${s.item} ${titleOf(plan, s.item)}（${fiscalYearLabel(s.fiscalYear)}）の報告`;
  const line =
    decision === "approved"
      ? `${what}が承認されました。ボットの回答に「担当課からの報告」として表示されます。`
      : `${what}が差し戻されました。内容を直して、もう一度提出してください。`;
  const blocks: Block[] = [section(e(line))];
  if (comment) blocks.push(section(`*行政管理課からのコメント*\n${e(comment)}`));
  if (decision === "returned") {
    blocks.push(
      actions([
        button({ text: "報告を直す", actionId: actionId(ACTION.openReport, s.item), value: String(s.item) }),
      ]),
    );
  }
  return { text: e(line), blocks };
}

/**
 * On an answer about the item: the approved report, apart from the report's own figures and status.
 * 「担当課からの報告（令和6年度・未公表、12月1日 承認）」.
 */
export function approvedReportBlock(s: Submission): Block {
  const reviewed = s.review ? `、${tokyoDay(s.review.reviewedAt)} 承認` : "";
  const heading = `*:memo: 担当課からの報告（${fiscalYearLabel(s.fiscalYear)}・未公表${reviewed}）*`;
  const lines = [
    ...figureLines(s),
    `• 自己評価: ${SELF_ASSESSMENT_LABELS[s.values.assessment]}`,
    ...s.values.activities.slice(0, 3).map((a) => `• ${e(truncate(a, 200))}`),
  ];
  return section(truncate(`${heading}\n${lines.join("\n")}`, LIMITS.sectionText), "…（続きは「詳細」で）");
}

/**
 * The card of item `n` with its approved report added just above the card's buttons (or at the end where the
 * message has none), so it reads as part of that item's answer, after the report's own figures.
 */
export function withApprovedReport(message: SlackMessage, n: number, s: Submission): SlackMessage {
  const ids = new Set([actionId(ACTION.showDetail, n), actionId(ACTION.openReport, n)]);
  const at = message.blocks.findIndex(
    (b) => b.type === "actions" && b.elements.some((el) => "action_id" in el && ids.has(el.action_id ?? "")),
  );
  const blocks = [...message.blocks];
  blocks.splice(at === -1 ? blocks.length : at, 0, approvedReportBlock(s));
  return { ...message, blocks: capBlocks(blocks) };
}
