/** An actor's latest quotes as a JSON Feed 1.1, so readers can follow what they say. */
import { runOperation } from "../../../../graphql/execute.ts";
import { decodeSlug } from "../../../_components/decode-slug.ts";
import { requestOrigin } from "../../../_components/origin.ts";
import { QUOTE_FIELDS, type QuoteItemData } from "../../../_components/types.ts";
import { buildActorFeed } from "./build-actor-feed.ts";

export const dynamic = "force-dynamic";

const FEED_QUERY = `query ActorFeed($slug: String!) {
  actor(slug: $slug) { slug name title quotes(first: 50) { nodes { ...QuoteItem } } }
}
${QUOTE_FIELDS}`;

/** GET /actors/[slug]/feed.json: the feed, or 404 JSON for an unknown actor. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = decodeSlug((await params).slug);
  const data = await runOperation<{ actor: { slug: string; name: string; title: string | null; quotes: { nodes: QuoteItemData[] } } | null }>(FEED_QUERY, { slug });
  if (!data.actor) return Response.json({ error: `No actor with slug ${JSON.stringify(slug.slice(0, 100))}.` }, { status: 404 });
  const feed = buildActorFeed(data.actor, data.actor.quotes.nodes, await requestOrigin());
  return new Response(JSON.stringify(feed), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
