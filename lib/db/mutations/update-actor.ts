/**
 * An editor's changes to one actor: its name (the old name stays an alias, so the
 * next extraction that says it still finds this actor) and its type. Each is recorded
 * in the audit history. The slug stays, so links keep working.
 */
import { recordAudit, type Author } from "@/lib/db/audit/record-audit.ts";
import type { Db } from "@/lib/db/client.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";
import { insert, query, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";

/** Longest actor name accepted. */
export const MAX_ACTOR_NAME = 200;

/** New values of an actor; a missing key leaves it alone. */
export interface ActorChanges {
  name?: string;
  type?: ActorType;
}

/** Why an actor could not be changed; NAME_TAKEN carries the actor that has that type and name already. */
export type ActorChangeFailure =
  | { code: "ACTOR_NOT_FOUND" }
  | { code: "EMPTY_NAME" }
  | { code: "NAME_TOO_LONG" }
  | { code: "NAME_TAKEN"; other: { id: number; slug: string; name: string } };

type ActorRow = { id: number; name: string; nameNorm: string; type: ActorType };

/** The actor of `id` (name, type), or null. */
export function* getActorRow(id: number): WriteSteps<ActorRow | null> {
  const [a] = yield* query<ActorRow>(`SELECT "id", "name", "nameNorm", "type" FROM "Actor" WHERE "id" = ?`, [id]);
  return a ? { ...a, id: toInt(a.id) } : null;
}

/** Sets an actor's name and type (no audit): the steps a change and its revert share; a failure when refused. */
export function* setActorNameAndType(
  actor: ActorRow,
  name: string,
  type: ActorType,
  now: Date,
): WriteSteps<ActorChangeFailure | null> {
  const clean = name.trim().replace(/\s+/g, " ");
  if (!clean) return { code: "EMPTY_NAME" };
  if (clean.length > MAX_ACTOR_NAME) return { code: "NAME_TOO_LONG" };
  const norm = normalizeKey(clean);
  if (!norm) return { code: "EMPTY_NAME" };
  const [other] = yield* query<{ id: number; slug: string; name: string }>(
    `SELECT "id", "slug", "name" FROM "Actor" WHERE "type" = ? AND "nameNorm" = ? AND "id" <> ?`,
    [type, norm, actor.id],
  );
  if (other) return { code: "NAME_TAKEN", other: { ...other, id: toInt(other.id) } };
  yield* query(`UPDATE "Actor" SET "name" = ?, "nameNorm" = ?, "type" = ?, "updatedAt" = ? WHERE "id" = ?`, [
    clean,
    norm,
    type,
    sqlDate(now),
    actor.id,
  ]);
  // both names identify the actor from now on (an alias already there is kept)
  const aliases = [actor.name, clean]
    .map((alias) => [actor.id, alias, normalizeKey(alias)] as const)
    .filter((r, i, all) => r[2] && all.findIndex((x) => x[2] === r[2]) === i);
  yield* insert("ActorAlias", ["actorId", "alias", "norm"], aliases, { ignoreDuplicates: true });
  return null;
}

function* steps(author: Author, actorId: number, changes: ActorChanges, now: Date) {
  const actor = yield* getActorRow(actorId);
  if (!actor) return { code: "ACTOR_NOT_FOUND" } as const;
  const name = changes.name?.trim().replace(/\s+/g, " ") ?? actor.name;
  const type = changes.type ?? actor.type;
  if (name === actor.name && type === actor.type) return { auditEventIds: [] };
  const failure = yield* setActorNameAndType(actor, name, type, now);
  if (failure) return failure;
  const ids: number[] = [];
  for (const [kind, before, after] of [
    ["ACTOR_NAME", actor.name, name],
    ["ACTOR_TYPE", actor.type, type],
  ] as const) {
    if (before === after) continue;
    ids.push(
      yield* recordAudit(
        author,
        {
          kind,
          subjectType: "Actor",
          subjectId: actorId,
          articleId: null,
          actorId,
          before: { value: before },
          after: { value: after },
        },
        now,
      ),
    );
  }
  return { auditEventIds: ids };
}

/** Renames an actor and/or changes its type as `author`; the audit events made (none when nothing changed). */
export async function updateActor(
  db: Db,
  author: Author,
  actorId: number,
  changes: ActorChanges,
): Promise<{ auditEventIds: number[] } | ActorChangeFailure> {
  const provider = providerOf(db);
  return db.$transaction((tx) => runStepsInPrisma(tx, provider, () => steps(author, actorId, changes, new Date())), {
    timeout: 30_000,
    maxWait: 10_000,
  });
}
