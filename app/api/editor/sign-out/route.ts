/** POST /api/editor/sign-out (form: csrf): ends the editor's session by clearing its cookie. */
import { refuse, readEditorForm, seeOther } from "@/app/api/editor/form-request.ts";
import { csrfTokensMatch } from "@/lib/auth/csrf.ts";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, unsealSession } from "@/lib/auth/session.ts";
import { getSettings } from "@/lib/settings/settings.ts";

export const dynamic = "force-dynamic";

/** Clears the session cookie when the form carries the session's token. */
export async function POST(request: Request): Promise<Response> {
  const form = await readEditorForm(request);
  if ("refused" in form) return form.refused;
  const secret = getSettings().SESSION_SECRET;
  const seal = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  const session = seal && secret ? await unsealSession(seal, secret, Date.now()) : null;
  if (session && !csrfTokensMatch(form.fields.get("csrf"), session.csrf))
    return refuse(403, "Refused: the form's CSRF token does not match the session.");
  return seeOther(form.origin, "/", undefined, [clearedSessionCookie(form.origin.startsWith("https:"))]);
}
