import pg from "pg";
import { postgresSchema } from "@/lib/db/client.ts";
import type { Row, WriteOp, WriteSteps } from "./steps.ts";

/** Most bind parameters in one statement (PostgreSQL allows 65535). */
const MAX_PARAMS = 30_000;
/** Most rows in one multi-row INSERT. */
const MAX_ROWS = 500;

/**
 * Runs write steps on PostgreSQL with the pg driver directly (no per-query ORM
 * overhead), each in one transaction on one pooled connection; rows go in
 * multi-row INSERTs. The pool's search_path is the URL's schema, as for the
 * Prisma client (lib/db/client.ts), so the SQL names tables unqualified.
 */
export class PostgresWriter {
  readonly #pool: pg.Pool;
  readonly #texts = new Map<string, string>();

  constructor(url: string) {
    const schema = postgresSchema(url);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
    const u = new URL(url);
    u.searchParams.delete("schema");
    // synchronous_commit=off: a commit returns before its WAL reaches disk, as SQLite's
    // synchronous=NORMAL does; a server crash may lose the last moments of commits, whole,
    // never part of one; an ingest killed any way loses nothing it was told is committed
    this.#pool = new pg.Pool({
      connectionString: u.toString(),
      max: 2,
      idleTimeoutMillis: 5_000,
      allowExitOnIdle: true,
      options: `-c search_path="${schema}" -c synchronous_commit=off`,
    });
  }

  /** Runs the steps in one transaction; any error rolls it back and is rethrown. */
  async run<T>(make: () => WriteSteps<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      try {
        const steps = make();
        let r = steps.next();
        while (!r.done) r = steps.next(await this.#exec(client, r.value));
        await client.query("COMMIT");
        return r.value;
      } catch (err) {
        // a connection that cannot even roll back is dropped from the pool, not reused
        await client.query("ROLLBACK").catch((e: Error) => (broken = e));
        throw err;
      }
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** `?` placeholders as `$1, $2, …` (the shared SQL never has `?` in a literal). */
  #text(sql: string): string {
    let text = this.#texts.get(sql);
    if (text === undefined) {
      let i = 0;
      text = sql.replace(/\?/g, () => `$${++i}`);
      if (this.#texts.size < 1000) this.#texts.set(sql, text);
    }
    return text;
  }

  async #exec(client: pg.PoolClient, op: WriteOp): Promise<Row[] | number[]> {
    if (op.kind === "query") return (await client.query(this.#text(op.sql), op.params as unknown[])).rows as Row[];
    const cols = op.columns.map((c) => `"${c}"`).join(", ");
    const perChunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / op.columns.length)));
    const ids: number[] = [];
    for (let at = 0; at < op.rows.length; at += perChunk) {
      const chunk = op.rows.slice(at, at + perChunk);
      const params: unknown[] = [];
      const values = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
      const conflict = op.ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "";
      const res = await client.query(
        `INSERT INTO "${op.table}" (${cols}) VALUES ${values.join(", ")}${conflict}${op.returnIds ? ' RETURNING "id"' : ""}`,
        params,
      );
      if (!op.returnIds) continue;
      if (res.rows.length !== chunk.length)
        throw new Error(`expected ${chunk.length} ids back from an insert into ${op.table}, got ${res.rows.length}`);
      // one statement draws its serial ids in VALUES order: ascending ids are the rows in order
      ids.push(...res.rows.map((r: { id: number }) => r.id).sort((a, b) => a - b));
    }
    return ids;
  }
}
