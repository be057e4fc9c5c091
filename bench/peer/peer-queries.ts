/**
 * The query kinds of `bench:peer`: for each, the project's GraphQL query and the
 * equivalent PostGraphile (v4, default inflection) query over the same tables,
 * and how to read the rows each returns as comparable tuples of row ids, so the
 * benchmark can check that both answer with the same rows in the same order.
 */

/** Values drawn from the database for the queries' variables. */
export interface PeerParams {
  /** Row ids of actors that speak at least one quote. */
  speakerIds: number[];
  actorSlugs: string[];
  articleSlugs: string[];
  /** Event types, most frequent first. */
  eventTypes: string[];
}

/** One side of a pair: a document and the variables of the i-th request. */
interface Side {
  query: string;
  variables: (p: PeerParams, pick: <T>(xs: readonly T[]) => T) => Record<string, unknown>;
  /** The answer's rows as tuples of ids (the row, then its nested rows). */
  rows: (data: unknown) => unknown[];
}

/** A query kind: the project's side and PostGraphile's. */
export interface PeerKind {
  name: string;
  project: Side;
  peer: Side;
}

/** The row id of a project global id (base64 of "Type:id"). */
export function rowIdOf(globalId: unknown): number | null {
  if (typeof globalId !== "string") return null;
  const m = /:(\d+)$/.exec(Buffer.from(globalId, "base64").toString("utf8"));
  return m ? Number(m[1]) : null;
}

const projectGlobalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");

type Obj = Record<string, unknown>;
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((x, k) => (x && typeof x === "object" ? (x as Obj)[k] : undefined), o);
const list = (o: unknown, ...path: string[]): Obj[] => {
  const v = get(o, ...path);
  if (!Array.isArray(v))
    throw new Error(`expected a list at ${path.join(".")}, got ${JSON.stringify(v)?.slice(0, 200)}`);
  return v as Obj[];
};
const pid = (o: unknown) => rowIdOf(get(o, "id"));
const nid = (o: unknown) => (get(o, "id") ?? null) as number | null;

/** The kinds, in the order the benchmark runs them. */
export const PEER_KINDS: readonly PeerKind[] = Object.freeze([
  {
    name: "latest quotes with speaker and article",
    project: {
      query: `query($n: Int!) { quotes(first: $n, orderBy: { field: ID, direction: DESC }) { nodes { id text kind speaker { id name slug } article { id title slug } } } }`,
      variables: () => ({ n: 20 }),
      rows: (d) => list(d, "quotes", "nodes").map((q) => [pid(q), pid(q.speaker), pid(q.article)]),
    },
    peer: {
      query: `query($n: Int!) { allQuotes(first: $n, orderBy: ID_DESC) { nodes { id text kind actorBySpeakerId { id name slug } articleByArticleId { id title slug } } } }`,
      variables: () => ({ n: 20 }),
      rows: (d) =>
        list(d, "allQuotes", "nodes").map((q) => [nid(q), nid(q.actorBySpeakerId), nid(q.articleByArticleId)]),
    },
  },
  {
    name: "quotes by speaker id",
    project: {
      query: `query($id: ID!) { quotes(speakerId: $id, first: 10, orderBy: { field: ID, direction: DESC }) { nodes { id text kind article { id title slug } } } }`,
      variables: (p, pick) => ({ id: projectGlobalId("Actor", pick(p.speakerIds)) }),
      rows: (d) => list(d, "quotes", "nodes").map((q) => [pid(q), pid(q.article)]),
    },
    peer: {
      query: `query($id: Int!) { allQuotes(condition: { speakerId: $id }, first: 10, orderBy: ID_DESC) { nodes { id text kind articleByArticleId { id title slug } } } }`,
      variables: (p, pick) => ({ id: pick(p.speakerIds) }),
      rows: (d) => list(d, "allQuotes", "nodes").map((q) => [nid(q), nid(q.articleByArticleId)]),
    },
  },
  {
    name: "actor with its quotes",
    project: {
      query: `query($slug: String!) { actor(slug: $slug) { id name type slug quotes(first: 10) { nodes { id text kind article { id title slug } } } } }`,
      variables: (p, pick) => ({ slug: pick(p.actorSlugs) }),
      rows: (d) => [pid(get(d, "actor")), ...list(d, "actor", "quotes", "nodes").map((q) => [pid(q), pid(q.article)])],
    },
    peer: {
      // Prisma makes unique indexes, not constraints, and PostGraphile v4 derives `actorBySlug` only from constraints
      query: `query($slug: String!) { allActors(condition: { slug: $slug }, first: 1) { nodes { id name type slug quotesBySpeakerId(first: 10, orderBy: ID_DESC) { nodes { id text kind articleByArticleId { id title slug } } } } } }`,
      variables: (p, pick) => ({ slug: pick(p.actorSlugs) }),
      rows: (d) => {
        const actor = list(d, "allActors", "nodes")[0];
        return [
          nid(actor),
          ...list(actor, "quotesBySpeakerId", "nodes").map((q) => [nid(q), nid(q.articleByArticleId)]),
        ];
      },
    },
  },
  {
    name: "article with its quotes",
    project: {
      query: `query($slug: String!) { article(slug: $slug) { id title slug publisher quotes(first: 50) { nodes { id text kind start end speaker { id name slug } } } } }`,
      variables: (p, pick) => ({ slug: pick(p.articleSlugs) }),
      rows: (d) => [
        pid(get(d, "article")),
        ...list(d, "article", "quotes", "nodes").map((q) => [pid(q), pid(q.speaker)]),
      ],
    },
    peer: {
      query: `query($slug: String!) { allArticles(condition: { slug: $slug }, first: 1) { nodes { id title slug publisher quotesByArticleId(first: 50, orderBy: [START_ASC, ID_ASC]) { nodes { id text kind start end actorBySpeakerId { id name slug } } } } } }`,
      variables: (p, pick) => ({ slug: pick(p.articleSlugs) }),
      rows: (d) => {
        const article = list(d, "allArticles", "nodes")[0];
        return [
          nid(article),
          ...list(article, "quotesByArticleId", "nodes").map((q) => [nid(q), nid(q.actorBySpeakerId)]),
        ];
      },
    },
  },
  {
    name: "events by type",
    project: {
      query: `query($type: EventType!) { events(type: $type, first: 20) { nodes { id type summary date location article { id title slug } } } }`,
      variables: (p, pick) => ({ type: pick(p.eventTypes) }),
      rows: (d) => list(d, "events", "nodes").map((e) => [pid(e), pid(e.article)]),
    },
    peer: {
      query: `query($type: String!) { allEvents(condition: { type: $type }, first: 20, orderBy: [DATE_DESC, ID_DESC]) { nodes { id type summary date location articleByArticleId { id title slug } } } }`,
      variables: (p, pick) => ({ type: pick(p.eventTypes) }),
      rows: (d) => list(d, "allEvents", "nodes").map((e) => [nid(e), nid(e.articleByArticleId)]),
    },
  },
  {
    name: "articles page",
    project: {
      query: `query { articles(first: 20) { nodes { id title slug publisher author publishedAt wordCount } } }`,
      variables: () => ({}),
      rows: (d) => list(d, "articles", "nodes").map((a) => [pid(a)]),
    },
    peer: {
      query: `query { allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) { nodes { id title slug publisher author publishedAt wordCount } } }`,
      variables: () => ({}),
      rows: (d) => list(d, "allArticles", "nodes").map((a) => [nid(a)]),
    },
  },
]);
