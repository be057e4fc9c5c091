/** The JSON Feed 1.1 document of an actor's quotes. */
import { displayQuoteText, shortQuote } from "@/app/_components/quote-text.ts";
import type { QuoteItemData } from "@/app/_components/types.ts";

/** A partial date as the full RFC 3339 timestamp JSON Feed requires (start of its period, UTC). */
export function toRfc3339(date: string | null): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  return m ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}T00:00:00Z` : undefined;
}

/** The feed: one item per quote, newest first as the API returns them. */
export function buildActorFeed(
  actor: { slug: string; name: string; title: string | null },
  quotes: QuoteItemData[],
  origin: string,
): Record<string, unknown> {
  const home = `${origin}/actors/${actor.slug}`;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: `Quotes of ${actor.name}`,
    home_page_url: home,
    feed_url: `${home}/feed.json`,
    description: `What ${actor.name}${actor.title ? `, ${actor.title},` : ""} said in the news.`,
    language: "en",
    authors: [{ name: actor.name, url: home }],
    items: quotes.map((q) => ({
      id: q.id,
      url: `${origin}/quotes/${encodeURIComponent(q.id)}`,
      external_url: `${origin}/articles/${q.article.slug}`,
      title: `${actor.name}: “${shortQuote(q.text, 80)}”`,
      content_text: `“${displayQuoteText(q.text)}” — ${actor.name}, in “${q.article.displayTitle}”${q.article.publisher ? ` (${q.article.publisher})` : ""}`,
      ...(toRfc3339(q.article.publishedAt) ? { date_published: toRfc3339(q.article.publishedAt) } : {}),
    })),
  };
}
