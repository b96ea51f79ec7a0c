/**
 * Requests to the bot as Slack sends them, signed with the app's signing secret (HMAC-SHA256 of
 * `v0:{timestamp}:{body}`). Used by the local playground and by the end-to-end tests, which must drive the
 * real app through the same door Slack uses.
 */
import { createHmac } from "node:crypto";

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function signature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export function signedRequest(
  signingSecret: string,
  body: string,
  contentType: "application/json" | "application/x-www-form-urlencoded",
  timestamp = Math.floor(Date.now() / 1000),
): SignedRequest {
  return {
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature(signingSecret, timestamp, body),
    },
  };
}

/** An Events API delivery (`event_callback`) of `event`. */
export function eventBody(event: Record<string, unknown>, eventId: string, teamId = "T0000"): string {
  return JSON.stringify({
    token: "unused-verification-token",
    team_id: teamId,
    api_app_id: "A0PLANBOT",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: "UBOT", is_bot: true }],
  });
}

/** Makes every built command's trigger_id unique, as Slack's are (the bot handles a trigger_id once). */
let triggerCounter = 0;

/** A slash command as Slack posts it (form-encoded). */
export function commandBody(fields: {
  command: string;
  text: string;
  user_id: string;
  channel_id: string;
  response_url: string;
}): string {
  return new URLSearchParams({
    token: "unused-verification-token",
    team_id: "T0000",
    team_domain: "osaki",
    channel_name: "plan",
    user_name: "staff",
    api_app_id: "A0PLANBOT",
    trigger_id: `trigger.${Date.now()}.${(triggerCounter++).toString(36)}`,
    ...fields,
  }).toString();
}

/** An interaction (block_actions) as Slack posts it: the JSON payload in a form field. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
