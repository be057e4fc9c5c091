/** GET /embed/quotes/[id]: one quote as a self-contained document for an iframe; 404 when unknown. */
import { decodePathSegment } from "@/app/embed/_lib/decode-path-segment.ts";
import { getEmbedQuote } from "@/app/embed/_lib/embed-queries.ts";
import { embedHtmlResponse } from "@/app/embed/_lib/embed-response.ts";
import { renderNotFoundEmbed, renderQuoteEmbed } from "@/app/embed/_lib/render-embeds.ts";

export const dynamic = "force-dynamic";

/** The quote's embed document. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const decoded = decodePathSegment(id);
  const quote = decoded === null ? null : await getEmbedQuote(decoded);
  return quote ? embedHtmlResponse(renderQuoteEmbed(quote)) : embedHtmlResponse(renderNotFoundEmbed(), 404);
}
