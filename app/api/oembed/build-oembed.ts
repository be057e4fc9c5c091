/** The oEmbed 1.0 "rich" answer for a quote or an actor, read through GraphQL. */
import { displayQuoteText } from "@/app/_components/quote-text.ts";
import { getEmbedActor, getEmbedQuote } from "@/app/embed/_lib/embed-queries.ts";
import { clampEmbedSize, defaultEmbedHeight, EMBED_WIDTH } from "@/app/embed/_lib/embed-size.ts";
import { embedPathOf } from "@/app/embed/_lib/parse-embed-target.ts";
import { renderEmbedIframe } from "@/app/embed/_lib/render-embed-iframe.ts";
import { actorPath } from "@/app/embed/_lib/render-quote-figure.ts";
import type { OembedRequest } from "./parse-oembed-request.ts";

/** The provider name oEmbed consumers show. */
export const PROVIDER_NAME = "News Knowledge Graph";

/** An oEmbed 1.0 rich response. */
export interface OembedResponse {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  author_name?: string;
  author_url?: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The answer for a valid request, or null when the quote or actor does not exist. */
export async function buildOembed(
  { target, maxWidth, maxHeight }: OembedRequest,
  origin: string,
): Promise<OembedResponse | null> {
  let title: string;
  let author: { name: string; slug: string } | null;
  if (target.kind === "quote") {
    const quote = await getEmbedQuote(target.id);
    if (!quote) return null;
    author = quote.speaker;
    title = `“${shorten(displayQuoteText(quote.text), 120)}”${author ? ` — ${author.name}` : ""}`;
  } else {
    const actor = await getEmbedActor(target.slug, 1);
    if (!actor) return null;
    author = actor;
    title = `Latest quotes by ${actor.name}`;
  }
  const size = clampEmbedSize({ width: EMBED_WIDTH, height: defaultEmbedHeight(target) }, { maxWidth, maxHeight });
  const html = renderEmbedIframe({
    src: origin + embedPathOf(target),
    title,
    ...size,
    loaderSrc: `${origin}/embed.js`,
  });
  return {
    version: "1.0",
    type: "rich",
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    title,
    ...(author ? { author_name: author.name, author_url: origin + actorPath(author.slug) } : {}),
    html,
    ...size,
    cache_age: 3600,
  };
}
