import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { REPORT_ORDER_SQL } from "@/lib/db/statements/refresh-statements.ts";
import { EVENT_JOINS } from "./find-events.ts";
import { QUOTE_JOINS } from "./find-quotes.ts";
import type { Key, Page, PageRequest } from "./page-request.ts";
import { queryRows } from "./query-rows.ts";
import { joinSql, rowColumns, splitJoinedRow, type JoinedRows, type RowJoin } from "./row-columns.ts";
import { TABLES, type TableName } from "./sql-tables.ts";

/**
 * A nested list (an actor's quotes, an article's mentions…) as SQL: rows of
 * parent id `p`, child id `c` and integer sort key `k`, for the given parents.
 */
export type PairsSql = (parentIds: number[]) => Prisma.Sql;

/**
 * One parent's page of child ids, with the parent's child count when the page had no cursor
 * bounds, each child's row when its table was given and the rows of its joins.
 */
export type ChildPage = Omit<Page<number>, "rows"> & {
  total?: number;
  rows: (Page<number>["rows"][number] & { data?: Record<string, unknown>; joined?: JoinedRows })[];
};

function bound(key: Key, side: "after" | "before", desc: boolean): Prisma.Sql {
  const op = Prisma.raw((side === "after") === desc ? "<" : ">");
  const k = Number(key.k);
  return Prisma.sql`(x."k" ${op} ${k} OR (x."k" = ${k} AND x."c" ${op} ${key.id}))`;
}

/**
 * One page of children for each parent in a single statement (a window over the
 * pairs), so a nested connection costs one query however many parents there are;
 * `joins` (with `table`) read the rows each child points to in the same statement.
 */
export async function findChildPages(
  db: Db,
  pairs: PairsSql,
  parentIds: number[],
  desc: boolean,
  page: PageRequest,
  withTotal = true,
  table?: TableName,
  joins: readonly RowJoin[] = [],
): Promise<Map<number, ChildPage>> {
  if (joins.length && !table) throw new Error("findChildPages: joins need the children's table");
  // without cursor bounds the window can also count each parent's children, when the count is asked for
  const unbounded = !page.after && !page.before && withTotal;
  const out = new Map<number, ChildPage>(
    parentIds.map((p) => [p, { rows: [], hasMore: false, ...(unbounded && page.limit > 0 ? { total: 0 } : {}) }]),
  );
  if (!parentIds.length || page.limit === 0) {
    if (page.limit === 0 && parentIds.length) await markNonEmpty(db, pairs, parentIds, page, desc, out);
    return out;
  }
  const bounds: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (page.after) bounds.push(bound(page.after, "after", desc));
  if (page.before) bounds.push(bound(page.before, "before", desc));
  const dir = Prisma.raw(desc !== page.backward ? "DESC" : "ASC");
  type Row = { p: number | bigint; c: number | bigint; k: number | bigint; total?: number | bigint };
  // with `table`, each child's row comes along (joined by id), sparing the id loader's round trip
  const joined = joinSql(joins, "t", TABLES);
  const rowColumnsSql = table ? Prisma.sql`, ${rowColumns(table, "t")}${joined.columns}` : Prisma.empty;
  const join = (alias: string) =>
    table ? Prisma.sql` JOIN ${TABLES[table]} t ON t."id" = ${Prisma.raw(alias)}."c"${joined.from}` : Prisma.empty;
  // one parent and no count: a plain ordered LIMIT, which walks an index on (parent, key) and stops,
  // where the window would number every child of the parent first
  const rows =
    !unbounded && parentIds.length === 1
      ? await queryRows<Row>(
          db,
          Prisma.sql`
    SELECT x."p", x."c", x."k"${rowColumnsSql} FROM (${pairs(parentIds)}) x${join("x")} WHERE ${Prisma.join(bounds, " AND ")}
    ORDER BY x."k" ${dir}, x."c" ${dir} LIMIT ${page.limit + 1}`,
        )
      : await queryRows<Row>(
          db,
          Prisma.sql`
    SELECT y."p", y."c", y."k"${unbounded ? Prisma.sql`, y."total"` : Prisma.empty}${rowColumnsSql} FROM (
      SELECT x."p", x."c", x."k", ROW_NUMBER() OVER (PARTITION BY x."p" ORDER BY x."k" ${dir}, x."c" ${dir}) AS "rn"${
        unbounded
          ? Prisma.sql`,
        COUNT(*) OVER (PARTITION BY x."p") AS "total"`
          : Prisma.empty
      }
      FROM (${pairs(parentIds)}) x WHERE ${Prisma.join(bounds, " AND ")}
    ) y${join("y")} WHERE y."rn" <= ${page.limit + 1} ORDER BY y."p", y."rn"`,
        );
  for (const r of rows) {
    const pg = out.get(Number(r.p));
    if (!pg) continue;
    if (unbounded) pg.total = Number(r.total);
    if (pg.rows.length === page.limit) pg.hasMore = true;
    else {
      const { p: _p, c: _c, k: _k, total: _t, ...all } = r;
      const split = joins.length ? splitJoinedRow(all, joins) : { row: all, joined: undefined };
      pg.rows.push({
        row: Number(r.c),
        key: { k: Number(r.k), id: Number(r.c) },
        ...(table ? { data: split.row } : {}),
        ...(split.joined ? { joined: split.joined } : {}),
      });
    }
  }
  if (page.backward) for (const pg of out.values()) pg.rows.reverse();
  return out;
}

