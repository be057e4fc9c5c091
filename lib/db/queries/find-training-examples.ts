/**
 * Editors' speaker corrections, accepted review items and "not a quote" marks as training
 * examples (the JSONL lines of `npm run export:training`): the article body, the quote's span
 * and the span of the chosen speaker's mention nearest the quote (null: no speaker, and for a
 * span marked not a quote: nobody's words). An accepted review item (the extractor's speaker,
 * or its lack of one, confirmed) is a `review` example, a changed speaker a `correction`.
 */
import type { Db } from "@/lib/db/client.ts";
import { ACCEPTED } from "@/lib/db/corrections/apply-correction.ts";

/** A span of an article body. */
export interface BodySpan {
  start: number;
  end: number;
  text: string;
}

/** One training example, in the format `train:attribution -- --with-corrections` reads. */
export interface TrainingExampleRow {
  text: string;
  quote: BodySpan;
  speaker: BodySpan | null;
  source: "correction" | "review";
}

/** Why a correction could not become an example (the export prints these). */
export interface SkippedCorrection {
  correctionId: number;
  reason: string;
}

const BATCH = 100;

/** The kinds of correction that become examples. */
const EXPORTED_KINDS = ["QUOTE_SPEAKER", "NOT_A_QUOTE"];

const keyOf = (c: { articleId: number; quoteStart: number; quoteText: string }) =>
  `${c.articleId}:${c.quoteStart}:${c.quoteText}`;

/**
 * Every QUOTE_SPEAKER correction and NOT_A_QUOTE mark as an example, in id order, read in
 * bounded batches; unusable ones are reported, and so is a speaker fix of a span marked not a
 * quote since (the mark is the editors' last word: one example per span).
 */
export async function* findTrainingExamples(
  db: Db,
  onSkip: (skipped: SkippedCorrection) => void,
): AsyncGenerator<TrainingExampleRow> {
  let after = 0;
  for (;;) {
    const batch = await db.correction.findMany({
      where: { kind: { in: EXPORTED_KINDS }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      include: { article: { select: { body: true } } },
    });
    if (!batch.length) return;
    after = batch.at(-1)!.id;
    const speakerFixes = batch.filter((c) => c.kind === "QUOTE_SPEAKER");
    const marked = new Set(
      speakerFixes.length
        ? (
            await db.correction.findMany({
              where: {
                kind: "NOT_A_QUOTE",
                articleId: { in: [...new Set(speakerFixes.map((c) => c.articleId))] },
              },
              select: { articleId: true, quoteStart: true, quoteText: true },
            })
          ).map(keyOf)
        : [],
    );
    for (const c of batch) {
      const body = c.article.body;
      const source = c.kind === "QUOTE_SPEAKER" && c.value === ACCEPTED ? "review" : "correction";
      const quote = { start: c.quoteStart, end: c.quoteStart + c.quoteText.length, text: c.quoteText };
      if (body.slice(quote.start, quote.end) !== quote.text) {
        onSkip({ correctionId: c.id, reason: `quote "${c.quoteText}" is no longer at offset ${c.quoteStart}` });
        continue;
      }
      if (c.kind === "QUOTE_SPEAKER" && marked.has(keyOf(c))) {
        onSkip({ correctionId: c.id, reason: `quote "${c.quoteText}" is marked not a quote` });
        continue;
      }
      if (c.kind === "NOT_A_QUOTE" || c.actorId === null) {
        yield { text: body, quote, speaker: null, source };
        continue;
      }
      const mentions = await db.mention.findMany({
        where: { articleId: c.articleId, actorId: c.actorId },
        select: { start: true, end: true, text: true },
        orderBy: { start: "asc" },
        take: 500,
      });
      const near = mentions.sort((a, b) => Math.abs(a.start - quote.start) - Math.abs(b.start - quote.start))[0];
      if (!near) {
        onSkip({ correctionId: c.id, reason: `actor ${c.actorId} is not mentioned in article ${c.articleId}` });
        continue;
      }
      yield { text: body, quote, speaker: near, source };
    }
  }
}
