/**
 * Requests to the bot as Slack sends them, signed with the app's signing secret (HMAC-SHA256 of
 * `v0:{timestamp}:{body}`), for the end-to-end tests, which must drive the real app through the same door Slack
 * uses. The signature is the playground's own (src/playground/slack-requests.ts), so both sign one way.
 */
import { eventCallback, signature } from "../../src/playground/slack-requests.ts";

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
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

/** An Events API delivery (`event_callback`) of `event`: the playground's builder, so both send one shape. */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return eventCallback(event, { eventId, nowMs: Date.now() }).body;
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

/** A modal's input as Slack sends it in view.state.values: plain_text_input by block id (= the form's field key), radio_buttons for `assessment`. */
export function stateValues(fields: Record<string, string | undefined>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    values[key] =
      key === "assessment"
        ? {
            value: {
              type: "radio_buttons",
              selected_option: value ? { text: { type: "plain_text", text: value }, value } : null,
            },
          }
        : { value: { type: "plain_text_input", value: value ?? null } };
  }
  return values;
}
