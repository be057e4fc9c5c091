import { query, sqlDate, toInt, type WriteSteps } from "@/lib/db/write/steps.ts";

/**
 * The order of a statement's reports, as SQL over `q` (Quote) and `a` (Article):
 * dated articles first, by the start of their date period (at equal starts the more
 * precise date first), then by ingest time, then quote id. Used wherever reports are listed.
 */
export const REPORT_ORDER_SQL = `CASE WHEN a."publishedAt" IS NULL THEN 1 ELSE 0 END, a."publishedAt", CASE a."publishedPrecision" WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, a."ingestedAt", q."id"`;

/**
 * Recomputes each statement from its reports (write steps): report and outlet counts,
 * the earliest report and its text and date; a statement left with no report is deleted.
 * Two statements per statement, each over the reports' index on statementId.
 */
export function* refreshStatements(statementIds: readonly number[], now: Date): WriteSteps<void> {
  for (const id of [...new Set(statementIds)].sort((a, b) => a - b)) {
    const [first] = yield* query<{ id: number; articleId: number; text: string; n: number; outlets: number }>(
      `SELECT q."id", q."articleId", q."text",
        (SELECT COUNT(*) FROM "Quote" q2 WHERE q2."statementId" = ?) AS "n",
        (SELECT COUNT(DISTINCT CASE WHEN a2."publisherNorm" = '' THEN 'article ' || CAST(a2."id" AS TEXT) ELSE a2."publisherNorm" END)
          FROM "Quote" q3 JOIN "Article" a2 ON a2."id" = q3."articleId" WHERE q3."statementId" = ?) AS "outlets"
       FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId" WHERE q."statementId" = ?
       ORDER BY ${REPORT_ORDER_SQL} LIMIT 1`,
      [id, id, id],
    );
    if (!first) {
      yield* query(`DELETE FROM "Statement" WHERE "id" = ?`, [id]);
      continue;
    }
    yield* query(
      `UPDATE "Statement" SET "text" = ?, "firstQuoteId" = ?, "reportCount" = ?, "outletCount" = ?,
        "firstReportedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = ?),
        "firstReportedPrecision" = (SELECT "publishedPrecision" FROM "Article" WHERE "id" = ?),
        "updatedAt" = ? WHERE "id" = ?`,
      [
        first.text,
        toInt(first.id),
        toInt(first.n),
        toInt(first.outlets),
        toInt(first.articleId),
        toInt(first.articleId),
        sqlDate(now),
        id,
      ],
    );
  }
}

/** The statements the quotes of one article report (before those quotes are deleted or changed). */
export function* findStatementIdsOfArticle(articleId: number): WriteSteps<number[]> {
  const rows = yield* query<{ statementId: number }>(
    `SELECT DISTINCT "statementId" FROM "Quote" WHERE "articleId" = ? AND "statementId" IS NOT NULL`,
    [articleId],
  );
  return rows.map((r) => toInt(r.statementId));
}
