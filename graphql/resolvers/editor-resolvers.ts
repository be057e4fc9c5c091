/**
 * The editors' desk in the API: the signed-in viewer, the audit history, and the
 * corrections of quotes, articles and actors (each returns userErrors for input the
 * data refuses; malformed ids and missing credentials are errors, as elsewhere).
 */
import { requireEditor } from "@/graphql/auth.ts";
import { badInput, notFound } from "@/graphql/errors.ts";
import type { AuditEventResolvers, MutationResolvers, QueryResolvers } from "@/graphql/generated/resolvers-types.ts";
import { fromGlobalId, toGlobalId } from "@/graphql/global-id.ts";
import { refused, userError } from "@/graphql/user-errors.ts";
import { getViewer } from "@/graphql/viewer.ts";
import { findAuditEvents } from "@/lib/db/audit/find-audit-events.ts";
import { revertAuditEvent } from "@/lib/db/audit/revert-audit-event.ts";
import { revertRefusalOf } from "@/lib/db/audit/revert-refusal.ts";
import { correctArticle, type ArticleChanges } from "@/lib/db/mutations/correct-article.ts";
import { correctQuote, type QuoteChange } from "@/lib/db/mutations/correct-quote.ts";
import { updateActor } from "@/lib/db/mutations/update-actor.ts";
import { parsePartialDate } from "@/lib/db/partial-date.ts";
import { findReviewQueue } from "@/lib/db/queries/find-review-queue.ts";

/** The global id of an audit event. */
export const auditEventGlobalId = (id: number) => Buffer.from(`AuditEvent:${id}`).toString("base64");

function auditEventIdOf(globalId: string, argument: string): number {
  const m = /^AuditEvent:(\d{1,15})$/.exec(Buffer.from(globalId, "base64").toString("utf8"));
  if (!m || globalId.length > 100) throw badInput(`\`${argument}\` must be the global id of an AuditEvent.`, argument);
  return Number(m[1]);
}

/** AuditEvent fields from its row. */
export const auditEventResolvers: AuditEventResolvers = {
  id: (e) => auditEventGlobalId(e.id),
  subjectId: (e) =>
    toGlobalId(e.subjectType === "Article" ? "Article" : e.subjectType === "Actor" ? "Actor" : "Quote", e.subjectId),
  createdAt: (e) => e.createdAt.toISOString(),
  revertedAt: (e) => e.revertedAt?.toISOString() ?? null,
  revertsId: (e) => (e.revertsId === null ? null : auditEventGlobalId(e.revertsId)),
  revertible: (e) => revertRefusalOf(e) === null,
  revertRefusal: (e) => revertRefusalOf(e),
  article: (e, _, ctx) => (e.articleId === null ? null : ctx.loaders.article.load(e.articleId)),
};

/** Query fields of the editors' desk. */
export const editorQueryResolvers: QueryResolvers = {
  async viewer(_, __, ctx) {
    const v = await getViewer(ctx);
    return v ? { name: v.editor.name, role: v.editor.role } : null;
  },

  async reviewQueue(_, args, ctx) {
    await requireEditor(ctx, { read: true });
    const first = args.first ?? 50;
    if (first < 1 || first > 100) throw badInput(`\`first\` must be between 1 and 100, got ${first}.`, "first");
    const q = await findReviewQueue(ctx.db, first);
    const articles = await ctx.loaders.article.loadMany(q.articles.map((a) => a.articleId));
    return {
      lowConfidence: q.lowConfidence,
      unattributed: q.unattributed,
      articles: q.articles.flatMap((a, i) => {
        const article = articles[i];
        return article && !(article instanceof Error) ? [{ ...a, article }] : [];
      }),
      duplicateActors: q.duplicates,
    };
  },

  async auditEvents(_, args, ctx) {
    await requireEditor(ctx, { read: true });
    const first = args.first ?? 50;
    if (first < 1 || first > 200) throw badInput(`\`first\` must be between 1 and 200, got ${first}.`, "first");
    const rows = await findAuditEvents(ctx.db, {
      articleId: args.articleId ? fromGlobalId(args.articleId, "Article", "articleId") : undefined,
      actorId: args.actorId ? fromGlobalId(args.actorId, "Actor", "actorId") : undefined,
      beforeId: args.before ? auditEventIdOf(args.before, "before") : undefined,
      limit: first,
    });
    return rows;
  },
};

/** How an article field is named in UpdateArticleInput. */
const ARTICLE_FIELDS = [
  ["title", "ARTICLE_TITLE"],
  ["publishedAt", "ARTICLE_PUBLISHED_AT"],
  ["publisher", "ARTICLE_PUBLISHER"],
] as const;

