/**
 * The data revision of a database: a token that changes whenever its data may
 * have changed, from this process or any other. Caches keyed by it never serve
 * an answer computed before a commit they have been told about.
 */
import { databaseUrlOf, sqlitePath, type Db } from "@/lib/db/client.ts";
import { createPostgresRevision } from "./postgres-revision.ts";
import { createSqliteRevision } from "./sqlite-revision.ts";

/** Where a database's changes are watched. */
export interface DataRevision {
  /** The current token; null while changes cannot be tracked (then nothing may be cached). */
  current(): string | null;
  /** Marks the data as changed by this process (called after a mutation commits). */
  bump(): void;
  /** Releases the watching connection. */
  close(): Promise<void>;
}

const globalForRevisions = globalThis as unknown as { __newsRevisions?: WeakMap<Db, DataRevision> };

/** The revision of `db`'s database, watched from first use; null for a client `createDb` did not make. */
export function getDataRevision(db: Db): DataRevision | null {
  const sources = (globalForRevisions.__newsRevisions ??= new WeakMap());
  const known = sources.get(db);
  if (known) return known;
  const url = databaseUrlOf(db);
  if (!url) return null;
  const source = url.startsWith("file:") ? createSqliteRevision(sqlitePath(url)) : createPostgresRevision(url);
  sources.set(db, source);
  return source;
}

/** Marks `db`'s data as changed now, for this process's caches. */
export function bumpDataRevision(db: Db): void {
  getDataRevision(db)?.bump();
}

/** Stops watching `db` (tests that drop their database call it). */
export async function closeDataRevision(db: Db): Promise<void> {
  const sources = globalForRevisions.__newsRevisions;
  const source = sources?.get(db);
  if (!source) return;
  sources!.delete(db);
  await source.close();
}
