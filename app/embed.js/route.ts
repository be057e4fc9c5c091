/** GET /embed.js: the loader that turns quote blockquotes into resizing frames (cacheable, revalidated by ETag). */
import { createHash } from "node:crypto";
import { LOADER_SCRIPT } from "@/app/embed/_lib/loader-script.ts";

// served by the handler on every request so its own Cache-Control and ETag reach the browser as written
export const dynamic = "force-dynamic";

const ETAG = `"${createHash("sha256").update(LOADER_SCRIPT).digest("base64url").slice(0, 22)}"`;
const HEADERS = {
  "Content-Type": "text/javascript; charset=utf-8",
  "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
  ETag: ETAG,
  "Access-Control-Allow-Origin": "*",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

/** The loader script, or 304 when the browser already holds this version. */
export function GET(request: Request): Response {
  const cached = request.headers
    .get("if-none-match")
    ?.split(",")
    .some((tag) => tag.trim().replace(/^W\//, "") === ETAG);
  return cached
    ? new Response(null, { status: 304, headers: HEADERS })
    : new Response(LOADER_SCRIPT, { headers: HEADERS });
}