async function markNonEmpty(
  db: Db,
  pairs: PairsSql,
  parentIds: number[],
  page: PageRequest,
  desc: boolean,
  out: Map<number, ChildPage>,
) {
  const bounds: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (page.after) bounds.push(bound(page.after, "after", desc));
  if (page.before) bounds.push(bound(page.before, "before", desc));
  const rows = await queryRows<{ p: number | bigint }>(
    db,
    Prisma.sql`
    SELECT DISTINCT x."p" FROM (${pairs(parentIds)}) x WHERE ${Prisma.join(bounds, " AND ")}`,
  );
  for (const r of rows) out.get(Number(r.p))!.hasMore = true;
}

/** How many children each parent has. */
export async function countChildren(db: Db, pairs: PairsSql, parentIds: number[]): Promise<Map<number, number>> {
  const rows = await queryRows<{ p: number | bigint; n: number | bigint }>(
    db,
    Prisma.sql`
    SELECT x."p", COUNT(*) AS "n" FROM (${pairs(parentIds)}) x GROUP BY x."p"`,
  );
  return new Map(rows.map((r) => [Number(r.p), Number(r.n)]));
}

const ids = (parentIds: number[]) => Prisma.join(parentIds);

/** Articles of an actor, latest ingested first, whose co-mentioned actors make its related actors. */
export const RELATED_ACTORS_ARTICLES = 1000;

/** Weights of the related-actors key: shared articles (at most RELATED_ACTORS_ARTICLES), then shared quotes (below 10,000), then mentions (capped below 100,000). */
export const RELATED_KEY = { articles: 1_000_000_000, quotes: 100_000 } as const;

/** The counts a related-actors key stands for. */
export function decodeRelatedKey(k: number): { sharedArticles: number; sharedQuotes: number } {
  return {
    sharedArticles: Math.floor(k / RELATED_KEY.articles),
    sharedQuotes: Math.floor((k % RELATED_KEY.articles) / RELATED_KEY.quotes),
  };
}

