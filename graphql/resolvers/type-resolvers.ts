/** Fields of the object types: ids, dates, and relations read through the request's loaders. */
import type { GraphQLContext as Context } from "@/graphql/context.ts";
import type {
  ActorResolvers,
  ArticleResolvers,
  EventParticipantResolvers,
  EventResolvers,
  MentionResolvers,
  QuoteResolvers,
} from "@/graphql/generated/resolvers-types.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import type { EventModel, QuoteModel } from "@/graphql/models.ts";
import { childConnection } from "@/graphql/pagination/child-connection.ts";
import { toPartialIsoDate } from "@/lib/db/partial-date.ts";
import { decodeRelatedKey } from "@/lib/db/queries/find-child-pages.ts";
import { findQuoteDateCounts } from "@/lib/db/queries/find-quote-date-counts.ts";
import { isQuoteAboutEvent } from "@/lib/extraction/events/link-quotes-to-events.ts";
import { displayTitleOf } from "@/lib/extraction/metadata/display-title.ts";
import { MAX_LINKS } from "./max-links.ts";
import { quotesConnection } from "./query-resolvers.ts";
import { quoteStatementResolver } from "./statement-resolvers.ts";

function mustExist<T>(row: T | null, what: string): T {
  // a row removed mid-request leaves a dangling reference; that is a server-side inconsistency
  if (!row) throw new Error(`${what} vanished while the request ran`);
  return row;
}

