/**
 * The rows a merge's revert cannot find by id: an article ingested after the merge (again, or
 * for the first time) resolved the merged-away actor's names to the target, whose aliases
 * they had become, and stored its mentions, quotes and event roles under new ids. They are
 * given back to the source by its identity: in each article written since the merge, the
 * target's mentions by one of the source's own names (none of the target's) are the source's;
 * when no other name of the target stands in the article, everything of the target there is
 * (its pronouns, quotes, roles and reports included). Editors' speaker fixes naming the source
 * are applied again to their quotes.
 */
import { findQuoteByKey } from "@/lib/db/corrections/apply-correction.ts";
import { query, queryIn, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";

/** Whose rows to reclaim: the source put back, the target it was merged into, the source's names, and when. */
export interface Reclaim {
  sourceId: number;
  targetId: number;
  /** The source's name and aliases as the merge recorded them. */
  sourceNames: string[];
  mergedAt: Date;
}

type MentionRow = { id: number; articleId: number; text: string; form: string };

/** Ids of `table`'s rows of `articleId` with `column` = the target, moved to the source. */
function* moveArticleRows(r: Reclaim, table: "Quote" | "Mention", column: string, articleId: number) {
  const extra = table === "Quote" ? ` AND "speakerCorrected" = FALSE` : "";
  const rows = yield* query<{ id: number }>(
    `SELECT "id" FROM "${table}" WHERE "articleId" = ? AND "${column}" = ?${extra} ORDER BY "id"`,
    [articleId, r.targetId],
  );
  const ids = rows.map((x) => toInt(x.id));
  yield* moveIds(r, table, column, ids);
  return ids;
}

function* moveIds(r: Reclaim, table: string, column: string, ids: readonly number[]): WriteSteps<void> {
  yield* queryIn(
    ids,
    (list) =>
      `UPDATE "${table}" SET "${column}" = ${Number(r.sourceId)} WHERE "${column}" = ${Number(r.targetId)} AND "id" IN (${list})`,
  );
}

/** The target's event roles and reports in one article, handed to the source (a role the source holds already stays the target's). */
function* moveEvents(r: Reclaim, articleId: number): WriteSteps<void> {
  const [s, t] = [Number(r.sourceId), Number(r.targetId)];
  yield* query(`UPDATE "Event" SET "reportedById" = ? WHERE "articleId" = ? AND "reportedById" = ?`, [s, articleId, t]);
  yield* query(
    `UPDATE "EventParticipant" SET "actorId" = ${s} WHERE "actorId" = ${t} AND "eventId" IN (SELECT "id" FROM "Event" WHERE "articleId" = ?) AND NOT EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = "EventParticipant"."eventId" AND p."actorId" = ${s} AND p."role" = "EventParticipant"."role")`,
    [articleId],
  );
}

/** Gives the source back its rebuilt rows (see the module comment); the ids of the quotes it got back. */
export function* reclaimRebuiltRows(r: Reclaim): WriteSteps<number[]> {
  const targetNorms = new Set(
    (yield* query<{ norm: string }>(
      `SELECT "norm" FROM "ActorAlias" WHERE "actorId" = ? UNION SELECT "nameNorm" FROM "Actor" WHERE "id" = ?`,
      [r.targetId, r.targetId],
    )).map((x) => x.norm),
  );
  const own = new Set(r.sourceNames.map(normalizeKey).filter((n) => n && !targetNorms.has(n)));
  const quoteIds: number[] = [];
  if (own.size) {
    const mentions = yield* query<MentionRow>(
      `SELECT "id", "articleId", "text", "form" FROM "Mention" WHERE "actorId" = ? AND "articleId" IN (SELECT "id" FROM "Article" WHERE "updatedAt" >= ?) ORDER BY "id"`,
      [r.targetId, sqlDate(r.mergedAt)],
    );
    const byArticle = new Map<number, MentionRow[]>();
    for (const m of mentions) {
      const a = toInt(m.articleId);
      byArticle.set(a, [...(byArticle.get(a) ?? []), m]);
    }
    for (const [articleId, rows] of byArticle) {
      const named = rows.filter((m) => m.form !== "PRONOUN");
      const sources = named.filter((m) => own.has(normalizeKey(m.text)));
      if (!sources.length) continue;
      if (sources.length === named.length) {
        yield* moveArticleRows(r, "Mention", "actorId", articleId);
        quoteIds.push(...(yield* moveArticleRows(r, "Quote", "speakerId", articleId)));
        yield* moveEvents(r, articleId);
        continue;
      }
      // both actors are named here: only what names the source goes back
      yield* moveIds(
        r,
        "Mention",
        "actorId",
        sources.map((m) => toInt(m.id)),
      );
      const quotes = yield* query<{ id: number; speakerMentionText: string | null }>(
        `SELECT "id", "speakerMentionText" FROM "Quote" WHERE "articleId" = ? AND "speakerId" = ? AND "speakerCorrected" = FALSE`,
        [articleId, r.targetId],
      );
      const ids = quotes.filter((q) => own.has(normalizeKey(q.speakerMentionText ?? ""))).map((q) => toInt(q.id));
      yield* moveIds(r, "Quote", "speakerId", ids);
      quoteIds.push(...ids);
    }
  }
  // an editor's fix naming the source was re-applied to a rebuilt quote while it named the target
  const fixes = yield* query<{ articleId: number; quoteText: string; quoteStart: number }>(
    `SELECT "articleId", "quoteText", "quoteStart" FROM "Correction" WHERE "kind" = 'QUOTE_SPEAKER' AND "actorId" = ?`,
    [r.sourceId],
  );
  for (const c of fixes) {
    const id = yield* findQuoteByKey(toInt(c.articleId), c.quoteText, toInt(c.quoteStart));
    if (id === null) continue;
    const [moved] = yield* query<{ id: number }>(
      `UPDATE "Quote" SET "speakerId" = ? WHERE "id" = ? AND "speakerId" = ? RETURNING "id"`,
      [r.sourceId, id, r.targetId],
    );
    if (moved) quoteIds.push(id);
  }
  return [...new Set(quoteIds)].sort((a, b) => a - b);
}
