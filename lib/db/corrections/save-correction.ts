/** Storing corrections as write steps: read the one a key names, put a new one, or put back what was there before. */
import { query, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import type { CorrectionData, CorrectionKind } from "./apply-correction.ts";

/** What identifies a correction: its article, kind and quote (or "" and -1). */
export interface CorrectionKey {
  articleId: number;
  kind: CorrectionKind;
  quoteText: string;
  quoteStart: number;
}

/** The stored correction's speaker and value, or null when there is none. */
export type StoredCorrection = Pick<CorrectionData, "actorId" | "value"> | null;

const WHERE = `"articleId" = ? AND "kind" = ? AND "quoteStart" = ? AND "quoteText" = ?`;
const params = (k: CorrectionKey) => [k.articleId, k.kind, k.quoteStart, k.quoteText];

/** The correction stored under `key`, or null. */
export function* getCorrection(key: CorrectionKey): WriteSteps<StoredCorrection> {
  const [row] = yield* query<{ actorId: unknown; value: string | null }>(
    `SELECT "actorId", "value" FROM "Correction" WHERE ${WHERE}`,
    params(key),
  );
  return row ? { actorId: row.actorId === null ? null : toInt(row.actorId), value: row.value } : null;
}

/** Stores `stored` under `key` (replacing what was there), or removes the correction when it is null. */
export function* putCorrection(key: CorrectionKey, stored: StoredCorrection): WriteSteps<void> {
  yield* query(`DELETE FROM "Correction" WHERE ${WHERE}`, params(key));
  if (!stored) return;
  yield* query(
    `INSERT INTO "Correction" ("articleId", "kind", "quoteStart", "quoteText", "actorId", "value", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [...params(key), stored.actorId, stored.value, sqlDate(new Date())],
  );
}
