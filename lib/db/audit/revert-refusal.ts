/** Whether the history can offer to revert an audit event, and if not, why: one answer for the API and the pages. */
import type { AuditEventRow } from "./find-audit-events.ts";
import { AUDIT_KINDS } from "./record-audit.ts";
import { isRevertibleMerge, mergeUndoneBy } from "./revert-actor-merge.ts";

/** Why `revertAuditEvent` cannot undo event `e`, for editors to read; null when it can (it may still refuse a subject changed since). */
export function revertRefusalOf(e: Pick<AuditEventRow, "kind" | "revertedAt" | "before" | "after">): string | null {
  if (e.revertedAt !== null) return "It is reverted already.";
  if (!(AUDIT_KINDS as readonly string[]).includes(e.kind)) return `Changes of kind ${e.kind} have no revert.`;
  if (e.kind === "ACTOR_MERGE" && !isRevertibleMerge(e.after) && !mergeUndoneBy(e.before, e.after))
    return "This merge was recorded before merges kept what they moved, so it cannot be undone here: correct the speakers by hand.";
  return null;
}
