/**
 * The GraphQL endpoint: GET and POST delegate to the framework-free handler in graphql/.
 * Rate limits are applied in front of Next, where the socket address is known (lib/http/front-door.ts).
 */
import { handleGraphQLRequest } from "@/graphql/http-handler.ts";

/** Answers are per request (auth, variables), never prerendered. */
export const dynamic = "force-dynamic";
/** Prisma and Apollo need Node, not the edge runtime. */
export const runtime = "nodejs";

const handle = (request: Request) => handleGraphQLRequest(request);

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
