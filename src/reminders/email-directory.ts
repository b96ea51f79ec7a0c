/**
 * E-mail addresses in owners.yml, turned into Slack user IDs (users.lookupByEmail), with a cache: the method is
 * rate-limited (Tier 3, about 50 a minute) and the answer rarely changes. With a `LookupCache` (the state
 * database) the cache outlives the process, so each run of the remind CLI does not look everyone up again.
 */
import type { webApi } from "@slack/bolt";
import { classifyCallFailure } from "../slack/call-failure.ts";
import { type CallContext, defaultCallContext, withRateLimitRetries } from "./rate-limit.ts";

export type EmailLookup = { ok: true; id: string } | { ok: false; reason: string };

/** Where look-ups are kept across runs: the state store (`StateStore.cachedLookup`), or nothing. */
export interface LookupCache {
  cachedLookup(kind: "email" | "dm", key: string, nowMs: number): { value: string | null } | undefined;
  cacheLookup(kind: "email" | "dm", key: string, value: string | null, expiresAtMs: number): void;
}

export interface EmailDirectoryOptions {
  /** How long a found user ID is reused (30 days). */
  ttlMs?: number;
  /** How long "no such user" is believed, so that a tick a minute does not ask again each time. */
  missTtlMs?: number;
  now?: () => number;
  /** Keeps look-ups across runs. */
  persist?: LookupCache;
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
  private readonly persist: LookupCache | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    options: EmailDirectoryOptions = {},
  ) {
    // Longer than a week, so that the weekly run finds last week's answers; an address rarely changes owner.
    this.ttlMs = options.ttlMs ?? 30 * 24 * 60 * 60 * 1000;
    this.missTtlMs = options.missTtlMs ?? 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    this.persist = options.persist;
  }

  async lookup(email: string, ctx: Partial<CallContext> = {}): Promise<EmailLookup> {
    const hit = this.cached(email);
    if (hit) return hit;
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
    const ttl = result.ok ? this.ttlMs : result.reason === "users_not_found" ? this.missTtlMs : null;
    if (ttl !== null) {
      const until = this.now() + ttl;
      this.cache.set(email, { result, until });
      // Only what was found outlives the process: each run asks again about an address Slack did not know,
      // which may have been added since; the app's directory still remembers the miss for `missTtlMs`.
      if (result.ok) this.persist?.cacheLookup("email", email, result.id, until);
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

  private cached(email: string): EmailLookup | undefined {
    const now = this.now();
    const hit = this.cache.get(email);
    if (hit && now < hit.until) return hit.result;
    const kept = this.persist?.cachedLookup("email", email, now)?.value;
    // Not copied into memory: the stored expiry decides, and reading it again costs microseconds.
    return kept ? { ok: true, id: kept } : undefined;
  }
}
