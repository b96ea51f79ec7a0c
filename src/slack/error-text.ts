/**
 * Slack's error codes in words a person can act on: one table, for the replies' logs and the reminders' reports.
 * Failures about where a message goes (the bot is not in the channel, the channel is gone) are expected in a
 * workspace: they are logged and shown, never thrown.
 */

/** The Web API error code (`not_in_channel`) of a failed call, if it is one. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

/** What happened, and what the person who maintains the settings can do about it. */
const SLACK_ERRORS: Record<string, { what: string; fix?: string }> = {
  not_in_channel: {
    what: "ボットがチャンネルに参加していません（/invite で招待してください）",
    fix: "チャンネルで /invite を使ってボットを招待してください",
  },
  channel_not_found: {
    what: "チャンネルが見つかりません（ID の誤りか、ボットから見えないチャンネルです）",
    fix: "チャンネル ID を確認し、非公開チャンネルならボットを招待してください",
  },
  is_archived: {
    what: "チャンネルがアーカイブされています",
    fix: "アーカイブされたチャンネルです。別のチャンネルを設定してください",
  },
  users_not_found: {
    what: "ユーザーが見つかりません",
    fix: "data/owners.yml のメールアドレスが Slack に登録されているか確認してください",
  },
  user_not_found: {
    what: "ユーザーが見つかりません",
    fix: "data/owners.yml のユーザー ID を確認してください",
  },
  user_disabled: {
    what: "ユーザーが無効になっています",
    fix: "data/owners.yml のユーザー ID を確認してください",
  },
  account_inactive: {
    what: "アカウントが無効になっています",
    fix: "data/owners.yml のユーザー ID を確認してください",
  },
  missing_scope: {
    what: "ボットの権限（スコープ）が足りません",
    fix: "ボットの権限（スコープ）が足りません。manifest.yml のとおりにアプリを再インストールしてください",
  },
  ratelimited: { what: "Slack のレート制限に達しました" },
};

export function explainSlackError(code: string | undefined): string {
  return (code && SLACK_ERRORS[code]?.what) ?? `Slack API エラー（${code ?? "不明"}）`;
}

/** What the secretariat can do about a failure, as a clause to append ("。…してください"), or "". */
export function hintFor(reason: string): string {
  const fix = SLACK_ERRORS[reason]?.fix;
  return fix ? `。${fix}` : "";
}
