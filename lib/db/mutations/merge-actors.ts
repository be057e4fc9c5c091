import type { Actor } from "@/generated/sqlite/client.ts";
import { recordAudit, TOKEN_AUTHOR, type Author } from "@/lib/db/audit/record-audit.ts";
import type { Db } from "@/lib/db/client.ts";
import { addAliases } from "@/lib/db/resolve-actor.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What a merge moved from the source to the target, as its audit event records it (`after.moved`) for a revert. */
export interface MovedByMerge {
  quoteIds: number[];
  mentionIds: number[];
  correctionIds: number[];
  reportedEventIds: number[];
  /** Slugs that redirected to the source (actors merged into it before). */
  redirects: string[];
  /** Every event role the source had. */
  roles: { eventId: number; role: string }[];
  /** The roles the target took over (it had not held them). */
  rolesGivenToTarget: { eventId: number; role: string }[];
  /** Normalised aliases the target gained. */
  aliasesAddedToTarget: string[];
  /** The source's title, when the target (without one) took it. */
  titleGivenToTarget: string | null;
}

/** Why two actors could not be merged. */
export type MergeFailure = "SAME_ACTOR" | "SOURCE_NOT_FOUND" | "TARGET_NOT_FOUND";

/**
 * Merges the source actor into the target in one transaction: aliases (the
 * source's name among them), quotes, mentions, event roles, reported events and corrections move
 * to the target, then the source is deleted. The source's slug (and every slug that
 * redirected to it) now redirects to the target. The source's quotes are grouped again
 * among the target's, so the same sentence of both becomes one statement. The audit
 * history records the merge as `author`'s, with the source as it was (`before`) and what
 * moved (`after.moved`), so that revertActorMerge can put the source back.
 */
export async function mergeActors(
  db: Db,
  sourceId: number,
  targetId: number,
  author: Author = TOKEN_AUTHOR,
): Promise<Actor | MergeFailure> {
  const provider = providerOf(db);
  return db.$transaction(
    async (tx) => {
      const r = await mergeActorsInTx(tx, provider, sourceId, targetId, author);
      return typeof r === "string" ? r : r.actor;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** What a merge inside a caller's transaction did: the surviving actor and the merge's audit event. */
export interface MergeDone {
  actor: Actor;
  auditEventId: number;
}

/**
 * mergeActors inside the caller's transaction `tx` (a redo from the history merges again
 * inside the revert's); `revertsId` names the audit event this merge undoes, if any.
 */
export async function mergeActorsInTx(
  tx: Tx,
  provider: "sqlite" | "postgresql",
  sourceId: number,
  targetId: number,
  author: Author,
  revertsId?: number,
): Promise<MergeDone | MergeFailure> {
  if (sourceId === targetId) return "SAME_ACTOR";
  const source = await tx.actor.findUnique({
    where: { id: sourceId },
    include: { aliases: { select: { alias: true } } },
  });
  if (!source) return "SOURCE_NOT_FOUND" as const;
  const target = await tx.actor.findUnique({ where: { id: targetId } });
  if (!target) return "TARGET_NOT_FOUND" as const;
  const addedAliases = await addAliases(tx, targetId, [source.name, ...source.aliases.map((a) => a.alias)]);
  const mentions = await tx.mention.findMany({ where: { actorId: sourceId }, select: { id: true } });
  const corrections = await tx.correction.findMany({ where: { actorId: sourceId }, select: { id: true } });
  const reported = await tx.event.findMany({ where: { reportedById: sourceId }, select: { id: true } });
  const redirects = await tx.actorSlugRedirect.findMany({ where: { actorId: sourceId }, select: { slug: true } });
  const moved = await tx.quote.findMany({
    where: { speakerId: sourceId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await tx.quote.updateMany({ where: { speakerId: sourceId }, data: { speakerId: targetId } });
  await tx.event.updateMany({ where: { reportedById: sourceId }, data: { reportedById: targetId } });
  // before the source is deleted, whose cascade would take its statements from under their quotes
  await runStepsInPrisma(tx, provider, () =>
    groupQuotes(
      moved.map((q) => q.id),
      new Date(),
    ),
  );
  await tx.mention.updateMany({ where: { actorId: sourceId }, data: { actorId: targetId } });
  await tx.correction.updateMany({ where: { actorId: sourceId }, data: { actorId: targetId } });
  // a role the target already has in the same event would collide on the primary key
  const roles = await tx.eventParticipant.findMany({ where: { actorId: sourceId } });
  const held = new Set(
    (
      await tx.eventParticipant.findMany({
        where: { actorId: targetId, eventId: { in: roles.map((r) => r.eventId) } },
      })
    ).map((r) => `${r.eventId}:${r.role}`),
  );
  const moving = roles
    .filter((r) => !held.has(`${r.eventId}:${r.role}`))
    .map((r) => ({ eventId: r.eventId, actorId: targetId, role: r.role }));
  if (moving.length) await tx.eventParticipant.createMany({ data: moving });
  // before the delete, whose cascade would take the source's redirects with it
  await tx.actorSlugRedirect.updateMany({ where: { actorId: sourceId }, data: { actorId: targetId } });
  await tx.actorSlugRedirect.upsert({
    where: { slug: source.slug },
    create: { slug: source.slug, actorId: targetId },
    update: { actorId: targetId },
  });
  await tx.actor.delete({ where: { id: sourceId } });
  const { aliases, ...kept } = source;
  const before = {
    source: kept,
    aliases: aliases.map((a) => a.alias),
    target: { id: target.id, name: target.name },
  };
  const auditEventId = await runStepsInPrisma(tx, provider, () =>
    recordAudit(
      author,
      {
        kind: "ACTOR_MERGE",
        ...(revertsId !== undefined ? { revertsId } : {}),
        subjectType: "Actor",
        subjectId: targetId,
        articleId: null,
        actorId: targetId,
        before,
        after: {
          mergedInto: targetId,
          movedQuotes: moved.length,
          moved: {
            quoteIds: moved.map((q) => q.id),
            mentionIds: mentions.map((m) => m.id),
            correctionIds: corrections.map((c) => c.id),
            reportedEventIds: reported.map((e) => e.id),
            redirects: redirects.map((r) => r.slug),
            roles: roles.map((r) => ({ eventId: r.eventId, role: r.role })),
            rolesGivenToTarget: moving.map((r) => ({ eventId: r.eventId, role: r.role })),
            aliasesAddedToTarget: addedAliases,
            titleGivenToTarget: !target.title && source.title ? source.title : null,
          } satisfies MovedByMerge,
        },
      },
      new Date(),
    ),
  );
  if (!target.title && source.title)
    return {
      actor: await tx.actor.update({ where: { id: targetId }, data: { title: source.title } }),
      auditEventId,
    };
  return { actor: target, auditEventId };
}
