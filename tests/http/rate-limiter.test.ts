import { describe, expect, it } from "vitest";
import {
  clientBucketKey,
  createApiRateLimiter,
  getClientKey,
  RateLimiter,
  withRateLimit,
} from "@/lib/http/rate-limiter.ts";

function limiter(perMinute: number, burst: number, maxClients?: number) {
  let t = 0;
  const rl = new RateLimiter({ perMinute, burst, maxClients, now: () => t });
  return { rl, advance: (ms: number) => (t += ms) };
}

describe("RateLimiter", () => {
  it("allows a burst and then refuses with the seconds to wait", () => {
    const { rl } = limiter(60, 3);
    expect([1, 2, 3].map(() => rl.take("a").allowed)).toEqual([true, true, true]);
    expect(rl.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
  });

  it("refills at the configured rate", () => {
    const { rl, advance } = limiter(60, 1);
    expect(rl.take("a").allowed).toBe(true);
    expect(rl.take("a").allowed).toBe(false);
    advance(999);
    expect(rl.take("a").allowed).toBe(false);
    advance(1);
    expect(rl.take("a").allowed).toBe(true);
  });

  it("keeps clients apart", () => {
    const { rl } = limiter(60, 1);
    expect(rl.take("a").allowed).toBe(true);
    expect(rl.take("b").allowed).toBe(true);
    expect(rl.take("a").allowed).toBe(false);
  });

  it.each([
    [0, 1],
    [-5, 1],
    [60, 0],
    [Number.NaN, 1],
  ])("refuses nonsense settings (%s/min, burst %s)", (perMinute, burst) => {
    expect(() => new RateLimiter({ perMinute, burst })).toThrow(/invalid rate limit/);
  });
});

describe("getClientKey", () => {
  it.each([
    ["1.2.3.4", "1.2.3.4"],
    ["6.6.6.6, 10.0.0.1", "10.0.0.1"],
    ["", "unknown"],
  ])("takes the last X-Forwarded-For address of %j", (xff, key) => {
    expect(getClientKey(new Headers(xff ? { "x-forwarded-for": xff } : {}))).toBe(key);
  });
});

describe("createApiRateLimiter", () => {
  it("is off when RATE_LIMIT_PER_MINUTE is 0 and on by default", () => {
    expect(createApiRateLimiter({ RATE_LIMIT_PER_MINUTE: "0" })).toBeNull();
    expect(createApiRateLimiter({})).toBeInstanceOf(RateLimiter);
  });
});

describe("withRateLimit", () => {
  const ok = async () => new Response("ok");
  const req = (ip: string) => new Request("http://x.test/api/graphql", { headers: { "x-forwarded-for": ip } });

  it("answers 429 with Retry-After and a coded GraphQL error past the limit", async () => {
    const handler = withRateLimit(ok, new RateLimiter({ perMinute: 6, burst: 1, now: () => 0 }));
    expect((await handler(req("1.1.1.1"))).status).toBe(200);
    const refused = await handler(req("1.1.1.1"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: "Too many requests: try again in 10 s.",
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: 10 },
        },
      ],
    });
    expect((await handler(req("2.2.2.2"))).status).toBe(200);
  });

  it("passes everything through when rate limiting is off", async () => {
    const handler = withRateLimit(ok, null);
    for (let i = 0; i < 5; i++) expect((await handler(req("1.1.1.1"))).status).toBe(200);
  });
});

describe("RateLimiter store", () => {
  it("cannot be reset by churning new clients: a drained client stays drained when the store is full", () => {
    const { rl } = limiter(60, 1, 2);
    rl.take("victim");
    expect(rl.take("victim").allowed).toBe(false);
    for (let i = 0; i < 100; i++) rl.take(`churn-${i}`);
    expect(rl.size).toBeLessThanOrEqual(3);
    expect(rl.take("victim").allowed).toBe(false);
  });

  it("puts new clients in one shared overflow bucket while every slot is live", () => {
    const { rl } = limiter(60, 2, 1);
    rl.take("a");
    expect([rl.take("n1").allowed, rl.take("n2").allowed, rl.take("n3").allowed]).toEqual([true, true, false]);
  });

  it("frees the slot of a bucket that has refilled, losing nothing", () => {
    const { rl, advance } = limiter(60, 1, 1);
    rl.take("a");
    advance(1000);
    expect(rl.take("b").allowed).toBe(true);
    expect(rl.take("b").allowed).toBe(false);
  });

  it.each([
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002:ffff::1", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["203.0.113.9", "203.0.113.9"],
  ])("keys %s by %s", (address, key) => {
    expect(clientBucketKey(address)).toBe(key);
  });
});
