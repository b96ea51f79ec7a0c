/**
 * Global middleware that runs before any listener: what no listener should have to remember.
 *
 * - Slack retries an event it thinks we missed (same `event_id`); a replayed slash command or button click within
 *   the signature's five minutes carries the same `trigger_id`. Either is handled once.
 * - A `response_url` is where the bot posts its answer. It comes inside a signed request, but the bot must still
 *   not be made to post answers (the admin dry run lists owners' IDs and e-mails) to any host: only Slack's, or the
 *   loopback stand-in configured for tests and the playground.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { EventDeduplicator } from "./deps.ts";

/** Slack's hosts for response URLs (commercial Slack and GovSlack). */
export const SLACK_RESPONSE_ORIGINS = ["https://hooks.slack.com", "https://hooks.slack-gov.com"] as const;

/** The key a delivery is de-duplicated by, or null for a payload that carries no id of its own. */
export function deliveryKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return body.event_id;
  if (typeof body.trigger_id === "string" && body.trigger_id !== "") return `trigger:${body.trigger_id}`;
  return null;
}

export function onlyOnce(dedupe: EventDeduplicator): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if (isRepeat(args, dedupe)) return void (await ackOf(args)?.());
    await args.next();
  };
}

/** A retry or replay of a delivery already handled: logged at debug level. */
function isRepeat(args: AnyMiddlewareArgs & AllMiddlewareArgs, dedupe: EventDeduplicator): boolean {
  const key = deliveryKey(args.body as Record<string, unknown>);
  if (key === null || dedupe.firstSeen(key)) return false;
  args.logger.debug(`同じリクエスト（${key}）は処理済みのため無視します`);
  return true;
}

/** The request's ack, where it has one (events acked by the receiver have none here). */
function ackOf(args: AnyMiddlewareArgs): (() => Promise<void>) | undefined {
  return (args as { ack?: () => Promise<void> }).ack;
}

/** The response URLs a payload carries (slash commands and buttons: one; modal submissions: a list). */
function responseUrlsOf(body: Record<string, unknown>): string[] {
  const urls: string[] = [];
  if (typeof body.response_url === "string") urls.push(body.response_url);
  if (Array.isArray(body.response_urls))
    for (const r of body.response_urls as { response_url?: unknown }[])
      if (typeof r?.response_url === "string") urls.push(r.response_url);
  return urls;
}

export function isAllowedResponseUrl(url: string, extraOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return [...SLACK_RESPONSE_ORIGINS, ...extraOrigins].includes(parsed.origin);
}

export function onlySlackResponseUrls(extraOrigins: readonly string[]): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    // A replayed command or click, or a refused one, still needs its ack, or Slack shows the person an error.
    if (hasForeignResponseUrl(args, extraOrigins)) return void (await ackOf(args)?.());
    await args.next();
  };
}

/** Logs (the host only) and says so when the payload carries a response URL that is not Slack's. */
function hasForeignResponseUrl(
  args: AnyMiddlewareArgs & AllMiddlewareArgs,
  extraOrigins: readonly string[],
): boolean {
  const foreign = responseUrlsOf(args.body as Record<string, unknown>).filter(
    (u) => !isAllowedResponseUrl(u, extraOrigins),
  );
  if (foreign.length === 0) return false;
  // The host only, never the path (it is a credential for posting to that conversation).
  const hosts = foreign.map((u) => (URL.canParse(u) ? new URL(u).host : "(URL ではない値)"));
  args.logger.warn(`Slack 以外の response_url（${hosts.join(", ")}）を含むリクエストを処理せずに断りました`);
  return true;
}

/**
 * Both guards as one middleware, foreign response URLs first: what the app registers. One link in Bolt's chain
 * instead of two, and no copy of the arguments: Bolt copies them for every middleware it calls (issue 14).
 */
export function guardRequests(
  extraOrigins: readonly string[],
  dedupe: EventDeduplicator,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if (hasForeignResponseUrl(args, extraOrigins) || isRepeat(args, dedupe)) {
      return void (await ackOf(args)?.());
    }
    await args.next();
  };
}
