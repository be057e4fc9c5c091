/**
 * Corrections of one quote by an editor: its speaker, its kind, or "not a quote" (the
 * quoted string is deleted), or an accepted review item (the speaker it has, or its lack of
 * one, is right). Each stores a Correction (re-applied on re-ingest), changes the live rows
 * and records an audit event with the state before and after, in one transaction.
 */
import { recordAudit, type Author } from "@/lib/db/audit/record-audit.ts";
import type { Db } from "@/lib/db/client.ts";
import { ACCEPTED, applyCorrection, type CorrectionData } from "@/lib/db/corrections/apply-correction.ts";
import { getCorrection, putCorrection } from "@/lib/db/corrections/save-correction.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { refreshStatements } from "@/lib/db/statements/refresh-statements.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";
import { query, toInt, type Row, type WriteSteps } from "@/lib/db/write/steps.ts";

/** One change to a quote; ACCEPT_SPEAKER keeps its speaker (or none) as an editor's answer, stored as a QUOTE_SPEAKER correction. */
export type QuoteChange =
  | { kind: "QUOTE_SPEAKER"; actorId: number }
  | { kind: "ACCEPT_SPEAKER" }
  | { kind: "QUOTE_KIND"; value: "DIRECT" | "PARTIAL" | "INDIRECT" }
  | { kind: "NOT_A_QUOTE" };

type StoredChange =
  | { kind: "QUOTE_SPEAKER"; actorId: number | null; accepted: boolean }
  | Exclude<QuoteChange, { kind: "QUOTE_SPEAKER" | "ACCEPT_SPEAKER" }>;

/** Why a quote could not be corrected. */
export type QuoteCorrectionFailure = "QUOTE_NOT_FOUND" | "ACTOR_NOT_FOUND";

/** What a correction did: the audit event and the quote's article. */
export interface QuoteCorrectionResult {
  auditEventId: number;
  quoteId: number;
  articleId: number;
}

/** A stored quote row, every column (what "not a quote" keeps so a revert can put it back). */
export type QuoteRow = Row & { id: number; articleId: number; text: string; start: number };

/** The quote row of `id`, or null. */
export function* getQuoteRow(id: number): WriteSteps<QuoteRow | null> {
  const [row] = yield* query<QuoteRow>(`SELECT * FROM "Quote" WHERE "id" = ?`, [id]);
  return row ? { ...row, id: toInt(row.id), articleId: toInt(row.articleId), start: toInt(row.start) } : null;
}

/** The value a change sets, as the audit history records it. */
export function quoteValueOf(kind: QuoteChange["kind"], row: Row | null): unknown {
  if (!row) return null;
  if (kind === "QUOTE_SPEAKER") return row.speakerId === null ? null : toInt(row.speakerId);
  if (kind === "QUOTE_KIND") return row.kind;
  return true;
}

function* steps(author: Author, quoteId: number, asked: QuoteChange, now: Date) {
  const row = yield* getQuoteRow(quoteId);
  if (!row) return "QUOTE_NOT_FOUND" as const;
  const change: StoredChange =
    asked.kind === "ACCEPT_SPEAKER"
      ? { kind: "QUOTE_SPEAKER", actorId: row.speakerId === null ? null : toInt(row.speakerId), accepted: true }
      : asked.kind === "QUOTE_SPEAKER"
        ? { ...asked, accepted: false }
        : asked;
  if (change.kind === "QUOTE_SPEAKER" && change.actorId !== null) {
    const [actor] = yield* query(`SELECT "id" FROM "Actor" WHERE "id" = ?`, [change.actorId]);
    if (!actor) return "ACTOR_NOT_FOUND" as const;
  }
  const key = { articleId: row.articleId, kind: change.kind, quoteText: row.text, quoteStart: row.start };
  const prior = yield* getCorrection(key);
  const stored = {
    actorId: change.kind === "QUOTE_SPEAKER" ? change.actorId : null,
    value:
      change.kind === "QUOTE_KIND"
        ? change.value
        : change.kind === "NOT_A_QUOTE"
          ? "true"
          : change.accepted
            ? ACCEPTED
            : null,
  };
  yield* putCorrection(key, stored);
  const correction: CorrectionData = { ...key, ...stored };
  yield* applyCorrection(row.articleId, correction);
  if (change.kind === "QUOTE_SPEAKER") yield* groupQuotes([quoteId], now);
  if (change.kind === "NOT_A_QUOTE" && row.statementId !== null)
    yield* refreshStatements([toInt(row.statementId)], now);
  const after = change.kind === "NOT_A_QUOTE" ? true : quoteValueOf(change.kind, yield* getQuoteRow(quoteId));
  const auditEventId = yield* recordAudit(
    author,
    {
      kind: change.kind,
      subjectType: "Quote",
      subjectId: quoteId,
      articleId: row.articleId,
      actorId: change.kind === "QUOTE_SPEAKER" ? change.actorId : null,
      before: {
        key: { quoteText: row.text, quoteStart: row.start },
        value: change.kind === "NOT_A_QUOTE" ? false : quoteValueOf(change.kind, row),
        correction: prior,
        ...(change.kind === "NOT_A_QUOTE" ? { quote: row } : {}),
      },
      after: { key: { quoteText: row.text, quoteStart: row.start }, value: after, correction: stored },
    },
    now,
  );
  return { auditEventId, quoteId, articleId: row.articleId };
}

/** Corrects one quote as `author`; a failure names what was not found. */
export async function correctQuote(
  db: Db,
  author: Author,
  quoteId: number,
  change: QuoteChange,
): Promise<QuoteCorrectionResult | QuoteCorrectionFailure> {
  const provider = providerOf(db);
  return db.$transaction((tx) => runStepsInPrisma(tx, provider, () => steps(author, quoteId, change, new Date())), {
    timeout: 30_000,
    maxWait: 10_000,
  });
}
