/**
 * PUBLIC_URL: the address readers reach the site at ("https://news.example.org"), used for
 * every absolute link the site prints (canonical links, Open Graph, JSON-LD, sitemap, feeds,
 * embed code). Unset, links use the origin the request came to (lib/http/public-origin.ts).
 */
import { parsePublicUrl } from "./public-origin.ts";

/** The public origin without a trailing slash, or null when PUBLIC_URL is unset; throws naming a malformed value. */
export function getPublicUrl(env: Record<string, string | undefined> = process.env): string | null {
  return parsePublicUrl(env.PUBLIC_URL);
}
