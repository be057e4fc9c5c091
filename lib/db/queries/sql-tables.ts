import { Prisma } from "../../../generated/sqlite/client.ts";
import type { Db } from "../client.ts";

/** Tables the hand-written SQL reads. */
export type TableName = "Actor" | "ActorAlias" | "Article" | "Mention" | "Quote" | "Event" | "EventParticipant";

/** Quoted, schema-qualified table names for raw SQL on one client. */
export type Tables = Record<TableName, Prisma.Sql>;

const NAMES: TableName[] = ["Actor", "ActorAlias", "Article", "Mention", "Quote", "Event", "EventParticipant"];

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

// unqualified: createDb sets PostgreSQL's search_path to the client's schema
const TABLES = Object.fromEntries(NAMES.map((n) => [n, Prisma.raw(quote(n))])) as Tables;

/** The table names to splice into raw SQL for `db` (the same for every client). */
export function tablesOf(_db: Db): Tables {
  return TABLES;
}
