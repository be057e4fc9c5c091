/** The audit history a page shows an editor, read with the editor's session (the history is not public). */
import { runOperation } from "@/graphql/execute.ts";
import { AUDIT_EVENT_FIELDS, type HistoryEvent } from "./audit-history.tsx";
import type { EditorSession } from "./editor-session.ts";

/** The newest changes of one article, one actor, or everything (at most `first`). */
export async function findHistory(
  editor: EditorSession,
  filter: { articleId?: string; actorId?: string; first?: number; before?: string },
): Promise<HistoryEvent[]> {
  const { auditEvents } = await runOperation<{ auditEvents: HistoryEvent[] }>(
    `query History($articleId: ID, $actorId: ID, $first: Int, $before: ID) {
      auditEvents(articleId: $articleId, actorId: $actorId, first: $first, before: $before) { ${AUDIT_EVENT_FIELDS} }
    }`,
    { first: 50, ...filter },
    { cookie: editor.cookie },
  );
  return auditEvents;
}
