/** Reading the audit history: newest first, by article, by actor or all, in bounded pages. */
import type { Db } from "@/lib/db/client.ts";

/** Most events one call returns. */
export const MAX_AUDIT_PAGE = 200;

/** An audit event as shown to editors (before and after still JSON text). */
export interface AuditEventRow {
  id: number;
  editorId: number | null;
  who: string;
  kind: string;
  subjectType: string;
  subjectId: number;
  articleId: number | null;
  actorId: number | null;
  before: string;
  after: string;
  createdAt: Date;
  revertedAt: Date | null;
  revertsId: number | null;
}

/** Which events to read: one article's, one actor's, or everyone's; `beforeId` pages back. */
export interface AuditFilter {
  articleId?: number;
  actorId?: number;
  beforeId?: number;
  limit: number;
}

/** Audit events matching `f`, newest first, at most MAX_AUDIT_PAGE. */
export async function findAuditEvents(db: Db, f: AuditFilter): Promise<AuditEventRow[]> {
  if (!Number.isInteger(f.limit) || f.limit < 1)
    throw new Error(`limit must be a positive whole number, got ${f.limit}`);
  return db.auditEvent.findMany({
    where: {
      ...(f.articleId !== undefined ? { articleId: f.articleId } : {}),
      ...(f.actorId !== undefined ? { actorId: f.actorId } : {}),
      ...(f.beforeId !== undefined ? { id: { lt: f.beforeId } } : {}),
    },
    orderBy: { id: "desc" },
    take: Math.min(f.limit, MAX_AUDIT_PAGE),
  });
}
