/**
 * E-mail addresses in owners.yml, turned into Slack user IDs (users.lookupByEmail), with a cache: the method is
 * rate-limited (Tier 3, about 50 a minute) and the answer rarely changes.
 */
import type { webApi } from "@slack/bolt";
import { classifyCallFailure } from "../slack/call-failure.ts";
import { type CallContext, defaultCallContext, withRateLimitRetries } from "./rate-limit.ts";

export type EmailLookup = { ok: true; id: string } | { ok: false; reason: string };

export interface EmailDirectoryOptions {
  /** How long a found user ID is reused. */
  ttlMs?: number;
  /** How long "no such user" is believed, so that a tick a minute does not ask again each time. */
  missTtlMs?: number;
  now?: () => number;
}

/**
 * E-mail → user ID, cached: users.lookupByEmail is rate-limited (Tier 3) and the answer rarely changes. "No such
 * user" is cached briefly, so an address fixed in Slack works within the hour; other failures are not cached.
 */
export class EmailDirectory {
  private readonly cache = new Map<string, { result: EmailLookup; until: number }>();
  private readonly ttlMs: number;
  private readonly missTtlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: webApi.WebClient,
    options: EmailDirectoryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.missTtlMs = options.missTtlMs ?? 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  async lookup(email: string, ctx: Partial<CallContext> = {}): Promise<EmailLookup> {
    const hit = this.cache.get(email);
    if (hit && this.now() < hit.until) return hit.result;
    let result: EmailLookup;
    try {
      const res = await withRateLimitRetries(
        "users.lookupByEmail",
        () => this.client.users.lookupByEmail({ email }),
        { ...defaultCallContext(), ...ctx },
      );
      result = res.user?.id ? { ok: true, id: res.user.id } : { ok: false, reason: "users_not_found" };
    } catch (err) {
      result = { ok: false, reason: classifyCallFailure(err).reason };
    }
    if (result.ok) this.cache.set(email, { result, until: this.now() + this.ttlMs });
    else if (result.reason === "users_not_found") {
      this.cache.set(email, { result, until: this.now() + this.missTtlMs });
    }
    return result;
  }

  /** The user IDs known without asking Slack (for previews, which must not call it). */
  known(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [email, { result, until }] of this.cache) {
      if (result.ok && this.now() < until) out.set(email, result.id);
    }
    return out;
  }
}
