import { databaseUrlOf, sqlitePath, type Db } from "@/lib/db/client.ts";
import { PostgresWriter } from "./postgres-writer.ts";
import { SqliteWriter } from "./sqlite-writer.ts";
import type { WriteSteps } from "./steps.ts";

/**
 * The write port: runs a transaction's steps (steps.ts) on the database of a
 * Prisma client, through a connection of its own. Open one per batch of writes
 * and close it when done (before the client disconnects: SQLite checkpoints the
 * WAL when the last connection closes).
 */
export interface Writer {
  readonly provider: "sqlite" | "postgresql";
  /** Runs the steps in one transaction, again from the start after a transient error (lock, unique-key race). */
  transaction<T>(make: () => WriteSteps<T>): Promise<T>;
  close(): Promise<void>;
}

/** Attempts after a unique-key race or serialisation failure. */
const MAX_ATTEMPTS = 6;
/** How long a writer keeps retrying while another connection holds the SQLite write lock. */
const LOCK_WAIT_MS = 30_000;

/** True for errors a retry can cure: lock timeouts, unique-key races, serialisation failures, deadlocks. */
export function isTransientDbError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const codes = [
    "P2002",
    "P2034",
    "P1008",
    "P2028",
    "SQLITE_BUSY",
    "SQLITE_BUSY_SNAPSHOT",
    "SQLITE_BUSY_RECOVERY",
    "SQLITE_LOCKED",
    "SQLITE_CONSTRAINT_UNIQUE",
    "40001",
    "40P01",
    "23505",
    "55P03",
  ];
  if (e?.code && codes.includes(e.code)) return true;
  return /database is locked|SQLITE_BUSY|timed out|could not serialize|deadlock detected|unique constraint/i.test(
    e?.message ?? "",
  );
}

function isLockWait(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (e?.code ?? "").startsWith("SQLITE_BUSY") || /database is locked/i.test(e?.message ?? "");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `attempt` until it succeeds, retrying transient errors: lock waits up to LOCK_WAIT_MS, races up to MAX_ATTEMPTS. */
async function withRetries<T>(attempt: () => T | Promise<T>): Promise<T> {
  const lockDeadline = Date.now() + LOCK_WAIT_MS;
  for (let races = 1; ;) {
    try {
      return await attempt();
    } catch (err) {
      if (!isTransientDbError(err)) throw err;
      if (isLockWait(err)) {
        if (Date.now() > lockDeadline) throw err;
        // another connection holds the write lock: yield the event loop (it may be ours) and try again
        await sleep(5 + Math.floor(Math.random() * 20));
        continue;
      }
      // another writer got there first (same article, same new actor): the next attempt sees its committed rows
      if (races++ >= MAX_ATTEMPTS) throw err;
      await sleep(50 * races + Math.floor(Math.random() * 100));
    }
  }
}

/** A writer for the database of `db` (a client made by createDb). */
export function openWriter(db: Db): Writer {
  const url = databaseUrlOf(db);
  if (!url) throw new Error("the write path needs a client made by createDb (its database URL is unknown)");
  if (url.startsWith("file:")) {
    const sqlite = new SqliteWriter(sqlitePath(url));
    return {
      provider: "sqlite",
      transaction: (make) => withRetries(() => sqlite.run(make)),
      close: async () => sqlite.close(),
    };
  }
  const postgres = new PostgresWriter(url);
  return {
    provider: "postgresql",
    transaction: (make) => withRetries(() => postgres.run(make)),
    close: () => postgres.close(),
  };
}

/** Runs `fn` with a writer for `db`, closing it afterwards. */
export async function withWriter<T>(db: Db, fn: (w: Writer) => Promise<T>): Promise<T> {
  const w = openWriter(db);
  try {
    return await fn(w);
  } finally {
    await w.close();
  }
}
