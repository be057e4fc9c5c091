/** GET /embed/actors/[slug]?n=3: an actor's latest n (1..10) quotes as a document for an iframe; 404 when unknown. */
import { decodePathSegment } from "@/app/embed/_lib/decode-path-segment.ts";
import { getEmbedActor } from "@/app/embed/_lib/embed-queries.ts";
import { embedHtmlResponse } from "@/app/embed/_lib/embed-response.ts";
import { clampQuoteCount } from "@/app/embed/_lib/embed-size.ts";
import { renderActorEmbed, renderNotFoundEmbed } from "@/app/embed/_lib/render-embeds.ts";

export const dynamic = "force-dynamic";

/** The actor widget's embed document. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const count = clampQuoteCount(new URL(request.url).searchParams.get("n"));
  const decoded = decodePathSegment(slug);
  const actor = decoded === null ? null : await getEmbedActor(decoded, count);
  return actor ? embedHtmlResponse(renderActorEmbed(actor)) : embedHtmlResponse(renderNotFoundEmbed(), 404);
}
