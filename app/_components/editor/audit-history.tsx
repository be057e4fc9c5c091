/**
 * The audit history as a list, each change with who, when, before and after, and a revert
 * button while it can be undone ("Redo" on a revert, which reverting redoes), else why not.
 */
import { FormBasics } from "./editor-bar.tsx";
import type { EditorSession } from "./editor-session.ts";

/** One audit event as the list shows it. */
export interface HistoryEvent {
  id: string;
  who: string;
  kind: string;
  createdAt: string;
  before: string;
  after: string;
  revertedAt: string | null;
  revertsId: string | null;
  revertible: boolean;
  revertRefusal: string | null;
  article: { slug: string; displayTitle: string } | null;
}

/** The shown part of a before/after state: its value (a speaker's id, a kind, a title…). */
function valueOf(json: string): string {
  try {
    const v = (JSON.parse(json) as { value?: unknown } | null)?.value;
    if (v === undefined) return json.slice(0, 200);
    return v === null ? "(none)" : String(v).slice(0, 200);
  } catch {
    return json.slice(0, 200);
  }
}

/** The list; empty history says so. */
export function AuditHistory({
  editor,
  events,
  returnTo,
}: {
  editor: EditorSession;
  events: HistoryEvent[];
  returnTo: string;
}) {
  if (!events.length) return <p className="muted">No changes yet.</p>;
  return (
    <ol className="audit-history">
      {events.map((e) => (
        <li key={e.id}>
          <strong>{e.kind}</strong> by {e.who},{" "}
          <time dateTime={e.createdAt}>{e.createdAt.replace("T", " ").slice(0, 19)}</time>
          {e.article ? (
            <>
              {" "}
              on <a href={`/articles/${e.article.slug}`}>{e.article.displayTitle}</a>
            </>
          ) : null}
          : <span className="before">{valueOf(e.before)}</span> → <span className="after">{valueOf(e.after)}</span>
          {e.revertsId ? <span className="muted"> (a revert)</span> : null}
          {e.revertedAt ? <span className="muted"> · reverted</span> : null}
          {e.revertible ? (
            <form method="post" action="/api/editor/edit" className="inline-form">
              <FormBasics editor={editor} action="revert" returnTo={returnTo} />
              <input type="hidden" name="eventId" value={e.id} />
              <button type="submit">{e.revertsId ? "Redo" : "Revert"}</button>
            </form>
          ) : e.revertedAt ? null : (
            <span className="muted revert-refusal"> · {e.revertRefusal}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The fields of an audit event for a page's query. */
export const AUDIT_EVENT_FIELDS =
  "id who kind createdAt before after revertedAt revertsId revertible revertRefusal article { slug displayTitle }";
