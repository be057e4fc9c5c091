/** schema.org description of an actor and their quotes, for search engines and other readers of JSON-LD. */
import { schemaTypeOf } from "@/app/_components/json-ld.tsx";
import { displayQuoteText } from "@/app/_components/quote-text.ts";
import type { ActorPageData, QuotePage } from "./actor-data.ts";

/** A Person/Organization/Country/Place (Thing for anonymous sources) with its quotes as Quotation items. */
export function buildActorJsonLd(actor: ActorPageData, quotes: QuotePage, origin: string): Record<string, unknown> {
  const type = schemaTypeOf(actor.type);
  const url = `${origin}/actors/${actor.slug}`;
  const creator = { "@type": type, "@id": `${url}#actor`, name: actor.name, url };
  return {
    "@context": "https://schema.org",
    "@type": type,
    "@id": `${url}#actor`,
    name: actor.name,
    url,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(actor.title && type === "Person" ? { jobTitle: actor.title } : {}),
    subjectOf: quotes.nodes.map((q) => ({
      "@type": "Quotation",
      "@id": `${origin}/quotes/${encodeURIComponent(q.id)}#quote`,
      url: `${origin}/quotes/${encodeURIComponent(q.id)}`,
      text: displayQuoteText(q.text),
      creator,
      ...(q.article.publishedAt ? { datePublished: q.article.publishedAt } : {}),
      isPartOf: {
        "@type": "NewsArticle",
        "@id": `${origin}/articles/${q.article.slug}#article`,
        headline: q.article.displayTitle,
        url: `${origin}/articles/${q.article.slug}`,
      },
    })),
  };
}
