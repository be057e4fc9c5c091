/** The signed-in editor of the page being rendered: the session cookie, checked against the database through the API's `viewer`. */
import { cookies } from "next/headers";
import { cache } from "react";
import { runOperation } from "@/graphql/execute.ts";
import { readCookie, SESSION_COOKIE, unsealSession } from "@/lib/auth/session.ts";
import { getSettings } from "@/lib/settings/settings.ts";

/** A signed-in editor as pages need it: who, and the token their forms carry. */
export interface EditorSession {
  name: string;
  role: "EDITOR" | "ADMIN";
  csrf: string;
  /** The Cookie header to run the editor's operations with. */
  cookie: string;
}

/** The signed-in editor, or null; one lookup per request. */
export const getEditorSession = cache(async (): Promise<EditorSession | null> => {
  const jar = await cookies();
  const seal = jar.get(SESSION_COOKIE)?.value;
  const secret = getSettings().SESSION_SECRET;
  if (!seal || !secret) return null;
  const session = await unsealSession(seal, secret, Date.now());
  if (!session) return null;
  const cookie = `${SESSION_COOKIE}=${encodeURIComponent(seal)}`;
  const { viewer } = await runOperation<{ viewer: { name: string; role: "EDITOR" | "ADMIN" } | null }>(
    "query Viewer { viewer { name role } }",
    {},
    { cookie },
  );
  return viewer ? { ...viewer, csrf: session.csrf, cookie } : null;
});

/** Whether a session cookie value is present at all (it may still be stale). */
export function hasSessionCookieHeader(header: string | null): boolean {
  return readCookie(header, SESSION_COOKIE) !== null;
}
