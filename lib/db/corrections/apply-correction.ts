/**
 * Editors' corrections as write steps: each kind applied to the rows stored now, so
 * the same code corrects live data (lib/db/mutations) and re-applies every correction
 * after an article is extracted again (save-article.ts). Quotes are found again by
 * their text and the start offset nearest the corrected one; article metadata needs no key.
 */
import { parsePartialDate } from "@/lib/db/partial-date.ts";
import { query, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import { displayTitleOf } from "@/lib/extraction/metadata/display-title.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";

/** What a correction fixes. */
export const CORRECTION_KINDS = Object.freeze([
  "QUOTE_SPEAKER",
  "QUOTE_KIND",
  "NOT_A_QUOTE",
  "ARTICLE_TITLE",
  "ARTICLE_PUBLISHED_AT",
  "ARTICLE_PUBLISHER",
] as const);

/** The value of a QUOTE_SPEAKER correction that accepted the extractor's speaker (a review item) rather than changed it. */
export const ACCEPTED = "accepted";

/** One kind of correction. */
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A correction as stored (without its article and id). */
export interface CorrectionData {
  kind: CorrectionKind;
  /** The quote's text and start; "" and -1 for article metadata. */
  quoteText: string;
  quoteStart: number;
  /** The speaker of a QUOTE_SPEAKER correction (null: no speaker). */
  actorId: number | null;
  /** The value of every other kind (null clears an article field); ACCEPTED on an accepted speaker. */
  value: string | null;
}

/** Whether a kind corrects one quote (else the article's metadata). */
export const isQuoteKind = (kind: CorrectionKind) => kind.startsWith("QUOTE_") || kind === "NOT_A_QUOTE";

/** The id of the article's quote with this text nearest `start`, or null when the text is quoted no more. */
export function* findQuoteByKey(articleId: number, text: string, start: number): WriteSteps<number | null> {
  const candidates = yield* query<{ id: number; start: number }>(
    `SELECT "id", "start" FROM "Quote" WHERE "articleId" = ? AND "text" = ?`,
    [articleId, text],
  );
  if (!candidates.length) return null;
  // the same words may be quoted twice: take the occurrence nearest the corrected one
  const best = candidates.reduce((a, b) => (Math.abs(b.start - start) < Math.abs(a.start - start) ? b : a));
  return toInt(best.id);
}

/** Applies one correction to the article's stored rows; false when its quote is no longer there. */
export function* applyCorrection(articleId: number, c: CorrectionData): WriteSteps<boolean> {
  if (!isQuoteKind(c.kind)) {
    yield* applyArticleValue(articleId, c.kind, c.value);
    return true;
  }
  const quoteId = yield* findQuoteByKey(articleId, c.quoteText, c.quoteStart);
  if (quoteId === null) return false;
  if (c.kind === "QUOTE_SPEAKER")
    yield* query(`UPDATE "Quote" SET "speakerId" = ?, "speakerCorrected" = TRUE WHERE "id" = ?`, [
      c.actorId === null ? null : toInt(c.actorId),
      quoteId,
    ]);
  else if (c.kind === "QUOTE_KIND") yield* query(`UPDATE "Quote" SET "kind" = ? WHERE "id" = ?`, [c.value, quoteId]);
  else yield* query(`DELETE FROM "Quote" WHERE "id" = ?`, [quoteId]);
  return true;
}

/** Sets one metadata field of an article (and the fields derived from it). */
export function* applyArticleValue(articleId: number, kind: CorrectionKind, value: string | null): WriteSteps<void> {
  const now = sqlDate(new Date());
  if (kind === "ARTICLE_TITLE") {
    const [a] = yield* query<{ body: string }>(`SELECT "body" FROM "Article" WHERE "id" = ?`, [articleId]);
    if (!a) throw new Error(`article ${articleId} vanished while its title was corrected`);
    yield* query(
      `UPDATE "Article" SET "title" = ?, "titleNorm" = ?, "displayTitle" = ?, "updatedAt" = ? WHERE "id" = ?`,
      [value, normalizeKey(value ?? ""), displayTitleOf(value, a.body), now, articleId],
    );
  } else if (kind === "ARTICLE_PUBLISHER") {
    yield* query(`UPDATE "Article" SET "publisher" = ?, "publisherNorm" = ?, "updatedAt" = ? WHERE "id" = ?`, [
      value,
      normalizeKey(value ?? ""),
      now,
      articleId,
    ]);
  } else if (kind === "ARTICLE_PUBLISHED_AT") {
    const d = parsePartialDate(value);
    yield* query(`UPDATE "Article" SET "publishedAt" = ?, "publishedPrecision" = ?, "updatedAt" = ? WHERE "id" = ?`, [
      d ? sqlDate(d.date) : null,
      d?.precision ?? null,
      now,
      articleId,
    ]);
  } else throw new Error(`${kind} is not a correction of an article's metadata`);
}

/** Re-applies every correction of an article, oldest first, to its freshly extracted rows. */
export function* applyCorrections(articleId: number): WriteSteps<void> {
  const rows = yield* query<Omit<CorrectionData, "kind"> & { kind: string }>(
    `SELECT "kind", "quoteText", "quoteStart", "actorId", "value" FROM "Correction" WHERE "articleId" = ? ORDER BY "id"`,
    [articleId],
  );
  for (const r of rows) {
    if (!(CORRECTION_KINDS as readonly string[]).includes(r.kind))
      throw new Error(`article ${articleId} has a correction of unknown kind "${r.kind}"`);
    yield* applyCorrection(articleId, {
      ...r,
      kind: r.kind as CorrectionKind,
      quoteStart: toInt(r.quoteStart),
      actorId: r.actorId === null ? null : toInt(r.actorId),
    });
  }
}
