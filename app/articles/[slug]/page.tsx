/** One article: its metadata, the text with quotes and mentions marked, its quotes, events, actors and warnings. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { EditorBar } from "@/app/_components/editor/editor-bar.tsx";
import { getEditorSession } from "@/app/_components/editor/editor-session.ts";
import { QuoteEditForm } from "@/app/_components/editor/quote-edit-form.tsx";
import { EventItem } from "@/app/_components/event-item.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { ArticleBody } from "@/app/_components/highlight/article-body.tsx";
import { JsonLd, schemaTypeOf } from "@/app/_components/json-ld.tsx";
import { requestOrigin } from "@/app/_components/origin.ts";
import { clip, pageMetadata } from "@/app/_components/page-metadata.ts";
import { displayQuoteText } from "@/app/_components/quote-text.ts";
import { readerWarning } from "@/app/_components/reader-warning.ts";
import { param, type SearchParams } from "@/app/_components/search-params.ts";
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";
import { getArticlePageData } from "./article-data.ts";
import { ArticleHistory, ArticleMetaForm } from "./article-editor.tsx";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** A link only for web addresses; anything else (javascript:, data:) is shown as text. */
function isWebUrl(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** Title and description from the article itself. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getArticlePageData(decodeSlug((await params).slug));
  if (!a) return { title: "Article not found" };
  const byline = [a.publisher, formatPartialDate(a.publishedAt)].filter(Boolean).join(", ");
  return pageMetadata({
    title: a.displayTitle,
    description: `${byline ? `${byline}: ` : ""}${a.quotes.totalCount} quotes, ${a.actors.totalCount} actors and ${a.events.totalCount} events. ${clip(a.body, 160)}`,
    path: `/articles/${a.slug}`,
    type: "article",
  });
}

/** The article page. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const a = await getArticlePageData(decodeSlug((await params).slug));
  if (!a) notFound();
  const editor = await getEditorSession();
  const sp = await searchParams;
  const here = `/articles/${a.slug}`;
  const quotes = [...a.quotes.nodes].sort((x, y) => x.start - y.start);
  const origin = await requestOrigin();
  const url = `${origin}/articles/${a.slug}`;
  return (
    <article className="article">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          "@id": `${url}#article`,
          url,
          mainEntityOfPage: url,
          headline: a.displayTitle,
          ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
          ...(a.author ? { author: { "@type": "Person", name: a.author } } : {}),
          ...(a.publisher ? { publisher: { "@type": "Organization", name: a.publisher } } : {}),
          ...(isWebUrl(a.url) ? { isBasedOn: a.url } : {}),
          wordCount: a.wordCount,
          mentions: a.actors.nodes.map((ac) => ({
            "@type": schemaTypeOf(ac.type),
            "@id": `${origin}/actors/${ac.slug}#actor`,
            name: ac.name,
            url: `${origin}/actors/${ac.slug}`,
          })),
        }}
      />
      {editor ? (
        <EditorBar editor={editor} edited={param(sp, "edited")} editError={param(sp, "editError", 300)} />
      ) : null}
      <header>
        <p className="kicker">{[a.publisher, a.dateline].filter(Boolean).join(" · ") || "Article"}</p>
        <h1>{a.displayTitle}</h1>
        <dl className="facts">
          {a.author ? (
            <>
              <dt>By</dt>
              <dd>{a.author}</dd>
            </>
          ) : null}
          {a.publishedAt ? (
            <>
              <dt>Published</dt>
              <dd>
                <time dateTime={a.publishedAt}>{formatPartialDate(a.publishedAt)}</time>
              </dd>
            </>
          ) : null}
          <dt>Words</dt>
          <dd>{a.wordCount}</dd>
          <dt>Quotes</dt>
          <dd>{a.quotes.totalCount}</dd>
          {a.url ? (
            <>
              <dt>Source</dt>
              <dd>
                {isWebUrl(a.url) ? (
                  <a href={a.url} rel="nofollow noopener noreferrer">
                    {a.url}
                  </a>
                ) : (
                  <span className="url">{a.url}</span>
                )}
              </dd>
            </>
          ) : null}
        </dl>
        {editor ? <ArticleMetaForm editor={editor} article={a} /> : null}
      </header>

      {a.warnings.length ? (
        <section aria-labelledby="warnings" className="warnings">
          <h2 id="warnings">Things to check in this article</h2>
          <ul>
            {a.warnings.map((w, i) => (
              <li key={i}>{readerWarning(w)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="text">
        <h2 id="text">Text</h2>
        <p className="legend muted">
          <mark className="quote">Highlighted</mark> passages are quotes, followed by their speaker;{" "}
          <mark className="speaker">blue</mark> words name the speaker; links lead to actor pages.
        </p>
        <ArticleBody body={a.body} quotes={a.quotes.nodes} mentions={a.mentions.nodes} />
      </section>

      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes</h2>
        {quotes.length ? (
          <ol className="quotes-list">
            {quotes.map((q, i) => (
              <li key={q.id}>
                <a href={`#quote-${i + 1}`}>
                  {q.kind === "INDIRECT" ? displayQuoteText(q.text) : `“${displayQuoteText(q.text)}”`}
                </a>
                {" — "}
                {q.speaker ? (
                  <Link href={`/actors/${q.speaker.slug}`}>{q.speaker.name}</Link>
                ) : (
                  <span className="muted">unattributed</span>
                )}
                {" · "}
                <Link href={`/quotes/${encodeURIComponent(q.id)}`} aria-label={`Permalink of quote ${i + 1}`}>
                  Permalink
                </Link>
                {editor ? (
                  <QuoteEditForm
                    editor={editor}
                    quote={q}
                    actors={a.actors.nodes}
                    returnTo={`${here}#quotes`}
                    label={`quote ${i + 1}`}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No quotes found in this article.</p>
        )}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        {a.events.nodes.length ? (
          <ul className="plain">
            {a.events.nodes.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ul>
        ) : (
          <p className="muted">No events found in this article.</p>
        )}
      </section>

      <section aria-labelledby="actors">
        <h2 id="actors">Actors mentioned</h2>
        <ul className="chips-list">
          {a.actors.nodes.map((ac) => (
            <li key={ac.slug}>
              <Link href={`/actors/${ac.slug}`}>{ac.name}</Link>{" "}
              <span className="muted">({ACTOR_TYPE_LABELS[ac.type] ?? ac.type})</span>
            </li>
          ))}
        </ul>
      </section>
      {editor ? <ArticleHistory editor={editor} article={a} /> : null}
      <p className="muted small">Extracted by {a.extractorVersion}.</p>
    </article>
  );
}
