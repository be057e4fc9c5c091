/**
 * Editors' speaker corrections as training examples (the JSONL lines of
 * `npm run export:training`): the article body, the corrected quote's span and
 * the span of the chosen speaker's mention nearest the quote (null: no speaker).
 */
import type { Db } from "@/lib/db/client.ts";

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
  source: "correction";
}

/** Why a correction could not become an example (the export prints these). */
export interface SkippedCorrection {
  correctionId: number;
  reason: string;
}

const BATCH = 100;

/** Every QUOTE_SPEAKER correction as an example, in id order, read in bounded batches; unusable ones are reported. */
export async function* findTrainingExamples(
  db: Db,
  onSkip: (skipped: SkippedCorrection) => void,
): AsyncGenerator<TrainingExampleRow> {
  let after = 0;
  for (;;) {
    const batch = await db.correction.findMany({
      where: { kind: "QUOTE_SPEAKER", id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      include: { article: { select: { body: true } } },
    });
    if (!batch.length) return;
    after = batch.at(-1)!.id;
    for (const c of batch) {
      const body = c.article.body;
      const quote = { start: c.quoteStart, end: c.quoteStart + c.quoteText.length, text: c.quoteText };
      if (body.slice(quote.start, quote.end) !== quote.text) {
        onSkip({ correctionId: c.id, reason: `quote "${c.quoteText}" is no longer at offset ${c.quoteStart}` });
        continue;
      }
      if (c.actorId === null) {
        yield { text: body, quote, speaker: null, source: "correction" };
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
      yield { text: body, quote, speaker: near, source: "correction" };
    }
  }
}
