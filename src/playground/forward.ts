/**
 * Posting a signed request to the bot's `/slack/events`, the way Slack does, and reading its answer.
 */
import type { SubmissionOutcome } from "./modals.ts";
import { type OutgoingRequest, slackSignatureHeaders } from "./slack-requests.ts";

export interface BotAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Slack gives up on an acknowledgement after 3 seconds; the playground waits a little longer to show why. */
const BOT_TIMEOUT_MS = 10_000;

export async function postToBot(
  botEventsUrl: string,
  signingSecret: string,
  request: OutgoingRequest,
  nowMs: number = Date.now(),
): Promise<BotAnswer> {
  const response = await fetch(botEventsUrl, {
    method: "POST",
    headers: {
      "Content-Type": request.contentType,
      ...slackSignatureHeaders(signingSecret, request.body, nowMs),
    },
    body: request.body,
    signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

/** Japanese, for the page: what went wrong between the playground and the bot. Never includes secrets. */
export function describeFailure(answer: BotAnswer): string {
  const hint =
    answer.status === 401
      ? "（署名の検証に失敗しました。署名シークレットが一致しているか確認してください）"
      : answer.status === 404
        ? "（/slack/events が見つかりません。ボットが HTTP モードで動いているか確認してください）"
        : "";
  const detail = answer.body.trim().slice(0, 200);
  return `ボットが HTTP ${answer.status} を返しました${hint}${detail ? `: ${detail}` : ""}`;
}

/** A fetch failure (refused, timed out) in words for the page. */
export function describeUnreachable(error: unknown): string {
  const name = (error as { name?: unknown })?.name;
  return name === "TimeoutError"
    ? "ボットが時間内に応答しませんでした（10 秒）"
    : "ボットに接続できませんでした。ボットが起動しているか確認してください";
}

/**
 * A slash command's acknowledgement may carry the answer itself (`ack("…")` or `ack({ blocks })` in Bolt):
 * Slack shows it to the person as an ephemeral message, or to the channel with `response_type: "in_channel"`.
 * Returns the message's arguments, or null when the ack was empty.
 */
export function slashAnswerOf(
  answer: BotAnswer,
): { args: Record<string, unknown>; ephemeral: boolean } | null {
  const body = answer.body.trim();
  if (body === "") return null;
  if (answer.contentType.includes("application/json")) {
    try {
      const parsed = JSON.parse(body) as unknown;
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
        const args = parsed as Record<string, unknown>;
        if (args.text === undefined && args.blocks === undefined) return null;
        return { args, ephemeral: args.response_type !== "in_channel" };
      }
    } catch {
      // Not JSON after all: show it as text below, as Slack would.
    }
  }
  return { args: { text: body }, ephemeral: true };
}

/**
 * How Slack reads the bot's acknowledgement of a `view_submission`: an empty body (or `{}`, or JSON without a
 * `response_action`) closes the submitted view; otherwise `response_action` says what to do. An answer Slack
 * would not understand is shown as an error rather than guessed at.
 */
export function viewSubmissionOutcome(answer: BotAnswer): SubmissionOutcome {
  const body = answer.body.trim();
  if (body === "") return { kind: "close" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: "errors", errors: { "": `ボットの応答を読めませんでした: ${body.slice(0, 200)}` } };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { kind: "close" };
  const a = parsed as Record<string, unknown>;
  switch (a.response_action) {
    case undefined:
      return { kind: "close" };
    case "clear":
      return { kind: "clear" };
    case "update":
    case "push":
      return { kind: a.response_action, view: a.view };
    case "errors": {
      const errors: Record<string, string> = {};
      if (typeof a.errors === "object" && a.errors !== null)
        for (const [blockId, text] of Object.entries(a.errors)) errors[blockId] = String(text);
      return { kind: "errors", errors };
    }
    default:
      return {
        kind: "errors",
        errors: { "": `ボットの応答の response_action（${String(a.response_action)}）は Slack にありません` },
      };
  }
}
