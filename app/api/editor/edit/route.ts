/**
 * POST /api/editor/edit (form: action, csrf, returnTo and the action's fields): runs one
 * editor action (editor-actions.ts) and answers 303 back to the page, with `edited` or
 * `editError` for it to show. Works without JavaScript; a cross-site post is refused here,
 * and a post without the session's CSRF token by the API.
 */
import { refuse, readEditorForm, seeOther } from "@/app/api/editor/form-request.ts";
import { isEditorAction, runEditorAction } from "./editor-actions.ts";

export const dynamic = "force-dynamic";

/** Runs the form's action and sends the editor back. */
export async function POST(request: Request): Promise<Response> {
  const form = await readEditorForm(request);
  if ("refused" in form) return form.refused;
  const { fields, origin } = form;
  const action = fields.get("action") ?? "";
  if (!isEditorAction(action)) return refuse(400, `Unknown editor action ${JSON.stringify(action.slice(0, 40))}.`);
  const returnTo = fields.get("returnTo") ?? "/";
  const outcome = await runEditorAction(action, fields, {
    cookie: request.headers.get("cookie"),
    csrfToken: fields.get("csrf"),
  });
  if (outcome.error) return seeOther(origin, returnTo, ["editError", outcome.error.slice(0, 300)]);
  return seeOther(origin, outcome.goTo ?? returnTo, ["edited", action]);
}
