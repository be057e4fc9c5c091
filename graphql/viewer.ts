/** The editor a request's session cookie names, looked up on every operation so a disabled editor is out at once. */
import { readCookie, SESSION_COOKIE, unsealSession, type SessionData } from "@/lib/auth/session.ts";
import { getActiveEditor, type EditorAccount } from "@/lib/db/editors/editors.ts";
import type { GraphQLContext } from "./context.ts";

/** A signed-in editor and the session that proves it. */
export interface Viewer {
  editor: EditorAccount;
  session: SessionData;
}

/** Whether a Cookie header carries a session cookie at all (then nothing may be cached or shared). */
export function hasSessionCookie(cookie: string | null | undefined): boolean {
  return readCookie(cookie, SESSION_COOKIE) !== null;
}

async function lookUp(ctx: GraphQLContext): Promise<Viewer | null> {
  const seal = readCookie(ctx.cookie, SESSION_COOKIE);
  if (!seal || !ctx.sessionSecret) return null;
  const session = await unsealSession(seal, ctx.sessionSecret, Date.now());
  if (!session) return null;
  const editor = await getActiveEditor(ctx.db, session.editorId);
  return editor ? { editor, session } : null;
}

/** The signed-in editor of this operation, or null. */
export function getViewer(ctx: GraphQLContext): Promise<Viewer | null> {
  ctx.viewer ??= lookUp(ctx);
  return ctx.viewer;
}
