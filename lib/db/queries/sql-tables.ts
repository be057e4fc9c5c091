import { Prisma } from "../../../generated/sqlite/client.ts";
import type { Db } from "../client.ts";

/** Tables the hand-written SQL reads. */
export type TableName = "Actor" | "ActorAlias" | "Article" | "Mention" | "Quote" | "Event" | "EventParticipant";

/** Quoted, schema-qualified table names for raw SQL on one client. */
export type Tables = Record<TableName, Prisma.Sql>;

const NAMES: TableName[] = ["Actor", "ActorAlias", "Article", "Mention", "Quote", "Event", "EventParticipant"];
const cache = new WeakMap<object, Tables>();

/**
 * The PostgreSQL schema a client's adapter was given. Prisma qualifies its own
 * queries with it but not raw SQL, and the pool's search_path stays "public", so
 * raw queries must name it. Read from the adapter factory (not a public API;
 * unqualified names are the fallback, right for the default "public" schema).
 */
function schemaOf(db: Db): string | null {
  const internals = db as unknown as { _activeProvider?: string; _engineConfig?: { adapter?: { options?: { schema?: unknown } } } };
  if (internals._activeProvider !== "postgresql") return null;
  const schema = internals._engineConfig?.adapter?.options?.schema;
  return typeof schema === "string" && schema ? schema : null;
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** The table names to splice into raw SQL for `db`. */
export function tablesOf(db: Db): Tables {
  let t = cache.get(db);
  if (!t) {
    const schema = schemaOf(db);
    t = Object.fromEntries(NAMES.map((n) => [n, Prisma.raw(schema ? `${quote(schema)}.${quote(n)}` : quote(n))])) as Tables;
    cache.set(db, t);
  }
  return t;
}
