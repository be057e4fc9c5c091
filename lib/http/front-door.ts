/**
 * What every request meets before the app, where the socket is still known: the
 * client's address is settled (TRUST_PROXY), forwarded headers from untrusted peers
 * are dropped so no one can choose the host or address the app believes, and each
 * client is held to its rate limit: one budget for the API, feeds, embeds, oEmbed and exports,
 * a larger one for pages. Static assets pass unlimited. On PostgreSQL the budgets are kept in
 * the database, shared by every instance (RATE_LIMIT_STORE, lib/http/postgres-rate-limiter.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseSettings, type RawEnv } from "@/lib/settings/settings.ts";
import { createRateLimitPool, PostgresRateLimiter } from "./postgres-rate-limiter.ts";
import {
  apiBudgetOf,
  pageBudgetOf,
  RateLimiter,
  type ClientRateLimit,
  type RateBudget,
  type RateLimitDecision,
} from "./rate-limiter.ts";
import { clientAddressOf, isTrustedPeer, parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";

/** The trust and the two budgets. */
export interface FrontDoorOptions {
  trust: TrustProxy;
  api: ClientRateLimit | null;
  pages: ClientRateLimit | null;
}

/** Which budget a path draws on. */
export type RouteClass = "static" | "api" | "pages";

// headers through which a peer speaks for the client; only a trusted proxy may send them
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"] as const;

/** The budget of a request path: API-like routes, build assets (free), or pages. */
export function routeClassOf(pathname: string): RouteClass {
  if (pathname.startsWith("/_next/static/") || pathname === "/favicon.ico" || pathname === "/embed.js") return "static";
  if (
    pathname.startsWith("/api/") ||
    pathname.startsWith("/embed/") ||
    pathname.startsWith("/export/") ||
    /^\/actors\/[^/]+\/feed\.(json|xml)$/.test(pathname)
  )
    return "api";
  return "pages";
}

/**
 * The options from TRUST_PROXY and the RATE_LIMIT_* variables (errors name the variable): buckets in
 * PostgreSQL when the database is PostgreSQL (RATE_LIMIT_STORE=auto) or RATE_LIMIT_STORE=postgres,
 * else in this process's memory.
 */
export function frontDoorOptionsFromEnv(env: RawEnv = process.env): FrontDoorOptions {
  const s = parseSettings(env);
  const shared = s.RATE_LIMIT_STORE === "postgres" || (s.RATE_LIMIT_STORE === "auto" && s.provider === "postgresql");
  if (shared && s.provider !== "postgresql")
    throw new Error("RATE_LIMIT_STORE=postgres needs DATABASE_URL to be a postgresql:// URL");
  const api = apiBudgetOf(s);
  const pages = pageBudgetOf(s);
  const pool = shared && (api || pages) ? createRateLimitPool(s.databaseUrl) : null;
  const make = (name: string, budget: RateBudget): ClientRateLimit | null =>
    !budget
      ? null
      : pool
        ? new PostgresRateLimiter({ databaseUrl: s.databaseUrl, name, pool, ...budget })
        : new RateLimiter(budget);
  return { trust: parseTrustProxy(s.TRUST_PROXY), api: make("api", api), pages: make("pages", pages) };
}

function refuse(res: ServerResponse, cls: RouteClass, retryAfterSeconds: number): void {
  const message = `Too many requests: try again in ${retryAfterSeconds} s.`;
  const json = cls === "api";
  const body = json
    ? JSON.stringify({ errors: [{ message, extensions: { code: "RATE_LIMITED", retryAfterSeconds } }] })
    : `${message}\n`;
  res.writeHead(429, {
    "content-type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "retry-after": String(retryAfterSeconds),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

/**
 * A request hook: settles the client address into X-Forwarded-For (the only entry the app reads),
 * strips untrusted forwarded headers, and answers 429 itself when the client is over budget (true = answered;
 * a promise of it when the budget is kept in the database).
 */
export function createFrontDoor(
  opts: FrontDoorOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean> {
  return (req, res) => {
    const socket = req.socket.remoteAddress ?? "unknown";
    const xff = req.headers["x-forwarded-for"];
    const client = clientAddressOf(socket, Array.isArray(xff) ? xff.join(",") : xff, opts.trust);
    req.headers["x-forwarded-for"] = client;
    if (!isTrustedPeer(socket, opts.trust)) for (const h of FORWARDED) delete req.headers[h];
    const cls = routeClassOf(pathOf(req.url));
    const limiter = cls === "api" ? opts.api : cls === "pages" ? opts.pages : null;
    const d = limiter?.take(client);
    if (!d) return false;
    const decide = (x: RateLimitDecision) => {
      if (x.allowed) return false;
      refuse(res, cls, x.retryAfterSeconds);
      return true;
    };
    return d instanceof Promise ? d.then(decide) : decide(d);
  };
}

function pathOf(url: string | undefined): string {
  const q = (url ?? "/").search(/[?#]/);
  return q === -1 ? (url ?? "/") : url!.slice(0, q);
}
