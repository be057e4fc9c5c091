/** This site's origin for links in embeds and oEmbed answers: PUBLIC_URL, or the host the visitor addressed. */
import { publicOriginOf } from "@/lib/http/public-origin.ts";

/**
 * The origin (`http://host:port`) of a request to this app. Next hands route handlers a
 * `request.url` on "localhost", so without PUBLIC_URL the host comes from the headers
 * (X-Forwarded-Host only behind TRUST_PROXY) and falls back to that URL when they are absent or malformed.
 */
export function siteOriginOf(request: Request, env: Record<string, string | undefined> = process.env): string {
  return publicOriginOf(request.headers, request.url, env);
}
