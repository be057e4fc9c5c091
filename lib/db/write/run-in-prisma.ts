import { databaseUrlOf, type Db } from "@/lib/db/client.ts";
import type { Row, WriteOp, WriteSteps } from "./steps.ts";

/** A Prisma interactive transaction (what `$transaction(async (tx) => …)` hands over). */
export type PrismaTx = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** The database kind of a client made by createDb. */
export function providerOf(db: Db): "sqlite" | "postgresql" {
  const url = databaseUrlOf(db);
  if (!url) throw new Error("statement grouping needs a client made by createDb (its database URL is unknown)");
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/**
 * Runs write steps inside a Prisma interactive transaction, so the mutations written
 * with Prisma (deleteArticle, setQuoteSpeaker, mergeActors) share the steps ingest runs
 * (statement grouping) in their own transaction. `?` placeholders become `$1, $2, …` on
 * PostgreSQL; inserts are multi-row with RETURNING, which SQLite ≥ 3.35 has too.
 */
export async function runStepsInPrisma<T>(
  tx: PrismaTx,
  provider: "sqlite" | "postgresql",
  make: () => WriteSteps<T>,
): Promise<T> {
  const steps = make();
  let r = steps.next();
  while (!r.done) r = steps.next(await exec(tx, provider, r.value));
  return r.value;
}

function text(sql: string, provider: "sqlite" | "postgresql"): string {
  if (provider === "sqlite") return sql;
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

async function exec(tx: PrismaTx, provider: "sqlite" | "postgresql", op: WriteOp): Promise<Row[] | number[]> {
  if (op.kind === "query") {
    // statements that answer rows go through $queryRaw, the others through $executeRaw
    if (/^\s*SELECT\b|\bRETURNING\b/i.test(op.sql))
      return tx.$queryRawUnsafe<Row[]>(text(op.sql, provider), ...op.params);
    await tx.$executeRawUnsafe(text(op.sql, provider), ...op.params);
    return [];
  }
  const ids: number[] = [];
  const cols = op.columns.map((c) => `"${c}"`).join(", ");
  const row = `(${op.columns.map(() => "?").join(", ")})`;
  // one row per statement keeps the ids in row order without relying on RETURNING's order
  for (const values of op.rows) {
    const conflict = op.ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "";
    const returning = op.returnIds ? ' RETURNING "id"' : "";
    const out = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
      text(`INSERT INTO "${op.table}" (${cols}) VALUES ${row}${conflict}${returning}`, provider),
      ...values.map((v) => (typeof v === "boolean" && provider === "sqlite" ? (v ? 1 : 0) : v)),
    );
    if (op.returnIds) ids.push(Number(out[0]!.id));
  }
  return ids;
}
