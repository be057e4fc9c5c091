/** Editorial mutations: authorise, decode ids, call a lib/db/mutations module or the ingest use case (lib/ingest), map failures to codes. */
import { requireEditor } from "@/graphql/auth.ts";
import { badInput, notFound } from "@/graphql/errors.ts";
import type { MutationResolvers } from "@/graphql/generated/resolvers-types.ts";
import { fromGlobalId, toGlobalId } from "@/graphql/global-id.ts";
import { refused, userError } from "@/graphql/user-errors.ts";
import { deleteArticle } from "@/lib/db/mutations/delete-article.ts";
import { findOrCreateActor } from "@/lib/db/mutations/find-or-create-actor.ts";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { setQuoteSpeaker } from "@/lib/db/mutations/set-quote-speaker.ts";
import { ArticleRefusedError, ingestArticle } from "@/lib/ingest/ingest-article.ts";
import { ingestUrl } from "@/lib/ingest/web/ingest-url.ts";
import { createWebFetcher, webFetcherOptionsOf } from "@/lib/ingest/web/web-fetcher.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { editorMutationResolvers } from "./editor-resolvers.ts";

const STATUS = { new: "NEW", unchanged: "UNCHANGED", updated: "UPDATED" } as const;

/** Feed items one `ingestUrl` call fetches at most, so the call ends within the operation's time bound. */
export const INGEST_URL_MAX_ITEMS = 10;

/** Time after which `ingestUrl` starts no further feed item: the 10 s bound less a page's fetch and extraction. */
export const INGEST_URL_BUDGET_MS = 5_000;

/** Longest one request of `ingestUrl` may take (the settings' timeout, when shorter, wins): the operation has 10 s. */
export const INGEST_URL_FETCH_TIMEOUT_MS = 3_000;

const URL_FIELD = ["input", "url"];

/** Mutation fields. */
export const mutationResolvers: MutationResolvers = {
  ...editorMutationResolvers,

  async ingestArticle(_, { input }, ctx) {
    await requireEditor(ctx);
    const hints = {
      title: input.title,
      url: input.url,
      publishedAt: input.publishedAt,
      publisher: input.publisher,
      author: input.author,
    };
    try {
      const r = await ingestArticle(ctx.db, { text: input.text, hints });
      const article = await ctx.loaders.article.load(r.articleId);
      if (!article) throw new Error("ingested article vanished");
      return { article, status: STATUS[r.status], counts: r.counts, userErrors: [] };
    } catch (err) {
      if (err instanceof ArticleRefusedError) throw badInput(`\`input.text\`: ${err.message}.`, "input.text");
      throw err;
    }
  },

  async ingestUrl(_, { input }, ctx) {
    await requireEditor(ctx);
    const empty = { kind: null, items: [], seenBefore: 0, pending: 0 };
    if (!/^https?:\/\//i.test(input.url.trim()) || !URL.canParse(input.url.trim()))
      return {
        ...empty,
        userErrors: [{ code: "INVALID_URL", message: `"${input.url}" is not an http(s) URL.`, field: URL_FIELD }],
      };
    const settings = webFetcherOptionsOf(getSettings());
    const fetcher = createWebFetcher({
      ...settings,
      timeoutMs: Math.min(settings.timeoutMs, INGEST_URL_FETCH_TIMEOUT_MS),
    });
    const r = await ingestUrl(ctx.db, input.url.trim(), {
      fetcher,
      maxItems: INGEST_URL_MAX_ITEMS,
      deadline: Date.now() + INGEST_URL_BUDGET_MS,
    });
    if (r.error) return { ...empty, userErrors: [{ code: "FETCH_REFUSED", message: r.error, field: URL_FIELD }] };
    const items = await Promise.all(
      r.items.map(async (i) => ({
        url: i.source,
        status: i.status === "failed" ? null : STATUS[i.status],
        article: i.articleId === undefined ? null : await ctx.loaders.article.load(i.articleId),
        reason: i.reason ?? null,
      })),
    );
    return {
      kind: r.kind === "feed" ? "FEED" : "PAGE",
      items,
      seenBefore: r.skipped.length,
      pending: r.pending,
      userErrors: [],
    };
  },

  async setQuoteSpeaker(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const quoteId = fromGlobalId(a.quoteId, "Quote", "input.quoteId");
    if ((a.actorId == null) === (a.newActor == null))
      return refused(
        ["quote"],
        userError("INVALID_VALUE", "input.actorId", "Give either an actor or a new actor's name."),
      );
    let actorId: number;
    if (a.actorId != null) actorId = fromGlobalId(a.actorId, "Actor", "input.actorId");
    else {
      const created = await findOrCreateActor(ctx.db, a.newActor!.name, a.newActor!.type);
      if (created === null)
        return refused(
          ["quote"],
          userError("EMPTY_NAME", "input.newActor.name", "The new actor needs a name (at most 200 characters)."),
        );
      actorId = created;
    }
    const r = await setQuoteSpeaker(ctx.db, quoteId, actorId, author);
    if (r === "QUOTE_NOT_FOUND") throw notFound(`No quote has the id ${a.quoteId}.`);
    if (r === "ACTOR_NOT_FOUND") throw notFound(`No actor has the id ${a.actorId}.`);
    return { quote: r, userErrors: [] };
  },

  async mergeActors(_, { input: a }, ctx) {
    const author = await requireEditor(ctx);
    const r = await mergeActors(
      ctx.db,
      fromGlobalId(a.sourceId, "Actor", "input.sourceId"),
      fromGlobalId(a.targetId, "Actor", "input.targetId"),
      author,
    );
    if (r === "SAME_ACTOR")
      throw badInput("`input.sourceId` and `input.targetId` name the same actor.", "input.targetId");
    if (r === "SOURCE_NOT_FOUND") throw notFound(`No actor has the id ${a.sourceId}.`);
    if (r === "TARGET_NOT_FOUND") throw notFound(`No actor has the id ${a.targetId}.`);
    return { actor: r, mergedId: a.sourceId, userErrors: [] };
  },

  async deleteArticle(_, { input: a }, ctx) {
    await requireEditor(ctx);
    const id = fromGlobalId(a.id, "Article", "input.id");
    if (!(await deleteArticle(ctx.db, id))) throw notFound(`No article has the id ${a.id}.`);
    return { deletedId: toGlobalId("Article", id), userErrors: [] };
  },
};
