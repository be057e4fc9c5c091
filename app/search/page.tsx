/** Search across actors, quotes and articles in one query. */
import type { Metadata } from "next";
import Link from "next/link";
import { ActorLinkList } from "@/app/_components/actor-link-list.tsx";
import { excerptAround, queryWords } from "@/app/_components/excerpt.ts";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { Highlighted } from "@/app/_components/highlighted.tsx";
import { load } from "@/app/_components/load.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { QuoteItem } from "@/app/_components/quote-item.tsx";
import { SearchForm } from "@/app/_components/search-form.tsx";
import { hrefWith, param, type SearchParams } from "@/app/_components/search-params.ts";
import { QUOTE_FIELDS, type ActorSummary, type QuoteItemData } from "@/app/_components/types.ts";
import { buildSuggestions, splitQueryWords, wordActorFields } from "./word-actors.ts";

export const dynamic = "force-dynamic";

/** The search operation, with one actor lookup per word of a multi-word query. */
function searchQuery(wordCount: number): string {
  const w = wordActorFields(wordCount);
  return `query Search($q: String!${w.variables}) {
  search(query: $q, limit: 20) {
    actors { slug name type title quoteCount }
    quotes { ...QuoteItem }
    articles { slug title displayTitle publisher publishedAt body }
    didYouMean
  }
  ${w.fields}
}
${QUOTE_FIELDS}`;
}

type SearchData = Record<`w${number}`, { nodes: { slug: string; name: string }[] }> & {
  search: {
    actors: ActorSummary[];
    quotes: QuoteItemData[];
    articles: {
      slug: string;
      title: string | null;
      displayTitle: string;
      publisher: string | null;
      publishedAt: string | null;
      body: string;
    }[];
    didYouMean: string | null;
  };
};

/** The title repeats the query. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const q = param(await searchParams, "q");
  // result pages are many and thin: kept out of search engines, their links still followed
  return pageMetadata({
    title: q ? `Search: ${q}` : "Search",
    description: "Search actors by name or alias, and quotes and articles by their words.",
    path: "/search",
    noindex: true,
  });
}

/** The search page; without `q` it shows only the form. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = param(await searchParams, "q");
  const words = q ? splitQueryWords(q) : [];
  const data = q
    ? await load<SearchData>(searchQuery(words.length), { q, ...Object.fromEntries(words.map((w, i) => [`w${i}`, w])) })
    : null;
  const hits = data?.search ?? null;
  const suggestions = data
    ? buildSuggestions(
        words,
        words.map((_, i) => data[`w${i}`]?.nodes ?? []),
      )
    : [];
  const total = hits ? hits.actors.length + hits.quotes.length + hits.articles.length : 0;
  const marked = q ? queryWords(q) : [];
  return (
    <>
      <h1>{q ? `Search results for “${q}”` : "Search"}</h1>
      <SearchForm defaultValue={q ?? ""} id="search-page-q" />
      {hits ? (
        <>
          <p className="muted" role="status">
            {total
              ? `${total} result${total === 1 ? "" : "s"}`
              : suggestions.length
                ? "No exact matches; these may help:"
                : "Nothing found. Try a surname, or fewer words."}
          </p>
          {hits.didYouMean ? (
            <p className="did-you-mean">
              Did you mean <Link href={hrefWith("/search", { q: hits.didYouMean })}>{hits.didYouMean}</Link>?
            </p>
          ) : null}
          {suggestions.length ? (
            <section aria-labelledby="suggestions">
              <h2 id="suggestions">Quotes by an actor</h2>
              <ul className="plain">
                {suggestions.map((sg) => (
                  <li key={sg.slug}>
                    <Link href={hrefWith(`/actors/${sg.slug}`, { q: sg.filter }) + "#quotes"}>
                      What {sg.name} said about “{sg.filter}”
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {hits.actors.length ? (
            <section aria-labelledby="hits-actors">
              <h2 id="hits-actors">Actors</h2>
              <ActorLinkList actors={hits.actors} />
            </section>
          ) : null}
          {hits.quotes.length ? (
            <section aria-labelledby="hits-quotes">
              <h2 id="hits-quotes">Quotes</h2>
              <ExportLinks list="quotes" filters={{ q }} label="Download every quote with these words" />
              <ul className="plain">
                {hits.quotes.map((h) => (
                  <QuoteItem key={h.id} quote={h} words={marked} />
                ))}
              </ul>
            </section>
          ) : null}
          {hits.articles.length ? (
            <section aria-labelledby="hits-articles">
              <h2 id="hits-articles">Articles</h2>
              <ul className="plain">
                {hits.articles.map((a) => {
                  const excerpt = excerptAround(a.body, marked);
                  return (
                    <li key={a.slug}>
                      <Link href={`/articles/${a.slug}`}>
                        <Highlighted text={a.displayTitle} words={marked} />
                      </Link>
                      <span className="muted">
                        {a.publisher ? ` · ${a.publisher}` : ""}
                        {a.publishedAt ? ` · ${formatPartialDate(a.publishedAt)}` : ""}
                      </span>
                      {excerpt ? (
                        <p className="context">
                          <Highlighted text={excerpt} words={marked} />
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
