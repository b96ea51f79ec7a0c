/**
 * Slack's error codes in words a person can act on. Failures about where a message goes (the bot is not in the
 * channel, the channel is gone) are expected in a workspace: they are logged and shown, never thrown.
 */

/** The Web API error code (`not_in_channel`) of a failed call, if it is one. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

const EXPLANATIONS: Record<string, string> = {
  not_in_channel: "ボットがチャンネルに参加していません（/invite で招待してください）",
  channel_not_found: "チャンネルが見つかりません（ID の誤りか、ボットから見えないチャンネルです）",
  is_archived: "チャンネルがアーカイブされています",
  users_not_found: "ユーザーが見つかりません",
  ratelimited: "Slack のレート制限に達しました",
};

export function explainSlackError(code: string | undefined): string {
  return (code && EXPLANATIONS[code]) ?? `Slack API エラー（${code ?? "不明"}）`;
}
