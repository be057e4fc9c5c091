/** The audit history: every editorial change as one row (who, when, before, after), written in the change's transaction. */
import { insert, sqlDate, type WriteSteps } from "@/lib/db/write/steps.ts";

/** What an audit event records. */
export const AUDIT_KINDS = Object.freeze([
  "QUOTE_SPEAKER",
  "QUOTE_KIND",
  "NOT_A_QUOTE",
  "ARTICLE_TITLE",
  "ARTICLE_PUBLISHED_AT",
  "ARTICLE_PUBLISHER",
  "ACTOR_NAME",
  "ACTOR_TYPE",
  "ACTOR_MERGE",
] as const);

/** One kind of audited change. */
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Who made a change: an editor, or the shared API token (editorId null, who "api-token"). */
export interface Author {
  editorId: number | null;
  who: string;
}

/** The author of changes made with the shared API token. */
export const TOKEN_AUTHOR: Author = Object.freeze({ editorId: null, who: "api-token" });

/** One change to record; `before` and `after` are stored as JSON. */
export interface AuditEntry {
  kind: AuditKind;
  subjectType: "Quote" | "Article" | "Actor";
  subjectId: number;
  articleId: number | null;
  actorId: number | null;
  before: unknown;
  after: unknown;
  /** The event this change reverts. */
  revertsId?: number;
}

/** Records one change by `author`; returns the event's id. */
export function* recordAudit(author: Author, e: AuditEntry, now: Date): WriteSteps<number> {
  const [id] = yield* insert(
    "AuditEvent",
    [
      "editorId",
      "who",
      "kind",
      "subjectType",
      "subjectId",
      "articleId",
      "actorId",
      "before",
      "after",
      "createdAt",
      "revertsId",
    ],
    [
      [
        author.editorId,
        author.who,
        e.kind,
        e.subjectType,
        e.subjectId,
        e.articleId,
        e.actorId,
        JSON.stringify(e.before ?? null),
        JSON.stringify(e.after ?? null),
        sqlDate(now),
        e.revertsId ?? null,
      ],
    ],
    { returnIds: true },
  );
  return id!;
}
