/** This site's origin as the visitor addressed it (or PUBLIC_URL), so embeds and oEmbed answers point back to the same host. */
import { getPublicUrl } from "../../../lib/http/public-url.ts";

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

function firstValue(header: string | null): string | null {
  return header?.split(",")[0]?.trim() || null;
}

/**
 * The origin (`http://host:port`) of a request to this app. Next hands route handlers a
 * `request.url` on "localhost", so the host comes from the headers (a proxy's
 * X-Forwarded-Host first, then Host) and falls back to that URL when they are absent or malformed.
 */
export function siteOriginOf(request: Request): string {
  const configured = getPublicUrl();
  if (configured) return configured;
  const fallback = new URL(request.url);
  const host = firstValue(request.headers.get("x-forwarded-host")) ?? firstValue(request.headers.get("host"));
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  const protocol = proto === "https" || proto === "http" ? proto : fallback.protocol.replace(":", "");
  return host && HOST.test(host) ? new URL(`${protocol}://${host}`).origin : fallback.origin;
}
