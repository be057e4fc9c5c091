/** The actor page's two operations: the actor with everything around it, then one page of their quotes. */
import { cache } from "react";
import { load } from "@/app/_components/load.ts";
import { EVENT_FIELDS, QUOTE_FIELDS } from "@/app/_components/types.ts";
import type { ActorPageQuery, ActorQuotesQuery } from "@/app/_generated/operations.ts";

/** Everything the actor page shows except the filtered quote list (typed by codegen from ActorPage). */
export type ActorPageData = NonNullable<ActorPageQuery["actor"]>;

/** One page of quotes (typed by codegen from ActorQuotes). */
export type QuotePage = ActorQuotesQuery["quotes"];

const ACTOR_QUERY = `query ActorPage($slug: String!) {
  actor(slug: $slug) {
    id slug name type title aliases quoteCount firstSeen lastSeen
    quoteCountsByDate { date count }
    events(first: 100) { totalCount nodes { ...EventItem } }
    articles(first: 25) { totalCount nodes { slug title displayTitle publisher publishedAt } }
    relatedActors(first: 24) { totalCount edges { sharedArticles sharedQuotes node { slug name type } } }
    statements(first: 20) { totalCount nodes { id text reportCount outletCount earliest { outlet date } } }
  }
}
${EVENT_FIELDS}`;

// Actor.quotes has no text filter, so the list goes through Query.quotes by speaker id (search also reads the quote's sentence)
const QUOTES_QUERY = `query ActorQuotes($speakerId: ID!, $search: String, $first: Int, $after: String, $last: Int, $before: String) {
  quotes(speakerId: $speakerId, search: $search, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { ...QuoteItem }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
${QUOTE_FIELDS}`;

/** The actor of `slug` or null; cached per request so metadata and page share one run. */
export const getActorPageData = cache(async (slug: string): Promise<ActorPageData | null> => {
  const data = await load<ActorPageQuery>(ACTOR_QUERY, { slug });
  return data.actor;
});

/** The slug a merged actor's old slug now redirects to, or null. */
export async function getMovedActorSlug(slug: string): Promise<string | null> {
  const data = await load<{ movedActor: { slug: string } | null }>(
    `query MovedActor($slug: String!) { movedActor(slug: $slug) { slug } }`,
    { slug },
  );
  return data.movedActor?.slug ?? null;
}

/** One page of the actor's quotes, optionally only those whose words or surrounding sentence contain `search`. */
export async function findActorQuotes(
  actorId: string,
  search: string | null,
  page: Record<string, unknown>,
): Promise<QuotePage> {
  return (await load<ActorQuotesQuery>(QUOTES_QUERY, { speakerId: actorId, search, ...page })).quotes;
}
