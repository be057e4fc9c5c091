/**
 * Per-client token buckets: each client may burst up to `burst` requests and
 * then `perMinute` a minute. Memory is bounded and the bound cannot be used to
 * reset anyone: past `maxClients` only a bucket that has refilled to full (so
 * carries nothing) is forgotten; when none has, new clients share one overflow
 * bucket. IPv6 clients are keyed by their /64, which one host usually owns whole.
 */
import { getSettings, parseSettings, type RawEnv, type Settings } from "@/lib/settings/settings.ts";

/** What the limiter decided for one request. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until one more request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
  /** Requests left in the bucket after this one. */
  remaining: number;
}

/** Settings of a rate limiter. */
export interface RateLimiterOptions {
  perMinute: number;
  burst: number;
  maxClients?: number;
  now?: () => number;
}

/** Anything that holds clients to a budget: this process's buckets, or a store shared by every instance. */
export interface ClientRateLimit {
  /** Takes one token for `client`, or says how long to wait. */
  take(client: string): RateLimitDecision | Promise<RateLimitDecision>;
}

/** A token-bucket rate limiter keyed by client, in this process's memory. */
export class RateLimiter implements ClientRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(private readonly opts: RateLimiterOptions) {
    if (!(opts.perMinute > 0) || !(opts.burst >= 1))
      throw new Error(`invalid rate limit: ${opts.perMinute}/min, burst ${opts.burst}`);
    this.ratePerMs = opts.perMinute / 60_000;
    this.maxClients = opts.maxClients ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  /** Takes one token for `client`, or says how long to wait. */
  take(client: string): RateLimitDecision {
    const now = this.now();
    let key = clientBucketKey(client);
    if (!this.buckets.has(key) && !this.makeRoom(now)) key = OVERFLOW;
    return this.takeFrom(key, now);
  }

  private takeFrom(client: string, now: number): RateLimitDecision {
    const prior = this.buckets.get(client);
    const tokens = prior
      ? Math.min(this.opts.burst, prior.tokens + (now - prior.at) * this.ratePerMs)
      : this.opts.burst;
    // re-insert so Map order is least recently seen first
    this.buckets.delete(client);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(tokens - 1) };
    }
    this.buckets.set(client, { tokens, at: now });
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)),
      remaining: 0,
    };
  }

  /** How many clients are tracked now. */
  get size(): number {
    return this.buckets.size;
  }

  /** Frees a slot if the store is full and its least recently seen bucket has refilled; false when full of live buckets. */
  private makeRoom(now: number): boolean {
    if (this.buckets.size < this.maxClients) return true;
    for (const [key, b] of this.buckets) {
      // Map order is least recently seen first: the oldest bucket has had the longest to refill
      if (key === OVERFLOW) continue;
      if (b.tokens + (now - b.at) * this.ratePerMs < this.opts.burst) return false;
      this.buckets.delete(key);
      return true;
    }
    return false;
  }
}

const OVERFLOW = "(overflow)";

/** The bucket of a client address: IPv6 addresses by their first four groups (/64), others as they are. */
export function clientBucketKey(client: string): string {
  if (!client.includes(":") || client.includes(".")) return client;
  const [head = "", tail = ""] = client.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = client.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * The client a request comes from: the last address in X-Forwarded-For, which the
 * front door (lib/http/front-door.ts) sets to the one address TRUST_PROXY lets it
 * believe, replacing whatever the client sent; else "unknown".
 */
export function getClientKey(headers: Headers): string {
  const xff = headers.get("x-forwarded-for");
  const last = xff
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}

/** A budget: requests a minute and the burst; null when limits are off. */
export type RateBudget = { perMinute: number; burst: number } | null;

/** The API's budget: RATE_LIMIT_PER_MINUTE (default 600; 0 turns it off) and RATE_LIMIT_BURST (default 120). */
export function apiBudgetOf(s: Settings): RateBudget {
  return s.RATE_LIMIT_PER_MINUTE === 0 ? null : { perMinute: s.RATE_LIMIT_PER_MINUTE, burst: s.RATE_LIMIT_BURST };
}

/**
 * The pages' budget: RATE_LIMIT_PAGES_PER_MINUTE (default twice the API's, since a page view
 * also prefetches links) and RATE_LIMIT_PAGES_BURST (default twice the API burst); off with the API's.
 */
export function pageBudgetOf(s: Settings): RateBudget {
  const perMinute = s.RATE_LIMIT_PAGES_PER_MINUTE ?? 2 * s.RATE_LIMIT_PER_MINUTE;
  if (s.RATE_LIMIT_PER_MINUTE === 0 || perMinute === 0) return null;
  return { perMinute, burst: s.RATE_LIMIT_PAGES_BURST ?? 2 * s.RATE_LIMIT_BURST };
}

/** The API's in-memory limiter (apiBudgetOf), or null when limits are off. */
export function createApiRateLimiter(env?: RawEnv): RateLimiter | null {
  const budget = apiBudgetOf(env ? parseSettings(env) : getSettings());
  return budget && new RateLimiter(budget);
}

/** The pages' in-memory limiter (pageBudgetOf), or null when limits are off. */
export function createPageRateLimiter(env?: RawEnv): RateLimiter | null {
  const budget = pageBudgetOf(env ? parseSettings(env) : getSettings());
  return budget && new RateLimiter(budget);
}

/**
 * Wraps a Fetch handler so each client is held to `limiter`: over the limit it gets
 * 429 with Retry-After and a GraphQL-shaped error (code RATE_LIMITED); a null
 * limiter passes every request through.
 */
export function withRateLimit(
  handler: (req: Request) => Promise<Response>,
  limiter: ClientRateLimit | null,
): (req: Request) => Promise<Response> {
  if (!limiter) return handler;
  return async (req) => {
    const d = await limiter.take(getClientKey(req.headers));
    if (d.allowed) return handler(req);
    const body = {
      errors: [
        {
          message: `Too many requests: try again in ${d.retryAfterSeconds} s.`,
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: d.retryAfterSeconds },
        },
      ],
    };
    return new Response(JSON.stringify(body), {
      status: 429,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "retry-after": String(d.retryAfterSeconds),
        "cache-control": "no-store",
      },
    });
  };
}
