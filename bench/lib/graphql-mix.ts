/**
 * The API request mix: what the explorer and API clients ask most, one query
 * per kind, sent in turn with parameters drawn from the database.
 */
import { pickFor, type MixParams } from "./sample-params.ts";

/** The query of each kind of request. */
export const MIX_QUERIES = {
  quotesBySpeaker: `query QuotesBySpeaker($speaker: String!) {
  quotes(speaker: $speaker, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id text kind speaker { name slug } article { slug title publishedAt } }
  }
}`,
  actorProfile: `query ActorProfile($slug: String!) {
  actor(slug: $slug) {
    id name type title aliases quoteCount firstSeen lastSeen
    quotes(first: 5) { totalCount nodes { id text kind article { slug title publishedAt } } }
    events(first: 5) { totalCount nodes { id type summary date } }
    relatedActors(first: 8) { edges { sharedArticles node { name slug type } } }
  }
}`,
  articleView: `query ArticleView($slug: String!) {
  article(slug: $slug) {
    id title publisher author publishedAt wordCount body
    quotes(first: 50) { totalCount nodes { id text kind start end speaker { name slug } } }
    mentions(first: 100) { totalCount nodes { start end form actor { name slug type } } }
  }
}`,
  search: `query Search($query: String!) {
  search(query: $query, limit: 10) {
    actors { name slug type }
    quotes { id text speaker { name } }
    articles { slug title publishedAt }
  }
}`,
  eventsByDate: `query EventsByDate($from: Date!, $to: Date!) {
  events(from: $from, to: $to, first: 20) {
    totalCount
    nodes { id type summary date location participants { role actor { name slug } } article { slug title } }
  }
}`,
} as const;

/** A kind of request in the mix. */
export type MixKind = keyof typeof MIX_QUERIES;

/** The kinds, in the order requests cycle through them. */
export const MIX_KINDS = Object.keys(MIX_QUERIES) as MixKind[];

/** One GraphQL request of the mix. */
export interface MixRequest {
  kind: MixKind;
  query: string;
  variables: Record<string, string>;
}

function variablesOf(kind: MixKind, p: MixParams, i: number): Record<string, string> {
  switch (kind) {
    case "quotesBySpeaker":
      return { speaker: pickFor(p.speakers, i) };
    case "actorProfile":
      return { slug: pickFor(p.actorSlugs, i) };
    case "articleView":
      return { slug: pickFor(p.articleSlugs, i) };
    case "search":
      return { query: pickFor(p.words, i) };
    case "eventsByDate":
      return { ...pickFor(p.ranges, i) };
  }
}

/** The i-th request of the mix: kinds in turn, each with its own scattered parameters. */
export function mixRequest(p: MixParams, i: number): MixRequest {
  const kind = MIX_KINDS[i % MIX_KINDS.length]!;
  return { kind, query: MIX_QUERIES[kind], variables: variablesOf(kind, p, Math.floor(i / MIX_KINDS.length)) };
}

/** Every distinct request the mix can send: each kind with each of its sampled parameters. */
export function allMixRequests(p: MixParams): MixRequest[] {
  const lists: Record<MixKind, readonly unknown[]> = {
    quotesBySpeaker: p.speakers,
    actorProfile: p.actorSlugs,
    articleView: p.articleSlugs,
    search: p.words,
    eventsByDate: p.ranges,
  };
  // pickFor(list, j) for j = 0, 1, … visits values in a scattered order; collect each value once
  return MIX_KINDS.flatMap((kind) => {
    const seen = new Map<string, MixRequest>();
    for (let j = 0; seen.size < new Set(lists[kind]).size && j < lists[kind].length * 50; j++) {
      const variables = variablesOf(kind, p, j);
      seen.set(JSON.stringify(variables), { kind, query: MIX_QUERIES[kind], variables });
    }
    return [...seen.values()];
  });
}

/** Whether a GraphQL HTTP answer is a success: status 200 and no `errors` entry. */
export function isGraphQLSuccess(status: number, body: string): boolean {
  // a substring test keeps the load generator cheap; the sanity check parses bodies fully
  return status === 200 && !body.includes('"errors":[');
}
