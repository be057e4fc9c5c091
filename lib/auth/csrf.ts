/**
 * Cross-site request forgery checks for editors' writes: the request must come from
 * this site (Sec-Fetch-Site, else Origin, else Referer) and carry the session's token.
 * The SameSite=Lax cookie already stays home on cross-site POSTs; this is the second lock.
 */
import { timingSafeEqual } from "node:crypto";

/** Whether `given` is the session's CSRF token (constant time). */
export function csrfTokensMatch(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a write comes from a page of `origin` (scheme://host[:port]): a browser's
 * Sec-Fetch-Site says so, or the Origin (else the Referer) names it. A request with
 * none of these (a script, not a browser) passes here and must prove itself by token.
 */
export function isSameOriginRequest(headers: Headers, origin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const from = headers.get("origin");
  if (from) return from === origin;
  const referer = headers.get("referer");
  if (!referer) return true;
  try {
    return new URL(referer).origin === origin;
  } catch {
    return false;
  }
}
