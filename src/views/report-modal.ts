/**
 * The report modal: one input per figure of the item (label and unit, the year's target or forecast as the
 * placeholder), the year's activities, a self-assessment, a comment (required for 遅れ) and an optional 総評 draft.
 * A draft saved earlier fills it in again. Block ids are the form's field keys ("figure:0", "activities", …), so
 * the check's errors map straight onto `response_action: "errors"`.
 */
import type { types } from "@slack/bolt";
import {
  type FieldKey,
  REPORT_LIMITS,
  type ReportForm,
  type ReportInput,
  SELF_ASSESSMENT_LABELS,
  type SelfAssessment,
} from "../reports/form.ts";
import { parseJsonObject } from "../text/json-object.ts";
import { ACTION, actionId, VIEW } from "./action-ids.ts";
import { actions, type Block, button, context, escapeMrkdwn as e, section, truncate } from "./blocks.ts";

/** Slack's limits for modals (block count, input label and placeholder lengths, title and button texts). */
export const MODAL_LIMITS = {
  blocks: 100,
  title: 24,
  label: 2000,
  placeholder: 150,
  privateMetadata: 3000,
} as const;

/** The single action inside each input block. */
const INPUT_ACTION = "value";

export interface ReportMetadata {
  item: number;
  fiscalYear: number;
}

export interface ReportModalOptions {
  /** Values typed earlier (a saved draft, or the modal's own state when re-drawn), by field key. */
  values?: Readonly<Record<string, string | undefined>>;
  /** A line above the inputs, e.g. 「下書きを保存しました（12月1日）」. */
  note?: string;
}

const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: truncate(text, max),
  emoji: true,
});

function textInput(
  key: FieldKey,
  label: string,
  opts: {
    initial?: string;
    placeholder?: string;
    multiline?: boolean;
    maxLength: number;
    optional?: boolean;
    hint?: string;
  },
): Block {
  return {
    type: "input",
    block_id: key,
    optional: opts.optional ?? false,
    label: plain(label, MODAL_LIMITS.label),
    ...(opts.hint ? { hint: plain(opts.hint, MODAL_LIMITS.label) } : {}),
    element: {
      type: "plain_text_input",
      action_id: INPUT_ACTION,
      multiline: opts.multiline ?? false,
      max_length: opts.maxLength,
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder, MODAL_LIMITS.placeholder) } : {}),
      ...(opts.initial ? { initial_value: truncate(opts.initial, opts.maxLength, "") } : {}),
    },
  } as Block;
}

const ASSESSMENT_ORDER: SelfAssessment[] = ["achieved", "on_track", "behind"];

function assessmentOption(a: SelfAssessment) {
  return { text: plain(SELF_ASSESSMENT_LABELS[a], 75), value: a };
}

export function reportModal(form: ReportForm, options: ReportModalOptions = {}): types.ModalView {
  const v = options.values ?? {};
  const metadata: ReportMetadata = { item: form.item, fiscalYear: form.fiscalYear };
  const blocks: Block[] = [
    section(
      `*No.${form.item} ${e(form.title)}*\n${form.yearLabel}の実績を報告します。行政管理課が確認してから公開されます。`,
    ),
  ];
  if (options.note) blocks.push(context(e(options.note)));
  form.figures.forEach((f, i) => {
    blocks.push(
      textInput(`figure:${i}`, `${f.label}（${f.unit}）`, {
        initial: v[`figure:${i}`],
        placeholder: f.expected ?? `例: 1,234（単位 ${f.unit}）`,
        maxLength: REPORT_LIMITS.figure,
        hint: i === 0 ? "報告書の表記で（例: 1,234 や 95.7）。まだ数値がないときは「－」。" : undefined,
      }),
    );
  });
  blocks.push(
    textInput("activities", `${form.yearLabel}の取組内容・実績`, {
      initial: v.activities,
      placeholder: "1行に1つずつ書きます",
      multiline: true,
      maxLength: REPORT_LIMITS.activities,
    }),
  );
  const initial = v.assessment as SelfAssessment | undefined;
  blocks.push({
    type: "input",
    block_id: "assessment",
    label: plain("自己評価", MODAL_LIMITS.label),
    element: {
      type: "radio_buttons",
      action_id: INPUT_ACTION,
      options: ASSESSMENT_ORDER.map(assessmentOption),
      ...(initial && ASSESSMENT_ORDER.includes(initial) ? { initial_option: assessmentOption(initial) } : {}),
    },
  } as Block);
  blocks.push(
    textInput("comment", "コメント", {
      initial: v.comment,
      placeholder: "遅れの理由と今後の見通しなど",
      hint: "自己評価が「遅れ」のときは必ず書いてください。",
      multiline: true,
      maxLength: REPORT_LIMITS.comment,
      optional: true,
    }),
    textInput("review", "総評の案", {
      initial: v.review,
      multiline: true,
      maxLength: REPORT_LIMITS.review,
      optional: true,
    }),
    actions(
      [button({ text: "下書きを保存", actionId: ACTION.saveReportDraft, value: String(form.item) })],
      "draft",
    ),
  );
  return {
    type: "modal",
    callback_id: VIEW.report,
    private_metadata: JSON.stringify(metadata),
    title: plain("進捗を報告", MODAL_LIMITS.title),
    submit: plain("提出する", MODAL_LIMITS.title),
    close: plain("閉じる", MODAL_LIMITS.title),
    blocks,
  };
}

/** A modal that only says something: the thanks after a submission, or why the person cannot report. */
export function messageModal(title: string, text: string): types.ModalView {
  return {
    type: "modal",
    title: plain(title, MODAL_LIMITS.title),
    close: plain("閉じる", MODAL_LIMITS.title),
    blocks: [section(text, "…")],
  };
}

/** The shape Slack gives a modal's input in `view.state.values`. */
export type ViewStateValues = Record<
  string,
  Record<string, { type?: string; value?: string | null; selected_option?: { value?: string } | null }>
>;

/** Every field's input as typed, by field key (drafts keep this shape). */
export function reportInputValues(values: ViewStateValues): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [blockId, actionsById] of Object.entries(values ?? {})) {
    const input = actionsById?.[INPUT_ACTION];
    if (!input) continue;
    const value = input.selected_option?.value ?? input.value ?? undefined;
    if (value !== undefined && value !== null) out[blockId] = String(value);
  }
  return out;
}

/** The input in the check's shape. */
export function reportInput(
  form: ReportForm,
  values: Readonly<Record<string, string | undefined>>,
): ReportInput {
  return {
    figures: form.figures.map((_, i) => values[`figure:${i}`]),
    activities: values.activities,
    assessment: values.assessment,
    comment: values.comment,
    review: values.review,
  };
}

/** Reads and checks the modal's private_metadata; null when it is not ours. */
export function reportMetadata(raw: string | undefined): ReportMetadata | null {
  const m = parseJsonObject(raw);
  return m && Number.isInteger(m.item) && Number.isInteger(m.fiscalYear)
    ? { item: m.item as number, fiscalYear: m.fiscalYear as number }
    : null;
}

/** 「進捗を報告」 on an item card, detail, digest entry or Home. */
export function reportButton(itemNumber: number): ReturnType<typeof button> {
  return button({
    text: "進捗を報告",
    actionId: actionId(ACTION.openReport, itemNumber),
    value: String(itemNumber),
  });
}
