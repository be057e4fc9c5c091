/** The GraphQL endpoint: GET and POST delegate to the framework-free handler in graphql/. */
import { handleGraphQLRequest } from "../../../graphql/http-handler.ts";

/** Answers are per request (auth, variables), never prerendered. */
export const dynamic = "force-dynamic";
/** Prisma and Apollo need Node, not the edge runtime. */
export const runtime = "nodejs";

/** GraphQL queries over GET (cacheable, CSRF-safe per Apollo's rules). */
export function GET(request: Request): Promise<Response> {
  return handleGraphQLRequest(request);
}

/** GraphQL queries and mutations over POST. */
export function POST(request: Request): Promise<Response> {
  return handleGraphQLRequest(request);
}
