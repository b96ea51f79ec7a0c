/**
 * Block Kit action ids, in one place because views create them and listeners match them. Slack requires an
 * action_id to be unique within a message, so buttons that repeat (one per candidate, one per item of a
 * digest) add `:<item number>` and listeners match the prefix.
 */
export const ACTION = {
  /** 「詳細」: the full record of an item. value: the item number. */
  showDetail: "show_item_detail",
  /** A candidate of 「もしかして」. value: the item number. */
  pickCandidate: "pick_candidate",
  /** 「チャンネルに共有」 on an ephemeral /plan answer. value: the question as typed. */
  shareToChannel: "share_to_channel",
  /** 「1週間スヌーズ」 in a reminder digest. value: JSON {"item": number, "recipient": string, "week": string}. */
  snoozeItem: "snooze_item",
  /** 「役に立った」 on an item card. value: JSON {"item": number, "q": question} (see `feedback.ts`). */
  feedbackHelpful: "feedback_helpful",
  /** 「違う」 on an item card. value: as feedbackHelpful. */
  feedbackWrong: "feedback_wrong",
  /** 「進捗を報告」: opens the report modal for an item. value: the item number. */
  openReport: "open_report",
  /** 「下書きを保存」 inside the report modal. value: unused (the modal's state is read). */
  saveReportDraft: "save_report_draft",
  /** 「承認」 of a reported result. value: the submission id (`:<id>` is added, like item numbers elsewhere). */
  approveReport: "approve_report",
  /** 「差し戻し」 of a reported result. value: the submission id. */
  returnReport: "return_report",
} as const;

/** Modal callback ids: the `view_submission` listeners match them. */
export const VIEW = {
  /** The report modal; private_metadata: JSON {"item": number, "fiscalYear": number}. */
  report: "report_submit",
  /** The review modal (approve or return with a comment); private_metadata: JSON {"id": number, "decision": …}. */
  review: "report_review",
} as const;

/** `show_item_detail:18`: unique within a message (`n` is the item number, or a submission's id). */
export function actionId(base: (typeof ACTION)[keyof typeof ACTION], n?: number): string {
  return n === undefined ? base : `${base}:${n}`;
}

/** Matches `base` and `base:<n>`, for listeners. */
export function actionPattern(base: (typeof ACTION)[keyof typeof ACTION]): RegExp {
  return new RegExp(`^${base}(?::\\d+)?$`);
}
