import { Prisma } from "@/generated/sqlite/client.ts";

/** Tables the hand-written SQL reads. */
export type TableName =
  "Actor" | "ActorAlias" | "Article" | "Mention" | "Quote" | "Event" | "EventParticipant" | "Statement";

/** Quoted table names for raw SQL. */
export type Tables = Record<TableName, Prisma.Sql>;

const NAMES: TableName[] = [
  "Actor",
  "ActorAlias",
  "Article",
  "Mention",
  "Quote",
  "Event",
  "EventParticipant",
  "Statement",
];

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/**
 * The table names to splice into raw SQL, the same for every client: unqualified,
 * because createDb sets PostgreSQL's search_path to the client's schema.
 */
export const TABLES = Object.fromEntries(NAMES.map((n) => [n, Prisma.raw(quote(n))])) as Tables;
