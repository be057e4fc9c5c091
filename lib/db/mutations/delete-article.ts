import type { Db } from "@/lib/db/client.ts";
import { refreshStatements } from "@/lib/db/statements/refresh-statements.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";

/**
 * Deletes an article with its quotes, mentions, events and corrections, and, in the same
 * transaction, every actor it leaves with no mention, quote or event role (nor an editor's
 * correction naming them); false when the article did not exist. The statements its quotes
 * reported are recounted, and deleted when it was their only report.
 */
export async function deleteArticle(db: Db, id: number): Promise<boolean> {
  const provider = providerOf(db);
  return db.$transaction(
    async (tx) => {
      const [mentions, quotes, roles, statements] = await Promise.all([
        tx.mention.findMany({ where: { articleId: id }, select: { actorId: true }, distinct: ["actorId"] }),
        tx.quote.findMany({
          where: { articleId: id, speakerId: { not: null } },
          select: { speakerId: true },
          distinct: ["speakerId"],
        }),
        tx.eventParticipant.findMany({
          where: { event: { articleId: id } },
          select: { actorId: true },
          distinct: ["actorId"],
        }),
        tx.quote.findMany({
          where: { articleId: id, statementId: { not: null } },
          select: { statementId: true },
          distinct: ["statementId"],
        }),
      ]);
      const { count } = await tx.article.deleteMany({ where: { id } });
      if (count === 0) return false;
      await runStepsInPrisma(tx, provider, () =>
        refreshStatements(
          statements.map((s) => s.statementId!),
          new Date(),
        ),
      );
      const touched = [
        ...new Set([
          ...mentions.map((m) => m.actorId),
          ...quotes.map((q) => q.speakerId!),
          ...roles.map((r) => r.actorId),
        ]),
      ];
      if (touched.length === 0) return true;
      const kept = await tx.correction.findMany({ where: { actorId: { in: touched } }, select: { actorId: true } });
      const keep = new Set(kept.map((c) => c.actorId));
      await tx.actor.deleteMany({
        where: {
          id: { in: touched.filter((a) => !keep.has(a)) },
          mentions: { none: {} },
          quotes: { none: {} },
          events: { none: {} },
        },
      });
      return true;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
