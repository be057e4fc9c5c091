import { Prisma, type ActorType } from "../../../generated/sqlite/client.ts";
import { normalizeKey } from "../../text/normalize-key.ts";
import type { Db } from "../client.ts";
import type { Key, KeyValue, Page, PageRequest } from "./page-request.ts";
import { tablesOf, type Tables } from "./sql-tables.ts";

/** Actor filters. */
export interface ActorFilter {
  /** A fragment of a name or alias. */
  search?: string | null;
  type?: ActorType | null;
}

/** Orders actors may be listed in; two are aggregates, so this list is read with SQL. */
export type ActorOrderField = "QUOTE_COUNT" | "NAME" | "LAST_SEEN";

const sortKey = (t: Tables): Record<ActorOrderField, Prisma.Sql> => ({
  QUOTE_COUNT: Prisma.sql`(SELECT COUNT(*) FROM ${t.Quote} q WHERE q."speakerId" = a."id")`,
  NAME: Prisma.sql`a."nameNorm"`,
  LAST_SEEN: Prisma.sql`(SELECT MAX(ar."publishedAt") FROM ${t.Mention} m JOIN ${t.Article} ar ON ar."id" = m."articleId" WHERE m."actorId" = a."id")`,
});

function filterSql(t: Tables, f: ActorFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.type) parts.push(Prisma.sql`a."type" = ${f.type}`);
  const words = normalizeKey(f.search ?? "");
  // normalised words hold no LIKE wildcards, so the pattern is literal
  if (!words && f.search?.trim()) parts.push(Prisma.sql`1 = 0`);
  if (words) parts.push(Prisma.sql`(a."nameNorm" LIKE ${`%${words}%`} OR EXISTS (SELECT 1 FROM ${t.ActorAlias} x WHERE x."actorId" = a."id" AND x."norm" LIKE ${`%${words}%`}))`);
  return Prisma.join(parts, " AND ");
}

/** Rows after (or before) `key`: nulls sort last, ties break on id in the list's direction. */
function boundSql(key: Key, side: "after" | "before", desc: boolean): Prisma.Sql {
  const forward = (side === "after") === desc;
  const op = Prisma.raw(forward ? "<" : ">");
  const idCmp = Prisma.sql`s."id" ${op} ${key.id}`;
  if (key.k === null) return side === "after" ? Prisma.sql`(s."k" IS NULL AND ${idCmp})` : Prisma.sql`(s."k" IS NOT NULL OR ${idCmp})`;
  const tail = side === "after" ? Prisma.sql` OR s."k" IS NULL` : Prisma.empty;
  return Prisma.sql`(s."k" ${op} ${key.k} OR (s."k" = ${key.k} AND ${idCmp})${tail})`;
}

/** One page of actor ids with their sort keys; the rows themselves come from the id loader. */
export async function findActorIds(db: Db, filter: ActorFilter, field: ActorOrderField, desc: boolean, page: PageRequest): Promise<Page<number>> {
  const t = tablesOf(db);
  const bounds: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (page.after) bounds.push(boundSql(page.after, "after", desc));
  if (page.before) bounds.push(boundSql(page.before, "before", desc));
  const readDesc = desc !== page.backward;
  const dir = Prisma.raw(readDesc ? "DESC" : "ASC");
  const nulls = Prisma.raw(page.backward ? "DESC" : "ASC");
  const rows = await db.$queryRaw<{ id: number | bigint; k: KeyValue | bigint }[]>`
    SELECT s."id", s."k" FROM (SELECT a."id" AS "id", ${sortKey(t)[field]} AS "k" FROM ${t.Actor} a WHERE ${filterSql(t, filter)}) s
    WHERE ${Prisma.join(bounds, " AND ")}
    ORDER BY (CASE WHEN s."k" IS NULL THEN 1 ELSE 0 END) ${nulls}, s."k" ${dir}, s."id" ${dir}
    LIMIT ${page.limit + 1}`;
  const hasMore = rows.length > page.limit;
  const taken = rows.slice(0, page.limit).map((r) => {
    const id = Number(r.id);
    const k = typeof r.k === "bigint" ? Number(r.k) : r.k;
    return { row: id, key: { k, id } };
  });
  if (page.backward) taken.reverse();
  return { rows: taken, hasMore };
}

/** How many actors match `filter`. */
export function countActors(db: Db, filter: ActorFilter): Promise<number> {
  const words = normalizeKey(filter.search ?? "");
  if (!words && filter.search?.trim()) return Promise.resolve(0);
  return db.actor.count({
    where: {
      ...(filter.type ? { type: filter.type } : {}),
      ...(words ? { OR: [{ nameNorm: { contains: words } }, { aliases: { some: { norm: { contains: words } } } }] } : {}),
    },
  });
}
