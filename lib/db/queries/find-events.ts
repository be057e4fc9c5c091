import type { Event, Prisma } from "../../../generated/sqlite/client.ts";
import type { Db } from "../client.ts";
import { containsText } from "./contains-text.ts";
import { findKeysetPage, type SortSpec } from "./keyset.ts";
import type { Page, PageRequest } from "./page-request.ts";

/** Event filters with participant names already resolved to actor ids. */
export interface EventFilter {
  type?: string | null;
  /** A participant must be one of these; an empty list matches nothing. */
  participantIds?: number[] | null;
  from?: Date | null;
  to?: Date | null;
  location?: string | null;
}

/** Events are listed latest first, undated last. */
export const EVENT_SORT: SortSpec = { path: ["date"], direction: "desc", nullable: true };

/** The Prisma where of an event filter. */
export function eventWhere(db: Db, f: EventFilter): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (f.type) and.push({ type: f.type.trim().toUpperCase() });
  if (f.participantIds) and.push({ participants: { some: { actorId: { in: f.participantIds } } } });
  if (f.from) and.push({ date: { gte: f.from } });
  if (f.to) and.push({ date: { lt: f.to } });
  const loc = (f.location ?? "").trim().slice(0, 200);
  if (loc) and.push(containsText(db, "location", loc) as Prisma.EventWhereInput);
  return { AND: and };
}

/** One page of events matching `filter`. */
export function findEvents(db: Db, filter: EventFilter, page: PageRequest): Promise<Page<Event>> {
  return findKeysetPage({
    findMany: (args) =>
      db.event.findMany({
        where: { AND: [eventWhere(db, filter), args.where as Prisma.EventWhereInput] },
        orderBy: args.orderBy as Prisma.EventOrderByWithRelationInput[],
        take: args.take,
      }),
    where: {},
    sort: EVENT_SORT,
    page,
    keyOf: (e) => e.date,
    idOf: (e) => e.id,
  });
}

/** How many events match `filter`. */
export function countEvents(db: Db, filter: EventFilter): Promise<number> {
  return db.event.count({ where: eventWhere(db, filter) });
}
