/** schema.org description of an actor and their quotes, for search engines and other readers of JSON-LD. */
import type { ActorPageData, QuotePage } from "./actor-data.ts";

const SCHEMA_TYPES: Record<string, string> = { PERSON: "Person", ORGANIZATION: "Organization", COUNTRY: "Country", LOCATION: "Place" };

/** A Person/Organization/Country/Place (Thing for anonymous sources) with its quotes as Quotation items. */
export function buildActorJsonLd(actor: ActorPageData, quotes: QuotePage, origin: string): Record<string, unknown> {
  const type = SCHEMA_TYPES[actor.type] ?? "Thing";
  const url = `${origin}/actors/${actor.slug}`;
  const creator = { "@type": type, name: actor.name, url };
  return {
    "@context": "https://schema.org",
    "@type": type,
    "@id": url,
    name: actor.name,
    url,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(actor.title && type === "Person" ? { jobTitle: actor.title } : {}),
    subjectOf: quotes.nodes.map((q) => ({
      "@type": "Quotation",
      url: `${origin}/quotes/${encodeURIComponent(q.id)}`,
      text: q.text,
      creator,
      ...(q.article.publishedAt ? { datePublished: q.article.publishedAt } : {}),
      isPartOf: { "@type": "NewsArticle", headline: q.article.title ?? undefined, url: `${origin}/articles/${q.article.slug}` },
    })),
  };
}
