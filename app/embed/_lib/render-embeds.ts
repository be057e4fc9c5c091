/** The three embed documents: one quote, an actor's latest quotes, and "not found". */
import type { EmbedActor } from "./embed-queries.ts";
import type { EmbedQuote } from "./embed-quote.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderEmbedDocument } from "./render-embed-document.ts";
import { actorPath, quotePath, renderQuoteFigure } from "./render-quote-figure.ts";

function footer(path: string): string {
  return `<footer><a href="${escapeHtml(path)}" target="_blank" rel="noopener">View on News Knowledge Graph</a></footer>`;
}

/** The embed document of one quote. */
export function renderQuoteEmbed(quote: EmbedQuote): string {
  const title = `Quote by ${quote.speaker?.name ?? "an unattributed speaker"}`;
  return renderEmbedDocument({
    embedId: quote.id,
    title,
    bodyHtml: renderQuoteFigure(quote) + footer(quotePath(quote.id)),
  });
}

/** The embed document of an actor's latest quotes (the actor is named once, above them). */
export function renderActorEmbed(actor: EmbedActor): string {
  const heading =
    `<p><a class="who" href="${escapeHtml(actorPath(actor.slug))}" target="_blank" rel="noopener">${escapeHtml(actor.name)}</a>` +
    (actor.title ? ` <span>${escapeHtml(actor.title)}</span>` : "") +
    "</p>";
  const list = actor.quotes.length
    ? `<ul>${actor.quotes.map((q) => `<li>${renderQuoteFigure(q, { showSpeaker: false })}</li>`).join("")}</ul>`
    : "<p>No quotes yet.</p>";
  return renderEmbedDocument({
    embedId: `actor:${actor.slug}`,
    title: `Latest quotes by ${actor.name}`,
    bodyHtml: heading + list + footer(actorPath(actor.slug)),
  });
}

/** The document of an unknown quote or actor; it posts no height, so loaders keep their fallback. */
export function renderNotFoundEmbed(): string {
  return renderEmbedDocument({
    embedId: "",
    title: "Not found",
    bodyHtml: "<p>This quote is not available.</p>" + footer("/"),
    hasHeightScript: false,
  });
}
