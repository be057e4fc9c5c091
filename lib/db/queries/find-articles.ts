import type { Article, Prisma } from "../../../generated/sqlite/client.ts";
import { normalizeKey } from "../../text/normalize-key.ts";
import type { Db } from "../client.ts";
import { containsText } from "./contains-text.ts";
import { findKeysetPage, type SortSpec } from "./keyset.ts";
import type { Page, PageRequest } from "./page-request.ts";

/** Article filters with names already resolved to actor ids. */
export interface ArticleFilter {
  search?: string | null;
  publisher?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Article must mention one of these actors; an empty list matches nothing. */
  mentioningIds?: number[] | null;
}

/** Orders articles may be listed in. */
export type ArticleOrderField = "PUBLISHED_AT" | "INGESTED_AT" | "TITLE";

/** The Prisma where of an article filter. */
export function articleWhere(db: Db, f: ArticleFilter): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  const words = normalizeKey(f.search ?? "");
  // a search of punctuation alone names no words, so it finds nothing rather than everything
  if (!words && f.search?.trim()) and.push({ id: -1 });
  if (words) {
    // titles are searched in normalised form; bodies as typed, since they are stored unnormalised
    const typed = (f.search ?? "").trim().slice(0, 200);
    and.push({ OR: [{ titleNorm: { contains: words } }, containsText(db, "body", typed) as Prisma.ArticleWhereInput] });
  }
  if (f.publisher != null) and.push({ publisherNorm: normalizeKey(f.publisher) });
  if (f.from) and.push({ publishedAt: { gte: f.from } });
  if (f.to) and.push({ publishedAt: { lt: f.to } });
  if (f.mentioningIds) and.push({ mentions: { some: { actorId: { in: f.mentioningIds } } } });
  return { AND: and };
}

/** The sort of an article order. */
export function articleSort(field: ArticleOrderField, direction: "asc" | "desc"): SortSpec {
  if (field === "INGESTED_AT") return { path: ["ingestedAt"], direction, nullable: false };
  if (field === "TITLE") return { path: ["titleNorm"], direction, nullable: false };
  return { path: ["publishedAt"], direction, nullable: true };
}

/** One page of articles matching `filter`. */
export function findArticles(db: Db, filter: ArticleFilter, sort: SortSpec, page: PageRequest): Promise<Page<Article>> {
  const column = sort.path?.[0] as "ingestedAt" | "titleNorm" | "publishedAt" | undefined;
  return findKeysetPage({
    findMany: (args) =>
      db.article.findMany({
        where: { AND: [articleWhere(db, filter), args.where as Prisma.ArticleWhereInput] },
        orderBy: args.orderBy as Prisma.ArticleOrderByWithRelationInput[],
        take: args.take,
      }),
    where: {},
    sort,
    page,
    keyOf: (a) => (column ? a[column] : a.id),
    idOf: (a) => a.id,
  });
}

/** How many articles match `filter`. */
export function countArticles(db: Db, filter: ArticleFilter): Promise<number> {
  return db.article.count({ where: articleWhere(db, filter) });
}
