/** Root list and lookup fields: validate arguments, call a query module, wrap the page as a connection. */
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "@/graphql/context.ts";
import { periodEnd, periodStart } from "@/graphql/date-scalar.ts";
import { badInput } from "@/graphql/errors.ts";
import type { QueryQuotesArgs, QueryResolvers } from "@/graphql/generated/resolvers-types.ts";
import { fromGlobalId } from "@/graphql/global-id.ts";
import { toConnection, toPageRequest } from "@/graphql/pagination/connection.ts";
import { joinsAsked, primeJoined } from "@/graphql/pagination/joined-rows.ts";
import { selectsField } from "@/graphql/pagination/selects-field.ts";
import { countActors, findActors } from "@/lib/db/queries/find-actors.ts";
import { countArticles, findArticles } from "@/lib/db/queries/find-articles.ts";
import { countEvents, EVENT_JOINS, findEvents } from "@/lib/db/queries/find-events.ts";
import { countQuotes, findQuotes, QUOTE_JOINS } from "@/lib/db/queries/find-quotes.ts";
import { getRedirectedActorId } from "@/lib/db/queries/get-redirected-actor-id.ts";
import { getStats } from "@/lib/db/queries/get-stats.ts";
import { checkText, resolveActorRef } from "./actor-ref.ts";

const lower = (d: "ASC" | "DESC") => (d === "ASC" ? "asc" : "desc");
// a page read with its total answers totalCount without a second statement
const totalOf = (page: { total?: number }, count: () => Promise<number>) =>
  page.total !== undefined ? () => Promise.resolve(page.total!) : count;
const range = (from?: string | null, to?: string | null) => ({
  from: from ? periodStart(from) : null,
  to: to ? periodEnd(to) : null,
});

/** The `Query.quotes` connection for its arguments; `Actor.quotes(search:)` narrows it to one speaker. */
export async function quotesConnection(a: QueryQuotesArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const field = a.orderBy?.field ?? "PUBLISHED_AT";
  const dir = lower(a.orderBy?.direction ?? "DESC");
  const order = `quotes:${field}:${dir}`;
  const request = toPageRequest(a, order);
  const ids = [
    a.speaker != null ? await resolveActorRef(ctx, a.speaker, "speaker") : null,
    a.speakerId != null ? [fromGlobalId(a.speakerId, "Actor", "speakerId")] : null,
  ].filter((x): x is number[] => x !== null);
  const filter = {
    speakerIds: ids.length ? ids.reduce((acc, l) => acc.filter((id) => l.includes(id))) : null,
    articleId: a.articleId != null ? fromGlobalId(a.articleId, "Article", "articleId") : null,
    search: checkText(a.search, "search"),
    kind: a.kind ?? null,
    publisher: checkText(a.publisher, "publisher"),
    ...range(a.from, a.to),
  };
  const page = await findQuotes(
    ctx.db,
    filter,
    field,
    dir === "desc",
    request,
    selectsField(info, "totalCount"),
    // the speaker and article the nodes ask for come in the same statement
    joinsAsked(info, QUOTE_JOINS),
  );
  for (const r of page.rows) ctx.loaders.quote.prime(r.row.id, r.row);
  primeJoined(ctx, page.joined ?? []);
  return toConnection(
    page,
    request,
    order,
    totalOf(page, () => countQuotes(ctx.db, filter)),
  );
}

/** Query fields that list or look up articles, actors, quotes and events. */
export const queryResolvers: QueryResolvers = {
  stats: (_, __, ctx) => getStats(ctx.db),

  async movedActor(_, a, ctx) {
    if (a.slug.length > 200) throw badInput("`slug` is longer than 200 characters.", "slug");
    const id = await getRedirectedActorId(ctx.db, a.slug);
    return id === null ? null : ctx.loaders.actor.load(id);
  },

  quotes: (_, a, ctx, info) => quotesConnection(a, ctx, info),

  async articles(_, a, ctx, info) {
    const field = a.orderBy?.field ?? "PUBLISHED_AT";
    const dir = lower(a.orderBy?.direction ?? "DESC");
    const order = `articles:${field}:${dir}`;
    const request = toPageRequest(a, order);
    const filter = {
      search: checkText(a.search, "search"),
      publisher: checkText(a.publisher, "publisher"),
      mentioningIds: a.mentioning != null ? await resolveActorRef(ctx, a.mentioning, "mentioning") : null,
      ...range(a.from, a.to),
    };
    const page = await findArticles(ctx.db, filter, field, dir === "desc", request, selectsField(info, "totalCount"));
    for (const r of page.rows) ctx.loaders.article.prime(r.row.id, r.row);
    return toConnection(
      page,
      request,
      order,
      totalOf(page, () => countArticles(ctx.db, filter)),
    );
  },

  async article(_, a, ctx) {
    if ((a.id == null) === (a.slug == null))
      throw badInput("Give exactly one of `id` and `slug`.", a.id == null ? "id" : "slug");
    return a.id != null
      ? ctx.loaders.article.load(fromGlobalId(a.id, "Article", "id"))
      : ctx.loaders.articleBySlug.load(a.slug!);
  },

  async actors(_, a, ctx, info) {
    const field = a.orderBy?.field ?? "QUOTE_COUNT";
    const direction = a.orderBy?.direction ?? (field === "NAME" ? "ASC" : "DESC");
    const order = `actors:${field}:${direction}`;
    const request = toPageRequest(a, order);
    const filter = { search: checkText(a.search, "search"), type: a.type ?? null };
    const page = await findActors(
      ctx.db,
      filter,
      field,
      direction === "DESC",
      request,
      selectsField(info, "totalCount"),
    );
    for (const r of page.rows) ctx.loaders.actor.prime(r.row.id, r.row);
    return toConnection(
      page,
      request,
      order,
      totalOf(page, () => countActors(ctx.db, filter)),
    );
  },

  async actor(_, a, ctx) {
    if ((a.id == null) === (a.slug == null))
      throw badInput("Give exactly one of `id` and `slug`.", a.id == null ? "id" : "slug");
    return a.id != null
      ? ctx.loaders.actor.load(fromGlobalId(a.id, "Actor", "id"))
      : ctx.loaders.actorBySlug.load(a.slug!);
  },

  async events(_, a, ctx, info) {
    const request = toPageRequest(a, "events");
    const filter = {
      type: a.type ?? null,
      participantIds: a.participant != null ? await resolveActorRef(ctx, a.participant, "participant") : null,
      location: checkText(a.location, "location"),
      reported: a.reported ?? null,
      ...range(a.from, a.to),
    };
    const page = await findEvents(
      ctx.db,
      filter,
      request,
      selectsField(info, "totalCount"),
      joinsAsked(info, EVENT_JOINS),
    );
    for (const r of page.rows) ctx.loaders.event.prime(r.row.id, r.row);
    primeJoined(ctx, page.joined ?? []);
    return toConnection(
      page,
      request,
      "events",
      totalOf(page, () => countEvents(ctx.db, filter)),
    );
  },

  event: (_, a, ctx) => ctx.loaders.event.load(fromGlobalId(a.id, "Event", "id")),
};
