import type { Quote } from "@/generated/sqlite/client.ts";
import { TOKEN_AUTHOR, type Author } from "@/lib/db/audit/record-audit.ts";
import type { Db } from "@/lib/db/client.ts";
import { correctQuote, type QuoteCorrectionFailure } from "./correct-quote.ts";

/** Why a speaker correction could not be made. */
export type SetSpeakerFailure = QuoteCorrectionFailure;

/**
 * Sets a quote's speaker as an editor's correction: the quote is updated and a
 * Correction row (found again by quote text and start) makes it survive re-ingest.
 * The quote leaves its statement and is grouped again among the new speaker's; the
 * change is recorded in the audit history as `author`'s.
 */
export async function setQuoteSpeaker(
  db: Db,
  quoteId: number,
  actorId: number,
  author: Author = TOKEN_AUTHOR,
): Promise<Quote | SetSpeakerFailure> {
  const r = await correctQuote(db, author, quoteId, { kind: "QUOTE_SPEAKER", actorId });
  if (typeof r === "string") return r;
  return db.quote.findUniqueOrThrow({ where: { id: quoteId } });
}
