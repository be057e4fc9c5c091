/** HTTP responses of embed documents, with their own CSP (inline style and script by hash, `frame-ancestors *`). */
import { EMBED_CSP } from "./embed-csp.ts";

/** An HTML response of an embed document; found documents are cacheable for a few minutes. */
export function embedHtmlResponse(html: string, status: 200 | 404 = 200): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": EMBED_CSP,
      "Cache-Control": status === 200 ? "public, max-age=300, stale-while-revalidate=3600" : "public, max-age=60",
    },
  });
}
