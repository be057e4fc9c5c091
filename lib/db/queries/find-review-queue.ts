/**
 * What editors should look at first, newest first and bounded: quotes whose speaker the
 * scorer doubted, quotes with no speaker, the articles holding most of them, and people
 * who may be one person stored twice (the same surname).
 */
import type { Actor, Quote } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";

/** Below this calibrated confidence a speaker is worth a look. */
export const LOW_CONFIDENCE = 0.5;
/** People compared for shared surnames: the newest this many. */
const MAX_PEOPLE = 5000;

/** An article with its counts of doubtful and unattributed quotes. */
export interface ReviewArticle {
  articleId: number;
  lowConfidence: number;
  unattributed: number;
}

/** The queue. */
export interface ReviewQueue {
  lowConfidence: Quote[];
  unattributed: Quote[];
  articles: ReviewArticle[];
  duplicates: { surname: string; actors: Actor[] }[];
}

const DOUBTFUL = { confidence: { lt: LOW_CONFIDENCE }, speakerId: { not: null }, speakerCorrected: false };
const UNATTRIBUTED = { speakerId: null, speakerCorrected: false };

/** The review queue, at most `limit` (1-100) items in each list. */
export async function findReviewQueue(db: Db, limit: number): Promise<ReviewQueue> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new Error(`limit must be a whole number from 1 to 100, got ${limit}`);
  const [lowConfidence, unattributed, doubtfulBy, unattributedBy, people] = await Promise.all([
    db.quote.findMany({ where: DOUBTFUL, orderBy: { id: "desc" }, take: limit }),
    db.quote.findMany({ where: UNATTRIBUTED, orderBy: { id: "desc" }, take: limit }),
    db.quote.groupBy({
      by: ["articleId"],
      where: DOUBTFUL,
      _count: { _all: true },
      orderBy: { articleId: "desc" },
      take: limit,
    }),
    db.quote.groupBy({
      by: ["articleId"],
      where: UNATTRIBUTED,
      _count: { _all: true },
      orderBy: { articleId: "desc" },
      take: limit,
    }),
    db.actor.findMany({
      where: { type: "PERSON", nameNorm: { contains: " " } },
      orderBy: { id: "desc" },
      take: MAX_PEOPLE,
    }),
  ]);
  const byArticle = new Map<number, ReviewArticle>();
  const entry = (articleId: number) =>
    byArticle.get(articleId) ??
    byArticle.set(articleId, { articleId, lowConfidence: 0, unattributed: 0 }).get(articleId)!;
  for (const g of doubtfulBy) entry(g.articleId).lowConfidence = g._count._all;
  for (const g of unattributedBy) entry(g.articleId).unattributed = g._count._all;
  const bySurname = new Map<string, Actor[]>();
  for (const p of people) {
    const surname = p.nameNorm.split(" ").at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
  }
  const duplicates = [...bySurname]
    .filter(([, actors]) => actors.length > 1)
    .map(([surname, actors]) => ({ surname, actors: actors.slice(0, 10) }))
    .slice(0, limit);
  const articles = [...byArticle.values()].sort((a, b) => b.articleId - a.articleId).slice(0, limit);
  return { lowConfidence, unattributed, articles, duplicates };
}
