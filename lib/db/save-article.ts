import { createHash } from "node:crypto";
import type { ExtractedArticle, ExtractedArticleMeta, ExtractedEvent } from "@/lib/extraction/extracted-article.ts";
import { displayTitleOf } from "@/lib/extraction/metadata/display-title.ts";
import { normalizeKey, slugify } from "@/lib/text/normalize-key.ts";
import type { Db } from "./client.ts";
import { applyCorrections } from "./corrections/apply-correction.ts";
import { parsePartialDate } from "./partial-date.ts";
import { resolveActors } from "./resolve-actor.ts";
import { groupQuotes } from "./statements/group-quotes.ts";
import { findStatementIdsOfArticle, refreshStatements } from "./statements/refresh-statements.ts";
import { getEventClusterKey } from "./write/get-event-cluster-key.ts";
import { insert, query, sqlDate, toInt, type WriteSteps } from "./write/steps.ts";
import { isTransientDbError, withWriter, type Writer } from "./write/writer.ts";

export { isTransientDbError };

/** What happened to one article on ingest. */
export type SaveStatus = "new" | "unchanged" | "updated";

/** The result of saving one article. */
export interface SaveResult {
  status: SaveStatus;
  articleId: number;
  slug: string;
  counts: { quotes: number; actors: number; events: number };
}

/** An extraction (the write model, keyed by actor identity) plus what ingest knows about its origin. */
export interface ArticleToSave {
  extraction: ExtractedArticle;
  extractorVersion: string;
}

