import { Prisma, type Actor, type ActorType } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import type { PageRequest } from "./page-request.ts";
import { countRaw, findRawPage, whereAll, type CountedPage } from "./raw-keyset.ts";
import { TABLES } from "./sql-tables.ts";

/** Actor filters. */
export interface ActorFilter {
  /** A fragment of a name or alias. */
  search?: string | null;
  type?: ActorType | null;
}

/** Orders actors may be listed in; two are aggregates, computed per actor in SQL. */
export type ActorOrderField = "QUOTE_COUNT" | "NAME" | "LAST_SEEN";

const sortKey = (field: ActorOrderField): Prisma.Sql =>
  ({
    QUOTE_COUNT: Prisma.sql`(SELECT COUNT(*) FROM ${TABLES.Quote} q WHERE q."speakerId" = a."id")`,
    NAME: Prisma.sql`a."nameNorm"`,
    LAST_SEEN: Prisma.sql`(SELECT MAX(ar."publishedAt") FROM ${TABLES.Mention} m JOIN ${TABLES.Article} ar ON ar."id" = m."articleId" WHERE m."actorId" = a."id")`,
  })[field];

function actorsFrom(f: ActorFilter): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.type) conds.push(Prisma.sql`a."type" = ${f.type}`);
  if (f.search != null && f.search.trim()) {
    const words = normalizeKey(f.search);
    // normalised words hold no LIKE wildcards; punctuation alone names no words and finds nothing
    const like = `%${words}%`;
    conds.push(
      words
        ? Prisma.sql`(a."nameNorm" LIKE ${like} OR EXISTS (SELECT 1 FROM ${TABLES.ActorAlias} x WHERE x."actorId" = a."id" AND x."norm" LIKE ${like}))`
        : Prisma.sql`1 = 0`,
    );
  }
  return Prisma.sql`${TABLES.Actor} a WHERE ${whereAll(conds)}`;
}

/** One page of actors matching `filter` in the given order. */
export function findActors(
  db: Db,
  filter: ActorFilter,
  field: ActorOrderField,
  desc: boolean,
  page: PageRequest,
  withTotal = false,
): Promise<CountedPage<Actor>> {
  const key = sortKey(field);
  return findRawPage<Actor>(
    db,
    {
      columns: Prisma.sql`a.*`,
      from: actorsFrom(filter),
      id: Prisma.sql`a."id"`,
      key,
      nullable: field === "LAST_SEEN",
      desc,
    },
    page,
    withTotal,
  );
}

/** How many actors match `filter`. */
export function countActors(db: Db, filter: ActorFilter): Promise<number> {
  return countRaw(db, actorsFrom(filter));
}
