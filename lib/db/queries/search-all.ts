import type { Actor, Article, Quote } from "../../../generated/sqlite/client.ts";
import { normalizeKey } from "../../text/normalize-key.ts";
import type { Db } from "../client.ts";
import { nameKeys } from "./find-actor-ids-by-name.ts";

/** Hits of one search, by type. */
export interface SearchHits {
  actors: Actor[];
  quotes: Quote[];
  articles: Article[];
}

/**
 * Actors whose name or alias contains the words (exact names first), quotes whose
 * text contains them, articles whose title contains them; at most `limit` of each.
 */
export async function searchAll(db: Db, query: string, limit: number): Promise<SearchHits> {
  const words = normalizeKey(query);
  if (!words) return { actors: [], quotes: [], articles: [] };
  const keys = nameKeys(query);
  const [exact, actors, quotes, articles] = await Promise.all([
    db.actor.findMany({ where: { OR: [{ nameNorm: { in: keys } }, { aliases: { some: { norm: { in: keys } } } }] }, orderBy: { id: "asc" }, take: limit }),
    db.actor.findMany({
      where: { OR: [{ nameNorm: { contains: words } }, { aliases: { some: { norm: { contains: words } } } }] },
      orderBy: [{ quotes: { _count: "desc" } }, { id: "asc" }],
      take: limit,
    }),
    db.quote.findMany({ where: { textNorm: { contains: words } }, orderBy: { id: "desc" }, take: limit }),
    db.article.findMany({ where: { titleNorm: { contains: words } }, orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: limit }),
  ]);
  const seen = new Set<number>();
  const merged = [...exact, ...actors].filter((a) => !seen.has(a.id) && seen.add(a.id)).slice(0, limit);
  return { actors: merged, quotes, articles };
}
