/** An actor's latest quotes as a JSON Feed 1.1, so readers can follow what they say. */
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { feedNotFound, getFeedActor } from "@/app/actors/[slug]/feed-data.ts";
import { buildActorFeed } from "./build-actor-feed.ts";

export const dynamic = "force-dynamic";

/** GET /actors/[slug]/feed.json: the feed, or 404 JSON for an unknown actor. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = decodeSlug((await params).slug);
  const actor = await getFeedActor(slug);
  if (!actor) return feedNotFound(slug);
  const feed = buildActorFeed(actor, actor.quotes.nodes, await requestOrigin());
  return new Response(JSON.stringify(feed), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
