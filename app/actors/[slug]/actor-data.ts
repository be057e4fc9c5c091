/** The actor page's one operation: the actor with everything around it and one page of their quotes. */
import { cache } from "react";
import { load } from "@/app/_components/load.ts";
import { EVENT_FIELDS, QUOTE_FIELDS } from "@/app/_components/types.ts";
import type { ActorPageQuery } from "@/app/_generated/operations.ts";

/** Everything the actor page shows, its filtered page of quotes included (typed by codegen from ActorPage). */
export type ActorPageData = NonNullable<ActorPageQuery["actor"]>;

/** One page of the actor's quotes. */
export type QuotePage = ActorPageData["quotes"];

const ACTOR_QUERY = `query ActorPage($slug: String!, $search: String, $first: Int, $after: String, $last: Int, $before: String) {
  actor(slug: $slug) {
    id slug name type title aliases quoteCount firstSeen lastSeen
    quotes(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes { ...QuoteItem }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    quoteCountsByDate { date count }
    events(first: 100) { totalCount nodes { ...EventItem } }
    articles(first: 25) { totalCount nodes { slug title displayTitle publisher publishedAt } }
    relatedActors(first: 24) { totalCount edges { sharedArticles sharedQuotes node { slug name type } } }
    statements(first: 20) { totalCount nodes { id text reportCount outletCount earliest { outlet date } } }
  }
}
${EVENT_FIELDS}
${QUOTE_FIELDS}`;

/**
 * The actor of `slug` with one page of quotes (only those whose words or surrounding sentence contain
 * `search`, when given), or null; cached per request on its primitive arguments so metadata and page share one run.
 */
export const getActorPageData = cache(
  async (
    slug: string,
    search: string | null,
    first?: number,
    after?: string,
    last?: number,
    before?: string,
  ): Promise<ActorPageData | null> => {
    const data = await load<ActorPageQuery>(ACTOR_QUERY, { slug, search, first, after, last, before });
    return data.actor;
  },
);

/** The slug a merged actor's old slug now redirects to, or null. */
export async function getMovedActorSlug(slug: string): Promise<string | null> {
  const data = await load<{ movedActor: { slug: string } | null }>(
    `query MovedActor($slug: String!) { movedActor(slug: $slug) { slug } }`,
    { slug },
  );
  return data.movedActor?.slug ?? null;
}
