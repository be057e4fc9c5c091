/** The public origin of the current request, for absolute links in embed code, feeds, JSON-LD and oEmbed discovery. */
import { headers } from "next/headers";
import { publicOriginOf } from "@/lib/http/public-origin.ts";

/** "http://host:port": PUBLIC_URL when set, else as the reader reached us (forwarded headers only behind TRUST_PROXY). */
export async function requestOrigin(): Promise<string> {
  return publicOriginOf(await headers(), "http://localhost");
}

/** oEmbed discovery metadata for a page at `path`. */
export function oembedAlternates(origin: string, path: string): { types: Record<string, string> } {
  const url = `${origin}${path}`;
  return { types: { "application/json+oembed": `${origin}/api/oembed?url=${encodeURIComponent(url)}&format=json` } };
}
