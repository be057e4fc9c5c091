/**
 * The Content-Security-Policy of explorer pages, set per request by `proxy.ts`: scripts
 * run only with this response's nonce, and what they load inherits the trust
 * ('strict-dynamic'), so no inline script an attacker slips into a page can run.
 */

/** A fresh, unguessable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The page policy for one response. Styles stay 'unsafe-inline': React sets style attributes, and CSS cannot run script. */
export function pageCspOf(nonce: string): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether a path answers with its own policy (embeds, GraphiQL) rather than the page one. */
export function hasOwnCsp(pathname: string): boolean {
  return pathname.startsWith("/embed/") || pathname === "/graphiql" || pathname.startsWith("/graphiql/");
}
