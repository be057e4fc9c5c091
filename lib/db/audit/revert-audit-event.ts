/**
 * Reverting an audited change: its `before` is applied again (the correction that was
 * there before is put back, or removed), only while the subject still shows the change's
 * `after` (a later change must be reverted first); a merge is undone by revertActorMerge.
 * The revert is an audit event of its own, and can be reverted in turn (a redo): a "not a
 * quote" mark is put back, a merge's revert merges the two actors again.
 */
import type { Db } from "@/lib/db/client.ts";
import { applyArticleValue, findQuoteByKey, type CorrectionKind } from "@/lib/db/corrections/apply-correction.ts";
import { putCorrection, type StoredCorrection } from "@/lib/db/corrections/save-correction.ts";
import { getArticleValue } from "@/lib/db/mutations/correct-article.ts";
import { getQuoteRow, quoteValueOf, type QuoteRow } from "@/lib/db/mutations/correct-quote.ts";
import { mergeActorsInTx } from "@/lib/db/mutations/merge-actors.ts";
import { getActorRow, setActorNameAndType, type ActorChangeFailure } from "@/lib/db/mutations/update-actor.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { refreshStatements } from "@/lib/db/statements/refresh-statements.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";
import { insert, query, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { recordAudit, type AuditKind, type Author } from "./record-audit.ts";
import { isRevertibleMerge, mergeUndoneBy, revertActorMerge, type MergeRecord } from "./revert-actor-merge.ts";

/** Why a change could not be reverted. */
export type RevertFailure =
  | { code: "EVENT_NOT_FOUND" }
  | { code: "ALREADY_REVERTED" }
  | { code: "NOT_REVERSIBLE"; kind: string }
  | { code: "SUBJECT_GONE" }
  | { code: "CHANGED_SINCE" }
  | ActorChangeFailure;

type State = { value: unknown; correction?: StoredCorrection; key?: { quoteText: string; quoteStart: number } };
type EventRow = {
  id: number;
  kind: AuditKind;
  subjectId: number;
  articleId: number | null;
  revertedAt: unknown;
  revertsId: unknown;
  createdAt: string | Date;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Puts a deleted quote back from the row "not a quote" kept; returns its new id. */
function* reinsertQuote(row: QuoteRow): WriteSteps<number> {
  const cols = Object.keys(row).filter((c) => c !== "id" && c !== "statementId");
  // values as the database gave them (SQLite's booleans are 0/1, which PostgreSQL reads as booleans too)
  const [id] = yield* insert("Quote", cols, [cols.map((c) => row[c])], { returnIds: true });
  return id!;
}

function* revertQuote(e: EventRow, before: State & { quote?: QuoteRow }, after: State, now: Date) {
  const articleId = e.articleId!;
  const key = before.key!;
  const found = yield* findQuoteByKey(articleId, key.quoteText, key.quoteStart);
  const ckey = { articleId, kind: e.kind as CorrectionKind, ...key };
  if (e.kind === "NOT_A_QUOTE" && before.value === true) {
    // the revert of a mark: the quote put back goes again (its row as the mark kept it is the revert's `after`)
    if (found === null) return { code: "CHANGED_SINCE" } as const;
    const row = yield* getQuoteRow(found);
    yield* putCorrection(ckey, before.correction ?? null);
    yield* query(`DELETE FROM "Quote" WHERE "id" = ?`, [found]);
    if (row?.statementId != null) yield* refreshStatements([toInt(row.statementId)], now);
    return found;
  }
  if (e.kind === "NOT_A_QUOTE") {
    if (found !== null) return { code: "CHANGED_SINCE" } as const;
    yield* putCorrection(ckey, before.correction ?? null);
    const id = yield* reinsertQuote(before.quote!);
    yield* groupQuotes([id], now);
    return id;
  }
  if (found === null) return { code: "SUBJECT_GONE" } as const;
  if (!same(quoteValueOf(e.kind as "QUOTE_KIND", yield* getQuoteRow(found)), after.value))
    return { code: "CHANGED_SINCE" } as const;
  yield* putCorrection(ckey, before.correction ?? null);
  if (e.kind === "QUOTE_KIND") yield* query(`UPDATE "Quote" SET "kind" = ? WHERE "id" = ?`, [before.value, found]);
  else {
    const corrected = before.correction ? "TRUE" : "FALSE";
    yield* query(`UPDATE "Quote" SET "speakerId" = ?, "speakerCorrected" = ${corrected} WHERE "id" = ?`, [
      before.value,
      found,
    ]);
    yield* groupQuotes([found], now);
  }
  return found;
}

function* steps(author: Author, eventId: number, now: Date): WriteSteps<{ auditEventId: number } | RevertFailure> {
  const [row] = yield* query<EventRow & { before: string; after: string }>(
    `SELECT "id", "kind", "subjectId", "articleId", "revertedAt", "revertsId", "createdAt", "before", "after" FROM "AuditEvent" WHERE "id" = ?`,
    [eventId],
  );
  if (!row) return { code: "EVENT_NOT_FOUND" };
  if (row.revertedAt !== null) return { code: "ALREADY_REVERTED" };
  const e = {
    ...row,
    subjectId: toInt(row.subjectId),
    articleId: row.articleId === null ? null : toInt(row.articleId),
  };
  const before = JSON.parse(row.before) as State & { quote?: QuoteRow };
  const after = JSON.parse(row.after) as State;
  let subjectId = e.subjectId;
  if (e.kind === "QUOTE_SPEAKER" || e.kind === "QUOTE_KIND" || e.kind === "NOT_A_QUOTE") {
    const r = yield* revertQuote(e, before, after, now);
    if (typeof r !== "number") return r;
    subjectId = r;
  } else if (e.kind.startsWith("ARTICLE_")) {
    const current = yield* getArticleValue(e.subjectId, e.kind as CorrectionKind);
    if (current === undefined) return { code: "SUBJECT_GONE" };
    if (!same(current, after.value)) return { code: "CHANGED_SINCE" };
    const key = { articleId: e.subjectId, kind: e.kind as CorrectionKind, quoteText: "", quoteStart: -1 };
    yield* putCorrection(key, before.correction ?? null);
    yield* applyArticleValue(e.subjectId, e.kind as CorrectionKind, (before.value as string | null) ?? null);
  } else if (e.kind === "ACTOR_NAME" || e.kind === "ACTOR_TYPE") {
    const actor = yield* getActorRow(e.subjectId);
    if (!actor) return { code: "SUBJECT_GONE" };
    const field = e.kind === "ACTOR_NAME" ? actor.name : actor.type;
    if (field !== after.value) return { code: "CHANGED_SINCE" };
    const name = e.kind === "ACTOR_NAME" ? String(before.value) : actor.name;
    const type = e.kind === "ACTOR_TYPE" ? (before.value as ActorType) : actor.type;
    const failure = yield* setActorNameAndType(actor, name, type, now);
    if (failure) return failure;
  } else if (e.kind === "ACTOR_MERGE" && isRevertibleMerge(row.after)) {
    const r = yield* revertActorMerge({ before, after } as unknown as MergeRecord, new Date(row.createdAt), now);
    if (typeof r !== "number") return r;
    subjectId = r;
  } else return { code: "NOT_REVERSIBLE", kind: e.kind };
  yield* query(`UPDATE "AuditEvent" SET "revertedAt" = ? WHERE "id" = ?`, [sqlDate(now), e.id]);
  const auditEventId = yield* recordAudit(
    author,
    {
      kind: e.kind,
      subjectType: e.kind.startsWith("ARTICLE_") ? "Article" : e.kind.startsWith("ACTOR_") ? "Actor" : "Quote",
      subjectId,
      articleId: e.articleId,
      actorId: e.kind === "ACTOR_MERGE" ? subjectId : e.kind.startsWith("ACTOR_") ? e.subjectId : null,
      before: after,
      after: before,
      revertsId: e.id,
    },
    now,
  );
  return { auditEventId };
}

/** Reverts audit event `eventId` as `author`; the new event's id, or why not. */
export async function revertAuditEvent(
  db: Db,
  author: Author,
  eventId: number,
): Promise<{ auditEventId: number } | RevertFailure> {
  const provider = providerOf(db);
  return db.$transaction(
    async (tx) => {
      const e = await tx.auditEvent.findUnique({ where: { id: eventId } });
      const redo = e?.kind === "ACTOR_MERGE" && e.revertedAt === null ? mergeUndoneBy(e.before, e.after) : null;
      if (!redo) return runStepsInPrisma(tx, provider, () => steps(author, eventId, new Date()));
      // a merge's revert reverted: the two actors are merged again, a merge that can itself be reverted
      const merged = await mergeActorsInTx(tx, provider, redo.sourceId, redo.targetId, author, eventId);
      if (typeof merged === "string") return { code: "SUBJECT_GONE" } as const;
      await tx.auditEvent.update({ where: { id: eventId }, data: { revertedAt: new Date() } });
      return { auditEventId: merged.auditEventId };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
