/** The embeds' data, read through GraphQL operations run in-process (never the database directly). */
import type { EmbedActorQuery, EmbedQuoteQuery } from "@/app/_generated/operations.ts";
import { GraphQLOperationError, runOperation } from "@/graphql/execute.ts";
import { EMBED_QUOTE_FIELDS, type EmbedQuote } from "./embed-quote.ts";

/** An actor with their latest quotes, as the actor widget shows them. */
export interface EmbedActor {
  id: string;
  name: string;
  slug: string;
  title: string | null;
  quotes: EmbedQuote[];
}

const QUOTE_QUERY = `query EmbedQuote($id: ID!) { node(id: $id) { __typename ... on Quote { ${EMBED_QUOTE_FIELDS} } } }`;
const ACTOR_QUERY = `query EmbedActor($slug: String!, $first: Int!) {
  actor(slug: $slug) { id name slug title quotes(first: $first) { nodes { ${EMBED_QUOTE_FIELDS} } } }
}`;

// a malformed id or slug is the visitor's fault and means "no such embed", not a server error
async function orNullOnBadInput<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof GraphQLOperationError && (err.code === "BAD_USER_INPUT" || err.code === "NOT_FOUND"))
      return null;
    throw err;
  }
}

/** The quote with this global id, or null when there is none. */
export async function getEmbedQuote(id: string): Promise<EmbedQuote | null> {
  const data = await orNullOnBadInput(() => runOperation<EmbedQuoteQuery>(QUOTE_QUERY, { id }));
  const node = data?.node;
  return node && node.__typename === "Quote" ? node : null;
}

/** The actor with this slug and their `first` latest quotes, or null when there is none. */
export async function getEmbedActor(slug: string, first: number): Promise<EmbedActor | null> {
  const data = await orNullOnBadInput(() => runOperation<EmbedActorQuery>(ACTOR_QUERY, { slug, first }));
  const actor = data?.actor;
  return actor ? { ...actor, quotes: actor.quotes.nodes } : null;
}
