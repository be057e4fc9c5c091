import { NextResponse, type NextRequest } from "next/server";
import { findFilterError, renderBadRequestPage } from "./app/_components/filter-errors.ts";
import { createNonce, hasOwnCsp, pageCspOf } from "./app/_components/page-csp.ts";

/**
 * Runs before routing. A path with a malformed percent-escape ("%E0%A4%A") would
 * make Next's param decoding throw and answer 500; it is the client's error, so 400.
 * Every page gets a fresh CSP nonce: Next reads it from the request's
 * Content-Security-Policy header and puts it on the scripts it renders.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the path has a malformed percent-escape.\n", {
      status: 400,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  }
  // a list filter the page cannot read ("from=2018-13") is the reader's error too: 400, naming it
  const badFilter = findFilterError(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (badFilter) {
    return new NextResponse(renderBadRequestPage(badFilter, request.nextUrl.pathname), {
      status: 400,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  }
  if (hasOwnCsp(request.nextUrl.pathname)) return undefined;
  const nonce = createNonce();
  const csp = pageCspOf(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

/**
 * Every path but the GraphQL endpoint, whose path is fixed (a malformed escape there
 * is another path, so it still comes here): the busiest route skips the proxy's cost.
 * Build assets need no nonce.
 */
export const config = {
  matcher: ["/((?!api/graphql$|_next/static/|_next/image/).*)"],
};
