/** Fields of the object types: ids, dates, and relations read through the request's loaders. */
import { formatPartialDate } from "../../lib/db/partial-date.ts";
import type { ActorResolvers, ArticleResolvers, EventParticipantResolvers, EventResolvers, MentionResolvers, QuoteResolvers } from "../generated/resolvers-types.ts";
import { toGlobalId } from "../global-id.ts";
import { childConnection } from "../pagination/child-connection.ts";

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

/** Article fields. */
export const articleResolvers: ArticleResolvers = {
  id: (a) => toGlobalId("Article", a.id),
  publishedAt: (a) => formatPartialDate(a.publishedAt, a.publishedPrecision),
  warnings: (a) => parseJsonList<unknown>(a.warnings).map(String),
  quotes: (a, args, ctx, info) => childConnection(ctx, "articleQuotes", a.id, args, ctx.loaders.quote, undefined, info),
  actors: (a, args, ctx, info) => childConnection(ctx, "articleActors", a.id, args, ctx.loaders.actor, undefined, info),
  events: (a, args, ctx, info) => childConnection(ctx, "articleEvents", a.id, args, ctx.loaders.event, undefined, info),
  mentions: (a, args, ctx, info) => childConnection(ctx, "articleMentions", a.id, args, ctx.loaders.mention, undefined, info),
};

/** Actor fields. */
export const actorResolvers: ActorResolvers = {
  id: (a) => toGlobalId("Actor", a.id),
  aliases: (a, _, ctx) => ctx.loaders.aliases.load(a.id),
  quoteCount: (a, _, ctx) => ctx.loaders.quoteCount.load(a.id),
  firstSeen: async (a, _, ctx) => {
    const s = (await ctx.loaders.seenRange.load(a.id)).first;
    return s ? formatPartialDate(s.date, s.precision) : null;
  },
  lastSeen: async (a, _, ctx) => {
    const s = (await ctx.loaders.seenRange.load(a.id)).last;
    return s ? formatPartialDate(s.date, s.precision) : null;
  },
  quotes: (a, args, ctx, info) => childConnection(ctx, "actorQuotes", a.id, args, ctx.loaders.quote, undefined, info),
  events: (a, args, ctx, info) => childConnection(ctx, "actorEvents", a.id, args, ctx.loaders.event, undefined, info),
  articles: (a, args, ctx, info) => childConnection(ctx, "actorArticles", a.id, args, ctx.loaders.article, undefined, info),
  relatedActors: (a, args, ctx, info) => childConnection(ctx, "relatedActors", a.id, args, ctx.loaders.actor, (k) => ({ sharedArticles: k }), info),
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
};

/** Event fields. */
export const eventResolvers: EventResolvers = {
  id: (e) => toGlobalId("Event", e.id),
  date: (e) => formatPartialDate(e.date, e.datePrecision),
  article: async (e, _, ctx) => mustExist(await ctx.loaders.article.load(e.articleId), "article"),
  participants: (e, _, ctx) => ctx.loaders.participants.load(e.id),
  evidence: (e) =>
    parseJsonList<{ start?: unknown; end?: unknown; text?: unknown }>(e.evidence).map((s) => ({
      start: typeof s.start === "number" ? s.start : -1,
      end: typeof s.end === "number" ? s.end : -1,
      text: typeof s.text === "string" ? s.text : "",
    })),
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
