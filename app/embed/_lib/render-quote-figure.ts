/** One quote as escaped HTML: the words, then who said them, where and when. */
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { displayQuoteText } from "@/app/_components/quote-text.ts";
import type { EmbedQuote } from "./embed-quote.ts";
import { escapeHtml } from "./escape-html.ts";

const NEW_TAB = 'target="_blank" rel="noopener"';

/** The profile link of an actor, relative to the embed document. */
export function actorPath(slug: string): string {
  return `/actors/${encodeURIComponent(slug)}`;
}

/** The page of an article on the site, relative to the embed document. */
export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

/** The page of a quote on the site, relative to the embed document. */
export function quotePath(id: string): string {
  return `/quotes/${encodeURIComponent(id)}`;
}

/** A `<figure>` with the quote and a caption; every data value is escaped. */
export function renderQuoteFigure(quote: EmbedQuote, { showSpeaker = true }: { showSpeaker?: boolean } = {}): string {
  // indirect speech is the writer's paraphrase, so it gets no quotation marks
  const words =
    quote.kind === "INDIRECT"
      ? escapeHtml(displayQuoteText(quote.text))
      : `“${escapeHtml(displayQuoteText(quote.text))}”`;
  const speaker = quote.speaker
    ? `<a class="who" href="${escapeHtml(actorPath(quote.speaker.slug))}" ${NEW_TAB}>${escapeHtml(quote.speaker.name)}</a>`
    : '<span class="who">Unattributed</span>';
  const { slug, publishedAt, publisher } = quote.article;
  const date = formatPartialDate(publishedAt);
  const source = [
    // the explorer's fallback name, so an article without a headline reads the same everywhere
    `<cite><a href="${escapeHtml(articlePath(slug))}" ${NEW_TAB}>${escapeHtml(quote.article.displayTitle)}</a></cite>`,
    publisher ? escapeHtml(publisher) : "",
    date && publishedAt ? `<time datetime="${escapeHtml(publishedAt)}">${escapeHtml(date)}</time>` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const caption = [showSpeaker ? speaker : "", source].filter(Boolean).join(" · ");
  return [
    "<figure>",
    `<blockquote cite="${escapeHtml(quotePath(quote.id))}"><p>${words}</p></blockquote>`,
    `<figcaption>${caption}</figcaption>`,
    "</figure>",
  ].join("");
}
