/** An actor's latest quotes as RSS 2.0, for feed readers that do not speak JSON Feed. */
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { feedNotFound, getFeedActor } from "@/app/actors/[slug]/feed-data.ts";
import { buildActorRss } from "./build-actor-rss.ts";

export const dynamic = "force-dynamic";

/** GET /actors/[slug]/feed.xml: the RSS document, or 404 JSON for an unknown actor. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = decodeSlug((await params).slug);
  const actor = await getFeedActor(slug);
  if (!actor) return feedNotFound(slug);
  return new Response(buildActorRss(actor, actor.quotes.nodes, await requestOrigin()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
