/** The GraphQL endpoint: GET and POST delegate to the framework-free handler in graphql/, per client rate-limited. */
import { handleGraphQLRequest } from "../../../graphql/http-handler.ts";
import { createApiRateLimiter, withRateLimit } from "../../../lib/http/rate-limiter.ts";

/** Answers are per request (auth, variables), never prerendered. */
export const dynamic = "force-dynamic";
/** Prisma and Apollo need Node, not the edge runtime. */
export const runtime = "nodejs";

// one limiter per server process (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_BURST; 0 turns it off)
const handle = withRateLimit(handleGraphQLRequest, createApiRateLimiter());

/** GraphQL queries over GET (cacheable; a GET never runs a mutation, so it needs no preflight header). */
export function GET(request: Request): Promise<Response> {
  return handle(request);
}

/** GraphQL queries and mutations over POST. */
export function POST(request: Request): Promise<Response> {
  return handle(request);
}

/** CORS preflight: the handler answers it for the configured origins (CORS_ALLOWED_ORIGINS). */
export function OPTIONS(request: Request): Promise<Response> {
  return handleGraphQLRequest(request);
}
