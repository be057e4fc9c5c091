import type { Article, Prisma, Quote, QuoteKind } from "../../../generated/sqlite/client.ts";
import { normalizeKey } from "../../text/normalize-key.ts";
import type { Db } from "../client.ts";
import { findKeysetPage, type SortSpec } from "./keyset.ts";
import type { Page, PageRequest } from "./page-request.ts";

/** Quote filters with ids already decoded and names already resolved. */
export interface QuoteFilter {
  /** Speaker must be one of these; an empty list matches nothing. */
  speakerIds?: number[] | null;
  articleId?: number | null;
  search?: string | null;
  kind?: QuoteKind | null;
  /** Article published on or after. */
  from?: Date | null;
  /** Article published before. */
  to?: Date | null;
  publisher?: string | null;
}

/** Orders quotes may be listed in. */
export type QuoteOrderField = "PUBLISHED_AT" | "ID";

/** The Prisma where of a quote filter. */
export function quoteWhere(f: QuoteFilter): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [];
  if (f.speakerIds) and.push({ speakerId: { in: f.speakerIds } });
  if (f.articleId != null) and.push({ articleId: f.articleId });
  if (f.kind) and.push({ kind: f.kind });
  // a search of punctuation alone names no words, so it finds nothing rather than everything
  if (f.search != null && f.search.trim()) and.push(normalizeKey(f.search) ? { textNorm: { contains: normalizeKey(f.search) } } : { id: -1 });
  const article: Prisma.ArticleWhereInput = {};
  if (f.from || f.to) article.publishedAt = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) };
  if (f.publisher != null) article.publisherNorm = normalizeKey(f.publisher);
  if (Object.keys(article).length) and.push({ article });
  return { AND: and };
}

/** The sort of a quote order. */
export function quoteSort(field: QuoteOrderField, direction: "asc" | "desc"): SortSpec {
  return field === "ID" ? { path: null, direction, nullable: false } : { path: ["article", "publishedAt"], direction, nullable: true };
}

/** A quote with its article, which Prisma reads in the same round trip set anyway. */
export type QuoteWithArticle = Quote & { article: Article };

/** One page of quotes matching `filter`, each with its article (the sort may need it; callers reuse it). */
export function findQuotes(db: Db, filter: QuoteFilter, sort: SortSpec, page: PageRequest): Promise<Page<QuoteWithArticle>> {
  return findKeysetPage({
    findMany: (args) =>
      db.quote.findMany({
        where: { AND: [quoteWhere(filter), args.where as Prisma.QuoteWhereInput] },
        orderBy: args.orderBy as Prisma.QuoteOrderByWithRelationInput[],
        take: args.take,
        include: { article: true },
      }),
    where: {},
    sort,
    page,
    keyOf: (q) => (sort.path ? q.article.publishedAt : q.id),
    idOf: (q) => q.id,
  });
}

/** How many quotes match `filter`. */
export function countQuotes(db: Db, filter: QuoteFilter): Promise<number> {
  return db.quote.count({ where: quoteWhere(filter) });
}
