/**
 * Reverting an actor merge (write steps, inside the revert's transaction): the merged-away
 * actor comes back with its id, slug, name, type, title and aliases; the quotes, mentions,
 * corrections, event roles and reported events the merge moved go back to it while they
 * still belong to the target; the aliases and title the target gained are taken off again;
 * its slug stops redirecting (and the slugs that redirected to it redirect to it again).
 * What an ingest re-created since the merge, under new ids, is found by the source's names
 * (reclaimRebuiltRows).
 */
import type { MovedByMerge } from "@/lib/db/mutations/merge-actors.ts";
import type { ActorChangeFailure } from "@/lib/db/mutations/update-actor.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { insert, query, queryIn, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { reclaimRebuiltRows } from "./reclaim-rebuilt-rows.ts";

/** The source actor as the merge's audit event keeps it (`before.source`; dates as JSON strings). */
interface SourceActor {
  id: number;
  name: string;
  nameNorm: string;
  slug: string;
  type: string;
  title: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What an ACTOR_MERGE event stores. */
export interface MergeRecord {
  before: { source: SourceActor; aliases: string[]; target: { id: number; name: string } };
  after: { mergedInto: number; movedQuotes: number; moved?: MovedByMerge };
}

/** Why a merge could not be reverted. */
export type MergeRevertFailure =
  | { code: "NOT_REVERSIBLE"; kind: string }
  | { code: "SUBJECT_GONE" }
  | { code: "CHANGED_SINCE" }
  | Extract<ActorChangeFailure, { code: "NAME_TAKEN" }>;

/** Whether a merge's `after` (the JSON text of its audit event) says enough to revert it: merges recorded before reverts were possible do not. */
export function isRevertibleMerge(afterJson: string): boolean {
  try {
    return typeof (JSON.parse(afterJson) as { moved?: unknown } | null)?.moved === "object";
  } catch {
    return false;
  }
}

/** The actors a merge's revert split apart (its `before` is the merge's `after`), to merge again on a redo; null for any other event. */
export function mergeUndoneBy(beforeJson: string, afterJson: string): { sourceId: number; targetId: number } | null {
  try {
    const before = JSON.parse(beforeJson) as { mergedInto?: unknown } | null;
    const after = JSON.parse(afterJson) as { source?: { id?: unknown } } | null;
    const [sourceId, targetId] = [after?.source?.id, before?.mergedInto];
    return typeof sourceId === "number" && typeof targetId === "number" ? { sourceId, targetId } : null;
  } catch {
    return null;
  }
}

/** Ids of `ids` whose row in `table` still has `column` = `value`. */
function* stillWith(table: string, column: string, value: number, ids: readonly number[]): WriteSteps<number[]> {
  const rows = yield* queryIn<{ id: number }>(
    ids,
    (list) => `SELECT "id" FROM "${table}" WHERE "id" IN (${list}) AND "${column}" = ${Number(value)} ORDER BY "id"`,
  );
  return rows.map((r) => toInt(r.id));
}

/** Puts the source of merge `m` (made at `mergedAt`) back; the source's id, or why not. */
export function* revertActorMerge(m: MergeRecord, mergedAt: Date, now: Date): WriteSteps<number | MergeRevertFailure> {
  const moved = m.after.moved;
  if (!moved) return { code: "NOT_REVERSIBLE", kind: "ACTOR_MERGE" };
  const source = m.before.source;
  const targetId = m.after.mergedInto;
  // the old address must still lead to the target (a later merge of the target is reverted first)
  const [redirect] = yield* query<{ actorId: number }>(`SELECT "actorId" FROM "ActorSlugRedirect" WHERE "slug" = ?`, [
    source.slug,
  ]);
  if (!redirect) return { code: "SUBJECT_GONE" };
  if (toInt(redirect.actorId) !== targetId) return { code: "CHANGED_SINCE" };
  const [target] = yield* query<{ id: number; title: string | null }>(
    `SELECT "id", "title" FROM "Actor" WHERE "id" = ?`,
    [targetId],
  );
  if (!target) return { code: "SUBJECT_GONE" };
  const [other] = yield* query<{ id: number; slug: string; name: string }>(
    `SELECT "id", "slug", "name" FROM "Actor" WHERE ("type" = ? AND "nameNorm" = ?) OR "slug" = ? OR "id" = ?`,
    [source.type, source.nameNorm, source.slug, source.id],
  );
  if (other) return { code: "NAME_TAKEN", other: { ...other, id: toInt(other.id) } };

  yield* query(`DELETE FROM "ActorSlugRedirect" WHERE "slug" = ?`, [source.slug]);
  yield* insert(
    "Actor",
    ["id", "name", "nameNorm", "slug", "type", "title", "createdAt", "updatedAt"],
    [
      [
        source.id,
        source.name,
        source.nameNorm,
        source.slug,
        source.type,
        source.title,
        sqlDate(new Date(source.createdAt)),
        sqlDate(now),
      ],
    ],
  );
  const aliases = m.before.aliases
    .map((alias) => [source.id, alias, normalizeKey(alias)] as const)
    .filter((r, i, all) => r[2] && all.findIndex((x) => x[2] === r[2]) === i);
  yield* insert("ActorAlias", ["actorId", "alias", "norm"], aliases, { ignoreDuplicates: true });
  yield* queryIn(
    moved.aliasesAddedToTarget,
    (list) => `DELETE FROM "ActorAlias" WHERE "actorId" = ${Number(targetId)} AND "norm" IN (${list})`,
  );
  yield* queryIn(
    moved.redirects,
    (list) =>
      `UPDATE "ActorSlugRedirect" SET "actorId" = ${Number(source.id)} WHERE "actorId" = ${Number(targetId)} AND "slug" IN (${list})`,
  );
  if (moved.titleGivenToTarget !== null && target.title === moved.titleGivenToTarget)
    yield* query(`UPDATE "Actor" SET "title" = NULL, "updatedAt" = ? WHERE "id" = ?`, [sqlDate(now), targetId]);

  const back = (table: string, column: string, ids: readonly number[]) =>
    queryIn(
      ids,
      (list) =>
        `UPDATE "${table}" SET "${column}" = ${Number(source.id)} WHERE "${column}" = ${Number(targetId)} AND "id" IN (${list})`,
    );
  const quoteIds = yield* stillWith("Quote", "speakerId", targetId, moved.quoteIds);
  yield* back("Quote", "speakerId", quoteIds);
  yield* back("Mention", "actorId", moved.mentionIds);
  yield* back("Correction", "actorId", moved.correctionIds);
  yield* back("Event", "reportedById", moved.reportedEventIds);

  // roles: the source's again (on events still there), and off the target where it only had them from the merge
  for (const r of moved.rolesGivenToTarget)
    yield* query(`DELETE FROM "EventParticipant" WHERE "eventId" = ? AND "actorId" = ? AND "role" = ?`, [
      r.eventId,
      targetId,
      r.role,
    ]);
  const events = new Set(
    (yield* queryIn<{ id: number }>(
      [...new Set(moved.roles.map((r) => r.eventId))],
      (list) => `SELECT "id" FROM "Event" WHERE "id" IN (${list})`,
    )).map((e) => toInt(e.id)),
  );
  yield* insert(
    "EventParticipant",
    ["eventId", "actorId", "role"],
    moved.roles.filter((r) => events.has(r.eventId)).map((r) => [r.eventId, source.id, r.role]),
    { ignoreDuplicates: true },
  );
  const rebuilt = yield* reclaimRebuiltRows({
    sourceId: source.id,
    targetId,
    sourceNames: [source.name, ...m.before.aliases],
    mergedAt,
  });
  // the quotes leave the target's statements for statements of the source's own
  yield* groupQuotes([...new Set([...quoteIds, ...rebuilt])], now);
  return source.id;
}
