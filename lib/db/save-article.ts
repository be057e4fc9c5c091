import { createHash } from "node:crypto";
import type { ContractOutput } from "../extraction/types.ts";
import { normalizeKey, slugify } from "../text/normalize-key.ts";
import type { Db } from "./client.ts";
import { parsePartialDate } from "./partial-date.ts";
import { resolveActors } from "./resolve-actor.ts";

/** What happened to one article on ingest. */
export type SaveStatus = "new" | "unchanged" | "updated";

/** The result of saving one article. */
export interface SaveResult {
  status: SaveStatus;
  articleId: number;
  slug: string;
  counts: { quotes: number; actors: number; events: number };
}

/** An extraction plus what ingest knows about its origin. */
export interface ArticleToSave {
  extraction: ContractOutput;
  extractorVersion: string;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** SHA-256 of the cleaned body: the same text is never stored twice. */
export function contentHashOf(body: string): string {
  return createHash("sha256").update(body.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}

/** The identity of an article across versions: URL, else title and publisher, else the body hash. */
export function sourceKeyOf(x: ContractOutput["article"], hash: string): string {
  if (x.url) return `url:${x.url.trim().replace(/#.*$/, "").replace(/\/+$/, "").toLowerCase()}`;
  const t = normalizeKey(x.title ?? "");
  if (t.split(" ").length >= 3) return `title:${t}|${normalizeKey(x.publisher ?? "")}`;
  return `hash:${hash}`;
}

/**
 * Saves one extracted article in one transaction. The same body again is
 * "unchanged"; a changed body with the same identity is "updated" (its rows are
 * replaced and editors' corrections re-applied); anything else is "new".
 */
export async function saveArticle(db: Db, input: ArticleToSave): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveArticleOnce(db, input);
    } catch (err) {
      // another writer got there first (same article, same new actor) or held the lock:
      // the next attempt sees its committed rows
      if (attempt >= MAX_ATTEMPTS || !isTransientDbError(err)) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.floor(Math.random() * 100)));
    }
  }
}

const MAX_ATTEMPTS = 6;

/** True for errors a retry can cure: lock timeouts, unique-key races, serialisation failures. */
export function isTransientDbError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e?.code && ["P2002", "P2034", "P1008", "P2028"].includes(e.code)) return true;
  return /database is locked|SQLITE_BUSY|timed out|could not serialize|deadlock detected|unique constraint/i.test(e?.message ?? "");
}

async function saveArticleOnce(db: Db, input: ArticleToSave): Promise<SaveResult> {
  const { extraction: x, extractorVersion } = input;
  const hash = contentHashOf(x.article.body);
  const sourceKey = sourceKeyOf(x.article, hash);
  return db.$transaction(
    async (tx) => {
      const same = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true, slug: true, extractorVersion: true } });
      if (same && same.extractorVersion === extractorVersion) {
        const counts = await countsOf(tx, same.id);
        return { status: "unchanged" as const, articleId: same.id, slug: same.slug, counts };
      }
      const bySource = same ? null : await tx.article.findUnique({ where: { sourceKey }, select: { id: true, slug: true, extractorVersion: true, contentHash: true } });
      // under READ COMMITTED another writer may commit this very article between the two
      // lookups: the same content found by its source is still unchanged, not an update
      if (bySource && bySource.contentHash === hash && bySource.extractorVersion === extractorVersion) {
        return { status: "unchanged" as const, articleId: bySource.id, slug: bySource.slug, counts: await countsOf(tx, bySource.id) };
      }
      const prior = same ?? bySource;
      const published = parsePartialDate(x.article.publishedAt);
      const data = {
        sourceKey,
        contentHash: hash,
        title: x.article.title,
        titleNorm: normalizeKey(x.article.title ?? ""),
        publisher: x.article.publisher,
        publisherNorm: normalizeKey(x.article.publisher ?? ""),
        author: x.article.author,
        url: x.article.url,
        publishedAt: published?.date ?? null,
        publishedPrecision: published?.precision ?? null,
        dateline: x.article.dateline,
        body: x.article.body,
        wordCount: x.article.body.split(/\s+/).filter(Boolean).length,
        warnings: JSON.stringify(x.article.warnings),
        extractorVersion,
      };
      let articleId: number;
      let slug: string;
      if (prior) {
        await tx.mention.deleteMany({ where: { articleId: prior.id } });
        await tx.quote.deleteMany({ where: { articleId: prior.id } });
        await tx.event.deleteMany({ where: { articleId: prior.id } });
        await tx.article.update({ where: { id: prior.id }, data });
        articleId = prior.id;
        slug = prior.slug;
      } else {
        slug = `${slugify(x.article.title ?? x.article.body.slice(0, 80), 70)}-${hash.slice(0, 6)}`;
        articleId = (await tx.article.create({ data: { ...data, slug }, select: { id: true } })).id;
      }
      const counts = await writeChildren(tx, articleId, x);
      await applyCorrections(tx, articleId);
      return { status: prior ? ("updated" as const) : ("new" as const), articleId, slug, counts };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function countsOf(tx: Tx, articleId: number) {
  const [quotes, events, actors] = await Promise.all([
    tx.quote.count({ where: { articleId } }),
    tx.event.count({ where: { articleId } }),
    tx.mention.findMany({ where: { articleId }, distinct: ["actorId"], select: { actorId: true } }),
  ]);
  return { quotes, events, actors: actors.length };
}

