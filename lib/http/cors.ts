/**
 * CORS for a public read API: which origins may read answers, and the preflight
 * answer. Reads are public, so the default is `*` (no credentials: browsers send no
 * cookies to a `*` origin); writes are guarded by the bearer token, not by the origin.
 */

/** Origins allowed to read: every origin, or an exact list (scheme://host[:port]). */
export type AllowedOrigins = "*" | readonly string[];

/** Request headers a browser client may send (Apollo, urql, graphql-request and Relay send these). */
const ALLOWED_HEADERS = [
  "accept",
  "authorization",
  "content-type",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "if-none-match",
].join(", ");

/** Response headers a cross-origin script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = "ETag, Retry-After";

/** Seconds a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE = 86_400;

/** Parses `*` or a comma-separated list of origins; throws naming the bad entry. */
export function parseAllowedOrigins(value: string): AllowedOrigins {
  const trimmed = value.trim();
  if (trimmed === "*") return "*";
  const origins = trimmed
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length === 0) throw new Error(`expected "*" or a comma-separated list of origins, got "${value}"`);
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin (expected scheme://host[:port])`);
    }
    if (parsed.origin !== origin)
      throw new Error(`"${origin}" is not an origin (expected "${parsed.origin}": no path, no trailing slash)`);
  }
  return origins;
}

/** The CORS headers of an answer to a request from `origin` (null when the request names none). */
export function corsHeaders(origin: string | null, allowed: AllowedOrigins): Record<string, string> {
  if (allowed === "*") return { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSED_HEADERS };
  // the answer depends on the Origin header whenever a list is configured
  const vary = { vary: "Origin" };
  if (!origin || !allowed.includes(origin)) return vary;
  return { ...vary, "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSED_HEADERS };
}

/** The headers of the answer to a CORS preflight (OPTIONS) for an endpoint taking `methods` (its status is 204). */
export function preflightHeaders(
  origin: string | null,
  allowed: AllowedOrigins,
  methods: readonly string[],
): Record<string, string> {
  const headers: Record<string, string> = corsHeaders(origin, allowed);
  headers.allow = [...methods, "OPTIONS"].join(", ");
  if (headers["access-control-allow-origin"] !== undefined) {
    headers["access-control-allow-methods"] = [...methods, "OPTIONS"].join(", ");
    headers["access-control-allow-headers"] = ALLOWED_HEADERS;
    headers["access-control-max-age"] = String(PREFLIGHT_MAX_AGE);
  }
  headers["cache-control"] = "no-store";
  return headers;
}

/** The answer to a CORS preflight (OPTIONS) for an endpoint taking `methods`. */
export function preflightResponse(
  origin: string | null,
  allowed: AllowedOrigins,
  methods: readonly string[],
): Response {
  return new Response(null, { status: 204, headers: preflightHeaders(origin, allowed, methods) });
}

/** Adds the CORS headers for `origin` to `headers` (lower-case names; a Vary already present is extended). */
export function addCorsHeaders(headers: Record<string, string>, origin: string | null, allowed: AllowedOrigins): void {
  const extra = corsHeaders(origin, allowed);
  for (const name in extra) {
    const prior = name === "vary" ? headers.vary : undefined;
    headers[name] = prior ? `${prior}, ${extra[name]}` : extra[name]!;
  }
}

/** `response` with the CORS headers for `origin` added (a Vary already present is extended). */
export function withCorsHeaders(response: Response, origin: string | null, allowed: AllowedOrigins): Response {
  const extra = corsHeaders(origin, allowed);
  if (Object.keys(extra).length === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) {
    const prior = name === "vary" ? headers.get("vary") : null;
    headers.set(name, prior ? `${prior}, ${value}` : value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
