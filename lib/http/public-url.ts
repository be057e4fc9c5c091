/**
 * PUBLIC_URL: the address readers reach the site at ("https://news.example.org"), used for
 * every absolute link the site prints (canonical links, Open Graph, JSON-LD, sitemap, feeds,
 * embed code). Unset, links use the origin the request came to.
 */

/** The public origin (and path prefix, if any) without a trailing slash, or null when PUBLIC_URL is unset; throws naming a malformed value. */
export function getPublicUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address, got ${JSON.stringify(raw)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http(s) address without credentials, query or fragment, got ${JSON.stringify(raw)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
