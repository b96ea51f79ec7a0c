/**
 * The Web API client that sends reminders. It must never repeat a request on its own: WebClient's default
 * policy posts again after a lost answer, and a person would get the week's digest twice. The type says so:
 * a `ReminderClient` can only be made here, from the options every posting client uses.
 */
import { type Logger, webApi } from "@slack/bolt";
import { singleAttemptClientOptions } from "../slack/call-once.ts";

declare const singleAttempt: unique symbol;

/** A WebClient with no retries of its own and 429s handed back to the caller (see slack/call-once.ts). */
export type ReminderClient = webApi.WebClient & { readonly [singleAttempt]: true };

export interface ReminderClientOptions {
  slackApiUrl?: string | undefined;
  logger?: Logger;
  /** A shorter request timeout (tests of a hung Slack). */
  timeout?: number;
}

export function createReminderClient(token: string, options: ReminderClientOptions = {}): ReminderClient {
  return new webApi.WebClient(token, {
    ...singleAttemptClientOptions(options.slackApiUrl),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  }) as ReminderClient;
}