/** Mutation fields of the editors' desk. */
export const editorMutationResolvers: MutationResolvers = {
  async correctQuote(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const quoteId = fromGlobalId(a.quoteId, "Quote", "input.quoteId");
    if ([a.kind != null, a.notAQuote === true, a.acceptSpeaker === true].filter(Boolean).length !== 1)
      return refused(
        ["quote", "article"],
        userError("INVALID_VALUE", "input.kind", "Give one of a kind, notAQuote: true and acceptSpeaker: true."),
      );
    const change: QuoteChange = a.notAQuote
      ? { kind: "NOT_A_QUOTE" }
      : a.acceptSpeaker
        ? { kind: "ACCEPT_SPEAKER" }
        : { kind: "QUOTE_KIND", value: a.kind! };
    const r = await correctQuote(ctx.db, author, quoteId, change);
    if (r === "QUOTE_NOT_FOUND") throw notFound(`No quote has the id ${a.quoteId}.`);
    if (r === "ACTOR_NOT_FOUND") throw new Error("a kind correction named an actor");
    return {
      quote: a.notAQuote ? null : await ctx.db.quote.findUnique({ where: { id: quoteId } }),
      article: await ctx.db.article.findUnique({ where: { id: r.articleId } }),
      userErrors: [],
    };
  },

  async updateArticle(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const articleId = fromGlobalId(a.articleId, "Article", "input.articleId");
    const changes: ArticleChanges = {};
    for (const [name, field] of ARTICLE_FIELDS) {
      const v = a[name];
      if (v === undefined) continue;
      const value = v === null ? null : v.trim().replace(/\s+/g, " ") || null;
      if (name === "title" && value === null)
        return refused(["article"], userError("EMPTY_NAME", "input.title", "An article's title cannot be empty."));
      if (value !== null && value.length > 500)
        return refused(
          ["article"],
          userError("INVALID_VALUE", `input.${name}`, `The ${name} is longer than 500 characters.`),
        );
      if (name === "publishedAt" && value !== null && !parsePartialDate(value))
        return refused(["article"], userError("INVALID_VALUE", "input.publishedAt", `"${value}" is not a date.`));
      changes[field] = value;
    }
    const r = await correctArticle(ctx.db, author, articleId, changes);
    if (r === "ARTICLE_NOT_FOUND") throw notFound(`No article has the id ${a.articleId}.`);
    return { article: await ctx.db.article.findUnique({ where: { id: articleId } }), userErrors: [] };
  },

  async updateActor(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const actorId = fromGlobalId(a.actorId, "Actor", "input.actorId");
    const r = await updateActor(ctx.db, author, actorId, { name: a.name ?? undefined, type: a.type ?? undefined });
    if ("code" in r) {
      if (r.code === "ACTOR_NOT_FOUND") throw notFound(`No actor has the id ${a.actorId}.`);
      if (r.code === "NAME_TAKEN")
        return refused(
          ["actor"],
          userError(
            "NAME_TAKEN",
            "input.name",
            `Another actor of that type is named "${r.other.name}": merge the two instead.`,
          ),
        );
      const message =
        r.code === "EMPTY_NAME" ? "An actor's name cannot be empty." : "The name is longer than 200 characters.";
      return refused(["actor"], userError(r.code, "input.name", message));
    }
    return { actor: await ctx.db.actor.findUnique({ where: { id: actorId } }), userErrors: [] };
  },

  async revertAuditEvent(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const r = await revertAuditEvent(ctx.db, author, auditEventIdOf(a.id, "input.id"));
    if ("code" in r) {
      if (r.code === "EVENT_NOT_FOUND") throw notFound(`No audit event has the id ${a.id}.`);
      const messages: Record<string, string> = {
        ALREADY_REVERTED: "This change was reverted already.",
        NOT_REVERSIBLE:
          "This merge cannot be reverted: it is itself a revert, or was recorded before merges kept what they moved.",
        SUBJECT_GONE: "What this change touched is gone (deleted, or no longer found after re-ingest).",
        CHANGED_SINCE: "It has changed again since: revert the later change first.",
        NAME_TAKEN: "Another actor now has the old name and type.",
      };
      return refused(["auditEvent"], userError(r.code, "input.id", messages[r.code] ?? `Refused: ${r.code}.`));
    }
    const [row] = await findAuditEvents(ctx.db, { beforeId: r.auditEventId + 1, limit: 1 });
    return { auditEvent: row!, userErrors: [] };
  },
};
