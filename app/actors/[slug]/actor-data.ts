/** The actor page's two operations: the actor with everything around it, then one page of their quotes. */
import { cache } from "react";
import { load } from "../../_components/load.ts";
import { EVENT_FIELDS, QUOTE_FIELDS, type ActorSummary, type EventItemData, type PageInfoData, type QuoteItemData } from "../../_components/types.ts";

/** Everything the actor page shows except the filtered quote list. */
export interface ActorPageData {
  id: string;
  slug: string;
  name: string;
  type: string;
  title: string | null;
  aliases: string[];
  quoteCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  allQuotes: { totalCount: number; nodes: { article: { publishedAt: string | null } }[] };
  events: { totalCount: number; nodes: EventItemData[] };
  articles: { totalCount: number; nodes: { slug: string; title: string | null; publisher: string | null; publishedAt: string | null }[] };
  relatedActors: { totalCount: number; edges: { sharedArticles: number; node: ActorSummary }[] };
}

/** One page of quotes; a filtered list is paged by number (`numbered`) rather than by cursor. */
export interface QuotePage {
  totalCount: number;
  nodes: QuoteItemData[];
  pageInfo: PageInfoData;
  numbered?: { page: number; pageCount: number };
}

const ACTOR_QUERY = `query ActorPage($slug: String!) {
  actor(slug: $slug) {
    id slug name type title aliases quoteCount firstSeen lastSeen
    allQuotes: quotes(first: 100) { totalCount nodes { article { publishedAt } } }
    events(first: 100) { totalCount nodes { ...EventItem } }
    articles(first: 25) { totalCount nodes { slug title publisher publishedAt } }
    relatedActors(first: 12) { totalCount edges { sharedArticles node { slug name type } } }
  }
}
${EVENT_FIELDS}`;

// Actor.quotes has no text filter, so the filtered list goes through Query.quotes by speaker id
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
  const data = await load<{ actor: ActorPageData | null }>(ACTOR_QUERY, { slug });
  return data.actor;
});

// a filtered list is read whole and shown on one page; no news speaker comes near this many quotes
const MAX_FILTERED = 500;

/** Lower case without accents, so "haqqani" finds "Haqqanī". */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * One page of the actor's quotes; with `search`, every quote whose words or surrounding sentence
 * contain it. The API's quote search looks at the quote's own words only, yet what a speaker said
 * "about the Haqqanis" is as often named in the sentence around the quote, so the filter runs here.
 */
export async function findActorQuotes(actorId: string, search: string | null, page: Record<string, unknown>, pageNumber = 1, pageSize = 10): Promise<QuotePage> {
  if (!search) return (await load<{ quotes: QuotePage }>(QUOTES_QUERY, { speakerId: actorId, search: null, ...page })).quotes;
  const needle = fold(search);
  const matches: QuoteItemData[] = [];
  let after: string | null = null;
  for (let read = 0; read < MAX_FILTERED; read += 100) {
    const { quotes }: { quotes: QuotePage } = await load<{ quotes: QuotePage }>(QUOTES_QUERY, { speakerId: actorId, search: null, first: 100, after });
    matches.push(...quotes.nodes.filter((q) => fold(q.text).includes(needle) || fold(q.context.text).includes(needle)));
    if (!quotes.pageInfo.hasNextPage) break;
    after = quotes.pageInfo.endCursor;
  }
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const current = Math.min(Math.max(1, pageNumber), pageCount);
  return {
    totalCount: matches.length,
    nodes: matches.slice((current - 1) * pageSize, current * pageSize),
    pageInfo: { hasNextPage: current < pageCount, hasPreviousPage: current > 1, startCursor: null, endCursor: null },
    numbered: { page: current, pageCount },
  };
}
