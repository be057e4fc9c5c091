/** The data both feeds of an actor are built from: the actor and their 50 latest quotes. */
import { QUOTE_FIELDS } from "@/app/_components/types.ts";
import type { ActorFeedQuery } from "@/app/_generated/operations.ts";
import { runOperation } from "@/graphql/execute.ts";

/** An actor with their latest quotes (typed by codegen from ActorFeed). */
export type FeedActor = NonNullable<ActorFeedQuery["actor"]>;

/** The feeds' operation (exported for tests that build a feed from a test database). */
export const FEED_QUERY = `query ActorFeed($slug: String!) {
  actor(slug: $slug) { slug name title quotes(first: 50) { nodes { ...QuoteItem } } }
}
${QUOTE_FIELDS}`;

/** The actor of `slug` with their latest quotes, or null. */
export async function getFeedActor(slug: string): Promise<FeedActor | null> {
  return (await runOperation<ActorFeedQuery>(FEED_QUERY, { slug })).actor;
}

/** The 404 answer of a feed for an unknown actor. */
export function feedNotFound(slug: string): Response {
  return Response.json({ error: `No actor with slug ${JSON.stringify(slug.slice(0, 100))}.` }, { status: 404 });
}
