import { Prisma, type Quote, type QuoteKind } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import type { PageRequest } from "./page-request.ts";
import { containsSql, countRaw, findRawPage, inList, whereAll, type CountedPage } from "./raw-keyset.ts";
import type { RowJoin } from "./row-columns.ts";
import { TABLES } from "./sql-tables.ts";

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

/** The FROM clause of a filtered quote list; the article is joined only when a filter or the sort needs it. */
function quotesFrom(f: QuoteFilter, joinArticle: boolean): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.speakerIds) conds.push(inList(Prisma.sql`q."speakerId"`, f.speakerIds));
  if (f.articleId != null) conds.push(Prisma.sql`q."articleId" = ${f.articleId}`);
  if (f.kind) conds.push(Prisma.sql`q."kind" = ${f.kind}`);
  if (f.search != null && f.search.trim()) {
    // normalised words hold no LIKE wildcards; punctuation alone names no words and finds nothing
    // the quote's own words accent-insensitively, or the sentence around it as typed:
    // what a speaker said "about X" is as often named around the quote as in it
    const words = normalizeKey(f.search);
    conds.push(
      words
        ? Prisma.sql`(q."textNorm" LIKE ${`%${words}%`} OR ${containsSql(Prisma.sql`q."contextText"`, f.search.trim())})`
        : Prisma.sql`1 = 0`,
    );
  }
  if (f.from) conds.push(Prisma.sql`a."publishedAt" >= ${f.from}`);
  if (f.to) conds.push(Prisma.sql`a."publishedAt" < ${f.to}`);
  if (f.publisher != null) conds.push(Prisma.sql`a."publisherNorm" = ${normalizeKey(f.publisher)}`);
  const needsArticle = joinArticle || Boolean(f.from || f.to || f.publisher != null);
  if (!needsArticle) return Prisma.sql`${TABLES.Quote} q WHERE ${whereAll(conds)}`;
  const narrowsQuotes = Boolean(f.speakerIds || f.articleId != null || f.kind || f.search?.trim());
  // with nothing narrowing the quotes, walking articles by date (CROSS JOIN fixes SQLite's join
  // order) reads only the newest articles' quotes instead of sorting every quote
  const tables = narrowsQuotes
    ? Prisma.sql`${TABLES.Quote} q JOIN ${TABLES.Article} a ON a."id" = q."articleId"`
    : Prisma.sql`${TABLES.Article} a CROSS JOIN ${TABLES.Quote} q`;
  return Prisma.sql`${tables} WHERE ${whereAll([...(narrowsQuotes ? [] : [Prisma.sql`q."articleId" = a."id"`]), ...conds])}`;
}

/** A quote's speaker and article, to read along with a page of quotes. */
export const QUOTE_JOINS = {
  speaker: { as: "speaker", table: "Actor", fk: "speakerId" },
  article: { as: "article", table: "Article", fk: "articleId" },
} as const satisfies Record<string, RowJoin>;

/** One page of quotes matching `filter`, newest article first by default; `joins` (QUOTE_JOINS) read rows along. */
export function findQuotes(
  db: Db,
  filter: QuoteFilter,
  field: QuoteOrderField,
  desc: boolean,
  page: PageRequest,
  withTotal = false,
  joins: readonly RowJoin[] = [],
): Promise<CountedPage<Quote>> {
  const byDate = field === "PUBLISHED_AT";
  return findRawPage<Quote>(
    db,
    // every quote has its article (a required key), so the count needs the join only for article filters
    {
      columns: Prisma.sql`q.*`,
      from: quotesFrom(filter, byDate),
      countFrom: quotesFrom(filter, false),
      id: Prisma.sql`q."id"`,
      key: byDate ? Prisma.sql`a."publishedAt"` : null,
      nullable: byDate,
      desc,
    },
    page,
    withTotal,
    joins,
  );
}

/** How many quotes match `filter`. */
export function countQuotes(db: Db, filter: QuoteFilter): Promise<number> {
  return countRaw(db, quotesFrom(filter, false));
}
