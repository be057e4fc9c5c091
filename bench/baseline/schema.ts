/**
 * The baseline's GraphQL schema: exactly the types and fields the API request
 * mix asks for, resolved field by field with the hand-written statements, so its
 * answers can be compared with the app's byte for byte.
 */
import {
  buildSchema,
  graphql,
  isObjectType,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { isHonorificWord, nameKeys } from "@/lib/db/queries/find-actor-ids-by-name.ts";
import { parseSearchQuery, toFts5, withoutLeading } from "@/lib/db/search/parse-search-query.ts";
import type { Row, Statements } from "./statements.ts";

/** What every baseline resolver receives. */
export interface BaselineContext {
  st: Statements;
}

const typeDefs = /* GraphQL */ `
  scalar Date
  type Query {
    quotes(speaker: String!, first: Int = 20): QuoteConnection!
    actor(slug: String!): Actor
    article(slug: String!): Article
    search(query: String!, limit: Int = 10): SearchResults!
    events(from: Date!, to: Date!, first: Int = 20): EventConnection!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type Actor {
    id: ID!
    slug: String!
    name: String!
    type: String!
    title: String
    aliases: [String!]!
    quoteCount: Int!
    firstSeen: Date
    lastSeen: Date
    quotes(first: Int = 20): QuoteConnection!
    events(first: Int = 20): EventConnection!
    relatedActors(first: Int = 20): RelatedActorConnection!
  }
  type RelatedActorEdge {
    sharedArticles: Int!
    sharedQuotes: Int!
    node: Actor!
  }
  type RelatedActorConnection {
    edges: [RelatedActorEdge!]!
  }
  type Quote {
    id: ID!
    text: String!
    kind: String!
    start: Int!
    end: Int!
    speaker: Actor
    article: Article!
  }
  type QuoteConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    nodes: [Quote!]!
  }
  type Article {
    id: ID!
    slug: String!
    title: String
    publisher: String
    author: String
    publishedAt: Date
    wordCount: Int!
    body: String!
    quotes(first: Int = 20): QuoteConnection!
    mentions(first: Int = 20): MentionConnection!
  }
  type Mention {
    start: Int!
    end: Int!
    form: String!
    actor: Actor!
  }
  type MentionConnection {
    totalCount: Int!
    nodes: [Mention!]!
  }
  type Event {
    id: ID!
    type: String!
    summary: String!
    date: Date
    location: String
    participants: [EventParticipant!]!
    article: Article!
  }
  type EventParticipant {
    role: String!
    actor: Actor!
  }
  type EventConnection {
    totalCount: Int!
    nodes: [Event!]!
  }
  type SearchResults {
    actors: [Actor!]!
    quotes: [Quote!]!
    articles: [Article!]!
  }
`;

type Args = { first: number };
type Ctx = BaselineContext;

const globalId = (type: string) => (row: Row) => Buffer.from(`${type}:${String(row.id)}`).toString("base64");

/** A stored date (ISO text) cut to the precision known: "2018", "2018-03" or "2018-03-15". */
export function partialDate(stored: unknown, precision: unknown): string | null {
  if (typeof stored !== "string") return null;
  return new Date(stored).toISOString().slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10);
}

/** The stored form (ISO text, "+00:00") of the first instant of a partial date's period, or of the period after it. */
export function storedPeriodBound(partial: string, after: boolean): string {
  const [y, m, d] = partial.split("-").map(Number);
  const bump = after ? 1 : 0;
  const date =
    d !== undefined
      ? Date.UTC(y!, m! - 1, d + bump)
      : m !== undefined
        ? Date.UTC(y!, m - 1 + bump, 1)
        : Date.UTC(y! + bump, 0, 1);
  return new Date(date).toISOString().replace("Z", "+00:00");
}

/** A connection over rows read one past the page, so the extra row tells whether more exist. */
function connection(rows: Row[], first: number, totalCount: () => number, cursorOf?: (row: Row) => string) {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last && cursorOf ? cursorOf(last) : null },
  };
}

// the app's keyset cursor of the quotes list: its order, the article date and the quote id
const quoteCursor = (q: Row) =>
  Buffer.from(
    JSON.stringify([
      "c1",
      "quotes:PUBLISHED_AT:desc",
      q.articlePublishedAt ? { d: new Date(String(q.articlePublishedAt)).toISOString() } : null,
      q.id,
    ]),
  ).toString("base64url");

function search(st: Statements, query: string, limit: number) {
  const q = parseSearchQuery(query);
  if (!q.terms.length || limit <= 0) return { actors: [], quotes: [], articles: [] };
  const seen = new Set<unknown>();
  const byName = withoutLeading(q, isHonorificWord);
  const actors = [
    ...st.actorsByKeys({ keys: JSON.stringify(nameKeys(query)), limit }),
    ...st.actorsMatching({ match: toFts5(byName), limit: 2 * limit }),
  ]
    .filter((a) => !seen.has(a.id) && seen.add(a.id))
    .slice(0, limit);
  const quotes = st.quotesMatching(toFts5(q), limit);
  // as the app: the quotes of the first three actors found fill the places the words leave
  if (actors.length && quotes.length < limit) {
    quotes.push(
      ...st.quotesBySpeakers({
        ids: JSON.stringify(actors.slice(0, 3).map((a) => a.id)),
        exclude: JSON.stringify(quotes.map((x) => x.id)),
        limit: limit - quotes.length,
      }),
    );
  }
  return { actors, quotes, articles: st.articlesMatching({ match: toFts5(q), limit }) };
}

