/** A quote's permalink: the words, speaker, article, context sentence and the code to embed it elsewhere. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { buildEmbedCode } from "@/app/_components/embed-code.ts";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { JsonLd, schemaTypeOf } from "@/app/_components/json-ld.tsx";
import { load } from "@/app/_components/load.ts";
import { oembedAlternates, requestOrigin } from "@/app/_components/origin.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { splitContext } from "@/app/_components/quote-item.tsx";
import { displayQuoteText, shortQuote } from "@/app/_components/quote-text.ts";
import { QUOTE_FIELDS } from "@/app/_components/types.ts";
import type { QuotePageQuery } from "@/app/_generated/operations.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// node(id:) answers null for ids of other types or unknown rows, so any bad id becomes a 404
const QUOTE_QUERY = `query QuotePage($id: ID!) {
  node(id: $id) { ... on Quote { ...QuoteItem cue speakerCorrected speaker { slug name type title } } }
}
${QUOTE_FIELDS}`;

// the node narrowed to a Quote: the only type whose fields the operation asks for
type QuotePageData = Extract<NonNullable<QuotePageQuery["node"]>, { text: string }>;

const getQuote = cache(async (id: string): Promise<QuotePageData | null> => {
  const { node } = await load<QuotePageQuery>(QUOTE_QUERY, { id });
  return node && "text" in node ? (node as QuotePageData) : null;
});

/** Title, description, canonical link, a card showing the quote, speaker and source, and oEmbed discovery. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeSlug((await params).id);
  const q = await getQuote(id);
  if (!q) return { title: "Quote not found" };
  const who = q.speaker?.name ?? "Unattributed quote";
  const source = `${q.article.displayTitle}${q.article.publisher ? `, ${q.article.publisher}` : ""}${q.article.publishedAt ? ` (${formatPartialDate(q.article.publishedAt)})` : ""}`;
  const path = `/quotes/${encodeURIComponent(q.id)}`;
  return pageMetadata({
    title: `${who}: “${shortQuote(q.text, 60)}”`,
    description: `“${shortQuote(q.text, 200)}” — ${who}, in ${source}.`,
    path,
    type: "article",
    card: {
      title: `“${shortQuote(q.text, 110)}” — ${who}`,
      description: `${who}${q.speaker?.title ? `, ${q.speaker.title}` : ""}, in ${source}.`,
    },
    alternateTypes: oembedAlternates(await requestOrigin(), path).types,
  });
}

/** The quote page. */
export default async function QuotePage({ params }: Props) {
  const q = await getQuote(decodeSlug((await params).id));
  if (!q) notFound();
  const origin = await requestOrigin();
  const parts = splitContext(q);
  const url = `${origin}/quotes/${encodeURIComponent(q.id)}`;
  const embed = buildEmbedCode({ id: q.id, text: displayQuoteText(q.text), speaker: q.speaker?.name ?? null }, origin);
  return (
    <article className="quote-page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Quotation",
          "@id": `${url}#quote`,
          url,
          text: displayQuoteText(q.text),
          ...(q.speaker
            ? {
                creator: {
                  "@type": schemaTypeOf(q.speaker.type),
                  "@id": `${origin}/actors/${q.speaker.slug}#actor`,
                  name: q.speaker.name,
                  url: `${origin}/actors/${q.speaker.slug}`,
                },
              }
            : {}),
          ...(q.article.publishedAt ? { datePublished: q.article.publishedAt } : {}),
          isPartOf: {
            "@type": "NewsArticle",
            "@id": `${origin}/articles/${q.article.slug}#article`,
            url: `${origin}/articles/${q.article.slug}`,
            headline: q.article.displayTitle,
          },
        }}
      />
      <p className="kicker">Quote</p>
      <h1 className="quote-text">
        {q.kind === "INDIRECT" ? displayQuoteText(q.text) : `“${displayQuoteText(q.text)}”`}
      </h1>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          {q.speaker ? <Link href={`/actors/${q.speaker.slug}`}>{q.speaker.name}</Link> : "Unattributed"}
          {q.speaker?.title ? `, ${q.speaker.title}` : ""}
          {q.speakerCorrected ? <span className="muted"> (corrected by an editor)</span> : null}
        </dd>
        <dt>Article</dt>
        <dd>
          <Link href={`/articles/${q.article.slug}`}>{q.article.displayTitle}</Link>
          {q.article.publisher ? ` · ${q.article.publisher}` : ""}
        </dd>
        {q.article.publishedAt ? (
          <>
            <dt>Date</dt>
            <dd>
              <time dateTime={q.article.publishedAt}>{formatPartialDate(q.article.publishedAt)}</time>
            </dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd>
          {q.kind.toLowerCase()}
          {q.cue ? ` · “${q.cue}”` : ""}
        </dd>
      </dl>
      <section aria-labelledby="context">
        <h2 id="context">In context</h2>
        <blockquote className="context">
          <p>
            {parts ? (
              <>
                {parts[0]}
                <mark className="quote">{parts[1]}</mark>
                {parts[2]}
              </>
            ) : (
              q.context.text
            )}
          </p>
        </blockquote>
        <p>
          <Link href={`/articles/${q.article.slug}#text`}>Read the whole article →</Link>
        </p>
      </section>
      <section aria-labelledby="embed">
        <h2 id="embed">Embed this quote</h2>
        <label htmlFor="embed-code">Paste this HTML into your page:</label>
        <textarea id="embed-code" className="embed-code" readOnly rows={4} defaultValue={embed} />
        <p className="muted small">
          Permalink: <a href={url}>{url}</a>
        </p>
      </section>
    </article>
  );
}
