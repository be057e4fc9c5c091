import { insert, placeholders, query, queryIn, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";
import { statementKeys, isSameStatement } from "@/lib/statements/statement-match.ts";
import { statementTokens } from "@/lib/statements/statement-tokens.ts";
import { refreshStatements } from "./refresh-statements.ts";

/** Most stored quotes one quote is compared with (those sharing the most index keys first): bounded work per quote. */
export const MAX_CANDIDATES = 32;

/** What grouping did, for benchmarks: quotes grouped and the candidate comparisons it took. */
export interface GroupStats {
  quotes: number;
  comparisons: number;
}

type QuoteRow = { id: number; speakerId: number | null; text: string; statementId: number | null };

/**
 * Groups quotes into statements (write steps, inside the caller's transaction): each
 * quote with a speaker is detached from any statement it had, looked up in the LSH
 * index by its speaker and index keys, compared with at most MAX_CANDIDATES stored
 * quotes, and joins the statement of the most similar match, else starts its own.
 * Every statement it touched is then refreshed (count, earliest report; deleted when
 * empty). Linear in quotes: a fixed number of statements and comparisons per quote.
 */
export function* groupQuotes(quoteIds: readonly number[], now: Date): WriteSteps<GroupStats> {
  const stats: GroupStats = { quotes: 0, comparisons: 0 };
  if (!quoteIds.length) return stats;
  const rows = yield* queryIn<QuoteRow>(
    quoteIds,
    (list) => `SELECT "id", "speakerId", "text", "statementId" FROM "Quote" WHERE "id" IN (${list}) ORDER BY "id"`,
  );
  const touched = new Set<number>();
  for (const r of rows) if (r.statementId !== null) touched.add(toInt(r.statementId));
  yield* queryIn(quoteIds, (list) => `DELETE FROM "StatementBand" WHERE "quoteId" IN (${list})`);
  yield* queryIn(quoteIds, (list) => `UPDATE "Quote" SET "statementId" = NULL WHERE "id" IN (${list})`);
  for (const r of rows) {
    if (r.speakerId === null) continue;
    const id = toInt(r.id);
    const speakerId = toInt(r.speakerId);
    const tokens = statementTokens(r.text);
    const keys = statementKeys(tokens);
    const match = keys.length ? yield* findMatch(speakerId, tokens, keys, stats) : null;
    const statementId = match ?? (yield* createStatement(speakerId, id, r.text, now));
    touched.add(statementId);
    yield* query(`UPDATE "Quote" SET "statementId" = ? WHERE "id" = ?`, [statementId, id]);
    yield* insert(
      "StatementBand",
      ["quoteId", "speakerId", "hash"],
      [...new Set(keys)].map((h) => [id, speakerId, h]),
    );
    stats.quotes++;
  }
  yield* refreshStatements([...touched], now);
  return stats;
}

/** The statement of the stored quote most like `tokens` among those sharing index keys, or null. */
function* findMatch(speakerId: number, tokens: string[], keys: number[], stats: GroupStats): WriteSteps<number | null> {
  const candidates = yield* query<{ quoteId: number; hits: number; text: string; statementId: number | null }>(
    `SELECT b."quoteId", COUNT(*) AS "hits", q."text", q."statementId" FROM "StatementBand" b JOIN "Quote" q ON q."id" = b."quoteId"
     WHERE b."speakerId" = ? AND b."hash" IN (${placeholders(keys.length)}) AND q."statementId" IS NOT NULL
     GROUP BY b."quoteId", q."text", q."statementId" ORDER BY "hits" DESC, b."quoteId" LIMIT ${MAX_CANDIDATES}`,
    [speakerId, ...keys],
  );
  let best: { statementId: number; hits: number } | null = null;
  for (const c of candidates) {
    stats.comparisons++;
    if (!isSameStatement(tokens, statementTokens(c.text))) continue;
    const hits = toInt(c.hits);
    // the candidate sharing the most keys is the closest variant; ties go to the older quote (listed first)
    if (!best || hits > best.hits) best = { statementId: toInt(c.statementId), hits };
  }
  return best?.statementId ?? null;
}

function* createStatement(speakerId: number, quoteId: number, text: string, now: Date): WriteSteps<number> {
  const [id] = yield* insert(
    "Statement",
    ["speakerId", "text", "firstQuoteId", "reportCount", "outletCount", "createdAt", "updatedAt"],
    [[speakerId, text, quoteId, 1, 1, sqlDate(now), sqlDate(now)]],
    { returnIds: true },
  );
  return id!;
}
