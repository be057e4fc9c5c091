import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import type { PageRequest } from "./page-request.ts";
import { containsSql, countRaw, findRawPage, inList, whereAll, type CountedPage } from "./raw-keyset.ts";
import { rowColumns, type ArticleRow } from "./row-columns.ts";
import { TABLES } from "./sql-tables.ts";

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

const SORT_KEY: Record<ArticleOrderField, Prisma.Sql> = {
  PUBLISHED_AT: Prisma.sql`a."publishedAt"`,
  INGESTED_AT: Prisma.sql`a."ingestedAt"`,
  TITLE: Prisma.sql`a."titleNorm"`,
};

function articlesFrom(f: ArticleFilter): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.search != null && f.search.trim()) {
    const words = normalizeKey(f.search);
    // titles are searched in normalised form, bodies as typed (they are stored unnormalised);
    // punctuation alone names no words and finds nothing
    conds.push(
      words
        ? Prisma.sql`(a."titleNorm" LIKE ${`%${words}%`} OR ${containsSql(Prisma.sql`a."body"`, f.search.trim())})`
        : Prisma.sql`1 = 0`,
    );
  }
  if (f.publisher != null) conds.push(Prisma.sql`a."publisherNorm" = ${normalizeKey(f.publisher)}`);
  if (f.from) conds.push(Prisma.sql`a."publishedAt" >= ${f.from}`);
  if (f.to) conds.push(Prisma.sql`a."publishedAt" < ${f.to}`);
  if (f.mentioningIds)
    conds.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${TABLES.Mention} m WHERE m."articleId" = a."id" AND ${inList(Prisma.sql`m."actorId"`, f.mentioningIds)})`,
    );
  return Prisma.sql`${TABLES.Article} a WHERE ${whereAll(conds)}`;
}

/** One page of articles matching `filter` (rows without their text: see row-columns.ts). */
export function findArticles(
  db: Db,
  filter: ArticleFilter,
  field: ArticleOrderField,
  desc: boolean,
  page: PageRequest,
  withTotal = false,
): Promise<CountedPage<ArticleRow>> {
  return findRawPage<ArticleRow>(
    db,
    {
      columns: rowColumns("Article", "a"),
      from: articlesFrom(filter),
      id: Prisma.sql`a."id"`,
      key: SORT_KEY[field],
      nullable: field === "PUBLISHED_AT",
      desc,
    },
    page,
    withTotal,
  );
}

/** How many articles match `filter`. */
export function countArticles(db: Db, filter: ArticleFilter): Promise<number> {
  return countRaw(db, articlesFrom(filter));
}
