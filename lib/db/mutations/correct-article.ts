/**
 * Corrections of an article's metadata by an editor (title, published date, publisher):
 * each stores a Correction (re-applied when the article is extracted again), changes the
 * article and records an audit event, in one transaction.
 */
import { recordAudit, type Author } from "@/lib/db/audit/record-audit.ts";
import type { Db } from "@/lib/db/client.ts";
import { applyArticleValue, type CorrectionKind } from "@/lib/db/corrections/apply-correction.ts";
import { getCorrection, putCorrection } from "@/lib/db/corrections/save-correction.ts";
import { toPartialIsoDate } from "@/lib/db/partial-date.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";
import { query, type WriteSteps } from "@/lib/db/write/steps.ts";
import type { DatePrecision } from "@/lib/extraction/types.ts";

/** The article fields an editor may correct. */
export type ArticleField = "ARTICLE_TITLE" | "ARTICLE_PUBLISHED_AT" | "ARTICLE_PUBLISHER";

/** New values by field; null clears a field, a missing key leaves it alone. */
export type ArticleChanges = Partial<Record<ArticleField, string | null>>;

type ArticleMeta = {
  title: string | null;
  publisher: string | null;
  publishedAt: unknown;
  publishedPrecision: unknown;
};

/** The current value of one corrected field of an article, as corrections store it. */
export function* getArticleValue(articleId: number, field: CorrectionKind): WriteSteps<string | null | undefined> {
  const [a] = yield* query<ArticleMeta>(
    `SELECT "title", "publisher", "publishedAt", "publishedPrecision" FROM "Article" WHERE "id" = ?`,
    [articleId],
  );
  if (!a) return undefined;
  if (field === "ARTICLE_TITLE") return a.title;
  if (field === "ARTICLE_PUBLISHER") return a.publisher;
  const date = a.publishedAt === null ? null : new Date(a.publishedAt as string | Date);
  return toPartialIsoDate(date, (a.publishedPrecision as DatePrecision | null) ?? null);
}

function* steps(author: Author, articleId: number, changes: ArticleChanges, now: Date) {
  const ids: number[] = [];
  for (const [field, value] of Object.entries(changes) as [ArticleField, string | null][]) {
    const before = yield* getArticleValue(articleId, field);
    if (before === undefined) return "ARTICLE_NOT_FOUND" as const;
    if (before === value) continue;
    const key = { articleId, kind: field, quoteText: "", quoteStart: -1 };
    const prior = yield* getCorrection(key);
    const stored = { actorId: null, value };
    yield* putCorrection(key, stored);
    yield* applyArticleValue(articleId, field, value);
    const after = yield* getArticleValue(articleId, field);
    ids.push(
      yield* recordAudit(
        author,
        {
          kind: field,
          subjectType: "Article",
          subjectId: articleId,
          articleId,
          actorId: null,
          before: { value: before, correction: prior },
          after: { value: after ?? null, correction: stored },
        },
        now,
      ),
    );
  }
  return { auditEventIds: ids };
}

/** Corrects an article's metadata as `author`; returns the audit events (none when nothing changed). */
export async function correctArticle(
  db: Db,
  author: Author,
  articleId: number,
  changes: ArticleChanges,
): Promise<{ auditEventIds: number[] } | "ARTICLE_NOT_FOUND"> {
  const provider = providerOf(db);
  return db.$transaction((tx) => runStepsInPrisma(tx, provider, () => steps(author, articleId, changes, new Date())), {
    timeout: 30_000,
    maxWait: 10_000,
  });
}