function parseJsonList<T>(json: string): T[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function evidenceOf(e: EventModel): { start: number; end: number; text: string }[] {
  return parseJsonList<{ start?: unknown; end?: unknown; text?: unknown }>(e.evidence).map((s) => ({
    start: typeof s.start === "number" ? s.start : -1,
    end: typeof s.end === "number" ? s.end : -1,
    text: typeof s.text === "string" ? s.text : "",
  }));
}

/** The quotes of an event's article that speak about it, or the events a quote speaks about. */
async function linkedQuotes(e: EventModel, ctx: Context): Promise<QuoteModel[]> {
  const [body, quotes] = await Promise.all([
    ctx.loaders.articleBody.load(e.articleId),
    ctx.loaders.articleQuotesForLinks.load(e.articleId),
  ]);
  if (body === null) return [];
  const evidence = evidenceOf(e);
  return quotes.filter((q) => isQuoteAboutEvent(body, q, evidence)).slice(0, MAX_LINKS);
}

async function linkedEvents(q: QuoteModel, ctx: Context): Promise<EventModel[]> {
  const [body, events] = await Promise.all([
    ctx.loaders.articleBody.load(q.articleId),
    ctx.loaders.articleEventsForLinks.load(q.articleId),
  ]);
  if (body === null) return [];
  const first = (e: EventModel) => Math.min(...evidenceOf(e).map((s) => (s.start >= 0 ? s.start : Infinity)));
  return events
    .filter((e) => isQuoteAboutEvent(body, q, evidenceOf(e)))
    .sort((a, b) => first(a) - first(b) || a.id - b.id)
    .slice(0, MAX_LINKS);
}

/** Article fields. */
export const articleResolvers: ArticleResolvers = {
  id: (a) => toGlobalId("Article", a.id),
  publishedAt: (a) => toPartialIsoDate(a.publishedAt, a.publishedPrecision),
  body: async (a, _, ctx) => mustExist(await ctx.loaders.articleBody.load(a.id), "article"),
  // rows ingested before the column existed hold "" until ingested again
  displayTitle: async (a, _, ctx) =>
    a.displayTitle || displayTitleOf(a.title, mustExist(await ctx.loaders.articleBody.load(a.id), "article")),
  warnings: (a) => parseJsonList<unknown>(a.warnings).map(String),
  quotes: (a, args, ctx, info) => childConnection(ctx, "articleQuotes", a.id, args, ctx.loaders.quote, undefined, info),
  actors: (a, args, ctx, info) => childConnection(ctx, "articleActors", a.id, args, ctx.loaders.actor, undefined, info),
  events: (a, args, ctx, info) => childConnection(ctx, "articleEvents", a.id, args, ctx.loaders.event, undefined, info),
  mentions: (a, args, ctx, info) =>
    childConnection(ctx, "articleMentions", a.id, args, ctx.loaders.mention, undefined, info),
};

/** Actor fields. */
export const actorResolvers: ActorResolvers = {
  id: (a) => toGlobalId("Actor", a.id),
  aliases: (a, _, ctx) => ctx.loaders.aliases.load(a.id),
  quoteCount: (a, _, ctx) => ctx.loaders.quoteCount.load(a.id),
  firstSeen: async (a, _, ctx) => {
    const s = (await ctx.loaders.seenRange.load(a.id)).first;
    return s ? toPartialIsoDate(s.date, s.precision) : null;
  },
  lastSeen: async (a, _, ctx) => {
    const s = (await ctx.loaders.seenRange.load(a.id)).last;
    return s ? toPartialIsoDate(s.date, s.precision) : null;
  },
  // with words to find, the list is Query.quotes narrowed to this speaker, so a page needs one operation
  quotes: ({ id }, { search, ...page }, ctx, info) =>
    search?.trim()
      ? quotesConnection({ ...page, speakerId: toGlobalId("Actor", id), search }, ctx, info)
      : childConnection(ctx, "actorQuotes", id, page, ctx.loaders.quote, undefined, info),
  events: (a, args, ctx, info) => childConnection(ctx, "actorEvents", a.id, args, ctx.loaders.event, undefined, info),
  articles: (a, args, ctx, info) =>
    childConnection(ctx, "actorArticles", a.id, args, ctx.loaders.article, undefined, info),
  quoteCountsByDate: async (a, _, ctx) =>
    (await findQuoteDateCounts(ctx.db, a.id)).map((r) => ({
      date: toPartialIsoDate(r.date, r.precision),
      count: r.count,
    })),
  statements: (a, args, ctx, info) =>
    childConnection(ctx, "actorStatements", a.id, args, ctx.loaders.statement, undefined, info),
  relatedActors: (a, args, ctx, info) =>
    childConnection(ctx, "relatedActors", a.id, args, ctx.loaders.actor, (k) => decodeRelatedKey(k), info),
};

/** Quote fields. */
export const quoteResolvers: QuoteResolvers = {
  id: (q) => toGlobalId("Quote", q.id),
  speaker: (q, _, ctx) => (q.speakerId === null ? null : ctx.loaders.actor.load(q.speakerId)),
  article: async (q, _, ctx) => mustExist(await ctx.loaders.article.load(q.articleId), "article"),
  context: (q) => ({ start: q.contextStart, end: q.contextEnd, text: q.contextText }),
  speakerMention: (q) =>
    q.speakerMentionText !== null && q.speakerMentionStart !== null && q.speakerMentionEnd !== null
      ? { start: q.speakerMentionStart, end: q.speakerMentionEnd, text: q.speakerMentionText }
      : null,
  events: (q, _, ctx) => linkedEvents(q, ctx),
  statement: quoteStatementResolver,
};

/** Event fields. */
export const eventResolvers: EventResolvers = {
  id: (e) => toGlobalId("Event", e.id),
  date: (e) => toPartialIsoDate(e.date, e.datePrecision),
  article: async (e, _, ctx) => mustExist(await ctx.loaders.article.load(e.articleId), "article"),
  participants: (e, _, ctx) => ctx.loaders.participants.load(e.id),
  evidence: (e) => evidenceOf(e),
  quotes: (e, _, ctx) => linkedQuotes(e, ctx),
  reports: (e, _, ctx) => ctx.loaders.clusterEvents.load(e.clusterKey),
  reported: (e) => Boolean(e.reported),
  reportedBy: (e, _, ctx) => (e.reported && e.reportedById !== null ? ctx.loaders.actor.load(e.reportedById) : null),
};

/** Event participant fields. */
export const eventParticipantResolvers: EventParticipantResolvers = {
  actor: async (p, _, ctx) => mustExist(await ctx.loaders.actor.load(p.actorId), "actor"),
};

/** Mention fields. */
export const mentionResolvers: MentionResolvers = {
  id: (m) => toGlobalId("Mention", m.id),
  actor: async (m, _, ctx) => mustExist(await ctx.loaders.actor.load(m.actorId), "actor"),
  article: async (m, _, ctx) => mustExist(await ctx.loaders.article.load(m.articleId), "article"),
};
