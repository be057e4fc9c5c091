/**
 * What every request meets before the app, where the socket is still known: the
 * client's address is settled (TRUST_PROXY), forwarded headers from untrusted peers
 * are dropped so no one can choose the host or address the app believes, and each
 * client is held to its rate limit: one budget for the API, feeds, embeds, oEmbed and exports,
 * a larger one for pages. Static assets pass unlimited.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createApiRateLimiter, createPageRateLimiter, type RateLimiter } from "./rate-limiter.ts";
import { clientAddressOf, isTrustedPeer, parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";

/** The trust and the two budgets. */
export interface FrontDoorOptions {
  trust: TrustProxy;
  api: RateLimiter | null;
  pages: RateLimiter | null;
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

/** The options from TRUST_PROXY and the RATE_LIMIT_* variables (errors name the variable). */
export function frontDoorOptionsFromEnv(env: Record<string, string | undefined> = process.env): FrontDoorOptions {
  return { trust: parseTrustProxy(env.TRUST_PROXY), api: createApiRateLimiter(env), pages: createPageRateLimiter(env) };
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
 * strips untrusted forwarded headers, and answers 429 itself when the client is over budget (true = answered).
 */
export function createFrontDoor(opts: FrontDoorOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const socket = req.socket.remoteAddress ?? "unknown";
    const xff = req.headers["x-forwarded-for"];
    const client = clientAddressOf(socket, Array.isArray(xff) ? xff.join(",") : xff, opts.trust);
    req.headers["x-forwarded-for"] = client;
    if (!isTrustedPeer(socket, opts.trust)) for (const h of FORWARDED) delete req.headers[h];
    const cls = routeClassOf(pathOf(req.url));
    const limiter = cls === "api" ? opts.api : cls === "pages" ? opts.pages : null;
    const d = limiter?.take(client);
    if (!d || d.allowed) return false;
    refuse(res, cls, d.retryAfterSeconds);
    return true;
  };
}

function pathOf(url: string | undefined): string {
  const q = (url ?? "/").search(/[?#]/);
  return q === -1 ? (url ?? "/") : url!.slice(0, q);
}
