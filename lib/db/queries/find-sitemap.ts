import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "./query-rows.ts";
import { TABLES } from "./sql-tables.ts";

/** What sitemap.xml lists: every article, actor and quote, and the statements reported more than once. */
export type SitemapSection = "ARTICLES" | "ACTORS" | "QUOTES" | "STATEMENTS";

/** Ids per sitemap page: well under the protocol's 50,000 URLs and 50 MB per file. */
export const SITEMAP_PAGE_IDS = 10_000;

/** One address of a sitemap page: the row's id and slug (quotes have none), and when it last changed. */
export interface SitemapRow {
  id: number;
  slug: string | null;
  updatedAt: Date;
}

const TABLE_OF = {
  ARTICLES: TABLES.Article,
  ACTORS: TABLES.Actor,
  QUOTES: TABLES.Quote,
  STATEMENTS: TABLES.Statement,
} as const;

/** Pages per section: page p holds ids (p·SITEMAP_PAGE_IDS, (p+1)·SITEMAP_PAGE_IDS], so a page is one index range read. */
export async function getSitemapPageCounts(db: Db): Promise<Record<SitemapSection, number>> {
  const [r] = await queryRows<Record<SitemapSection, number | bigint | null>>(
    db,
    Prisma.sql`
    SELECT (SELECT MAX("id") FROM ${TABLES.Article}) AS "ARTICLES", (SELECT MAX("id") FROM ${TABLES.Actor}) AS "ACTORS", (SELECT MAX("id") FROM ${TABLES.Quote}) AS "QUOTES", (SELECT MAX("id") FROM ${TABLES.Statement} WHERE "reportCount" > 1) AS "STATEMENTS"`,
  );
  const pages = (max: number | bigint | null | undefined) => Math.ceil(Number(max ?? 0) / SITEMAP_PAGE_IDS);
  return {
    ARTICLES: pages(r?.ARTICLES),
    ACTORS: pages(r?.ACTORS),
    QUOTES: pages(r?.QUOTES),
    STATEMENTS: pages(r?.STATEMENTS),
  };
}

/** The rows of one sitemap page (0-based), by id; a quote's date is its article's. */
export async function findSitemapRows(db: Db, section: SitemapSection, page: number): Promise<SitemapRow[]> {
  const lo = page * SITEMAP_PAGE_IDS;
  const hi = lo + SITEMAP_PAGE_IDS;
  const sql =
    section === "QUOTES"
      ? Prisma.sql`SELECT q."id", NULL AS "slug", a."updatedAt" FROM ${TABLES.Quote} q JOIN ${TABLES.Article} a ON a."id" = q."articleId" WHERE q."id" > ${lo} AND q."id" <= ${hi} ORDER BY q."id"`
      : section === "STATEMENTS"
        ? Prisma.sql`SELECT "id", NULL AS "slug", "updatedAt" FROM ${TABLES.Statement} WHERE "id" > ${lo} AND "id" <= ${hi} AND "reportCount" > 1 ORDER BY "id"`
        : Prisma.sql`SELECT "id", "slug", "updatedAt" FROM ${TABLE_OF[section]} WHERE "id" > ${lo} AND "id" <= ${hi} ORDER BY "id"`;
  const rows = await queryRows<{ id: number | bigint; slug: string | null; updatedAt: Date | string | number }>(
    db,
    sql,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    updatedAt: new Date(typeof r.updatedAt === "bigint" ? Number(r.updatedAt) : r.updatedAt),
  }));
}