/** SHA-256 of the cleaned body: the same text is never stored twice. */
export function contentHashOf(body: string): string {
  return createHash("sha256").update(body.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}

/** The identity of an article across versions: URL, else title and publisher, else the body hash. */
export function sourceKeyOf(x: ExtractedArticleMeta, hash: string): string {
  if (x.url) return `url:${x.url.trim().replace(/#.*$/, "").replace(/\/+$/, "").toLowerCase()}`;
  const t = normalizeKey(x.title ?? "");
  if (t.split(" ").length >= 3) return `title:${t}|${normalizeKey(x.publisher ?? "")}`;
  return `hash:${hash}`;
}

/**
 * Saves one extracted article in one transaction. The same body again is
 * "unchanged"; a changed body with the same identity is "updated" (its rows are
 * replaced and editors' corrections re-applied); anything else is "new".
 * Opens a writer for this one article: batches use saveArticleWith.
 */
export async function saveArticle(db: Db, input: ArticleToSave): Promise<SaveResult> {
  return withWriter(db, (w) => saveArticleWith(w, input));
}

/** Saves one article through an open writer (lib/db/write), retrying transient errors from the start. */
export async function saveArticleWith(w: Writer, input: ArticleToSave): Promise<SaveResult> {
  const hash = contentHashOf(input.extraction.article.body);
  const sourceKey = sourceKeyOf(input.extraction.article, hash);
  return w.transaction(() => saveSteps(input, hash, sourceKey, new Date()));
}

type ArticleRow = {
  id: number;
  slug: string;
  extractorVersion: string;
  contentHash: string;
  sourceKey: string;
  displayTitle: string;
};

/** Characters of the body indexed for search: a tsvector must stay under 1 MB on PostgreSQL. */
export const BODY_NORM_MAX = 200_000;

/** The stored fields derived from an article's title and body alone. */
function derivedText(a: ExtractedArticleMeta): { displayTitle: string; bodyNorm: string } {
  return { displayTitle: displayTitleOf(a.title, a.body), bodyNorm: normalizeKey(a.body.slice(0, BODY_NORM_MAX)) };
}

function* saveSteps(input: ArticleToSave, hash: string, sourceKey: string, now: Date): WriteSteps<SaveResult> {
  const { extraction: x, extractorVersion } = input;
  // both identities in one read, so in one snapshot: a row with this body is "same" whatever
  // its source, and a writer committing this very article after the read makes the insert
  // fail on the unique hash, so the retry finds it unchanged
  const found = yield* query<ArticleRow>(
    `SELECT "id", "slug", "extractorVersion", "contentHash", "sourceKey", "displayTitle" FROM "Article" WHERE "contentHash" = ? OR "sourceKey" = ?`,
    [hash, sourceKey],
  );
  const row = (r: ArticleRow | undefined) => (r ? { ...r, id: toInt(r.id) } : null);
  const same = row(found.find((r) => r.contentHash === hash));
  if (same && same.extractorVersion === extractorVersion) {
    // stored before the display title existed: backfilled without touching anything else
    if (!same.displayTitle) {
      const d = derivedText(x.article);
      yield* query(`UPDATE "Article" SET "displayTitle" = ?, "bodyNorm" = ? WHERE "id" = ?`, [
        d.displayTitle,
        d.bodyNorm,
        same.id,
      ]);
    }
    return { status: "unchanged", articleId: same.id, slug: same.slug, counts: yield* countsOf(same.id) };
  }
  const bySource = same ? null : row(found.find((r) => r.sourceKey === sourceKey));
  const prior = same ?? bySource;
  const published = parsePartialDate(x.article.publishedAt?.value);
  const data: Record<string, unknown> = {
    sourceKey,
    contentHash: hash,
    title: x.article.title,
    titleNorm: normalizeKey(x.article.title ?? ""),
    ...derivedText(x.article),
    publisher: x.article.publisher,
    publisherNorm: normalizeKey(x.article.publisher ?? ""),
    author: x.article.author,
    url: x.article.url,
    publishedAt: published ? sqlDate(published.date) : null,
    publishedPrecision: published?.precision ?? null,
    dateline: x.article.dateline,
    body: x.article.body,
    wordCount: x.article.body.split(/\s+/).filter(Boolean).length,
    warnings: JSON.stringify(x.article.warnings),
    extractorVersion,
    updatedAt: sqlDate(now),
  };
  let articleId: number;
  let slug: string;
  // the statements the old quotes reported: refreshed (or deleted, left empty) once the new quotes are grouped
  const priorStatements = prior ? yield* findStatementIdsOfArticle(prior.id) : [];
  if (prior) {
    for (const table of ["Mention", "Quote", "Event"])
      yield* query(`DELETE FROM "${table}" WHERE "articleId" = ?`, [prior.id]);
    const cols = Object.keys(data);
    yield* query(`UPDATE "Article" SET ${cols.map((c) => `"${c}" = ?`).join(", ")} WHERE "id" = ?`, [
      ...Object.values(data),
      prior.id,
    ]);
    articleId = prior.id;
    slug = prior.slug;
  } else {
    slug = yield* freeArticleSlug(slugify(x.article.title ?? x.article.body.slice(0, 80), 70), hash);
    const row = { ...data, slug, ingestedAt: sqlDate(now) };
    [articleId] = (yield* insert("Article", Object.keys(row), [Object.values(row)], { returnIds: true })) as [number];
  }
  const counts = yield* writeChildren(articleId, x, now);
  // a new article has no corrections yet (they reference stored articles, whose ids are never reused)
  if (prior) yield* applyCorrections(articleId);
  // after the corrections, which may change speakers and remove quotes
  const quoteIds = yield* query<{ id: number }>(`SELECT "id" FROM "Quote" WHERE "articleId" = ? ORDER BY "id"`, [
    articleId,
  ]);
  yield* groupQuotes(
    quoteIds.map((q) => toInt(q.id)),
    now,
  );
  yield* refreshStatements(priorStatements, now);
  return { status: prior ? "updated" : "new", articleId, slug, counts };
}

/** Lengths of the body-hash suffix tried for a new article's slug; the whole hash is unique, as bodies are. */
const SLUG_HASH_LENGTHS = [6, 10, 16, 64];

/**
 * A new article's slug: its title and the first six characters of its body hash,
 * or more of them when an article with another body but the same title took that
 * (two headlines alike whose hashes share a prefix: about one in 17 million pairs).
 */
function* freeArticleSlug(base: string, hash: string): WriteSteps<string> {
  const candidates = SLUG_HASH_LENGTHS.map((n) => `${base}-${hash.slice(0, n)}`);
  const taken = new Set(
    (yield* query<{ slug: string }>(
      `SELECT "slug" FROM "Article" WHERE "slug" IN (${candidates.map(() => "?").join(", ")})`,
      candidates,
    )).map((r) => r.slug),
  );
  return candidates.find((c) => !taken.has(c)) ?? candidates.at(-1)!;
}

function* countsOf(articleId: number): WriteSteps<SaveResult["counts"]> {
  const [r] = yield* query(
    `SELECT (SELECT COUNT(*) FROM "Quote" WHERE "articleId" = ?) AS "quotes", (SELECT COUNT(*) FROM "Event" WHERE "articleId" = ?) AS "events", (SELECT COUNT(DISTINCT "actorId") FROM "Mention" WHERE "articleId" = ?) AS "actors"`,
    [articleId, articleId, articleId],
  );
  return { quotes: toInt(r!.quotes), actors: toInt(r!.actors), events: toInt(r!.events) };
}

/** Writes actors (resolved against the whole database), mentions, quotes and events of one article. */
function* writeChildren(articleId: number, x: ExtractedArticle, now: Date): WriteSteps<SaveResult["counts"]> {
  const idByKey = yield* resolveActors(x.actors, `a${articleId}`, now);
  // a key the article does not list (a hand-made record's slip) refers to no one
  const actorId = (key: string | null) => (key === null ? null : (idByKey.get(key) ?? null));

  const mentions = x.mentions.flatMap((m) => {
    const id = actorId(m.actorKey);
    return id === null ? [] : [[articleId, id, m.start, m.end, m.text, m.form]];
  });
  // a record that lists an actor without its mentions (a hand-made one) gets the first place its name or an alias
  // stands in the body; an actor named nowhere in it is stored without a mention, never at an invented span
  const mentioned = new Set(mentions.map((m) => m[1]));
  for (const a of x.actors) {
    const id = idByKey.get(a.key);
    if (id === undefined || mentioned.has(id)) continue;
    const found = [a.name, ...a.aliases]
      .map((text) => ({ text, at: text ? x.article.body.indexOf(text) : -1 }))
      .find((f) => f.at >= 0);
    if (!found) continue;
    mentions.push([articleId, id, found.at, found.at + found.text.length, found.text, "NAME"]);
    mentioned.add(id);
  }
  yield* insert("Mention", ["articleId", "actorId", "start", "end", "text", "form"], mentions);

  yield* insert(
    "Quote",
    [
      "articleId",
      "speakerId",
      "text",
      "textNorm",
      "kind",
      "start",
      "end",
      "speakerMentionText",
      "speakerMentionStart",
      "speakerMentionEnd",
      "contextText",
      "contextStart",
      "contextEnd",
      "cue",
      "confidence",
    ],
    x.quotes.map((q) => [
      articleId,
      actorId(q.speakerKey),
      q.text,
      normalizeKey(q.text),
      q.kind,
      q.start,
      q.end,
      q.speakerMention?.text ?? null,
      q.speakerMention?.start ?? null,
      q.speakerMention?.end ?? null,
      q.context.text,
      q.context.start,
      q.context.end,
      q.cue,
      q.confidence ?? null,
    ]),
  );

  yield* writeEvents(articleId, x.events, actorId);
  return { quotes: x.quotes.length, actors: idByKey.size, events: x.events.length };
}

/** Writes an article's events and their participants. */
function* writeEvents(
  articleId: number,
  events: ExtractedEvent[],
  actorId: (key: string | null) => number | null,
): WriteSteps<void> {
  if (!events.length) return;
  const rows: unknown[][] = [];
  for (const e of events) {
    const date = parsePartialDate(e.date?.value);
    const participantIds = [
      ...new Set(e.participants.map((p) => actorId(p.actorKey)).filter((id): id is number => id !== null)),
    ].sort((a, b) => a - b);
    rows.push([
      articleId,
      e.type,
      e.summary,
      normalizeKey(e.summary),
      date ? sqlDate(date.date) : null,
      date?.precision ?? null,
      e.location,
      JSON.stringify(e.evidence),
      // the same happening across articles: same type and participants, compatible dates
      yield* getEventClusterKey(e.type, participantIds, e.date?.value ?? null),
      e.reported,
      e.reported ? actorId(e.reportedByKey) : null,
    ]);
  }
  const created = yield* insert(
    "Event",
    [
      "articleId",
      "type",
      "summary",
      "summaryNorm",
      "date",
      "datePrecision",
      "location",
      "evidence",
      "clusterKey",
      "reported",
      "reportedById",
    ],
    rows,
    { returnIds: true },
  );
  if (created.length !== rows.length)
    throw new Error(`expected ${rows.length} events back from insert, got ${created.length}`);
  const participants = new Map<string, [number, number, "AGENT" | "TARGET" | "OTHER"]>();
  events.forEach((e, i) => {
    const eventId = created[i]!;
    for (const p of e.participants) {
      const id = actorId(p.actorKey);
      if (id !== null) participants.set(`${eventId}:${id}:${p.role}`, [eventId, id, p.role]);
    }
  });
  yield* insert("EventParticipant", ["eventId", "actorId", "role"], [...participants.values()]);
}
