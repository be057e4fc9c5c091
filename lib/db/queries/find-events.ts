import { Prisma, type Event } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import type { PageRequest } from "./page-request.ts";
import { containsSql, countRaw, findRawPage, inList, whereAll, type CountedPage } from "./raw-keyset.ts";
import type { RowJoin } from "./row-columns.ts";
import { TABLES } from "./sql-tables.ts";

/** Event filters with participant names already resolved to actor ids. */
export interface EventFilter {
  type?: string | null;
  /** A participant must be one of these; an empty list matches nothing. */
  participantIds?: number[] | null;
  from?: Date | null;
  to?: Date | null;
  location?: string | null;
  /** Only reported events (true), only the article's own (false), or both (null). */
  reported?: boolean | null;
}

function eventsFrom(f: EventFilter): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.type) conds.push(Prisma.sql`e."type" = ${f.type.trim().toUpperCase()}`);
  if (f.participantIds)
    conds.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${TABLES.EventParticipant} p WHERE p."eventId" = e."id" AND ${inList(Prisma.sql`p."actorId"`, f.participantIds)})`,
    );
  if (f.from) conds.push(Prisma.sql`e."date" >= ${f.from}`);
  if (f.to) conds.push(Prisma.sql`e."date" < ${f.to}`);
  if (f.reported === true) conds.push(Prisma.sql`e."reported" = TRUE`);
  if (f.reported === false) conds.push(Prisma.sql`e."reported" = FALSE`);
  const loc = (f.location ?? "").trim();
  if (loc) conds.push(containsSql(Prisma.sql`e."location"`, loc));
  return Prisma.sql`${TABLES.Event} e WHERE ${whereAll(conds)}`;
}

/** An event's article, to read along with a page of events. */
export const EVENT_JOINS = {
  article: { as: "article", table: "Article", fk: "articleId" },
} as const satisfies Record<string, RowJoin>;

/** One page of events matching `filter`, latest first, undated last; `joins` (EVENT_JOINS) read rows along. */
export function findEvents(
  db: Db,
  filter: EventFilter,
  page: PageRequest,
  withTotal = false,
  joins: readonly RowJoin[] = [],
): Promise<CountedPage<Event>> {
  return findRawPage<Event>(
    db,
    {
      columns: Prisma.sql`e.*`,
      from: eventsFrom(filter),
      id: Prisma.sql`e."id"`,
      key: Prisma.sql`e."date"`,
      nullable: true,
      desc: true,
    },
    page,
    withTotal,
    joins,
  );
}

/** How many events match `filter`. */
export function countEvents(db: Db, filter: EventFilter): Promise<number> {
  return countRaw(db, eventsFrom(filter));
}
