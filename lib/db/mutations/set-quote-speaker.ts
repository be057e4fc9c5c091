import type { Quote } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";

/** Why a speaker correction could not be made. */
export type SetSpeakerFailure = "QUOTE_NOT_FOUND" | "ACTOR_NOT_FOUND";

/**
 * Sets a quote's speaker as an editor's correction: the quote is updated and a
 * Correction row (found again by quote text and start) makes it survive re-ingest.
 * The quote leaves its statement and is grouped again among the new speaker's.
 */
export async function setQuoteSpeaker(db: Db, quoteId: number, actorId: number): Promise<Quote | SetSpeakerFailure> {
  const provider = providerOf(db);
  return db.$transaction(async (tx) => {
    const quote = await tx.quote.findUnique({
      where: { id: quoteId },
      select: { id: true, articleId: true, text: true, start: true },
    });
    if (!quote) return "QUOTE_NOT_FOUND" as const;
    if (!(await tx.actor.findUnique({ where: { id: actorId }, select: { id: true } })))
      return "ACTOR_NOT_FOUND" as const;
    const unique = {
      articleId: quote.articleId,
      kind: "QUOTE_SPEAKER",
      quoteStart: quote.start,
      quoteText: quote.text,
    };
    await tx.correction.upsert({
      where: { articleId_kind_quoteStart_quoteText: unique },
      create: { ...unique, actorId },
      update: { actorId },
    });
    await tx.quote.update({ where: { id: quoteId }, data: { speakerId: actorId, speakerCorrected: true } });
    await runStepsInPrisma(tx, provider, () => groupQuotes([quoteId], new Date()));
    return tx.quote.findUniqueOrThrow({ where: { id: quoteId } });
  });
}