/** Writes actors (resolved against the whole database), mentions, quotes and events of one article. */
async function writeChildren(tx: Tx, articleId: number, x: ContractOutput) {
  const idByName = await resolveActors(tx, x.actors, `a${articleId}`);
  const actorId = (name: string | null) => (name === null ? null : (idByName.get(name) ?? null));

  const mentions = x.mentions.flatMap((m) => {
    const id = actorId(m.actor);
    return id === null ? [] : [{ articleId, actorId: id, start: m.start, end: m.end, text: m.text, form: m.form }];
  });
  // every actor has at least one mention so "articles mentioning X" finds it
  const mentioned = new Set(mentions.map((m) => m.actorId));
  for (const [name, id] of idByName) {
    if (mentioned.has(id)) continue;
    const at = x.article.body.indexOf(name);
    mentions.push({ articleId, actorId: id, start: Math.max(at, 0), end: at >= 0 ? at + name.length : 0, text: name, form: "NAME" });
    mentioned.add(id);
  }
  if (mentions.length) await tx.mention.createMany({ data: mentions });

  if (x.quotes.length) {
    await tx.quote.createMany({
      data: x.quotes.map((q) => ({
        articleId,
        speakerId: actorId(q.speaker),
        text: q.text,
        textNorm: normalizeKey(q.text),
        kind: q.kind,
        start: q.start,
        end: q.end,
        speakerMentionText: q.speakerMention?.text ?? null,
        speakerMentionStart: q.speakerMention?.start ?? null,
        speakerMentionEnd: q.speakerMention?.end ?? null,
        contextText: q.context.text,
        contextStart: q.context.start,
        contextEnd: q.context.end,
        cue: q.cue,
      })),
    });
  }

  await writeEvents(tx, articleId, x.events, actorId);
  return { quotes: x.quotes.length, actors: idByName.size, events: x.events.length };
}

/** Writes an article's events and their participants in two inserts. */
async function writeEvents(tx: Tx, articleId: number, events: ContractOutput["events"], actorId: (name: string | null) => number | null) {
  if (!events.length) return;
  const rows = events.map((e) => {
    const date = parsePartialDate(e.date);
    const participantIds = [...new Set(e.participants.map(actorId).filter((id): id is number => id !== null))].sort((a, b) => a - b);
    return {
      articleId,
      type: e.type,
      summary: e.summary,
      summaryNorm: normalizeKey(e.summary),
      date: date?.date ?? null,
      datePrecision: date?.precision ?? null,
      location: e.location,
      evidence: JSON.stringify(e.evidenceSpans ?? [{ start: -1, end: -1, text: e.evidence }]),
      // plainly identical events across articles: same type, participants and date
      clusterKey: `${e.type}|${participantIds.join(",")}|${e.date ?? "?"}`,
    };
  });
  const created = await tx.event.createManyAndReturn({ data: rows, select: { id: true } });
  // one multi-row INSERT … RETURNING gives the rows back in insertion order
  if (created.length !== rows.length) throw new Error(`expected ${rows.length} events back from insert, got ${created.length}`);
  const participants = new Map<string, { eventId: number; actorId: number; role: "AGENT" | "TARGET" | "OTHER" }>();
  events.forEach((e, i) => {
    const eventId = created[i]!.id;
    for (const r of e.roles ?? e.participants.map((name) => ({ name, role: "OTHER" as const }))) {
      const id = actorId(r.name);
      if (id !== null) participants.set(`${eventId}:${id}:${r.role}`, { eventId, actorId: id, role: r.role });
    }
  });
  if (participants.size) await tx.eventParticipant.createMany({ data: [...participants.values()] });
}

/** Re-applies editors' speaker corrections to the freshly extracted quotes of an article. */
async function applyCorrections(tx: Tx, articleId: number): Promise<void> {
  const corrections = await tx.correction.findMany({ where: { articleId, kind: "QUOTE_SPEAKER" } });
  for (const c of corrections) {
    const candidates = await tx.quote.findMany({ where: { articleId, text: c.quoteText }, select: { id: true, start: true } });
    if (!candidates.length) continue;
    // the same words may be quoted twice: take the occurrence nearest the corrected one
    const best = candidates.reduce((a, b) => (Math.abs(b.start - c.quoteStart) < Math.abs(a.start - c.quoteStart) ? b : a));
    await tx.quote.update({ where: { id: best.id }, data: { speakerId: c.actorId, speakerCorrected: true } });
  }
}
