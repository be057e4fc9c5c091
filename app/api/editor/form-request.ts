/** What every editor form handler does first: read the urlencoded body (bounded), check the origin, and answer with 303s. */
import { safeReturnPath, withNotice } from "@/app/_components/editor/return-path.ts";
import { isSameOriginRequest } from "@/lib/auth/csrf.ts";
import { publicOriginOf } from "@/lib/http/public-origin.ts";
import { readBodyText } from "@/lib/http/read-body.ts";

/** Largest form body accepted. */
const MAX_FORM_BYTES = 64 * 1024;

/** A parsed editor form, or the response that refuses it. */
export type FormRead = { fields: URLSearchParams; origin: string } | { refused: Response };

/** A plain-text refusal that is never cached. */
export function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Reads a form POST from this site; a cross-site post, another content type or a too-large body is refused. */
export async function readEditorForm(request: Request): Promise<FormRead> {
  const origin = publicOriginOf(request.headers, new URL(request.url).origin);
  if (!isSameOriginRequest(request.headers, origin))
    return { refused: refuse(403, "Refused: this form was posted from another site.") };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded")
    return { refused: refuse(415, "Editor forms must be sent as application/x-www-form-urlencoded.") };
  const text = await readBodyText(request, MAX_FORM_BYTES);
  if (text === null) return { refused: refuse(413, `The form is larger than ${MAX_FORM_BYTES} bytes.`) };
  return { fields: new URLSearchParams(text), origin };
}

/** A 303 back to a local path, optionally with a notice for the page to show, setting `cookies`. */
export function seeOther(
  origin: string,
  path: string,
  notice?: ["edited" | "editError" | "error", string],
  cookies: string[] = [],
): Response {
  const target = notice ? withNotice(safeReturnPath(path), notice[0], notice[1]) : safeReturnPath(path);
  const headers = new Headers({ location: new URL(target, origin).toString(), "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}
