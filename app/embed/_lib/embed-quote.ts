/** The shape of a quote as the embeds read it from GraphQL. */

/** The fields of `Quote` an embed shows; `EMBED_QUOTE_FIELDS` selects exactly these. */
export interface EmbedQuote {
  id: string;
  text: string;
  kind: "DIRECT" | "PARTIAL" | "INDIRECT";
  speaker: { name: string; slug: string } | null;
  article: { title: string | null; displayTitle: string; slug: string; publishedAt: string | null; publisher: string | null };
}

/** The GraphQL selection of `EmbedQuote`, to spread into operations on Quote. */
export const EMBED_QUOTE_FIELDS = "id text kind speaker { name slug } article { title displayTitle slug publishedAt publisher }";
