/** GraphiQL at /graphiql, served by the app itself under a strict Content-Security-Policy. */
import { GRAPHIQL_CSP, graphiqlHtml } from "./graphiql-page.ts";

/** Nothing to prerender: the page is a constant, but its headers matter. */
export const dynamic = "force-dynamic";

/** The GraphiQL page. */
export function GET(): Response {
  return new Response(graphiqlHtml(), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": GRAPHIQL_CSP,
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=300",
    },
  });
}
