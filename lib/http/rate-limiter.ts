/**
 * Per-client token buckets: each client may burst up to `burst` requests and
 * then `perMinute` a minute. Memory is bounded: past `maxClients` the least
 * recently seen client is forgotten (it starts again with a full bucket).
 */
import { getSettings, parseSettings, type RawEnv } from "../settings/settings.ts";

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

/** A token-bucket rate limiter keyed by client. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(private readonly opts: RateLimiterOptions) {
    if (!(opts.perMinute > 0) || !(opts.burst >= 1)) throw new Error(`invalid rate limit: ${opts.perMinute}/min, burst ${opts.burst}`);
    this.ratePerMs = opts.perMinute / 60_000;
    this.maxClients = opts.maxClients ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  /** Takes one token for `client`, or says how long to wait. */
  take(client: string): RateLimitDecision {
    const now = this.now();
    const prior = this.buckets.get(client);
    const tokens = prior ? Math.min(this.opts.burst, prior.tokens + (now - prior.at) * this.ratePerMs) : this.opts.burst;
    // re-insert so Map order is least recently seen first
    this.buckets.delete(client);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      this.evict();
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(tokens - 1) };
    }
    this.buckets.set(client, { tokens, at: now });
    this.evict();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)), remaining: 0 };
  }

  /** How many clients are tracked now. */
  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    while (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

/**
 * The client a request comes from: the last address in X-Forwarded-For (the one
 * our own server or proxy appended, so a client cannot choose it), else "unknown".
 */
export function getClientKey(headers: Headers): string {
  const xff = headers.get("x-forwarded-for");
  const last = xff?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}

/** The API's limiter from RATE_LIMIT_PER_MINUTE (default 600; 0 turns it off) and RATE_LIMIT_BURST (default 120). */
export function createApiRateLimiter(env?: RawEnv): RateLimiter | null {
  const { RATE_LIMIT_PER_MINUTE: perMinute, RATE_LIMIT_BURST: burst } = env ? parseSettings(env) : getSettings();
  if (perMinute === 0) return null;
  return new RateLimiter({ perMinute, burst });
}

/**
 * Wraps a Fetch handler so each client is held to `limiter`: over the limit it gets
 * 429 with Retry-After and a GraphQL-shaped error (code RATE_LIMITED); a null
 * limiter passes every request through.
 */
export function withRateLimit(handler: (req: Request) => Promise<Response>, limiter: RateLimiter | null): (req: Request) => Promise<Response> {
  if (!limiter) return handler;
  return async (req) => {
    const d = limiter.take(getClientKey(req.headers));
    if (d.allowed) return handler(req);
    const body = { errors: [{ message: `Too many requests: try again in ${d.retryAfterSeconds} s.`, extensions: { code: "RATE_LIMITED", retryAfterSeconds: d.retryAfterSeconds } }] };
    return new Response(JSON.stringify(body), {
      status: 429,
      headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(d.retryAfterSeconds), "cache-control": "no-store" },
    });
  };
}