const resolvers = {
  Query: {
    quotes: (_: unknown, a: Args & { speaker: string }, { st }: Ctx) => {
      const keys = JSON.stringify(nameKeys(a.speaker));
      return connection(
        st.quotesBySpeakerKeys({ keys, limit: a.first + 1 }),
        a.first,
        () => st.countQuotesBySpeakerKeys({ keys }),
        quoteCursor,
      );
    },
    actor: (_: unknown, a: { slug: string }, { st }: Ctx) => st.actorBySlug(a.slug),
    article: (_: unknown, a: { slug: string }, { st }: Ctx) => st.articleBySlug(a.slug),
    search: (_: unknown, a: { query: string; limit: number }, { st }: Ctx) => search(st, a.query, a.limit),
    events: (_: unknown, a: Args & { from: string; to: string }, { st }: Ctx) => {
      const [from, to] = [storedPeriodBound(a.from, false), storedPeriodBound(a.to, true)];
      return connection(st.eventsBetween(from, to, a.first + 1), a.first, () => st.countEventsBetween(from, to));
    },
  },
  Actor: {
    id: globalId("Actor"),
    aliases: (r: Row, _: unknown, { st }: Ctx) => st.aliases(r.id).map((x) => x.alias),
    quoteCount: (r: Row, _: unknown, { st }: Ctx) => st.quoteCount(r.id),
    firstSeen: (r: Row, _: unknown, { st }: Ctx) => seenDate(st.seen(Number(r.id), false)),
    lastSeen: (r: Row, _: unknown, { st }: Ctx) => seenDate(st.seen(Number(r.id), true)),
    quotes: (r: Row, a: Args, { st }: Ctx) =>
      connection(st.actorQuotes(r.id, a.first + 1), a.first, () => st.quoteCount(r.id)),
    events: (r: Row, a: Args, { st }: Ctx) =>
      connection(st.actorEvents(r.id, a.first + 1), a.first, () => st.countActorEvents(r.id)),
    relatedActors: (r: Row, a: Args, { st }: Ctx) => ({
      edges: st
        .relatedActors({ actor: r.id, limit: a.first })
        .map((x) => ({ sharedArticles: x.shared, sharedQuotes: x.sharedQuotes, node: st.actorById(x.id) })),
    }),
  },
  Quote: {
    id: globalId("Quote"),
    speaker: (q: Row, _: unknown, { st }: Ctx) => (q.speakerId == null ? null : st.actorById(q.speakerId)),
    article: (q: Row, _: unknown, { st }: Ctx) => st.articleById(q.articleId),
  },
  Article: {
    id: globalId("Article"),
    publishedAt: (r: Row) => partialDate(r.publishedAt, r.publishedPrecision),
    quotes: (r: Row, a: Args, { st }: Ctx) =>
      connection(st.articleQuotes(r.id, a.first + 1), a.first, () => st.countArticleQuotes(r.id)),
    mentions: (r: Row, a: Args, { st }: Ctx) =>
      connection(st.articleMentions(r.id, a.first + 1), a.first, () => st.countArticleMentions(r.id)),
  },
  Mention: { actor: (m: Row, _: unknown, { st }: Ctx) => st.actorById(m.actorId) },
  Event: {
    id: globalId("Event"),
    date: (e: Row) => partialDate(e.date, e.datePrecision),
    participants: (e: Row, _: unknown, { st }: Ctx) => st.participants(e.id),
    article: (e: Row, _: unknown, { st }: Ctx) => st.articleById(e.articleId),
  },
  EventParticipant: { actor: (p: Row, _: unknown, { st }: Ctx) => st.actorById(p.actorId) },
};

function seenDate(row: Row | null): string | null {
  return row ? partialDate(row.publishedAt, row.publishedPrecision) : null;
}

/** The baseline schema; resolvers read through `context.st`. */
export function createBaselineSchema(): GraphQLSchema {
  // resolvers attached by hand: @graphql-tools could load a second copy of graphql under Vitest
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`baseline resolvers name a type the SDL lacks: ${typeName}`);
    for (const [field, resolve] of Object.entries(fields))
      type.getFields()[field]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}

/** Runs one request against the baseline schema with `graphql()`: parse, validate and execute, every time. */
export function runBaseline(
  schema: GraphQLSchema,
  st: Statements,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult> {
  return graphql({ schema, source: query, variableValues: variables, contextValue: { st } satisfies BaselineContext });
}
