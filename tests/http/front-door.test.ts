import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFrontDoor,
  frontDoorOptionsFromEnv,
  routeClassOf,
  type FrontDoorOptions,
} from "@/lib/http/front-door.ts";
import { PostgresRateLimiter } from "@/lib/http/postgres-rate-limiter.ts";
import { RateLimiter, type ClientRateLimit } from "@/lib/http/rate-limiter.ts";
import { parseTrustProxy } from "@/lib/http/trust-proxy.ts";

/** A server whose app echoes the headers the front door left it. */
async function serve(opts: FrontDoorOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const door = createFrontDoor(opts);
  const server = http.createServer(async (req, res) => {
    if (await door(req, res)) return;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({ xff: req.headers["x-forwarded-for"] ?? null, xfh: req.headers["x-forwarded-host"] ?? null }),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const limiter = (burst: number) => new RateLimiter({ perMinute: 1, burst, now: () => 0 });

describe("front door", () => {
  let untrusted: Awaited<ReturnType<typeof serve>>;
  let behindProxy: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    untrusted = await serve({ trust: parseTrustProxy(undefined), api: limiter(3), pages: limiter(5) });
    behindProxy = await serve({ trust: parseTrustProxy("127.0.0.1"), api: limiter(100), pages: null });
  });
  afterAll(async () => {
    await untrusted.close();
    await behindProxy.close();
  });

  it("gives a client that sends a new X-Forwarded-For on every request 429 like any client", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await fetch(`${untrusted.url}/api/graphql`, { headers: { "x-forwarded-for": `10.9.${i}.1` } })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    const refused = await fetch(`${untrusted.url}/api/oembed`);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
  });

  it("gives pages their own, larger budget and lets build assets through", async () => {
    const pages: number[] = [];
    for (let i = 0; i < 6; i++) pages.push((await fetch(`${untrusted.url}/actors?i=${i}`)).status);
    expect(pages).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await fetch(`${untrusted.url}/_next/static/chunk.js`)).status).toBe(200);
  });

  it("drops forwarded headers from untrusted peers and keeps them from a trusted proxy", async () => {
    const spoof = { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" };
    // the untrusted server is over budget for /api by now; static paths still reach the app
    expect(await (await fetch(`${untrusted.url}/favicon.ico`, { headers: spoof })).json()).toEqual({
      xff: "127.0.0.1",
      xfh: null,
    });
    expect(await (await fetch(`${behindProxy.url}/api/graphql`, { headers: spoof })).json()).toEqual({
      xff: "6.6.6.6",
      xfh: "evil.example",
    });
  });

  it.each([
    ["/api/graphql", "api"],
    ["/embed/quotes/1", "api"],
    ["/actors/someone/feed.xml", "api"],
    ["/export/quotes.csv", "api"],
    ["/actors/someone", "pages"],
    ["/", "pages"],
    ["/_next/static/x.js", "static"],
    ["/embed.js", "static"],
  ])("draws %s on the %s budget", (path, cls) => {
    expect(routeClassOf(path)).toBe(cls);
  });

  it("waits for a budget kept elsewhere (a shared store answers asynchronously) and refuses over it", async () => {
    const memory = limiter(2);
    const shared: ClientRateLimit = { take: async (client) => memory.take(client) };
    const s = await serve({ trust: parseTrustProxy(undefined), api: shared, pages: null });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${s.url}/api/graphql`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await s.close();
    }
  });

  it("keeps the budgets in PostgreSQL when the database is PostgreSQL, unless told otherwise", () => {
    const pgUrl = "postgresql://postgres@127.0.0.1:5432/none";
    const onPg = frontDoorOptionsFromEnv({ DATABASE_URL: pgUrl });
    expect(onPg.api).toBeInstanceOf(PostgresRateLimiter);
    expect(onPg.pages).toBeInstanceOf(PostgresRateLimiter);
    expect(frontDoorOptionsFromEnv({ DATABASE_URL: pgUrl, RATE_LIMIT_STORE: "memory" }).api).toBeInstanceOf(
      RateLimiter,
    );
    expect(frontDoorOptionsFromEnv({}).api).toBeInstanceOf(RateLimiter);
    expect(() => frontDoorOptionsFromEnv({ RATE_LIMIT_STORE: "postgres" })).toThrow(/needs DATABASE_URL/);
    expect(() => frontDoorOptionsFromEnv({ RATE_LIMIT_STORE: "redis" })).toThrow(/RATE_LIMIT_STORE="redis"/);
  });

  it("names the variable of a bad setting", () => {
    expect(() => frontDoorOptionsFromEnv({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY=/);
    expect(() => frontDoorOptionsFromEnv({ RATE_LIMIT_BURST: "lots" })).toThrow(/RATE_LIMIT_BURST="lots"/);
  });
});
