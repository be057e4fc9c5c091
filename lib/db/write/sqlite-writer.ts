import Database from "better-sqlite3";
import type { Row, WriteOp, WriteSteps } from "./steps.ts";

/** Prepared statements kept per connection; multi-row shapes vary, so the cache is bounded. */
const MAX_CACHED_STATEMENTS = 256;

/**
 * Runs write steps on SQLite, each in one synchronous `BEGIN IMMEDIATE`
 * transaction on its own better-sqlite3 connection, with cached prepared
 * statements. IMMEDIATE takes the write lock before the first read, so two
 * processes never interleave inside a transaction (no read-then-upgrade
 * failures) and a kill -9 leaves only committed, whole transactions.
 * Its commits are another connection's to every reader, so they change
 * `PRAGMA data_version` wherever the database is watched.
 */
export class SqliteWriter {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #transaction: Database.Transaction<(make: () => WriteSteps<unknown>) => unknown>;

  constructor(file: string) {
    // a short busy wait: it blocks the event loop, so longer waits are async retries (writer.ts)
    this.#db = new Database(file, { fileMustExist: true, timeout: 200 });
    // the journal mode (WAL) is the file's, set by migrate; these two are per connection.
    // NORMAL in WAL mode loses no committed transaction on a process crash, only on power loss.
    this.#db.pragma("synchronous = NORMAL");
    this.#db.pragma("foreign_keys = ON");
    this.#transaction = this.#db.transaction((make: () => WriteSteps<unknown>) => {
      const steps = make();
      let r = steps.next();
      while (!r.done) r = steps.next(this.#exec(r.value));
      return r.value;
    });
  }

  /** Runs the steps in one immediate transaction; any error rolls it back and is rethrown. */
  run<T>(make: () => WriteSteps<T>): T {
    return this.#transaction.immediate(make) as T;
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }

  #prepare(sql: string): Database.Statement {
    let st = this.#statements.get(sql);
    if (!st) {
      st = this.#db.prepare(sql);
      if (this.#statements.size >= MAX_CACHED_STATEMENTS)
        this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, st);
    }
    return st;
  }

  #exec(op: WriteOp): Row[] | number[] {
    if (op.kind === "query") {
      const st = this.#prepare(op.sql);
      const params = op.params.map(bindable);
      if (st.reader) return st.all(params) as Row[];
      st.run(params);
      return [];
    }
    // one cached single-row statement per table: as fast as a multi-row INSERT here, and its rowid is exact
    const conflict = op.ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "";
    const st = this.#prepare(
      `INSERT INTO "${op.table}" (${op.columns.map((c) => `"${c}"`).join(", ")}) VALUES (${op.columns.map(() => "?").join(", ")})${conflict}`,
    );
    const ids: number[] = [];
    for (const row of op.rows) {
      const { lastInsertRowid } = st.run(row.map(bindable));
      if (op.returnIds) ids.push(Number(lastInsertRowid));
    }
    return ids;
  }
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null: booleans become 0/1 as Prisma stores them. */
function bindable(v: unknown): unknown {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === undefined) return null;
  return v;
}
