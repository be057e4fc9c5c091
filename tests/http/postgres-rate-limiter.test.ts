import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRateLimitPool, PostgresRateLimiter } from "@/lib/http/postgres-rate-limiter.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

describe.runIf(isPostgres())("PostgresRateLimiter", () => {
  let t: TestDb;
  const made: PostgresRateLimiter[] = [];
  const limiter = (name: string, burst: number, perMinute = 1) => {
    const l = new PostgresRateLimiter({ databaseUrl: t.url, name, burst, perMinute });
    made.push(l);
    return l;
  };
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await Promise.all(made.map((l) => l.close()));
    await t.cleanup();
  });

  it("allows a burst, then refuses with the seconds until the next token", async () => {
    const l = limiter("alpha", 3);
    const got = [];
    for (let i = 0; i < 4; i++) got.push(await l.take("192.0.2.1"));
    expect(got.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(got.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(got[3]!.retryAfterSeconds).toBeGreaterThan(55);
    expect(got[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("shares one budget between limiters on separate pools, as instances on separate machines", async () => {
    const [a, b] = [limiter("beta", 4), limiter("beta", 4)];
    const got = [];
    for (let i = 0; i < 6; i++) got.push((await (i % 2 ? b : a).take("192.0.2.2")).allowed);
    expect(got).toEqual([true, true, true, true, false, false]);
  });

  it("allows exactly the burst when many requests arrive at once", async () => {
    const ls = [limiter("gamma", 10), limiter("gamma", 10)];
    const got = await Promise.all(Array.from({ length: 30 }, (_, i) => ls[i % 2]!.take("192.0.2.3")));
    expect(got.filter((d) => d.allowed)).toHaveLength(10);
  });

  it("keeps budgets of different names and clients apart, and IPv6 clients by their /64", async () => {
    const [api, pages] = [limiter("delta", 1), limiter("epsilon", 1)];
    expect((await api.take("192.0.2.4")).allowed).toBe(true);
    expect((await pages.take("192.0.2.4")).allowed).toBe(true);
    expect((await api.take("192.0.2.5")).allowed).toBe(true);
    expect((await api.take("2001:db8:1:2::1")).allowed).toBe(true);
    expect((await api.take("2001:db8:1:2::99")).allowed).toBe(false);
  });

  it("refills by the database clock and sweeps buckets that are full again", async () => {
    // 6,000 a minute: a token every 10 ms, a burst of 2 full again after 20 ms
    const l = limiter("zeta", 2, 6000);
    await l.take("192.0.2.6");
    await l.take("192.0.2.6");
    await new Promise((r) => setTimeout(r, 60));
    expect((await l.take("192.0.2.6")).allowed).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(await l.sweep()).toBe(1);
  });

  it("allows requests and logs once when the database cannot be reached", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const pool = createRateLimitPool("postgresql://postgres@127.0.0.1:1/none");
    const l = new PostgresRateLimiter({ databaseUrl: t.url, name: "eta", burst: 1, perMinute: 1, pool });
    try {
      expect((await l.take("192.0.2.7")).allowed).toBe(true);
      expect((await l.take("192.0.2.7")).allowed).toBe(true);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toMatch(/rate limit \(eta\): shared buckets unavailable/);
    } finally {
      error.mockRestore();
      await pool.end();
    }
  });

  it.each([
    [{ burst: 0, perMinute: 1, name: "x" }, /invalid rate limit/],
    [{ burst: 1, perMinute: 1, name: "Bad-Name" }, /lower-case letters/],
  ])("refuses %j", (opts, message) => {
    expect(() => new PostgresRateLimiter({ databaseUrl: t.url, ...opts })).toThrow(message);
  });
});
