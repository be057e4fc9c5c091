import type { Db } from "@/lib/db/client.ts";
import { query, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import { withWriter } from "@/lib/db/write/writer.ts";
import { groupQuotes } from "./group-quotes.ts";

/** Quotes grouped per transaction by the backfill. */
export const BACKFILL_BATCH = 500;

function* groupNextBatch(now: Date): WriteSteps<number> {
  const rows = yield* query<{ id: number }>(
    `SELECT "id" FROM "Quote" WHERE "speakerId" IS NOT NULL AND "statementId" IS NULL ORDER BY "id" LIMIT ${BACKFILL_BATCH}`,
  );
  yield* groupQuotes(
    rows.map((r) => toInt(r.id)),
    now,
  );
  return rows.length;
}

/**
 * Groups the quotes stored before statements existed (a speaker, no statement), oldest
 * first, BACKFILL_BATCH per transaction; the number grouped. Every quote with a speaker
 * gets a statement, so a second run finds nothing to do.
 */
export async function backfillStatements(db: Db, now: Date): Promise<number> {
  return withWriter(db, async (w) => {
    let total = 0;
    for (;;) {
      const n = await w.transaction(() => groupNextBatch(now));
      total += n;
      if (n < BACKFILL_BATCH) return total;
    }
  });
}
