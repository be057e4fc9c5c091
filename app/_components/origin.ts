/** The public origin of the current request, for absolute links in embed code, feeds and oEmbed discovery. */
import { headers } from "next/headers";
import { getPublicUrl } from "../../lib/http/public-url.ts";

/** PUBLIC_URL when set; else "http://host:port" as the reader reached us, forwarded headers winning behind a proxy. */
export async function requestOrigin(): Promise<string> {
  const configured = getPublicUrl();
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  // a Host header is caller-controlled; only a plain host[:port] may end up in links we print
  return /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host) && /^https?$/.test(proto) ? `${proto}://${host}` : "http://localhost";
}

/** oEmbed discovery metadata for a page at `path`. */
export function oembedAlternates(origin: string, path: string): { types: Record<string, string> } {
  const url = `${origin}${path}`;
  return { types: { "application/json+oembed": `${origin}/api/oembed?url=${encodeURIComponent(url)}&format=json` } };
}
