/** Mutation authorisation: a bearer token compared in constant time with API_TOKEN, or an editor's session plus its CSRF token. */
import { createHash, timingSafeEqual } from "node:crypto";
import { csrfTokensMatch } from "@/lib/auth/csrf.ts";
import type { GraphQLContext } from "./context.ts";
import { apiError } from "./errors.ts";
import { getViewer, hasSessionCookie } from "./viewer.ts";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Whether `given` equals `expected`, taking the same time whatever their contents or lengths. */
export function tokensMatch(given: string, expected: string): boolean {
  // equal-length digests let timingSafeEqual compare without leaking the token's length
  return timingSafeEqual(digest(given), digest(expected));
}

/** Who makes a change, as the audit history records it. */
export interface ChangeAuthor {
  /** The editor's id, or null for the shared API token. */
  editorId: number | null;
  /** The editor's name, or "api-token". */
  who: string;
  role: "EDITOR" | "ADMIN" | "TOKEN";
}

/**
 * The author of a mutation; throws UNAUTHENTICATED or FORBIDDEN unless the request carries
 * the configured API token, or a live editor's session cookie with that session's CSRF token.
 * Reads only for editors (the audit history) pass `{ read: true }`: they change nothing, so a
 * session needs no CSRF token (another site cannot read the answer).
 */
export async function requireEditor(ctx: GraphQLContext, opts: { read?: boolean } = {}): Promise<ChangeAuthor> {
  if (ctx.bearerToken) {
    if (!ctx.apiToken) throw apiError("FORBIDDEN", "Mutations are disabled: the server has no API_TOKEN configured.");
    if (!tokensMatch(ctx.bearerToken, ctx.apiToken))
      throw apiError("UNAUTHENTICATED", "The bearer token is not valid.");
    return { editorId: null, who: "api-token", role: "TOKEN" };
  }
  if (hasSessionCookie(ctx.cookie)) {
    const viewer = await getViewer(ctx);
    if (!viewer) throw apiError("UNAUTHENTICATED", "The session has expired or the editor is disabled: sign in again.");
    if (!opts.read && !csrfTokensMatch(ctx.csrfToken, viewer.session.csrf))
      throw apiError("FORBIDDEN", "A signed-in editor's change needs the session's CSRF token (X-CSRF-Token header).");
    return { editorId: viewer.editor.id, who: viewer.editor.name, role: viewer.editor.role };
  }
  if (!ctx.apiToken) throw apiError("FORBIDDEN", "Mutations are disabled: the server has no API_TOKEN configured.");
  throw apiError("UNAUTHENTICATED", "Mutations need an `Authorization: Bearer <token>` header or an editor's session.");
}