/** The nested lists of the API, each as (parent, child, sort key) pairs. */
export const CHILD_LISTS = {
  /** An actor's quotes, by quote id. */
  actorQuotes: ((p) =>
    Prisma.sql`SELECT q."speakerId" AS "p", q."id" AS "c", q."id" AS "k" FROM ${TABLES.Quote} q WHERE q."speakerId" IN (${ids(p)})`) as PairsSql,
  /** An actor's events, by event id. */
  actorEvents: ((p) =>
    Prisma.sql`SELECT DISTINCT ep."actorId" AS "p", ep."eventId" AS "c", ep."eventId" AS "k" FROM ${TABLES.EventParticipant} ep WHERE ep."actorId" IN (${ids(p)})`) as PairsSql,
  /** Articles mentioning an actor, by article id. */
  actorArticles: ((p) =>
    Prisma.sql`SELECT DISTINCT m."actorId" AS "p", m."articleId" AS "c", m."articleId" AS "k" FROM ${TABLES.Mention} m WHERE m."actorId" IN (${ids(p)})`) as PairsSql,
  /**
   * Actors sharing articles with an actor among its RELATED_ACTORS_ARTICLES latest-ingested
   * ones (its articles first, then their mentions: far cheaper than a mention self-join, and
   * bounded however often the actor appears), ranked by one key (see relatedKey): shared
   * articles, then shared quotes (one's quote whose sentence names the other), then how often
   * the other is named in those articles, so the Taliban outrank a passing mention.
   */
  relatedActors: ((p) => {
    const arts = Prisma.sql`SELECT "actorId", "articleId" FROM (
        SELECT "actorId", "articleId", ROW_NUMBER() OVER (PARTITION BY "actorId" ORDER BY "articleId" DESC) AS "rn"
        FROM (SELECT DISTINCT "actorId", "articleId" FROM ${TABLES.Mention} WHERE "actorId" IN (${ids(p)})) d
      ) r WHERE r."rn" <= ${RELATED_ACTORS_ARTICLES}`;
    // quotes by the actor naming the other, and quotes by the other naming the actor, in the window
    const quotes = Prisma.sql`SELECT "p", "c", COUNT(DISTINCT "q") AS "n" FROM (
        SELECT a."actorId" AS "p", m."actorId" AS "c", q."id" AS "q" FROM (${arts}) a
        JOIN ${TABLES.Quote} q ON q."articleId" = a."articleId" AND q."speakerId" = a."actorId"
        JOIN ${TABLES.Mention} m ON m."articleId" = q."articleId" AND m."actorId" <> a."actorId" AND m."start" >= q."contextStart" AND m."end" <= q."contextEnd"
        UNION ALL
        SELECT a."actorId", q."speakerId", q."id" FROM (${arts}) a
        JOIN ${TABLES.Mention} m ON m."articleId" = a."articleId" AND m."actorId" = a."actorId"
        JOIN ${TABLES.Quote} q ON q."articleId" = m."articleId" AND q."speakerId" IS NOT NULL AND q."speakerId" <> a."actorId" AND m."start" >= q."contextStart" AND m."end" <= q."contextEnd"
      ) x GROUP BY "p", "c"`;
    return Prisma.sql`SELECT co."p", co."c",
        co."articles" * ${RELATED_KEY.articles} + COALESCE(qs."n", 0) * ${RELATED_KEY.quotes} + CASE WHEN co."mentions" > ${RELATED_KEY.quotes - 1} THEN ${RELATED_KEY.quotes - 1} ELSE co."mentions" END AS "k"
      FROM (
        SELECT a."actorId" AS "p", m2."actorId" AS "c", COUNT(DISTINCT m2."articleId") AS "articles", COUNT(*) AS "mentions"
        FROM (${arts}) a JOIN ${TABLES.Mention} m2 ON m2."articleId" = a."articleId" AND m2."actorId" <> a."actorId"
        GROUP BY a."actorId", m2."actorId"
      ) co LEFT JOIN (${quotes}) qs ON qs."p" = co."p" AND qs."c" = co."c"`;
  }) as PairsSql,
  /** An actor's statements, most reported first, then newest. */
  actorStatements: ((p) =>
    Prisma.sql`SELECT s."speakerId" AS "p", s."id" AS "c", s."reportCount" AS "k" FROM ${TABLES.Statement} s WHERE s."speakerId" IN (${ids(p)})`) as PairsSql,
  /** A statement's reports in date order (REPORT_ORDER_SQL), keyed by their rank in it. */
  statementReports: ((p) =>
    Prisma.sql`SELECT q."statementId" AS "p", q."id" AS "c", ROW_NUMBER() OVER (PARTITION BY q."statementId" ORDER BY ${Prisma.raw(REPORT_ORDER_SQL)}) AS "k"
      FROM ${TABLES.Quote} q JOIN ${TABLES.Article} a ON a."id" = q."articleId" WHERE q."statementId" IN (${ids(p)})`) as PairsSql,
  /** An article's quotes, in text order. */
  articleQuotes: ((p) =>
    Prisma.sql`SELECT q."articleId" AS "p", q."id" AS "c", q."start" AS "k" FROM ${TABLES.Quote} q WHERE q."articleId" IN (${ids(p)})`) as PairsSql,
  /** An article's actors, by number of mentions. */
  articleActors: ((p) =>
    Prisma.sql`SELECT m."articleId" AS "p", m."actorId" AS "c", COUNT(*) AS "k" FROM ${TABLES.Mention} m WHERE m."articleId" IN (${ids(p)}) GROUP BY m."articleId", m."actorId"`) as PairsSql,
  /** An article's events, by event id. */
  articleEvents: ((p) =>
    Prisma.sql`SELECT e."articleId" AS "p", e."id" AS "c", e."id" AS "k" FROM ${TABLES.Event} e WHERE e."articleId" IN (${ids(p)})`) as PairsSql,
  /** An article's mentions, in text order. */
  articleMentions: ((p) =>
    Prisma.sql`SELECT m."articleId" AS "p", m."id" AS "c", m."start" AS "k" FROM ${TABLES.Mention} m WHERE m."articleId" IN (${ids(p)})`) as PairsSql,
} as const;

/** The table each nested list's children are rows of. */
export const CHILD_TABLES: Record<keyof typeof CHILD_LISTS, TableName> = {
  actorQuotes: "Quote",
  actorStatements: "Statement",
  statementReports: "Quote",
  actorEvents: "Event",
  actorArticles: "Article",
  relatedActors: "Actor",
  articleQuotes: "Quote",
  articleActors: "Actor",
  articleEvents: "Event",
  articleMentions: "Mention",
};

/** The rows each nested list's children may bring along (a quote's speaker and article, an event's article). */
export const CHILD_JOINS: Record<keyof typeof CHILD_LISTS, Readonly<Record<string, RowJoin>>> = {
  actorQuotes: QUOTE_JOINS,
  actorStatements: {},
  statementReports: QUOTE_JOINS,
  actorEvents: EVENT_JOINS,
  actorArticles: {},
  relatedActors: {},
  articleQuotes: QUOTE_JOINS,
  articleActors: {},
  articleEvents: EVENT_JOINS,
  articleMentions: {},
};

/** Default direction of each nested list: newest or most first, text order ascending. */
export const CHILD_DESC: Record<keyof typeof CHILD_LISTS, boolean> = {
  actorQuotes: true,
  actorStatements: true,
  statementReports: false,
  actorEvents: true,
  actorArticles: true,
  relatedActors: true,
  articleQuotes: false,
  articleActors: true,
  articleEvents: false,
  articleMentions: false,
};
