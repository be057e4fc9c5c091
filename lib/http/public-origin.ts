/**
 * The origin the app writes into every absolute link (oEmbed, embed code, feeds,
 * JSON-LD): PUBLIC_URL when set; else the Host header, with X-Forwarded-Host and
 * X-Forwarded-Proto believed only when TRUST_PROXY says a proxy sits in front.
 */
import { SettingError, parseTrustProxy } from "./trust-proxy.ts";

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

/** PUBLIC_URL as an origin ("https://news.example"), or null when unset; anything but an http(s) origin is refused by name. */
export function parsePublicUrl(value: string | undefined): string | null {
  const v = (value ?? "").trim();
  if (!v) return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new SettingError(`PUBLIC_URL=${JSON.stringify(value)}: not a URL (expected e.g. https://news.example)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SettingError(`PUBLIC_URL=${JSON.stringify(value)}: only http and https are served`);
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username) {
    throw new SettingError(
      `PUBLIC_URL=${JSON.stringify(value)}: give the origin only (scheme, host, port), without a path or query`,
    );
  }
  return url.origin;
}

function firstValue(header: string | null): string | null {
  return header?.split(",")[0]?.trim() || null;
}

/**
 * The public origin for a request's headers. `fallback` is used when the headers name no
 * valid host (e.g. Next's own `request.url` origin).
 */
export function publicOriginOf(
  headers: Headers,
  fallback: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = parsePublicUrl(env.PUBLIC_URL);
  if (configured) return configured;
  const viaProxy = parseTrustProxy(env.TRUST_PROXY).kind !== "none";
  const host = (viaProxy ? firstValue(headers.get("x-forwarded-host")) : null) ?? firstValue(headers.get("host"));
  const proto = viaProxy ? firstValue(headers.get("x-forwarded-proto")) : null;
  const fallbackUrl = new URL(fallback);
  const protocol = proto === "https" || proto === "http" ? proto : fallbackUrl.protocol.replace(":", "");
  return host && HOST.test(host) ? new URL(`${protocol}://${host}`).origin : fallbackUrl.origin;
}
